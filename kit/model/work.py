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


class Work(StrictModel):
    schema_version: Literal[1] = WORK_SCHEMA_VERSION
    student: str
    article_id: str
    article_hash: str
    activity: str
    taxonomy: str | None = None
    answers: dict[str, Answer] = Field(default_factory=dict)
    labels: dict[str, Label] = Field(default_factory=dict)
    updated: str = Field(default_factory=now_iso)

    def with_answer(self, question_id: str, value: str | None) -> Work:
        """A copy with one answer set (or removed when ``value`` is None)."""
        answers = dict(self.answers)
        if value is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = Answer(value=value)
        return self.model_copy(update={"answers": answers, "updated": now_iso()})

    def with_label(self, sentence_id: str, label: Label | None) -> Work:
        """A copy with one sentence's label set (or removed when ``label`` is None)."""
        labels = dict(self.labels)
        if label is None:
            labels.pop(sentence_id, None)
        else:
            labels[sentence_id] = label
        return self.model_copy(update={"labels": labels, "updated": now_iso()})
