"""Claim labels against the answer key: per-sentence feedback, a score with partial credit, Cohen's kappa."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd

from kit.model.article import Sentence
from kit.model.claim_key import ClaimKey, KeyEntry
from kit.model.work import Label

Verdict = Literal["right", "acceptable", "different"]
ACCEPTABLE_CREDIT = 0.5


@dataclass(frozen=True)
class LabelFeedback:
    sentence_id: str
    given: str
    verdict: Verdict
    expected: str
    also: tuple[str, ...]
    explanation: str


def key_problems(
    key: ClaimKey, sentences: Sequence[Sentence], label_ids: Sequence[str]
) -> dict[str, str]:
    """Sentences whose key entry is missing, refers to other text, or uses an unknown label.
    Grading skips them rather than apply a key that no longer fits."""
    problems = {}
    for sentence in sentences:
        entry = key.entries.get(sentence.id)
        if entry is None:
            problems[sentence.id] = "the answer key has no entry for this sentence"
        elif entry.text != sentence.text:
            problems[sentence.id] = (
                f"the answer key was written for other text: {entry.text[:60]!r}"
            )
        elif entry.label not in label_ids or not set(entry.also) <= set(label_ids):
            problems[sentence.id] = (
                "the answer key has no label for this sentence yet"
                if entry.label.startswith("FILL IN")
                else "the answer key uses a label that is not in the taxonomy"
            )
    return problems


def check_label(entry: KeyEntry, sentence_id: str, given: str) -> LabelFeedback:
    if given == entry.label:
        verdict: Verdict = "right"
    elif given in entry.also:
        verdict = "acceptable"
    else:
        verdict = "different"
    return LabelFeedback(
        sentence_id, given, verdict, entry.label, tuple(entry.also), entry.explanation
    )


def cohens_kappa(first: Sequence[str], second: Sequence[str]) -> float | None:
    """Cohen's kappa of two raters over the same items: (observed - chance) / (1 - chance).
    None when it is undefined (no items, or both raters always used one same label)."""
    if len(first) != len(second):
        raise ValueError("both raters must label the same items")
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    first_counts, second_counts = Counter(first), Counter(second)
    chance = sum(first_counts[label] * second_counts[label] for label in first_counts) / (n * n)
    if chance == 1:
        return None
    return (observed - chance) / (1 - chance)


@dataclass(frozen=True)
class Grade:
    feedback: list[LabelFeedback]
    keyed: int  # sentences the key can grade in this activity
    skipped: dict[str, str] = field(
        default_factory=dict
    )  # sentence id -> why the key was not applied

    def count(self, verdict: Verdict) -> int:
        return sum(1 for f in self.feedback if f.verdict == verdict)

    @property
    def labeled(self) -> int:
        return len(self.feedback)

    @property
    def points(self) -> float:
        return self.count("right") + ACCEPTABLE_CREDIT * self.count("acceptable")

    @property
    def kappa(self) -> float | None:
        return cohens_kappa([f.given for f in self.feedback], [f.expected for f in self.feedback])

    def confusion(self, label_ids: Sequence[str]) -> pd.DataFrame:
        """Counts of (your label, key's label), every taxonomy label on both axes."""
        table = pd.DataFrame(0, index=list(label_ids), columns=list(label_ids))
        for f in self.feedback:
            table.loc[f.given, f.expected] += 1
        table.index.name, table.columns.name = "your label", "answer key"
        return table


def grade(
    key: ClaimKey, sentences: Sequence[Sentence], labels: dict[str, Label], label_ids: Sequence[str]
) -> Grade:
    """Feedback on every labeled sentence the key can grade; unlabeled sentences reveal nothing."""
    skipped = key_problems(key, sentences, label_ids)
    feedback = [
        check_label(key.entries[s.id], s.id, labels[s.id].label)
        for s in sentences
        if s.id not in skipped and s.id in labels and labels[s.id].label is not None
    ]
    return Grade(feedback, keyed=len(sentences) - len(skipped), skipped=skipped)
