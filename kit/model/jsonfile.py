"""Read and write versioned JSON files of pydantic models, with errors that name the file and field."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from kit.errors import DataFileError

Model = TypeVar("Model", bound=BaseModel)


def to_json(model: BaseModel) -> str:
    """Deterministic JSON text: same model, same bytes (the re-import test relies on it)."""
    return json.dumps(model.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def parse_json(text: str, model_type: type[Model], path: str | os.PathLike, version: int) -> Model:
    """Parse ``text`` as ``model_type`` at ``schema_version`` ``version``; raise DataFileError."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise DataFileError(
            path, "", f"line {err.lineno} column {err.colno}: not valid JSON ({err.msg})"
        ) from None
    if not isinstance(data, dict):
        raise DataFileError(path, "", "expected a JSON object at the top level")
    found = data.get("schema_version")
    if found != version:
        raise DataFileError(
            path,
            "schema_version",
            f"expected {version}, found {found!r} (this kit reads version {version})",
        )
    try:
        return model_type.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(top level)"
        raise DataFileError(path, field, first["msg"]) from None


def read_json(path: str | os.PathLike, model_type: type[Model], version: int) -> Model:
    """Read one versioned JSON file; any problem becomes an DataFileError naming it."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(path, "", "file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise DataFileError(path, "", f"cannot be read as UTF-8 text ({err})") from None
    return parse_json(text, model_type, path, version)
