"""Vote table with sentiment plus four charts for a 10,000-comment thread: first time against a
plain pandas + TextBlob script (target: at most 1.2x), again with sentiment cached (under 0.5 s),
and the size of each serialized chart (under 3 MB)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from textblob import TextBlob  # noqa: E402

from kit.analysis import signals  # noqa: E402
from kit.analysis.raw_page import import_raw_page  # noqa: E402
from kit.analysis.votes import vote_table, wilson_lower_bound  # noqa: E402
from kit.figures.votes import CHARTS, figure_size_bytes  # noqa: E402
from tests.pages import synthetic_page  # noqa: E402

COMMENTS = 10_000
FOUR_CHARTS = [
    "up and down votes",
    "score by position",
    "net score by tone",
    "controversy by votes",
]


def plain_script(article) -> pd.DataFrame:
    """What a careful analyst would write by hand: the same columns, no kit."""
    rows = []
    for c in article.comments:
        sentiment = TextBlob(c.text).sentiment
        up, down = (c.votes.up, c.votes.down) if c.votes else (np.nan, np.nan)
        rows.append((c.id, c.position, up, down, sentiment.polarity, sentiment.subjectivity))
    table = pd.DataFrame(rows, columns=["id", "position", "up", "down", "polarity", "subjectivity"])
    table["net"] = table["up"] - table["down"]
    table["total"] = table["up"] + table["down"]
    table["approval"] = table["up"] / table["total"]
    table["wilson_lower"] = wilson_lower_bound(table["up"], table["total"])
    table["controversy"] = table["total"] / np.maximum((table["up"] - table["down"]).abs(), 1)
    return table


def kit_table_and_charts(article) -> list:
    table = vote_table(article)
    return [CHARTS[name](table) for name in FOUR_CHARTS]


def _time(function, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def run(repeats: int = 3) -> dict:
    article = import_raw_page(synthetic_page(COMMENTS), "bench-votes")
    kit_table_and_charts(
        import_raw_page(synthetic_page(20), "warm-up")
    )  # imports, plotly validators
    plain_times, first_times, again_times = [], [], []
    for _ in range(repeats):  # interleaved, so that machine noise hits both alike
        plain_times.append(_time(plain_script, article)[0])
        signals._COMMENT_SENTIMENT.clear()
        signals.sentiment.cache_clear()
        first_times.append(_time(kit_table_and_charts, article)[0])
        seconds, figures = _time(kit_table_and_charts, article)
        again_times.append(seconds)
    plain, first, again = (float(np.median(t)) for t in (plain_times, first_times, again_times))
    sizes = {
        name: figure_size_bytes(figure) for name, figure in zip(FOUR_CHARTS, figures, strict=True)
    }
    sizes["ranks under each rule"] = figure_size_bytes(
        CHARTS["ranks under each rule"](vote_table(article))
    )
    return {
        "name": "vote table and charts, 10,000 comments",
        "plain_pandas_textblob_s": round(plain, 3),
        "kit_first_time_s": round(first, 3),
        "first_time_ratio": round(first / plain, 3),
        "target_ratio": 1.2,
        "kit_cached_s": round(again, 3),
        "target_cached_s": 0.5,
        "figure_bytes": sizes,
        "target_figure_bytes": 3_000_000,
        "meets_targets": first / plain <= 1.2 and again < 0.5 and max(sizes.values()) < 3_000_000,
    }


if __name__ == "__main__":
    print(run())
