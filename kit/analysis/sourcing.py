"""Sourcing against its key: the extractor's precision and recall, and feedback on a student's checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pandas as pd

from kit.model.sourcing import KeyAttribution, SourcingKey
from kit.model.work import SourceCheck

Verdict = Literal["right", "partly", "different"]


def _same_source(predicted: str | None, resolved: str | None, key_source: str) -> bool:
    key = key_source.lower()
    return any(p and (key in p.lower() or p.lower() in key) for p in (predicted, resolved))


def _same_cue(predicted: str | None, key_cue: str) -> bool:
    return bool(predicted) and predicted.split()[-1].lower() == key_cue.split()[-1].lower()


def match_key(table: pd.DataFrame, key: SourcingKey) -> pd.DataFrame:
    """Each key attribution paired with the extracted row that has its source and cue (or none)."""
    rows = []
    extracted = table[table["type"] != "none"]
    for sentence_id, entry in key.entries.items():
        candidates = extracted[extracted["sentence"] == sentence_id]
        used: set[int] = set()
        for expected in entry.attributions:
            hit = next(
                (
                    index
                    for index, row in candidates.iterrows()
                    if index not in used
                    and _same_source(row["source"], row["resolved"], expected.source)
                    and _same_cue(row["cue"], expected.cue)
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
            found = candidates.loc[hit] if hit is not None else None
            rows.append(
                (
                    sentence_id,
                    expected.source,
                    expected.type,
                    expected.side,
                    hit,
                    None if found is None else found["type"],
                    None if found is None else found["side"],
                )
            )
    columns = ["sentence", "key_source", "key_type", "key_side", "row", "found_type", "found_side"]
    return pd.DataFrame(rows, columns=columns)


@dataclass(frozen=True)
class ExtractionScore:
    expected: int
    found: int
    matched: int
    type_right: int
    side_right: int

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def score_extraction(table: pd.DataFrame, key: SourcingKey) -> ExtractionScore:
    matches = match_key(table, key)
    matched = matches[matches["row"].notna()]
    return ExtractionScore(
        expected=len(matches),
        found=int((table["type"] != "none").sum()),
        matched=len(matched),
        type_right=int((matched["found_type"] == matched["key_type"]).sum()),
        side_right=int((matched["found_side"] == matched["key_side"]).sum()),
    )


@dataclass(frozen=True)
class SourceFeedback:
    verdict: Verdict
    expected: KeyAttribution | None
    explanation: str


def check_source(
    key: SourcingKey, sentence_id: str, slot_index: int, check: SourceCheck
) -> SourceFeedback:
    """Compare a student's check of one slot with the key: the key attribution with the same source,
    else the one in the same place in the sentence; 'none' is right where the key has none."""
    entry = key.entries[sentence_id]
    if not entry.attributions:
        why = (
            entry.explanation
            or "The key finds no attribution here: this is the reporter's own voice."
        )
        return SourceFeedback("right" if check.type == "none" else "different", None, why)
    expected = next(
        (
            a
            for a in entry.attributions
            if check.source and _same_source(check.source, None, a.source)
        ),
        entry.attributions[min(slot_index, len(entry.attributions) - 1)],
    )
    right = (check.type == expected.type) + (check.side == expected.side)
    verdict: Verdict = "right" if right == 2 else "partly" if right == 1 else "different"
    return SourceFeedback(verdict, expected, expected.explanation)
