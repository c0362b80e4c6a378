"""Buttons the kit's widgets share: each with an accessible name, a tooltip and an action."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets


def button(
    description: str, icon: str, tooltip: str, action: Callable[[], None], **style
) -> widgets.Button:
    """A button sized to its label that runs ``action`` when clicked."""
    made = widgets.Button(
        description=description,
        icon=icon,
        tooltip=tooltip,
        layout=widgets.Layout(width="auto"),
        **style,
    )
    made.on_click(lambda _button: action())
    return made


def check_toggle(
    self_check: bool, tooltip: str, action: Callable[[], None]
) -> widgets.ToggleButton:
    """'Check my work': hidden when the teacher has switched self-check off."""
    toggle = widgets.ToggleButton(
        description="Check my work",
        icon="check",
        tooltip=tooltip,
        layout=widgets.Layout(width="auto", display="" if self_check else "none"),
    )
    toggle.observe(lambda _change: action(), names="value")
    return toggle


def progress(total: int) -> tuple[widgets.IntProgress, widgets.HTML]:
    return widgets.IntProgress(min=0, max=total, description="Progress"), widgets.HTML()


def export_row(export: Callable[[], str] | None) -> widgets.HBox:
    """'Export my work' and the place it reports where the file went (empty without an exporter)."""
    if export is None:
        return widgets.HBox()
    message = widgets.HTML()

    def run() -> None:
        message.value = export()

    return widgets.HBox(
        [button("Export my work", "download", "Write my work as one file to hand in", run), message]
    )
