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


def comment_signals(article: Article) -> pd.DataFrame:
    """One row per comment: its whole text's polarity and subjectivity, with its votes."""
    rows = []
    for comment in article.comments:
        signal = sentiment(comment.text)
        votes = comment.votes
        rows.append(
            (
                comment.id,
                comment.text,
                signal.polarity,
                signal.subjectivity,
                votes.net if votes else None,
            )
        )
    columns = ["id", "text", "polarity", "subjectivity", "net_votes"]
    return pd.DataFrame(rows, columns=columns).set_index("id")
