"""A student's saved work on one activity of one article: answers and labels, each with its time."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from pydantic import Field

from kit.model.base import StrictModel

WORK_SCHEMA_VERSION = 1


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class Answer(StrictModel):
    value: str
    at: str = Field(default_factory=now_iso)


class Label(StrictModel):
    """A student's label for one sentence (``label`` None while only a note is written)."""

    label: str | None
    note: str = ""
    at: str = Field(default_factory=now_iso)


class SourceCheck(StrictModel):
    """A student's decision on one suggested attribution: confirmed as suggested, or corrected."""

    source: str | None
    type: str
    side: str | None
    confirmed: bool = Field(
        description="True when the student accepted the kit's suggestion unchanged"
    )
    at: str = Field(default_factory=now_iso)


class Work(StrictModel):
    schema_version: Literal[1] = WORK_SCHEMA_VERSION
    student: str
    article_id: str
    article_hash: str
    activity: str
    taxonomy: str | None = None
    answers: dict[str, Answer] = Field(default_factory=dict)
    labels: dict[str, Label] = Field(default_factory=dict)
    sources: dict[str, SourceCheck] = Field(
        default_factory=dict, description="by slot, e.g. p10s01#2"
    )
    imvain: dict[str, list[str]] = Field(
        default_factory=dict, description="source -> criteria ticked"
    )
    updated: str = Field(default_factory=now_iso)

    def _with_entry(self, field: str, key: str, value: object | None) -> Work:
        """A copy with one entry of ``field`` set, or removed when ``value`` is None."""
        entries = dict(getattr(self, field))
        if value is None:
            entries.pop(key, None)
        else:
            entries[key] = value
        return self.model_copy(update={field: entries, "updated": now_iso()})

    def with_answer(self, question_id: str, value: str | None) -> Work:
        return self._with_entry(
            "answers", question_id, None if value is None else Answer(value=value)
        )

    def with_label(self, sentence_id: str, label: Label | None) -> Work:
        return self._with_entry("labels", sentence_id, label)

    def with_source(self, slot: str, check: SourceCheck | None) -> Work:
        return self._with_entry("sources", slot, check)

    def with_imvain(self, source: str, criteria: list[str]) -> Work:
        return self._with_entry("imvain", source, sorted(criteria))
