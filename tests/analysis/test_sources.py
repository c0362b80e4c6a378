import pytest

from kit.analysis.attribution import extract_sentence
from kit.analysis.sources import side_of, source_table, source_type
from kit.analysis.sourcing import check_source, score_extraction
from kit.keys import load_sides, load_sourcing_key
from kit.model.sourcing import SidesTable
from kit.model.work import SourceCheck


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge is safe, Mayor Ellen Cho said.", "named-person"),
        ("The bridge is safe, the city council said.", "named-organization"),
        ("The bridge is safe, a council spokesperson said.", "unnamed-official"),
        ("The bridge is safe, a source familiar with the inspection said.", "anonymous"),
        ("According to a 2022 inspection report, the bridge is safe.", "document"),
        ("Beijing has said the bridge is safe.", "collective"),
        ("Critics say the bridge is unsafe.", "collective"),
    ],
)
def test_source_types(text, expected):
    [attribution] = extract_sentence("s", text)
    assert source_type(attribution) == expected


def test_sides_come_from_the_teachers_table_name_first_then_role():
    sides = SidesTable(
        article_id="a",
        sides=["council", "expert"],
        default="expert",
        rules=[{"match": "council", "side": "council"}],
    )
    [named] = extract_sentence(
        "s", "It may be a spill, said Priya Nair, a chemist not working for the council."
    )
    assert side_of(named, sides) == "council"  # only the role matched: the teacher's table decides
    [plain] = extract_sentence("s", "It may be a spill, said Priya Nair.")
    assert side_of(plain, sides) == "expert"


def test_bad_sides_table_is_refused():
    with pytest.raises(ValueError, match="sides used but not listed"):
        SidesTable(article_id="a", sides=["x"], default="y", rules=[])


def test_the_tidy_table_for_the_bundled_article(article):
    table = source_table(article.body_sentences(), load_sides(article.id))
    assert list(table.columns) == [
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
    own_voice = table[table["type"] == "none"]["sentence"].tolist()
    assert own_voice == ["p03s01", "p05s01", "p08s01"]
    chen = table[table["sentence"] == "p07s01"].iloc[0]
    assert (chen["source"], chen["resolved"], chen["type"], chen["kind"]) == (
        "Chen",
        "Chen Yixin",
        "named-person",
        "direct",
    )
    assert (table["side"] == "Chinese government").sum() == 9 and len(
        table[table["sentence"] == "p10s01"]
    ) == 3


def test_extractor_against_both_keys():
    from kit.articles import load_article

    for article_id in ("china-counter-espionage", "practice-river-fish"):
        article = load_article(article_id)
        score = score_extraction(
            source_table(article.body_sentences(), load_sides(article_id)),
            load_sourcing_key(article_id),
        )
        assert score.f1 >= 0.9 and score.type_right == score.matched


def test_student_checks_against_the_key():
    key = load_sourcing_key("china-counter-espionage")
    right = SourceCheck(
        source="Chen", type="named-person", side="Chinese government", confirmed=True
    )
    assert check_source(key, "p07s01", 0, right).verdict == "right"
    partly = SourceCheck(
        source="Beijing", type="named-organization", side="Chinese government", confirmed=False
    )
    feedback = check_source(key, "p10s01", 0, partly)
    assert (
        feedback.verdict == "partly" and feedback.expected.source == "Beijing"
    )  # matched by source
    none = SourceCheck(source=None, type="none", side=None, confirmed=True)
    assert check_source(key, "p03s01", 0, none).verdict == "right"
    assert check_source(key, "p03s01", 0, right).verdict == "different"
