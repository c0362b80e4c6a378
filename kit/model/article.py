"""The article model: headline, image, body sentences and reader comments, with stable sentence ids."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field, model_validator

from kit.model.base import StrictModel

ARTICLE_SCHEMA_VERSION = 1

_BODY_SENTENCE_ID = re.compile(r"^p\d{2,}s\d{2,}$")
_COMMENT_SENTENCE_ID = re.compile(r"^c\d{2,}s\d{2,}$")


class Sentence(StrictModel):
    id: str
    text: str = Field(min_length=1)


class Paragraph(StrictModel):
    id: str
    line: int = Field(ge=1, description="line of the raw page where the paragraph starts")
    sentences: list[Sentence] = Field(min_length=1)

    @property
    def text(self) -> str:
        return " ".join(sentence.text for sentence in self.sentences)


class Votes(StrictModel):
    net: int
    up: int = Field(ge=0)
    down: int = Field(ge=0)


class Comment(StrictModel):
    id: str
    position: int = Field(ge=1, description="order on the page, from 1")
    line: int = Field(ge=1)
    paragraphs: list[Paragraph] = Field(min_length=1)
    votes: Votes | None

    @property
    def sentences(self) -> list[Sentence]:
        return [s for paragraph in self.paragraphs for s in paragraph.sentences]

    @property
    def text(self) -> str:
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)


class Image(StrictModel):
    title: str | None = Field(description="the photo's own title line, above the caption")
    caption: str
    credit: str | None

    @property
    def is_file_photo(self) -> bool:
        return self.caption.upper().startswith("FILE PHOTO")


class ImportNote(StrictModel):
    kind: str
    line: int | None
    message: str


class SiteLine(StrictModel):
    """A line of the page that is neither reporting nor a comment (copyright, login prompts...)."""

    line: int
    text: str


class RawSource(StrictModel):
    file: str
    sha256: str


class Article(StrictModel):
    schema_version: Literal[1] = ARTICLE_SCHEMA_VERSION
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    practice: bool = Field(default=False, description="written for the kit, not real news")
    headline: str = Field(min_length=1)
    outlet: str | None
    wire_service: str | None
    section: str | None
    image: Image | None
    wire_copyright: str | None
    site_copyright: str | None
    comments_announced: int | None
    body: list[Paragraph] = Field(min_length=1)
    comments: list[Comment]
    site_text: list[SiteLine]
    import_notes: list[ImportNote]
    source: RawSource | None

    @model_validator(mode="after")
    def _ids_are_well_formed_and_unique(self) -> Article:
        seen: set[str] = set()
        for where, pattern, sentences in (
            ("body", _BODY_SENTENCE_ID, self.body_sentences()),
            ("comments", _COMMENT_SENTENCE_ID, self.comment_sentences()),
        ):
            for sentence in sentences:
                if not pattern.match(sentence.id):
                    raise ValueError(
                        f"sentence id {sentence.id!r} in {where} is not like "
                        f"{'p03s02' if where == 'body' else 'c05s01'}"
                    )
                if sentence.id in seen:
                    raise ValueError(f"sentence id {sentence.id!r} appears twice")
                seen.add(sentence.id)
        return self

    def body_sentences(self) -> Iterator[Sentence]:
        for paragraph in self.body:
            yield from paragraph.sentences

    def comment_sentences(self) -> Iterator[Sentence]:
        for comment in self.comments:
            yield from comment.sentences

    def sentence(self, sentence_id: str) -> Sentence:
        for sentence in (*self.body_sentences(), *self.comment_sentences()):
            if sentence.id == sentence_id:
                return sentence
        raise KeyError(sentence_id)

    def content_hash(self) -> str:
        """SHA-256 of the headline and every sentence with its id: what student work refers to."""
        digest = hashlib.sha256(self.headline.encode())
        for sentence in (*self.body_sentences(), *self.comment_sentences()):
            digest.update(f"\n{sentence.id}\t{sentence.text}".encode())
        return digest.hexdigest()
