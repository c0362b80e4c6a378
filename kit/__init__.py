"""The media-literacy kit: load news articles and reader comments into lessons, with widgets."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Heavy parts (ipywidgets, plotly, pydantic models) load on first use, so `import kit` stays quick.
_LAZY = {
    "load_article": "kit.articles",
    "list_articles": "kit.articles",
    "read_raw_page": "kit.articles",
    "show": "kit.views.article:show_article",
    "activity": "kit.activity:Activity",
    "Activity": "kit.activity",
    "Article": "kit.model.article",
    "KitError": "kit.errors",
    "ArticleFormatError": "kit.errors",
    "RawPageError": "kit.errors",
}

__all__ = [
    "Activity",
    "Article",
    "ArticleFormatError",
    "KitError",
    "RawPageError",
    "__version__",
    "activity",
    "list_articles",
    "load_article",
    "read_raw_page",
    "show",
]

if TYPE_CHECKING:
    from kit.activity import Activity
    from kit.articles import list_articles, load_article, read_raw_page
    from kit.errors import ArticleFormatError, KitError, RawPageError
    from kit.model.article import Article


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'kit' has no attribute {name!r}")
    module_name, _, attribute = _LAZY[name].partition(":")
    value = getattr(import_module(module_name), attribute or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
