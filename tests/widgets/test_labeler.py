"""Drive the real labeler widgets (buttons, key messages, note field) and check the saved file."""

import json

import pytest

import kit


def saved_labels(claims):
    return json.loads(claims.store.path.read_text())["labels"]


def press(labeler, key):
    """What the browser sends when a shortcut key is pressed inside the labeler."""
    labeler.card._handle_custom_msg({"type": "key", "key": key, "sent_at": 0}, [])


@pytest.fixture
def claims():
    return kit.claims("body")


def test_buttons_keys_note_undo_and_moves_are_saved_at_once(claims):
    labeler = claims.labeler()
    assert labeler.current.sentence.id == "p01s01"
    labeler.label_buttons["attributed"].click()
    assert saved_labels(claims)["p01s01"]["label"] == "attributed"
    assert labeler.label_buttons["attributed"].button_style == "info"

    labeler.note.value = "The ministry said it"
    assert saved_labels(claims)["p01s01"] == {
        **saved_labels(claims)["p01s01"],
        "note": "The ministry said it",
    }

    press(labeler, "ArrowRight")
    assert labeler.current.sentence.id == "p02s01" and labeler.note.value == ""
    press(labeler, "3")
    assert saved_labels(claims)["p02s01"]["label"] == "opinion"
    press(labeler, "2")
    assert saved_labels(claims)["p02s01"]["label"] == "attributed"
    press(labeler, "u")
    assert saved_labels(claims)["p02s01"]["label"] == "opinion"
    press(labeler, "u")
    assert "p02s01" not in saved_labels(claims)
    assert labeler.progress.value == 1 and labeler.progress_text.value == "1 of 12 labeled"

    press(labeler, "ArrowLeft")
    assert labeler.current.sentence.id == "p01s01" and labeler.note.value == "The ministry said it"
    press(labeler, "n")
    assert labeler.current.sentence.id == "p02s01"
    labeler.next_button.click()
    labeler.next_button.click()
    assert labeler.current.sentence.id == "p04s01"
    labeler.previous_button.click()
    assert labeler.current.sentence.id == "p03s01"


def test_unknown_keys_and_keys_past_the_taxonomy_do_nothing(claims):
    labeler = claims.labeler()
    for key in ("9", "b", "Enter", "x"):
        press(labeler, key)
    assert labeler.labels == {} and not claims.store.path.exists()


def test_the_sentence_is_shown_in_its_paragraph_with_neighbours_dimmed():
    labeler = kit.claims("comments").labeler()
    for _ in range(2):
        press(labeler, "ArrowRight")
    html = labeler.card.html
    assert labeler.current.sentence.id == "c01s03"
    assert "Comment 1 (10 up, 0 down)" in html
    assert '<span class="kit-current"' in html and html.count('class="kit-neighbour"') == 0
    labeler = kit.claims("comments").labeler()
    labeler.index = [i.sentence.id for i in labeler.items].index("c04s02")
    labeler.refresh()
    assert (
        labeler.card.html.count('class="kit-neighbour"') == 3
    )  # c04's first paragraph has 4 sentences


def test_work_is_restored_when_the_widget_is_made_again(claims):
    labeler = claims.labeler()
    press(labeler, "1")
    labeler.note.value = "checkable"
    press(labeler, "ArrowRight")
    press(labeler, "5")
    again = kit.claims("body").labeler()
    assert again.labels["p01s01"].label == "fact" and again.labels["p01s01"].note == "checkable"
    assert again.labels["p02s01"].label == "not-a-claim"
    assert again.current.sentence.id == "p03s01"  # the student continues where they stopped
    assert again.progress.value == 2


def test_check_my_work_marks_only_labeled_sentences(claims):
    labeler = claims.labeler()
    press(labeler, "1")  # p01s01 is attributed in the key
    labeler.check_toggle.value = True
    assert "Different from the key" in labeler.card.html
    assert "The ministry said this" in labeler.card.html
    press(labeler, "ArrowRight")
    assert "kit-feedback" not in labeler.card.html  # p02s01 is not labeled: nothing revealed
    assert "Score: 0 of 1" in labeler.summary.value
    press(labeler, "2")
    assert "Right" in labeler.card.html and "Score: 1 of 2" in labeler.summary.value


def test_teacher_switches_self_check_off(monkeypatch):
    monkeypatch.setenv("KIT_SELF_CHECK", "off")
    claims = kit.claims("body")
    labeler = claims.labeler()
    assert labeler.check_toggle.layout.display == "none"
    press(labeler, "1")
    labeler.check_toggle.value = True  # even if forced from code
    assert "kit-feedback" not in labeler.card.html
    assert "switched off" in claims.check()._repr_html_()


def test_controls_have_accessible_names(claims):
    labeler = claims.labeler()
    for button in [*labeler.label_buttons.values(), labeler.previous_button, labeler.undo_button]:
        assert button.description and button.tooltip
    assert labeler.note.description == "Your reason" and labeler.progress.description == "Progress"
    assert "Keys 1 to 5 pick a label" in labeler.card.aria_label
    assert "kit-labeler" in labeler._dom_classes


def test_a_corrupted_work_file_is_kept_and_the_student_told(claims):
    claims.labeler().label_buttons["fact"].click()
    claims.store.path.write_text('{"schema_version": 1, "labels": {"p01s01": ')
    again = kit.claims("body")
    labeler = again.labeler()
    assert (
        "could not be read" in labeler.children[0].value
        and "Nothing was deleted" in labeler.children[0].value
    )
    kept = list(claims.store.path.parent.glob("claims-body.unreadable-*.json"))
    assert len(kept) == 1 and kept[0].read_text().startswith('{"schema_version": 1')
    labeler.label_buttons["opinion"].click()
    assert saved_labels(again)["p01s01"]["label"] == "opinion"
