"""A rule-based "second opinion" on each sentence's statement type, with the reason for its guess."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kit.analysis.signals import sentiment

ATTRIBUTION_CUE = re.compile(
    r"\b(said|says|say|told|tells|wrote|writes|according to|stated|announced|claimed|claims|"
    r"argued|added|reported|accused|accuses|alleged|insisted|denied|rejected|warned|has said)\b",
    re.IGNORECASE,
)
FUTURE_OR_MODAL = re.compile(
    r"\b(will|won't|would|could|might|may|going to|expected to|likely to|plans? to)\b",
    re.IGNORECASE,
)
NORMATIVE = re.compile(r"\b(should|must|ought to|needs? to)\b", re.IGNORECASE)
EVALUATIVE = re.compile(
    r"\b(miserable|laughable|orwellian|dark|good|bad|best|worst|great|terrible|awful|wonderful|"
    r"positive|negative|clear|fantasy|lies|dirty|wow)\b",
    re.IGNORECASE,
)
SUBJECTIVE_FROM = 0.5
MIN_CLAIM_WORDS = 4


@dataclass(frozen=True)
class Suggestion:
    label: str
    reason: str


def suggest_statement_type(text: str) -> Suggestion:
    """Guess a label of the statement-types taxonomy from surface cues; it is often wrong, on purpose
    of the lesson: students explain where and why."""
    stripped = text.strip()
    if stripped.endswith("?"):
        return Suggestion(
            "not-a-claim", "It ends with a question mark, so it asks rather than states."
        )
    cue = ATTRIBUTION_CUE.search(stripped)
    if cue:
        return Suggestion(
            "attributed",
            f'It has an attribution cue ("{cue.group(0)}"), so someone else is the source.',
        )
    if len(stripped.split()) < MIN_CLAIM_WORDS:
        return Suggestion(
            "not-a-claim",
            f"It is very short ({len(stripped.split())} words), like a cry or a remark.",
        )
    future = FUTURE_OR_MODAL.search(stripped)
    if future:
        return Suggestion(
            "prediction", f'It uses "{future.group(0)}", a word about what will or might happen.'
        )
    normative = NORMATIVE.search(stripped)
    if normative:
        return Suggestion(
            "opinion", f'It uses "{normative.group(0)}", which says what ought to be.'
        )
    subjectivity = sentiment(stripped).subjectivity
    evaluative = EVALUATIVE.search(stripped)
    if evaluative:
        return Suggestion("opinion", f'It uses the judging word "{evaluative.group(0)}".')
    if subjectivity >= SUBJECTIVE_FROM:
        return Suggestion(
            "opinion", f"TextBlob finds a personal tone (subjectivity {subjectivity:.2f})."
        )
    return Suggestion(
        "fact",
        f"No source cue, no future word and a neutral tone (subjectivity {subjectivity:.2f}), "
        "so it reads as a plain statement.",
    )
