"""Escaping and small HTML helpers shared by every view: untrusted text never reaches HTML unescaped."""

from __future__ import annotations

import html


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
