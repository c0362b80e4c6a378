"""Escaping and small HTML helpers shared by every view: untrusted text never reaches HTML unescaped."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence


def esc(text: object) -> str:
    """HTML-escape any text from an article, a comment, a key or a student."""
    return html.escape(str(text), quote=True)


class HTMLView:
    """A finished piece of HTML that notebooks display through ``_repr_html_``."""

    def __init__(self, markup: str) -> None:
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup

    def __str__(self) -> str:
        return self.markup


# JupyterLab right-aligns table cells; text tables read better left-aligned and top-aligned.
TABLE_STYLE = (
    "<style>.jp-RenderedHTMLCommon table.kit-table td,.jp-RenderedHTMLCommon table.kit-table th"
    "{text-align:left;vertical-align:top}</style>"
)


def table_html(headers: Sequence[str], rows: Iterable[str]) -> str:
    """A left-aligned table; ``rows`` are finished ``<tr>`` elements whose text is already escaped."""
    head = "".join(f"<th>{esc(header)}</th>" for header in headers)
    return f'{TABLE_STYLE}<table class="kit-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


PRACTICE_BANNER = (
    '<div class="kit-practice" role="note" style="background:#fff3cd;border:1px solid #e0a800;border-radius:6px;'
    'padding:.3em .7em;margin:.4em 0;font-weight:600">Practice article: written for this kit to practise on. '
    "It is not real news; the people and places are invented.</div>"
)
