"""Where the kit finds its data and keeps student work (both overridable by environment variables)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """Articles, keys and taxonomies: $KIT_DATA_DIR, else the checkout's data/ folder."""
    return Path(os.environ.get("KIT_DATA_DIR") or PROJECT_ROOT / "data")


def articles_dir() -> Path:
    return data_dir() / "articles"


def keys_dir() -> Path:
    return data_dir() / "keys"


def work_dir() -> Path:
    """Student work: $KIT_WORK_DIR, else lessons/work/ next to the lessons."""
    return Path(os.environ.get("KIT_WORK_DIR") or PROJECT_ROOT / "lessons" / "work")


def lessons_dir() -> Path:
    return PROJECT_ROOT / "lessons"


def submissions_dir() -> Path:
    """Where "Export my work" writes: $KIT_SUBMISSIONS_DIR, else lessons/submissions/."""
    return Path(os.environ.get("KIT_SUBMISSIONS_DIR") or work_dir().parent / "submissions")
