import json

import pytest

import kit
from kit.errors import DataFileError


def test_answers_from_the_widget_reach_disk_and_come_back(isolated_work):
    quiz = kit.activity("anatomy")
    quiz.ask("who-reported").input.value = "b"
    quiz.ask("photo-effect").input.value = "It looks like a queue of informers."
    saved = json.loads(quiz.store.path.read_text())
    assert quiz.store.path.is_relative_to(isolated_work / "test-student")
    assert saved["answers"]["who-reported"]["value"] == "b"

    reopened = kit.activity("anatomy")
    assert reopened.restored == 2
    assert reopened.ask("who-reported").input.value == "b"
    assert reopened.ask("photo-effect").input.value.startswith("It looks like")
    assert "2 earlier answers restored" in reopened._repr_html_()
    assert "1 of 6 multiple-choice questions right" in reopened.status()._repr_html_()


def test_teacher_can_switch_self_check_off(monkeypatch):
    monkeypatch.setenv("KIT_SELF_CHECK", "off")
    quiz = kit.activity("anatomy")
    widget = quiz.ask("who-reported")
    widget.input.value = "a"
    widget.check_button.click()
    assert widget.feedback.value == "" and quiz.self_check is False
    assert "right" not in quiz.status()._repr_html_()


def test_answer_key_lists_every_question_with_its_explanation():
    quiz = kit.activity("anatomy")
    key = quiz.answer_key()._repr_html_()
    for question in quiz.quiz.questions:
        assert question.explanation.replace('"', "&quot;") in key


def test_unknown_activity_and_question_are_named():
    with pytest.raises(DataFileError, match="no activity 'nope'"):
        kit.activity("nope")
    with pytest.raises(KeyError, match="anatomy has no question 'nope'"):
        kit.activity("anatomy").ask("nope")
