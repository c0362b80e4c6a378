"""Generated classes: submissions written as students' exports would be, for report tests and benchmarks."""

from __future__ import annotations

import json
from pathlib import Path

from kit.keys import key_hash
from kit.model.article import Article
from kit.model.jsonfile import to_json
from kit.model.submission import Submission, submission_file_name
from kit.model.work import Label, Work


def submission(
    article: Article, student: str, labels: dict[str, str], exported: str = "2026-11-01T10:00:00"
) -> Submission:
    work = Work(
        student=student,
        article_id=article.id,
        article_hash=article.content_hash(),
        activity="claims-body",
        taxonomy="statement-types",
        labels={sid: Label(label=label) for sid, label in labels.items()},
    )
    hashes = {"claims-body": key_hash(article.id, "claims-body", "statement-types")}
    return Submission(
        student=student,
        article_id=article.id,
        article_hash=article.content_hash(),
        exported=exported,
        key_hashes={k: v for k, v in hashes.items() if v},
        works=[work],
    )


def write(folder: Path, sub: Submission, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or submission_file_name(sub.student, sub.article_id))
    path.write_text(to_json(sub))
    return path


def write_raw(folder: Path, name: str, data) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path
