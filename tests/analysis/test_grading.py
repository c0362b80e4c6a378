import pytest

from kit.analysis.grading import cohens_kappa, grade, key_problems
from kit.model.article import Sentence
from kit.model.claim_key import ClaimKey
from kit.model.work import Label

IDS = ["fact", "attributed", "opinion", "prediction", "not-a-claim"]


def test_kappa_matches_the_textbook_example():
    # Wikipedia, "Cohen's kappa": 50 proposals, 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> 0.4
    first = ["yes"] * 25 + ["no"] * 25
    second = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohens_kappa(first, second) == pytest.approx(0.4)
    assert cohens_kappa(["a", "b"], ["a", "b"]) == 1.0
    assert cohens_kappa(["a", "a"], ["a", "a"]) is None
    assert cohens_kappa([], []) is None


def make_key():
    entries = {
        "p01s01": {"text": "One.", "label": "fact", "also": ["attributed"], "explanation": "E1"},
        "p02s01": {"text": "Two.", "label": "opinion", "also": [], "explanation": "E2"},
        "p03s01": {"text": "Three.", "label": "prediction", "also": [], "explanation": "E3"},
        "p04s01": {"text": "Four.", "label": "fact", "also": [], "explanation": "E4"},
    }
    return ClaimKey(article_id="a", taxonomy="statement-types", entries=entries)


SENTENCES = [
    Sentence(id=f"p0{n}s01", text=t) for n, t in enumerate(["One.", "Two.", "Three.", "Four."], 1)
]


def test_right_acceptable_and_different_with_partial_credit():
    labels = {
        "p01s01": Label(label="attributed"),
        "p02s01": Label(label="opinion"),
        "p03s01": Label(label="fact"),
    }
    result = grade(make_key(), SENTENCES, labels, IDS)
    assert [f.verdict for f in result.feedback] == ["acceptable", "right", "different"]
    assert result.points == 1.5 and result.labeled == 3 and result.keyed == 4
    assert result.feedback[2].explanation == "E3" and result.feedback[2].expected == "prediction"
    table = result.confusion(IDS)
    assert table.loc["fact", "prediction"] == 1 and table.to_numpy().sum() == 3


def test_unlabeled_sentences_reveal_nothing():
    labels = {"p02s01": Label(label="opinion"), "p03s01": Label(label=None, note="thinking")}
    result = grade(make_key(), SENTENCES, labels, IDS)
    assert [f.sentence_id for f in result.feedback] == ["p02s01"]
    assert "E1" not in repr(result) and "E3" not in repr(result)


def test_a_key_that_no_longer_fits_is_reported_not_applied():
    changed = [*SENTENCES[:3], Sentence(id="p04s01", text="Four, rewritten.")]
    problems = key_problems(make_key(), changed + [Sentence(id="p05s01", text="New.")], IDS)
    assert set(problems) == {"p04s01", "p05s01"}
    assert "written for other text" in problems["p04s01"] and "no entry" in problems["p05s01"]
    result = grade(make_key(), changed, {"p04s01": Label(label="opinion")}, IDS)
    assert result.feedback == [] and result.keyed == 3 and "p04s01" in result.skipped
