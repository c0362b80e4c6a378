"""A labeling taxonomy: labels with a definition, an example and a keyboard key (data/taxonomies/)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from kit.model.base import StrictModel, reject_duplicates

TAXONOMY_SCHEMA_VERSION = 1


class TaxonomyLabel(StrictModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    definition: str = Field(min_length=1, description="one line a student understands")
    example: str = Field(min_length=1)
    colour: str = Field(pattern=r"^#[0-9a-fA-F]{6}$")


class Taxonomy(StrictModel):
    schema_version: Literal[1] = TAXONOMY_SCHEMA_VERSION
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    description: str
    source: str | None = Field(default=None, description="where the scheme comes from")
    labels: list[TaxonomyLabel] = Field(min_length=2, max_length=9)

    @model_validator(mode="after")
    def _label_ids_unique(self) -> Taxonomy:
        reject_duplicates(self.ids, "label")
        return self

    @property
    def ids(self) -> list[str]:
        return [label.id for label in self.labels]

    def label(self, label_id: str) -> TaxonomyLabel:
        for label in self.labels:
            if label.id == label_id:
                return label
        raise KeyError(f"taxonomy {self.id!r} has no label {label_id!r}; it has {self.ids}")

    def key_for(self, label_id: str) -> str:
        """The number key that picks a label: 1 for the first, 2 for the second..."""
        return str(self.ids.index(label_id) + 1)
