"""Find and load answer keys (data/keys/<article>.<activity>.json) and sourcing side tables (data/sourcing/)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kit.errors import DataFileError
from kit.model.article import Article
from kit.model.claim_key import CLAIM_KEY_SCHEMA_VERSION, ClaimKey
from kit.model.jsonfile import read_json
from kit.model.quiz import QUIZ_SCHEMA_VERSION, Quiz
from kit.model.sourcing import SOURCING_SCHEMA_VERSION, SidesTable, SourcingKey
from kit.paths import data_dir, keys_dir


def key_path(article_id: str, activity: str) -> Path:
    return keys_dir() / f"{article_id}.{activity}.json"


def _existing(article_id: str, activity: str) -> Path:
    path = key_path(article_id, activity)
    if not path.exists():
        known = sorted(p.name for p in keys_dir().glob(f"{article_id}.*.json"))
        raise DataFileError(
            path, "", f"no activity {activity!r} for {article_id!r} (found: {known})"
        )
    return path


def load_quiz(article_id: str, activity: str) -> Quiz:
    path = _existing(article_id, activity)
    quiz = read_json(path, Quiz, QUIZ_SCHEMA_VERSION)
    if quiz.article_id != article_id or quiz.activity != activity:
        raise DataFileError(
            path, "article_id", f"expected {article_id!r} and activity {activity!r}"
        )
    return quiz


def claim_key_activity(taxonomy_id: str) -> str:
    """The default statement types have the key ``claims``; another taxonomy ``claims-<taxonomy>``."""
    return "claims" if taxonomy_id == "statement-types" else f"claims-{taxonomy_id}"


def key_activity(activity: str, taxonomy_id: str | None) -> str:
    """The key an activity's work is graded with: claim labels of the body or the comments share
    their taxonomy's claim key, sourcing checks the sourcing key, a quiz its own."""
    if activity.startswith("claims-") and taxonomy_id:
        return claim_key_activity(taxonomy_id)
    if activity.startswith("sourcing-"):
        return "sourcing"
    return activity


def key_hash(article_id: str, activity: str, taxonomy_id: str | None) -> str | None:
    """SHA-256 of that key file, so a submission made with an older key can be told apart."""
    path = key_path(article_id, key_activity(activity, taxonomy_id))
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def load_claim_key(article_id: str, taxonomy_id: str) -> ClaimKey | None:
    """The claim key for this article and taxonomy, or None when nobody has written one yet."""
    path = key_path(article_id, claim_key_activity(taxonomy_id))
    if not path.exists():
        return None
    key = read_json(path, ClaimKey, CLAIM_KEY_SCHEMA_VERSION)
    if key.article_id != article_id or key.taxonomy != taxonomy_id:
        raise DataFileError(
            path, "taxonomy", f"expected article {article_id!r} and taxonomy {taxonomy_id!r}"
        )
    return key


def load_sourcing_key(article_id: str) -> SourcingKey | None:
    path = key_path(article_id, "sourcing")
    if not path.exists():
        return None
    key = read_json(path, SourcingKey, SOURCING_SCHEMA_VERSION)
    if key.article_id != article_id:
        raise DataFileError(path, "article_id", f"expected {article_id!r}")
    return key


def load_sides(article_id: str) -> SidesTable:
    """The sides table a teacher edits for an article; without one, every source is 'unknown'."""
    path = data_dir() / "sourcing" / f"{article_id}.sides.json"
    if not path.exists():
        return SidesTable(article_id=article_id, sides=["unknown"], rules=[], default="unknown")
    sides = read_json(path, SidesTable, SOURCING_SCHEMA_VERSION)
    if sides.article_id != article_id:
        raise DataFileError(path, "article_id", f"expected {article_id!r}")
    return sides


FILL_IN = "FILL IN"


def claim_key_template(article: Article) -> ClaimKey:
    """A key with every sentence's id and text, for a teacher to fill in labels and explanations."""
    entries = {
        s.id: {
            "text": s.text,
            "label": f"{FILL_IN}: fact | attributed | opinion | prediction | not-a-claim",
            "also": [],
            "explanation": f"{FILL_IN}: why, in words a student understands",
        }
        for s in (*article.body_sentences(), *article.comment_sentences())
    }
    return ClaimKey(article_id=article.id, taxonomy="statement-types", entries=entries)
