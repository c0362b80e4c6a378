"""Find and load the labeling taxonomies stored as data/taxonomies/<id>.json (a teacher may add one)."""

from __future__ import annotations

from pathlib import Path

from kit.errors import DataFileError
from kit.model.jsonfile import read_json
from kit.model.taxonomy import TAXONOMY_SCHEMA_VERSION, Taxonomy
from kit.paths import data_dir

DEFAULT_TAXONOMY = "statement-types"


def taxonomies_dir() -> Path:
    return data_dir() / "taxonomies"


def list_taxonomies() -> list[str]:
    return sorted(path.stem for path in taxonomies_dir().glob("*.json"))


def load_taxonomy(taxonomy_id: str = DEFAULT_TAXONOMY) -> Taxonomy:
    path = taxonomies_dir() / f"{taxonomy_id}.json"
    if not path.exists():
        raise DataFileError(path, "", f"no taxonomy {taxonomy_id!r} (found: {list_taxonomies()})")
    taxonomy = read_json(path, Taxonomy, TAXONOMY_SCHEMA_VERSION)
    if taxonomy.id != taxonomy_id:
        raise DataFileError(
            path, "id", f"expected {taxonomy_id!r} to match the file name, found {taxonomy.id!r}"
        )
    return taxonomy
