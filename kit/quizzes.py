"""Find and load the question sets stored as data/keys/<article>.<activity>.json."""

from __future__ import annotations

from pathlib import Path

from kit.errors import ArticleFormatError
from kit.model.jsonfile import read_json
from kit.model.quiz import QUIZ_SCHEMA_VERSION, Quiz
from kit.paths import keys_dir


def quiz_path(article_id: str, activity: str) -> Path:
    return keys_dir() / f"{article_id}.{activity}.json"


def load_quiz(article_id: str, activity: str) -> Quiz:
    path = quiz_path(article_id, activity)
    if not path.exists():
        known = sorted(p.name for p in keys_dir().glob(f"{article_id}.*.json"))
        raise ArticleFormatError(
            path, "", f"no activity {activity!r} for {article_id!r} (found: {known})"
        )
    quiz = read_json(path, Quiz, QUIZ_SCHEMA_VERSION)
    if quiz.article_id != article_id or quiz.activity != activity:
        raise ArticleFormatError(
            path, "article_id", f"expected {article_id!r} and activity {activity!r}"
        )
    return quiz
