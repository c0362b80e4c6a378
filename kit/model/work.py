"""A student's saved work on one activity of one article: answers with the time they were given."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

WORK_SCHEMA_VERSION = 1


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    value: str
    at: str = Field(default_factory=now_iso)


class Work(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_version: Literal[1] = WORK_SCHEMA_VERSION
    student: str
    article_id: str
    article_hash: str
    activity: str
    answers: dict[str, Answer] = Field(default_factory=dict)
    updated: str = Field(default_factory=now_iso)

    def with_answer(self, question_id: str, value: str | None) -> Work:
        """A copy with one answer set (or removed when ``value`` is None)."""
        answers = dict(self.answers)
        if value is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = Answer(value=value)
        return self.model_copy(update={"answers": answers, "updated": now_iso()})
