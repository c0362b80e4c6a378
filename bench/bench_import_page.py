"""Importing a synthetic 10,000-comment page in the seed's format (target: under 1 s)."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kit.analysis.raw_page import import_raw_page  # noqa: E402
from tests.pages import synthetic_page  # noqa: E402

COMMENTS = 10_000
TARGET_SECONDS = 1.0


def run(repeats: int = 5) -> dict:
    page = synthetic_page(COMMENTS)
    import_raw_page(page, "warm-up")
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        article = import_raw_page(page, "bench")
        times.append(time.perf_counter() - start)
    assert len(article.comments) == COMMENTS
    sentences = sum(len(c.sentences) for c in article.comments)
    median = statistics.median(times)
    return {
        "name": "import 10,000-comment page",
        "comments": COMMENTS,
        "sentences": sentences,
        "lines": page.count("\n") + 1,
        "median_s": round(median, 3),
        "best_s": round(min(times), 3),
        "target_s": TARGET_SECONDS,
        "meets_target": median < TARGET_SECONDS,
    }


if __name__ == "__main__":
    print(run())
