"""Grading one student's claim labels against the key (target: under 50 ms), and how often the
rule-based suggester agrees with the key (reported in the issue note, not a target)."""

from __future__ import annotations

import statistics
import time

from kit.analysis.grading import cohens_kappa, grade
from kit.analysis.items import labeling_items
from kit.analysis.suggest import suggest_statement_type
from kit.articles import load_article
from kit.keys import load_claim_key
from kit.model.work import Label
from kit.taxonomies import load_taxonomy

TARGET_MS = 50.0
ARTICLE = "china-counter-espionage"


def run(repeats: int = 200) -> dict:
    article, taxonomy = load_article(ARTICLE), load_taxonomy()
    key = load_claim_key(ARTICLE, taxonomy.id)
    sentences = [
        i.sentence for scope in ("body", "comments") for i in labeling_items(article, scope)
    ]
    # A student who labels every sentence, one label in three different from the key.
    labels = {
        s.id: Label(
            label=taxonomy.ids[n % len(taxonomy.ids)] if n % 3 == 0 else key.entries[s.id].label,
            note="x",
        )
        for n, s in enumerate(sentences)
    }
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = grade(key, sentences, labels, taxonomy.ids)
        result.kappa, result.points, result.confusion(taxonomy.ids)
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)

    agreement = {}
    for scope in ("body", "comments"):
        items = [i.sentence for i in labeling_items(article, scope)]
        machine = [suggest_statement_type(s.text).label for s in items]
        expected = [key.entries[s.id].label for s in items]
        fair = [
            m == e or m in key.entries[s.id].also
            for m, e, s in zip(machine, expected, items, strict=True)
        ]
        agreement[scope] = {
            "sentences": len(items),
            "same_as_key": sum(m == e for m, e in zip(machine, expected, strict=True)),
            "same_or_acceptable": sum(fair),
            "cohens_kappa": round(cohens_kappa(machine, expected), 3),
        }
    return {
        "name": "grade claims and suggester agreement",
        "sentences_graded": len(sentences),
        "grade_median_ms": round(median, 2),
        "target_ms": TARGET_MS,
        "meets_target": median < TARGET_MS,
        "suggester_vs_key": agreement,
    }


if __name__ == "__main__":
    print(run())
