"""The media-literacy kit: load news articles and reader comments into lessons, with widgets."""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# Heavy parts (ipywidgets, plotly, pydantic models) load on first use, so `import kit` stays quick.
# No submodule may share a name with this API: importing it would bind the module in its place.
_LAZY = {
    "load_article": "kit.articles",
    "list_articles": "kit.articles",
    "read_raw_page": "kit.articles",
    "show": "kit.views.article:show_article",
    "activity": "kit.quiz_activity:QuizActivity",
    "claims": "kit.claims_activity:ClaimsActivity",
    "votes": "kit.votes_activity:VotesActivity",
    "sourcing": "kit.sourcing_activity:SourcingActivity",
    "class_report": "kit.class_reporting:ClassReport",
    "list_taxonomies": "kit.taxonomies",
    "load_taxonomy": "kit.taxonomies",
    "QuizActivity": "kit.quiz_activity",
    "Article": "kit.model.article",
    "KitError": "kit.errors",
    "DataFileError": "kit.errors",
    "RawPageError": "kit.errors",
}

__all__ = [
    "QuizActivity",
    "Article",
    "DataFileError",
    "KitError",
    "RawPageError",
    "__version__",
    "activity",
    "claims",
    "votes",
    "sourcing",
    "class_report",
    "list_taxonomies",
    "load_taxonomy",
    "list_articles",
    "load_article",
    "read_raw_page",
    "show",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'kit' has no attribute {name!r}")
    module_name, _, attribute = _LAZY[name].partition(":")
    value = getattr(import_module(module_name), attribute or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
