"""A submission: one student's work on one article, exported as one file for the teacher."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kit.model.base import StrictModel
from kit.model.work import Work

SUBMISSION_SCHEMA_VERSION = 1
SAFE_ID = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"


class Submission(StrictModel):
    schema_version: Literal[1] = SUBMISSION_SCHEMA_VERSION
    kind: Literal["media-literacy-kit submission"] = "media-literacy-kit submission"
    student: str = Field(pattern=SAFE_ID)
    article_id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    article_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    exported: str
    key_hashes: dict[str, str] = Field(
        default_factory=dict, description="activity -> hash of its key file"
    )
    works: list[Work] = Field(max_length=50)

    def work(self, activity: str) -> Work | None:
        return next((w for w in self.works if w.activity == activity), None)


def submission_file_name(student: str, article_id: str) -> str:
    """Thirty of these can sit in one folder, sorted by student."""
    return f"{student}__{article_id}.submission.json"
