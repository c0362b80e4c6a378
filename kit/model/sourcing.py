"""Sourcing data: the per-article table of sides a teacher edits, and the sourcing answer key."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from kit.model.base import StrictModel

SOURCING_SCHEMA_VERSION = 1
Kind = Literal["direct", "indirect", "mixed"]


class SideRule(StrictModel):
    match: str = Field(
        min_length=1, description="lowercase words that, found in a source, give its side"
    )
    side: str


class SidesTable(StrictModel):
    schema_version: Literal[1] = SOURCING_SCHEMA_VERSION
    article_id: str
    sides: list[str] = Field(min_length=1)
    rules: list[SideRule] = Field(description="tried in order; the first rule that matches wins")
    default: str

    @model_validator(mode="after")
    def _sides_are_listed(self) -> SidesTable:
        unknown = sorted(
            {r.side for r in self.rules} - set(self.sides) | ({self.default} - set(self.sides))
        )
        if unknown:
            raise ValueError(f"sides used but not listed in 'sides': {unknown}")
        return self


class KeyAttribution(StrictModel):
    source: str
    cue: str
    kind: Kind
    type: str
    side: str
    explanation: str = Field(min_length=1)


class SourcingEntry(StrictModel):
    text: str = Field(min_length=1)
    attributions: list[KeyAttribution] = Field(default_factory=list)
    needs_source: bool = Field(
        default=False, description="a factual claim a careful reader would want sourced"
    )
    explanation: str | None = None


class SourcingKey(StrictModel):
    schema_version: Literal[1] = SOURCING_SCHEMA_VERSION
    article_id: str
    entries: dict[str, SourcingEntry] = Field(min_length=1)
