"""The class report over 125, 250 and 500 submissions (target: 500 in under 2 s, growing linearly)."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kit.articles import load_article  # noqa: E402
from kit.class_reporting import build_report  # noqa: E402
from kit.keys import load_claim_key  # noqa: E402
from tests.classes import submission, write  # noqa: E402

ARTICLE = "china-counter-espionage"
SIZES = (125, 250, 500)
TARGET_S = 2.0


def make_class(folder: Path, size: int) -> None:
    article = load_article(ARTICLE)
    key = load_claim_key(ARTICLE, "statement-types")
    labels = ["fact", "attributed", "opinion", "prediction", "not-a-claim"]
    chance = random.Random(size)
    sentences = [s.id for s in article.body_sentences()]
    for n in range(size):
        picks = {
            s: key.entries[s].label if chance.random() < 0.7 else chance.choice(labels)
            for s in sentences
        }
        write(folder, submission(article, f"student{n:04d}", picks))


def run(repeats: int = 3) -> dict:
    seconds = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in SIZES:
            folder = Path(scratch) / str(size)
            make_class(folder, size)
            build_report(folder, ARTICLE)  # warm-up: imports, plotly
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                page = build_report(folder, ARTICLE)
                times.append(time.perf_counter() - start)
            assert f"{size} used" in page
            seconds[size] = statistics.median(times)
    per_submission_ms = {size: round(1000 * s / size, 2) for size, s in seconds.items()}
    return {
        "name": "class report",
        "seconds": {size: round(s, 3) for size, s in seconds.items()},
        "ms_per_submission": per_submission_ms,
        "marginal_ms_per_submission": round(1000 * (seconds[500] - seconds[125]) / 375, 3),
        "target_s_for_500": TARGET_S,
        "meets_target": seconds[500] < TARGET_S,
    }


if __name__ == "__main__":
    print(run())
