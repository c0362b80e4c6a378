"""Comment vote metrics and ranking rules, one row per comment, with every formula named."""

from __future__ import annotations

from statistics import NormalDist

import numpy as np
import pandas as pd

from kit.analysis.signals import comment_sentiment
from kit.model.article import Article
from kit.model.work import Label

SMALL_TOTAL = 10  # fewer votes than this: the kit says the numbers say little
CHECKABLE_LABELS = {"fact", "attributed"}
FORMULAS = {
    "net": "net = up - down",
    "total": "total = up + down",
    "approval": "approval = up / total",
    "wilson_lower": "Wilson score lower bound of up / total (Evan Miller, 'How not to sort by average rating')",
    "controversy": "controversy = (up + down) / max(|up - down|, 1)",
}
RULES = {
    "posting order": ("position", True),
    "net score": ("net", False),
    "Wilson lower bound": ("wilson_lower", False),
    "controversy": ("controversy", False),
}


def wilson_lower_bound(up: np.ndarray, total: np.ndarray, confidence: float = 0.95) -> np.ndarray:
    """Lower bound of the Wilson score interval for the share of up votes; 0 where total is 0."""
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    up, total = np.asarray(up, dtype=float), np.asarray(total, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = up / total
        centre = share + z * z / (2 * total)
        spread = z * np.sqrt((share * (1 - share) + z * z / (4 * total)) / total)
        bound = np.clip(
            (centre - spread) / (1 + z * z / total), 0.0, 1.0
        )  # rounding can dip below 0
    return np.where(total > 0, bound, np.where(np.isnan(total), np.nan, 0.0))


def controversy(up: np.ndarray, down: np.ndarray) -> np.ndarray:
    """(up + down) / max(|up - down|, 1): large when many votes split evenly."""
    up, down = np.asarray(up, dtype=float), np.asarray(down, dtype=float)
    return (up + down) / np.maximum(np.abs(up - down), 1)


def _checkable_claims(article: Article, labels: dict[str, Label] | None) -> list[object]:
    if not labels:
        return [pd.NA] * len(article.comments)
    result: list[object] = []
    for comment in article.comments:
        given = [
            labels[s.id].label for s in comment.sentences if s.id in labels and labels[s.id].label
        ]
        result.append(any(g in CHECKABLE_LABELS for g in given) if given else pd.NA)
    return result


def vote_table(
    article: Article,
    confidence: float = 0.95,
    claim_labels: dict[str, Label] | None = None,
    small_total: int = SMALL_TOTAL,
) -> pd.DataFrame:
    """One row per comment. Comments without a vote line keep missing votes, never zeros.
    ``claim_labels`` (a student's comment labels) fills ``checkable_claim`` where given."""
    comments = article.comments
    votes = [c.votes for c in comments]
    table = pd.DataFrame(
        {
            "position": [c.position for c in comments],
            "first_words": [" ".join(c.text.split()[:12]) for c in comments],
            "length": [len(c.text) for c in comments],
            "up": pd.array([v.up if v else None for v in votes], dtype="Int64"),
            "down": pd.array([v.down if v else None for v in votes], dtype="Int64"),
            "net": pd.array([v.net if v else None for v in votes], dtype="Int64"),
        },
        index=pd.Index([c.id for c in comments], name="comment"),
    )
    up = table["up"].to_numpy(dtype=float, na_value=np.nan)
    down = table["down"].to_numpy(dtype=float, na_value=np.nan)
    total = up + down
    table["total"] = pd.array(np.where(np.isnan(total), None, total), dtype="Int64")
    with np.errstate(divide="ignore", invalid="ignore"):
        table["approval"] = np.where(total > 0, up / total, np.nan)
    table["wilson_lower"] = wilson_lower_bound(up, total, confidence)
    table["controversy"] = controversy(up, down)
    table["small_total"] = ~(total >= small_total)  # missing votes count as small, too
    sentiment = comment_sentiment(article)
    table["polarity"] = sentiment["polarity"].to_numpy()
    table["subjectivity"] = sentiment["subjectivity"].to_numpy()
    table["checkable_claim"] = pd.array(_checkable_claims(article, claim_labels), dtype="boolean")
    table["cites_source"] = pd.array(
        [pd.NA] * len(comments), dtype="boolean"
    )  # from the sourcing work, later
    table.attrs.update(
        confidence=confidence,
        small_total=small_total,
        formulas={
            **FORMULAS,
            "wilson_lower": f"{FORMULAS['wilson_lower']}, {confidence:.0%} confidence",
        },
    )
    return table


def rank(table: pd.DataFrame, rule: str) -> pd.Series:
    """Rank 1 = shown first under ``rule``; ties go to the earlier comment, and comments whose
    votes are missing come last under every vote-based rule. A total order: no two share a rank."""
    column, ascending = RULES[rule]
    values = table[column].astype("Float64")
    order = pd.DataFrame(
        {
            "missing": values.isna(),
            "value": values if ascending else -values,
            "position": table["position"],
        }
    )
    ordered = order.sort_values(["missing", "value", "position"], na_position="last").index
    return pd.Series(range(1, len(ordered) + 1), index=ordered, name=rule).reindex(table.index)


def ranks(table: pd.DataFrame) -> pd.DataFrame:
    """Each comment's rank under every rule."""
    return pd.concat([rank(table, rule) for rule in RULES], axis=1)


def top_comments(table: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The first ``n`` comments a reader sees under each rule (columns: rule, rank, comment, first words)."""
    rows = []
    for rule in RULES:
        ranked = rank(table, rule).sort_values()
        for comment_id, place in ranked.head(n).items():
            rows.append((rule, place, comment_id, table.at[comment_id, "first_words"]))
    return pd.DataFrame(rows, columns=["rule", "rank", "comment", "first_words"])
