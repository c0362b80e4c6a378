"""The claim-labeling activity end to end: saved work, second opinion, comparison, key checks."""

import json
import os
import shutil

import pytest

import kit
from kit.store.work_store import work_path
from tests.conftest import ROOT
from tests.processes import run_together


def test_second_opinion_gives_tone_machine_label_and_reason():
    table = kit.claims("body").second_opinion()
    assert list(table.columns) == [
        "text",
        "polarity",
        "subjectivity",
        "machine_label",
        "machine_reason",
        "your_label",
    ]
    assert table.loc["p07s01", "machine_label"] == "attributed"
    assert '"said"' in table.loc["p07s01", "machine_reason"]


def test_compare_lists_only_labeled_sentences_with_the_key():
    claims = kit.claims("comments")
    labeler = claims.labeler()
    labeler.set_label("opinion")
    table = claims.compare()
    assert list(table.index) == ["c01s01"]
    assert table.loc["c01s01", ["your_label", "machine_label", "key_label"]].tolist() == [
        "opinion",
        "not-a-claim",
        "not-a-claim",
    ]


def test_compare_hides_the_key_when_self_check_is_off(monkeypatch):
    monkeypatch.setenv("KIT_SELF_CHECK", "off")
    claims = kit.claims("body")
    claims.labeler().set_label("fact")
    assert "key_label" not in claims.compare().columns
    with pytest.raises(PermissionError):
        claims.confusion_figure()


def test_check_and_confusion_figure_after_labeling():
    claims = kit.claims("body")
    labeler = claims.labeler()
    for label in ("attributed", "attributed", "fact"):
        labeler.set_label(label)
        labeler.move(+1)
    assert "Score: 3 of 3" in claims.check()._repr_html_()
    figure = claims.confusion_figure()
    assert figure.data[0].z.sum() == 3


def test_a_key_that_no_longer_matches_the_article_is_reported(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    monkeypatch.setenv("KIT_DATA_DIR", str(data))
    article_file = data / "articles" / "china-counter-espionage.json"
    article = json.loads(article_file.read_text())
    article["body"][2]["sentences"][0]["text"] = (
        "The call follows a new law, rewritten by an editor."
    )
    article_file.write_text(json.dumps(article))
    claims = kit.claims("body")
    assert list(claims.skipped) == ["p03s01"]
    labeler = claims.labeler()
    assert "changed since the answer key was written: p03s01" in labeler.children[0].value
    labeler.move(+2)
    labeler.set_label("fact")
    labeler.check_toggle.value = True
    assert "kit-feedback" not in labeler.card.html
    assert "not graded because the answer key does not match" in labeler.summary.value


def test_answer_key_view_has_every_sentence_and_explanation():
    claims = kit.claims("comments")
    html = claims.answer_key()._repr_html_()
    assert html.count("<tr>") == 1 + 36
    assert "A cry of surprise" in html


def _label_many(work_dir, prefix, count):
    os.environ["KIT_WORK_DIR"] = work_dir
    os.environ["KIT_STUDENT"] = "shared"
    claims = kit.claims("comments")
    labeler = claims.labeler()
    for n in range(count):
        labeler.index = n
        if prefix == "a":
            labeler.set_label("fact")
        else:
            labeler.note.value = f"note {n}"


def test_two_notebooks_on_one_work_file_keep_every_label_and_note(isolated_work):
    run_together(_label_many, [(str(isolated_work), p, 30) for p in ("a", "b")])
    labels = json.loads(
        work_path("shared", "china-counter-espionage", "claims-comments").read_text()
    )["labels"]
    assert len(labels) == 30
    assert all(
        entry["label"] == "fact" and entry["note"].startswith("note ") for entry in labels.values()
    )
