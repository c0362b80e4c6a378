"""Offline sentence segmentation (sentencex: rule-based, no downloads, right on "U.S.", "Mr.", "p.m.")."""

from __future__ import annotations

import sentencex


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences, trimmed; a paragraph always yields at least one."""
    sentences = [piece.strip() for piece in sentencex.segment("en", text)]
    sentences = [piece for piece in sentences if piece]
    return sentences or [text.strip()]
