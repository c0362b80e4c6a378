"""Shared fixtures: every test writes student work to its own temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW_SEED = ROOT / "data" / "raw" / "china-counter-espionage.txt"
ARTICLE_ID = "china-counter-espionage"


@pytest.fixture(autouse=True)
def isolated_work(tmp_path_factory, monkeypatch):
    work = tmp_path_factory.mktemp("work")
    monkeypatch.setenv("KIT_WORK_DIR", str(work))
    monkeypatch.setenv("KIT_STUDENT", "test-student")
    monkeypatch.delenv("KIT_SELF_CHECK", raising=False)
    return work


@pytest.fixture(scope="session")
def seed_text() -> str:
    return RAW_SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def article():
    from kit.articles import load_article

    return load_article(ARTICLE_ID)
