"""Text signals: TextBlob polarity and subjectivity (offline: no corpus is needed for sentiment)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from kit.model.article import Article, Sentence


@dataclass(frozen=True)
class Sentiment:
    polarity: float  # -1 (negative) to +1 (positive)
    subjectivity: float  # 0 (factual tone) to 1 (personal tone)


@lru_cache(maxsize=4096)
def sentiment(text: str) -> Sentiment:
    from textblob import TextBlob  # heavy: loaded on first use only

    result = TextBlob(text).sentiment
    return Sentiment(round(result.polarity, 3), round(result.subjectivity, 3))


def sentence_signals(sentences: Iterable[Sentence]) -> pd.DataFrame:
    rows = []
    for sentence in sentences:
        signal = sentiment(sentence.text)
        rows.append((sentence.id, sentence.text, signal.polarity, signal.subjectivity))
    return pd.DataFrame(rows, columns=["id", "text", "polarity", "subjectivity"]).set_index("id")


_COMMENT_SENTIMENT: dict[str, pd.DataFrame] = {}


def comment_sentiment(article: Article) -> pd.DataFrame:
    """Polarity and subjectivity of each comment's whole text, computed once per article content
    (kept for the kernel's life, so re-running a cell or changing a widget does not pay again)."""
    key = article.content_hash()
    if key not in _COMMENT_SENTIMENT:
        rows = [sentiment(comment.text) for comment in article.comments]
        _COMMENT_SENTIMENT[key] = pd.DataFrame(
            {
                "polarity": [r.polarity for r in rows],
                "subjectivity": [r.subjectivity for r in rows],
            },
            index=pd.Index([c.id for c in article.comments], name="comment"),
        )
    return _COMMENT_SENTIMENT[key]
