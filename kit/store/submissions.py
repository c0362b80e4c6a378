"""Exporting a student's work as one submission file, and reading a folder of them untrusted."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from kit.errors import DataFileError, KitError
from kit.fileio import write_text_atomic
from kit.keys import key_hash
from kit.model.jsonfile import read_json, to_json
from kit.model.submission import SUBMISSION_SCHEMA_VERSION, Submission, submission_file_name
from kit.model.work import WORK_SCHEMA_VERSION, Work, now_iso
from kit.paths import work_dir
from kit.store.student import safe_name

MAX_BYTES = 2_000_000  # a whole class's work on one article fits in far less


def export_submission(student: str, article_id: str, article_hash: str, out_dir: Path) -> Path:
    """Gather every work file of one student on one article into ``out_dir``/<student>__<article>.submission.json."""
    folder = work_dir() / safe_name(student) / safe_name(article_id)
    works = []
    for path in sorted(folder.glob("*.json")):
        if ".unreadable-" in path.name:
            continue
        try:
            works.append(read_json(path, Work, WORK_SCHEMA_VERSION))
        except DataFileError:
            continue  # the activity itself sets such a file aside and tells the student
    if not works:
        raise KitError(f"{folder}: no saved work to export for {student!r} on {article_id!r}")
    hashes = {w.activity: h for w in works if (h := key_hash(article_id, w.activity, w.taxonomy))}
    submission = Submission(
        student=safe_name(student),
        article_id=article_id,
        article_hash=article_hash,
        exported=now_iso(),
        key_hashes=hashes,
        works=works,
    )
    target = Path(out_dir) / submission_file_name(submission.student, article_id)
    write_text_atomic(target, to_json(submission))
    return target


@dataclass(frozen=True)
class SetAside:
    file: str
    reason: str


def read_submission(path: Path, max_bytes: int = MAX_BYTES) -> Submission | SetAside:
    """Parse one untrusted file; anything wrong becomes a reason, never an exception."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return SetAside(
                name,
                f"the file is {size / 1e6:.1f} MB; a submission is at most {max_bytes / 1e6:.0f} MB",
            )
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, UnicodeDecodeError) as err:
        return SetAside(name, f"cannot be read as UTF-8 text ({err.__class__.__name__})")
    except json.JSONDecodeError as err:
        return SetAside(name, f"not valid JSON (line {err.lineno}, column {err.colno})")
    except RecursionError:
        return SetAside(name, "nested too deeply to be a submission")
    if not isinstance(data, dict) or data.get("schema_version") != SUBMISSION_SCHEMA_VERSION:
        return SetAside(name, f"not a submission of schema version {SUBMISSION_SCHEMA_VERSION}")
    try:
        return Submission.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        return SetAside(name, f"field '{field}': {first['msg']}")
    except RecursionError:
        return SetAside(name, "nested too deeply to be a submission")
