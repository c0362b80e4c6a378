"""Find, load, import and save the bundled articles (data/articles/<id>.json)."""

from __future__ import annotations

from pathlib import Path

from kit.analysis.raw_page import import_raw_page
from kit.errors import DataFileError, KitError, RawPageError
from kit.fileio import write_text_atomic
from kit.model.article import ARTICLE_SCHEMA_VERSION, Article
from kit.model.jsonfile import read_json, to_json
from kit.paths import articles_dir


def list_articles() -> list[str]:
    """Ids of the articles bundled under data/articles/, sorted."""
    return sorted(path.stem for path in articles_dir().glob("*.json"))


def article_path(article_id: str) -> Path:
    return articles_dir() / f"{article_id}.json"


def load_article(article_id_or_path: str | Path) -> Article:
    """Load an article by id (``"china-counter-espionage"``) or by the path of its JSON file."""
    candidate = Path(article_id_or_path)
    path = candidate if candidate.suffix == ".json" else article_path(str(article_id_or_path))
    if not path.exists() and candidate.suffix != ".json":
        known = ", ".join(list_articles()) or "none"
        raise DataFileError(
            path, "", f"no article with id {str(article_id_or_path)!r} (bundled: {known})"
        )
    return read_json(path, Article, ARTICLE_SCHEMA_VERSION)


def read_raw_page(raw_path: str | Path, article_id: str) -> Article:
    """Import a raw page text file; unreadable files become a RawPageError naming them."""
    raw_path = Path(raw_path)
    try:
        text = raw_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RawPageError(raw_path, 0, "file not found") from None
    except UnicodeDecodeError as err:
        line = raw_path.read_bytes()[: err.start].count(b"\n") + 1
        raise RawPageError(
            raw_path, line, "expected UTF-8 text (save the page text as UTF-8)"
        ) from None
    except OSError as err:
        raise RawPageError(raw_path, 0, f"cannot be read ({err.strerror})") from None
    return import_raw_page(text, article_id, str(raw_path))


def save_article(article: Article, path: str | Path | None = None, *, force: bool = False) -> Path:
    """Write the article's JSON atomically; refuse to replace an existing file unless ``force``."""
    target = Path(path) if path else article_path(article.id)
    if target.exists() and not force:
        raise KitError(f"{target}: already exists; add --force to replace it")
    write_text_atomic(target, to_json(article))
    return target
