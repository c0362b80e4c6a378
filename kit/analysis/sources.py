"""Source classification (type, named or not, side) and the tidy table of every attribution."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from kit.analysis.attribution import Attribution, extract, person_name
from kit.model.article import Sentence
from kit.model.sourcing import SidesTable

ANONYMOUS = re.compile(
    r"\b(anonymous|anonymity|asked not to be (?:named|identified)|declined to be (?:named|identified)|"
    r"not (?:allowed|authori[sz]ed) to speak|familiar with|a source|sources|an insider|insiders)\b",
    re.IGNORECASE,
)
DOCUMENT = re.compile(
    r"\b(report|study|survey|data|documents?|records?|filing|figures|statistics|census|poll|letter|"
    r"memo|analysis|court papers|minutes|transcript|website|post)\b",
    re.IGNORECASE,
)
UNNAMED_OFFICIAL = re.compile(
    r"\b(spokes(?:person|man|woman)|officials?|aides?|diplomats?|representatives?|authorities|an? worker|"
    r"an? employee)\b",
    re.IGNORECASE,
)
ORGANIZATION = re.compile(
    r"\b(ministry|department|agency|government|party|council|committee|commission|office|bureau|police|"
    r"court|university|institute|company|inc|corp|ltd|plastics|association|foundation|board|authority|"
    r"union|hospital|school|bank|army|military|parliament|congress|senate|factory)\b",
    re.IGNORECASE,
)
# Countries, capitals standing for governments, and vague groups: "Beijing has rejected", "critics say".
COLLECTIVE = re.compile(
    r"^(?:the\s+)?(china|beijing|the united states|united states|u\.s\.|washington|russia|moscow|kremlin|"
    r"japan|tokyo|india|new delhi|britain|london|france|paris|germany|berlin|iran|tehran|israel|ukraine|"
    r"kyiv|europe|brussels|the west|western \w+|critics|experts|analysts|observers|many|some|others|"
    r"people|residents|locals|activists|officials say)\b",
    re.IGNORECASE,
)


def source_type(attribution: Attribution) -> str:
    """One of the source-types taxonomy's ids, from the wording of the source."""
    source = attribution.source
    if ANONYMOUS.search(source):
        return "anonymous"
    if attribution.person or person_name(source):
        return "named-person"
    core = attribution.resolved
    if (
        attribution.cue == "according to"
        and DOCUMENT.search(core)
        or re.search(r"\b(report|study|survey|data)\b", core, re.I)
    ):
        return "document"
    if UNNAMED_OFFICIAL.search(core):
        return "unnamed-official"
    if COLLECTIVE.match(core):
        return "collective"
    if (
        ORGANIZATION.search(core)
        or any(w[:1].isupper() for w in core.split()[1:])
        or core[:1].isupper()
    ):
        return "named-organization"
    return "collective"


def side_of(attribution: Attribution, sides: SidesTable) -> str:
    """The first rule matching the source's name; failing that, its role; failing that, the default."""
    for text in (attribution.resolved, attribution.source, attribution.role or ""):
        lowered = text.lower()
        side = next((rule.side for rule in sides.rules if rule.match in lowered), None)
        if side:
            return side
    return sides.default


NAMED_TYPES = {"named-person", "named-organization", "document"}


def source_table(sentences: Iterable[Sentence], sides: SidesTable) -> pd.DataFrame:
    """One row per attribution: sentence, source as written and resolved, role, cue, direct or not,
    type, named or not, side. Sentences with no attribution get one row of type 'none'."""
    sentences = list(sentences)
    found = extract(sentences)
    by_sentence: dict[str, list[Attribution]] = {}
    for attribution in found:
        by_sentence.setdefault(attribution.sentence_id, []).append(attribution)
    rows = []
    for sentence in sentences:
        for a in by_sentence.get(sentence.id, []):
            kind = source_type(a)
            rows.append(
                (
                    sentence.id,
                    a.source,
                    a.resolved,
                    a.role,
                    a.cue,
                    a.kind,
                    kind,
                    kind in NAMED_TYPES,
                    side_of(a, sides),
                    a.content,
                )
            )
        if sentence.id not in by_sentence:
            rows.append(
                (sentence.id, None, None, None, None, None, "none", False, None, sentence.text)
            )
    columns = [
        "sentence",
        "source",
        "resolved",
        "role",
        "cue",
        "kind",
        "type",
        "named",
        "side",
        "content",
    ]
    return pd.DataFrame(rows, columns=columns)
