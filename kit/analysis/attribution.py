"""Attribution extraction in the PARC source-cue-content form, by rules that run offline."""

# Each sentence yields zero or more attributions: who is the source, the cue that attributes
# ("said", "according to", "accused"...), the content, and whether it is quoted directly,
# paraphrased (indirect) or both (mixed). Later mentions of a person ("Chen said") resolve to the
# earlier full name. A sentence without attribution is the reporter's own voice.

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from kit.model.article import Sentence

Kind = Literal["direct", "indirect", "mixed"]

SPEECH = (
    "said|says|say|told|tells|tell|wrote|writes|write|added|adds|stated|states|announced|announces|"
    "claimed|claims|claim|argued|argues|argue|warned|warns|warn|noted|notes|explained|explains|"
    "insisted|insists|reported|reports|confirmed|confirms|asserted|asserts|acknowledged|"
    "acknowledges|estimated|estimates|predicted|predicts|testified|testifies|admitted|admits|"
    "recalled|recalls|posted|posts|tweeted|concluded|concludes|found|finds|shows|showed|stressed"
)
CHARGE = "accused|accuses|accuse|alleged|alleges|allege|denied|denies|deny|rejected|rejects|reject|disputed|disputes"
PARTICIPLE = (
    "saying|adding|arguing|warning|noting|claiming|insisting|stressing|explaining|according"
)
NOMINAL = (
    "declaration|claim|statement|assertion|allegation|warning|announcement|accusation|insistence"
)
PERFECT = r"(?:(?:has|have|had)\s+)?"
QUOTES = '"“”'
LEADING_PREPOSITION = re.compile(
    r"^(?:in|on|at|during|last|this|after|before|when|while|to|through|via|from|by|earlier|later|"
    r"yesterday|today|on\s+\w+day|in\s+a|in\s+an|in\s+its|in\s+his|in\s+her|in\s+their)\b",
    re.IGNORECASE,
)
# A source phrase: optional determiner, then up to eight words, one of them capitalized or a noun
# such as "officials"; no clause punctuation.
SOURCE_WORD = r"[A-Za-z][\w.’'-]*"
SUBJECT = (
    rf"(?P<source>(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther)\s+)?"
    rf"[A-Z][\w.’'-]*(?:\s+(?:of|for|and|at|the|{SOURCE_WORD})){{0,7}}(?:,\s+[^,{QUOTES}]{{3,140}},)?)"
)
CONNECTOR = r"(?:^|\b(?:as|while|when|after|because|but|and|since)\s+)"
# Whom a source told: "told Reuters", "told reporters", "told the BBC" (not part of the content).
ADDRESSEE = (
    r"(?:(?:(?<=told\s)|(?<=tell\s)|(?<=tells\s))"
    r"(?:reporters|journalists|him|her|them|us|me|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s+)?"
)


@dataclass(frozen=True)
class Attribution:
    sentence_id: str
    source: str  # as written in the sentence
    cue: str
    kind: Kind
    content: str
    resolved: str  # the full name for a later mention ("Chen" -> "Chen Yixin"), else the source
    role: str | None = None
    person: bool = False  # the source names a person (directly or by an earlier full name)


def _clean(text: str) -> str:
    return text.strip().strip(",;:").strip()


def _kind(content: str) -> Kind:
    stripped = content.strip()
    if re.fullmatch(rf"[{QUOTES}][^{QUOTES}]+[{QUOTES}][.,;]?", stripped):
        return "direct"
    return "mixed" if re.search(rf"[{QUOTES}][^{QUOTES}]+[{QUOTES}]", stripped) else "indirect"


SOURCE_NOUNS = re.compile(
    r"\b(officials?|spokes\w+|sources?|experts?|analysts?|critics?|residents?|witness\w*|police|ministry|"
    r"government|report|study|survey|data|people|researchers?|agency|council|committee|board|company|"
    r"firm|court|union|group|school|hospital|university|army|military|department|office|commission|"
    r"authorities|lawmakers|prosecutors|investigators|scientists?|doctors?|workers?|staff|teachers?|"
    r"students?|parents?|neighbou?rs?|team|club|factory|plant|manufacturer|regulators?|minister|mayor|"
    r"president|statement|documents?|records?|figures|poll|letter|filing|memo|spokes\w+|aides?|diplomats?)\b"
)


def _is_source(phrase: str) -> bool:
    """A noun phrase that can speak: the part before any apposition is short and has no clause."""
    if any(q in phrase for q in QUOTES):
        return False
    core = phrase.split(",")[0]
    words = core.split()
    if not 1 <= len(words) <= 9 or len(phrase.split()) > 30:
        return False
    if re.search(
        r"\b(is|are|was|were|be|been|it|they|this|that|which|who|there|here|should|would|could|will|"
        r"can|must|may|might|tell|told|do|does|did)\b",
        core,
        re.IGNORECASE,
    ):
        return False
    return any(w[:1].isupper() for w in words) or bool(SOURCE_NOUNS.search(core.lower()))


def _final_clause(sentence_id: str, text: str) -> list[Attribution]:
    """'CONTENT, SOURCE said (on Tuesday).' and 'CONTENT, said SOURCE, ...' and 'SOURCE said CONTENT'
    after a leading phrase."""
    found = []
    for comma in reversed([m.start() for m in re.finditer(r",", text)]):
        head, tail = text[:comma].strip(), text[comma + 1 :].strip()
        if (
            tail[:1] in QUOTES
        ):  # '..., "empire of hacking," a spokesperson said': the quote closes here
            head, tail = head + tail[0], tail[1:].strip()
        inverted = re.match(
            rf"^(?P<cue>{SPEECH})\s+(?P<source>[^,.]+(?:,\s+(?:the|a|an)\s+[^,{QUOTES}]+?)?)(?=[,.]|$)",
            tail,
        )
        if inverted and inverted["cue"] in {"told", "tells", "tell"}:
            inverted = None  # "..., told Reuters the water..." is not an inversion
        if inverted and _is_source(inverted["source"]) and len(head.split()) >= 3:
            source = _clean(inverted["source"])
            found.append(
                Attribution(sentence_id, source, inverted["cue"], _kind(head), _clean(head), source)
            )
            break
        match = re.match(rf"^(?P<source>.+?)\s+(?P<cue>{PERFECT}(?:{SPEECH}))\b(?P<rest>.*)$", tail)
        if not match or not _is_source(match["source"]):
            continue
        rest = match["rest"].strip().rstrip(".!?" + QUOTES).strip()
        if len(rest.split()) <= 2 or LEADING_PREPOSITION.match(rest):
            content = head  # "CONTENT, SOURCE said (on Tuesday)."
            if len(head.split()) < 3:
                break
        else:
            content = re.sub(r"^that\s+", "", rest)  # "In a statement, SOURCE said CONTENT."
        source = _clean(match["source"])
        found.append(
            Attribution(sentence_id, source, match["cue"], _kind(content), _clean(content), source)
        )
        break
    return found


def _subject_first(sentence_id: str, text: str) -> list[Attribution]:
    """'SOURCE says (that) CONTENT', also after 'as', 'while'...; and charges: 'X accuse Y of Z'."""
    found = []
    pattern = rf"{CONNECTOR}{SUBJECT}\s+(?P<cue>{PERFECT}(?:{SPEECH}|{CHARGE}))\s+{ADDRESSEE}(?:(?:in|on|at|during)\s+[\w\s]{{1,30}}?\s+(?=that\b))?(?:that\s+)?(?P<content>[^;]+?)(?=,\s+(?:a|an|the)\s+\w+\s+that\b|[.!?]?$)"
    for match in re.finditer(pattern, text):
        source, content = match["source"], match["content"]
        if not _is_source(source) or len(content.split()) < 2:
            continue
        found.append(
            Attribution(
                sentence_id,
                _clean(source),
                match["cue"].strip(),
                _kind(content),
                _clean(content),
                _clean(source),
            )
        )
    return found


def _other_patterns(sentence_id: str, text: str) -> list[Attribution]:
    found = []
    for match in re.finditer(r"\baccording to (?P<source>[^,.;]+)", text, re.IGNORECASE):
        before, after = text[: match.start()].rstrip(" ,"), text[match.end() :].lstrip(" ,")
        content = _clean(f"{before} {after}" if before else after)
        found.append(
            Attribution(
                sentence_id,
                _clean(match["source"]),
                "according to",
                _kind(content),
                content,
                _clean(match["source"]),
            )
        )
    for match in re.finditer(
        rf"^(?P<before>.+?),\s+(?P<cue>{PARTICIPLE})\s+(?:that\s+)?(?P<content>.+?)[.!?]?$", text
    ):
        if match["cue"] == "according":
            continue
        speaker = re.search(
            r"((?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s*$", match["before"].strip()
        )
        if speaker and _is_source(speaker.group(1)):
            found.append(
                Attribution(
                    sentence_id,
                    speaker.group(1),
                    match["cue"],
                    _kind(match["content"]),
                    _clean(match["content"]),
                    speaker.group(1),
                )
            )
    for match in re.finditer(
        r"\b(?P<cue>accused|criticized|quoted|cited|described|blamed)\s+by\s+(?P<source>[^,]+?)\s+(?:of|for|as)\s+(?P<content>[^,.]+)",
        text,
    ):
        found.append(
            Attribution(
                sentence_id,
                _clean(match["source"]),
                f"{match['cue']} by",
                "indirect",
                _clean(match["content"]),
                _clean(match["source"]),
            )
        )
    for match in re.finditer(
        rf"(?P<content>\b(?:a|the)\s+(?:charge|claim|accusation|allegation|report|assertion)s?)\s+that\s+(?P<source>(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*|[a-z]+))\s+(?P<cue>{PERFECT}(?:{CHARGE}|dismissed))",
        text,
    ):
        if not _is_source(match["source"]):
            continue
        found.append(
            Attribution(
                sentence_id,
                match["source"],
                match["cue"],
                "indirect",
                match["content"],
                match["source"],
            )
        )
    for match in re.finditer(
        rf"(?P<source>(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\s+(?P<cue>{NOMINAL})\s+that\s+(?P<content>\S+(?:\s+\S+){{2,}}?)(?=\s+(?:comes|came|follows|followed|prompted|sparked|drew|has been|was met)\b|,|[.!?]?$)",
        text,
    ):
        found.append(
            Attribution(
                sentence_id,
                match["source"],
                match["cue"],
                _kind(match["content"]),
                match["content"],
                match["source"],
            )
        )
    return found


def _overlaps(a: Attribution, b: Attribution) -> bool:
    """The same attribution found twice, or found once the wrong way round."""
    if a.cue.split()[-1] != b.cue.split()[-1]:
        return False
    return (
        a.source in b.source
        or b.source in a.source
        or a.source in b.content
        or b.source in a.content
    )


def extract_sentence(sentence_id: str, text: str) -> list[Attribution]:
    """Every attribution in one sentence, without duplicates (no coreference: see ``extract``)."""
    candidates = (
        _other_patterns(sentence_id, text)
        + _subject_first(sentence_id, text)
        + _final_clause(sentence_id, text)
    )
    kept: list[Attribution] = []
    for candidate in candidates:
        if not any(_overlaps(candidate, k) for k in kept):
            kept.append(candidate)
    order = {a: text.find(a.source) for a in kept}
    return sorted(kept, key=lambda a: order[a])


TITLES = re.compile(
    r"\b(minister|president|prime minister|secretary|director|spokes\w+|chief|ambassador|professor|"
    r"dr\.|mr\.|ms\.|mrs\.|mayor|governor|senator|chairman|chairwoman|chair|ceo|head|official|"
    r"journalist|researcher|scientist|engineer|teacher|doctor|nurse|manager|officer|inspector|resident)\b",
    re.IGNORECASE,
)


ORGANIZATION_WORDS = {
    "ministry",
    "security",
    "state",
    "states",
    "department",
    "agency",
    "government",
    "party",
    "council",
    "nations",
    "united",
    "union",
    "committee",
    "commission",
    "office",
    "bureau",
    "police",
    "court",
    "university",
    "institute",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "ltd",
    "company",
    "reuters",
    "news",
    "times",
    "post",
    "association",
    "foundation",
    "board",
    "authority",
    "service",
    "center",
    "centre",
    "hospital",
    "school",
    "group",
    "bank",
    "federal",
    "national",
    "city",
    "county",
    "republic",
}


HONORIFIC = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+")


def person_name(source: str) -> tuple[str, str | None] | None:
    """('Chen Yixin', 'Minister of State Security') from 'Minister of State Security Chen Yixin';
    ('Ana Ruiz', 'a nurse') from 'Ana Ruiz, a nurse'. None when the source names no person."""
    appositive = re.match(r"^([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}),\s+(.+)$", source)
    if appositive:
        name, role = appositive.group(1), appositive.group(2)
        if not (TITLES.search(role) or re.match(r"(?:a|an|the)\s", role)):
            return None
    else:
        tail: list[str] = []
        for word in reversed(source.split()):
            if not word[:1].isupper() or TITLES.fullmatch(word.lower()):
                break
            tail.insert(0, word)
        if len(tail) < 2:
            return None
        name = " ".join(tail[-3:] if len(tail) == 3 and not TITLES.search(source) else tail[-2:])
        role = _clean(source[: source.rfind(name)]) or None
    name = HONORIFIC.sub("", name)
    if any(word.lower().strip(",.") in ORGANIZATION_WORDS for word in name.split()):
        return None
    return name, role


def extract(sentences: Iterable[Sentence]) -> list[Attribution]:
    """All attributions in reading order; a later surname-only mention takes the earlier full name."""
    people: dict[str, tuple[str, str | None]] = {}
    result = []
    for sentence in sentences:
        for attribution in extract_sentence(sentence.id, sentence.text):
            named = person_name(attribution.source)
            if named:
                for part in named[0].split():  # "Chen" or "Yixin" may come back alone
                    people[part] = named
                attribution = replace(attribution, resolved=named[0], role=named[1], person=True)
            elif attribution.source in people:
                full, role = people[attribution.source]
                attribution = replace(attribution, resolved=full, role=role, person=True)
            elif "," in attribution.source:  # "the Ministry of State Security, the main agency ..."
                core, apposition = attribution.source.split(",", 1)
                attribution = replace(attribution, resolved=core.strip(), role=apposition.strip())
            result.append(attribution)
    return result
