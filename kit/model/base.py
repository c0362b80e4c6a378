"""The base of the kit's file models: unknown fields are refused and loaded values never change."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def reject_duplicates(ids: list[str], what: str) -> None:
    """Raise a ValueError naming the ids that appear more than once."""
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{what} ids appear twice: {duplicates}")
