"""Each attribution pattern, on sentences written like real news (not only the bundled articles)."""

import pytest

from kit.analysis.attribution import extract, extract_sentence, person_name
from kit.model.article import Sentence


def one(text):
    [attribution] = extract_sentence("s", text)
    return attribution


@pytest.mark.parametrize(
    ("text", "source", "cue", "kind", "content"),
    [
        # cue after the content
        (
            "The bridge will reopen next week, the city council said on Tuesday.",
            "the city council",
            "said",
            "indirect",
            "The bridge will reopen next week",
        ),
        ('"We will fight this," Lopez said.', "Lopez", "said", "direct", '"We will fight this"'),
        (
            'The plan is "a disaster for farmers," a union spokesman has said.',
            "a union spokesman",
            "has said",
            "mixed",
            'The plan is "a disaster for farmers"',
        ),
        # cue before the source (inverted)
        (
            '"We will fight this," said Maria Lopez, the mayor of Springfield.',
            "Maria Lopez, the mayor of Springfield",
            "said",
            "direct",
            '"We will fight this"',
        ),
        # source first
        (
            "Officials said the bridge would reopen next week.",
            "Officials",
            "said",
            "indirect",
            "the bridge would reopen next week",
        ),
        (
            "Critics say the plan is too expensive.",
            "Critics",
            "say",
            "indirect",
            "the plan is too expensive",
        ),
        (
            "Smith told reporters that the vote was rigged.",
            "Smith",
            "told",
            "indirect",
            "the vote was rigged",
        ),
        (
            "In a statement, the ministry said it would review the law.",
            "the ministry",
            "said",
            "indirect",
            "it would review the law",
        ),
        # according to, in mid-sentence
        (
            "The fire, according to police, started at 3 a.m.",
            "police",
            "according to",
            "indirect",
            "The fire started at 3 a.m.",
        ),
        (
            "According to a 2023 census, the town has 4,000 people.",
            "a 2023 census",
            "according to",
            "indirect",
            "the town has 4,000 people.",
        ),
        # participle and passive
        (
            "The law has alarmed Japan, saying firms could be punished.",
            "Japan",
            "saying",
            "indirect",
            "firms could be punished",
        ),
        (
            "The activist, accused by the state of spreading rumours, was released.",
            "the state",
            "accused by",
            "indirect",
            "spreading rumours",
        ),
    ],
)
def test_attribution_patterns(text, source, cue, kind, content):
    attribution = one(text)
    assert (attribution.source, attribution.cue, attribution.kind) == (source, cue, kind)
    assert attribution.content.rstrip(".") == content.rstrip(".")


def test_two_attributions_in_one_sentence():
    text = "Rebels accuse the army of shelling villages, a charge that the government has denied."
    found = extract_sentence("s", text)
    assert [(a.source, a.cue) for a in found] == [
        ("Rebels", "accuse"),
        ("the government", "has denied"),
    ]


def test_nominal_attribution():
    [a] = extract_sentence(
        "s", "Moscow's claim that the drones were shot down came as talks resumed."
    )
    assert (a.source, a.cue, a.content) == ("Moscow", "claim", "the drones were shot down")


def test_no_attribution_is_the_reporters_voice():
    for text in (
        "The plant closed in 2019.",
        "Prices rose by 4 percent in March.",
        "The law took effect in July.",
    ):
        assert extract_sentence("s", text) == []


def test_later_mentions_resolve_to_the_full_name():
    sentences = [
        Sentence(id="p01s01", text="Prices will rise, Finance Minister Ana Ruiz said on Monday."),
        Sentence(id="p02s01", text='"We have no choice," Ruiz said.'),
    ]
    first, second = extract(sentences)
    assert (first.resolved, first.role, first.person) == ("Ana Ruiz", "Finance Minister", True)
    assert (second.source, second.resolved, second.role, second.person) == (
        "Ruiz",
        "Ana Ruiz",
        "Finance Minister",
        True,
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Minister of State Security Chen Yixin", ("Chen Yixin", "Minister of State Security")),
        ("Dr. Priya Nair, a water chemist", ("Priya Nair", "a water chemist")),
        ("the Ministry of State Security", None),
        ("the United States", None),
        ("Harlow Plastics, which runs a factory", None),
    ],
)
def test_person_names(source, expected):
    assert person_name(source) == expected
