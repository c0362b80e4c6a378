"""What a labeling activity goes through: each sentence of the body or the comments, with its paragraph."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kit.model.article import Article, Paragraph, Sentence

Scope = Literal["body", "comments"]


@dataclass(frozen=True)
class LabelItem:
    sentence: Sentence
    paragraph: Paragraph
    where: str  # "Paragraph 3" or "Comment 5 (+7 / -1)"


def labeling_items(article: Article, scope: Scope) -> list[LabelItem]:
    if scope == "body":
        return [
            LabelItem(sentence, paragraph, f"Paragraph {n}")
            for n, paragraph in enumerate(article.body, start=1)
            for sentence in paragraph.sentences
        ]
    if scope == "comments":
        items = []
        for comment in article.comments:
            votes = f" ({comment.votes.up} up, {comment.votes.down} down)" if comment.votes else ""
            for paragraph in comment.paragraphs:
                items.extend(
                    LabelItem(sentence, paragraph, f"Comment {comment.position}{votes}")
                    for sentence in paragraph.sentences
                )
        return items
    raise ValueError(f"scope must be 'body' or 'comments', not {scope!r}")
