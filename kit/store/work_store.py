"""One work file per student, article and activity, changed under a lock and written atomically."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from filelock import FileLock

from kit.errors import DataFileError
from kit.fileio import write_text_atomic
from kit.model.jsonfile import read_json, to_json
from kit.model.work import WORK_SCHEMA_VERSION, Work
from kit.paths import work_dir
from kit.store.student import safe_name


def work_path(student: str, article_id: str, activity: str) -> Path:
    return work_dir() / safe_name(student) / safe_name(article_id) / f"{safe_name(activity)}.json"


class WorkStore:
    """Reads and changes one work file; every change re-reads the file under a lock, so two
    notebooks open on the same work merge their answers instead of overwriting each other."""

    def __init__(
        self,
        student: str,
        article_id: str,
        article_hash: str,
        activity: str,
        taxonomy: str | None = None,
    ) -> None:
        self.blank = Work(
            student=student,
            article_id=article_id,
            article_hash=article_hash,
            activity=activity,
            taxonomy=taxonomy,
        )
        self.path = work_path(student, article_id, activity)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = FileLock(f"{self.path}.lock", timeout=10)
        self.messages: list[str] = []

    def load(self) -> Work:
        with self._lock:
            return self._read()

    def update(self, change: Callable[[Work], Work]) -> Work:
        with self._lock:
            work = change(self._read())
            # Under the lock no other write is under way: a temporary file here was left by a
            # process killed mid-write, and is only an unfinished copy of an older state.
            for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
                stale.unlink(missing_ok=True)
            write_text_atomic(self.path, to_json(work))
            return work

    def _read(self) -> Work:
        if not self.path.exists():
            return self.blank
        try:
            work = read_json(self.path, Work, WORK_SCHEMA_VERSION)
        except DataFileError as err:
            self._set_aside(str(err))
            return self.blank
        identity = ("student", "article_id", "activity", "taxonomy")
        if any(getattr(work, name) != getattr(self.blank, name) for name in identity):
            self._set_aside("it belongs to another student, article, activity or taxonomy")
            return self.blank
        if work.article_hash != self.blank.article_hash:
            self.messages.append(
                "The article changed since you saved this work. Your answers are kept; "
                "check that they still fit."
            )
        return work

    def _set_aside(self, reason: str) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}.json")
        self.path.rename(kept)
        self.messages.append(
            f"Your saved work could not be read, so the kit kept it safe as {kept.name} and started "
            f"a fresh copy. Nothing was deleted: tell your teacher. (Details: {reason})"
        )
