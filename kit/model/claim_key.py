"""The answer key for claim labeling: per sentence, the expected label, other fair labels and why."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from kit.model.base import StrictModel

CLAIM_KEY_SCHEMA_VERSION = 1


class KeyEntry(StrictModel):
    text: str = Field(
        min_length=1, description="the sentence as keyed, to detect a changed article"
    )
    label: str
    also: list[str] = Field(default_factory=list, description="other labels reasonable people give")
    explanation: str = Field(min_length=1)

    @model_validator(mode="after")
    def _also_differs_from_label(self) -> KeyEntry:
        if self.label in self.also:
            raise ValueError(f"label {self.label!r} is also listed as an acceptable alternative")
        return self


class ClaimKey(StrictModel):
    schema_version: Literal[1] = CLAIM_KEY_SCHEMA_VERSION
    article_id: str
    taxonomy: str
    entries: dict[str, KeyEntry] = Field(min_length=1)
