"""The attribution extractor against the sourcing keys: precision, recall, F1 and type accuracy
(aim: F1 at least 0.9 on the bundled articles), with the time to extract one article."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kit.analysis.sources import source_table  # noqa: E402
from kit.analysis.sourcing import score_extraction  # noqa: E402
from kit.articles import list_articles, load_article  # noqa: E402
from kit.keys import load_sides, load_sourcing_key  # noqa: E402

TARGET_F1 = 0.9


def run() -> dict:
    per_article, totals = {}, [0, 0, 0, 0, 0]
    for article_id in list_articles():
        key = load_sourcing_key(article_id)
        if key is None:
            continue
        article = load_article(article_id)
        start = time.perf_counter()
        table = source_table(article.body_sentences(), load_sides(article_id))
        seconds = time.perf_counter() - start
        score = score_extraction(table, key)
        per_article[article_id] = {
            "key_attributions": score.expected,
            "found": score.found,
            "matched": score.matched,
            "precision": round(score.precision, 3),
            "recall": round(score.recall, 3),
            "f1": round(score.f1, 3),
            "type_accuracy": round(score.type_right / score.matched, 3) if score.matched else None,
            "side_accuracy": round(score.side_right / score.matched, 3) if score.matched else None,
            "extract_ms": round(seconds * 1000, 1),
        }
        for n, value in enumerate(
            (score.expected, score.found, score.matched, score.type_right, score.side_right)
        ):
            totals[n] += value
    expected, found, matched, type_right, _ = totals
    precision, recall = matched / found, matched / expected
    f1 = 2 * precision * recall / (precision + recall)
    return {
        "name": "attribution extraction against the sourcing keys",
        "articles": per_article,
        "f1_all": round(f1, 3),
        "type_accuracy_all": round(type_right / matched, 3),
        "target_f1": TARGET_F1,
        "meets_target": f1 >= TARGET_F1,
        "heldout_sentences": heldout(),
    }


def heldout() -> dict:
    """Precision and recall on sentences never used to tune the rules."""
    from bench.heldout_attributions import HELDOUT
    from kit.analysis.attribution import extract_sentence

    expected = found = matched = 0
    misses = []
    for n, (text, gold) in enumerate(HELDOUT):
        predicted = extract_sentence(f"h{n}", text)
        expected, found = expected + len(gold), found + len(predicted)
        for source, cue in gold:
            hit = any(
                (source.lower() in a.source.lower() or a.source.lower() in source.lower())
                and a.cue.split()[-1] == cue.split()[-1]
                for a in predicted
            )
            matched += hit
            if not hit:
                misses.append(text)
    precision, recall = matched / found if found else 0.0, matched / expected
    return {
        "sentences": len(HELDOUT),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3) if matched else 0.0,
        "missed": misses,
    }


if __name__ == "__main__":
    print(run())
