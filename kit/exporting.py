""" "Export my work" for the activities: write the submission and say where it went."""

from __future__ import annotations

from kit.model.article import Article
from kit.paths import submissions_dir
from kit.store.submissions import export_submission
from kit.views.html import esc


def export_message(student: str, article: Article) -> str:
    path = export_submission(student, article.id, article.content_hash(), submissions_dir())
    return f"Saved <code>{esc(path.name)}</code> in <code>{esc(path.parent)}</code>. Hand this file in."
