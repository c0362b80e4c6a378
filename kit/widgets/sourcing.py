"""Sourcing widgets: confirm or correct each suggested attribution, and tick IMVAIN for each source."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import ipywidgets as widgets

from kit.analysis.items import LabelItem
from kit.analysis.sourcing import SourceFeedback
from kit.model.taxonomy import Taxonomy
from kit.model.work import SourceCheck
from kit.views.html import esc
from kit.views.sourcing import source_card_html
from kit.widgets.controls import button, check_toggle, export_row, progress

NO_SIDE = "-"
IMVAIN = {
    "I": "Independent: has no stake in the story",
    "M": "Multiple: other sources say the same",
    "V": "Verifies: shows how they know, with evidence",
    "A": "Authoritative or informed: in a position to know",
    "N": "Named: we know who they are",
}


@dataclass(frozen=True)
class SourcingHooks:
    save: Callable[[str, SourceCheck | None], dict[str, SourceCheck]]  # returns every check on disk
    feedback: Callable[[str, SourceCheck], SourceFeedback | None]
    export: Callable[[], str] | None = None


class SourcingReviewer(widgets.VBox):
    """One suggested attribution at a time: confirm it, or correct its source, type and side."""

    def __init__(
        self,
        slots: Sequence[tuple[LabelItem, dict]],
        taxonomy: Taxonomy,
        sides: Sequence[str],
        checks: dict[str, SourceCheck],
        hooks: SourcingHooks,
        self_check: bool = True,
    ) -> None:
        self.slots, self.taxonomy, self.hooks, self.self_check = (
            list(slots),
            taxonomy,
            hooks,
            self_check,
        )
        self.checks = dict(checks)
        self.index = next(
            (n for n, (_, s) in enumerate(self.slots) if s["slot"] not in self.checks), 0
        )
        self.card = widgets.HTML()
        self.confirm_button = button(
            "Confirm",
            "check",
            "The suggestion is right: keep it",
            self.confirm,
            button_style="success",
        )
        self.source = widgets.Text(
            description="Source",
            placeholder="who is speaking? (empty: nobody)",
            continuous_update=False,
        )
        self.type = widgets.Dropdown(
            options=[(lab.name, lab.id) for lab in taxonomy.labels], description="Type"
        )
        self.side = widgets.Dropdown(options=[NO_SIDE, *sides], description="Side")
        for control in (self.source, self.type, self.side):
            control.style.description_width = "initial"
        for control in (self.source, self.type, self.side):
            control.observe(self._corrected, names="value")  # a correction is saved as it is made
        self.previous_button = button(
            "Previous", "arrow-left", "Previous attribution", lambda: self.move(-1)
        )
        self.next_button = button("Next", "arrow-right", "Next attribution", lambda: self.move(+1))
        self.check_toggle = check_toggle(
            self_check, "Compare your checks with the answer key", self.refresh
        )
        self.progress, self.progress_text = progress(len(self.slots))
        super().__init__(
            [
                self.card,
                widgets.HBox(
                    [
                        self.confirm_button,
                        widgets.HTML("&nbsp;or correct it below (saved as you change it):&nbsp;"),
                    ]
                ),
                widgets.HBox(
                    [self.source, self.type, self.side],
                    layout=widgets.Layout(flex_flow="row wrap"),
                ),
                widgets.HBox(
                    [
                        self.previous_button,
                        self.next_button,
                        self.progress,
                        self.progress_text,
                        self.check_toggle,
                    ]
                ),
                export_row(hooks.export),
            ]
        )
        self.add_class("kit-sourcing")
        self.refresh()

    @property
    def current(self) -> tuple[LabelItem, dict]:
        return self.slots[self.index]

    def confirm(self) -> None:
        _, suggestion = self.current
        check = SourceCheck(
            source=suggestion["resolved"],
            type=suggestion["type"],
            side=suggestion["side"],
            confirmed=True,
        )
        self._save(suggestion["slot"], check)

    _refreshing = False

    def _corrected(self, _change: dict) -> None:
        if not self._refreshing:
            self.correct()

    def correct(self) -> None:
        _, suggestion = self.current
        source = self.source.value.strip() or None
        side = None if self.side.value == NO_SIDE else self.side.value
        check = SourceCheck(source=source, type=self.type.value, side=side, confirmed=False)
        self._save(suggestion["slot"], check)

    def move(self, step: int) -> None:
        self.index = min(max(self.index + step, 0), len(self.slots) - 1)
        self.refresh()

    def _save(self, slot: str, check: SourceCheck | None) -> None:
        self.checks = self.hooks.save(slot, check)
        self.refresh()

    def refresh(self) -> None:
        item, suggestion = self.current
        check = self.checks.get(suggestion["slot"])
        feedback = (
            self.hooks.feedback(suggestion["slot"], check)
            if check and self.self_check and self.check_toggle.value
            else None
        )
        self.card.value = source_card_html(
            item, self.index + 1, len(self.slots), suggestion, check, self.taxonomy, feedback
        )
        shown = check or SourceCheck(
            source=suggestion["resolved"],
            type=suggestion["type"],
            side=suggestion["side"],
            confirmed=True,
        )
        self._refreshing = True
        try:
            self.source.value = shown.source or ""
            self.type.value = shown.type
            self.side.value = shown.side if shown.side in self.side.options else NO_SIDE
        finally:
            self._refreshing = False
        done = sum(1 for _, s in self.slots if s["slot"] in self.checks)
        self.progress.value = done
        self.progress_text.value = f"{done} of {len(self.slots)} checked"
        self.previous_button.disabled = self.index == 0
        self.next_button.disabled = self.index == len(self.slots) - 1


class ImvainChecklist(widgets.VBox):
    """For each source, five boxes: Independent, Multiple, Verifies, Authoritative, Named."""

    def __init__(
        self,
        sources: Sequence[str],
        ticked: dict[str, list[str]],
        on_change: Callable[[str, list[str]], None],
    ) -> None:
        self.boxes: dict[str, dict[str, widgets.Checkbox]] = {}
        rows = [
            widgets.HTML(
                "<b>IMVAIN:</b> " + " · ".join(f"<b>{k}</b> {esc(v)}" for k, v in IMVAIN.items())
            )
        ]
        for source in sources:
            boxes = {
                letter: widgets.Checkbox(
                    value=letter in ticked.get(source, []),
                    description=letter,
                    tooltip=meaning,
                    indent=False,
                    layout=widgets.Layout(width="3.5em"),
                )
                for letter, meaning in IMVAIN.items()
            }
            for box in boxes.values():
                box.observe(
                    lambda _c, source=source: on_change(source, self.ticked(source)), names="value"
                )
            self.boxes[source] = boxes
            rows.append(
                widgets.HBox(
                    [widgets.HTML(f'<div style="width:22em">{esc(source)}</div>'), *boxes.values()]
                )
            )
        super().__init__(rows)
        self.add_class("kit-imvain")

    def ticked(self, source: str) -> list[str]:
        return [letter for letter, box in self.boxes[source].items() if box.value]
