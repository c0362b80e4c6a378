import json

import kit


def saved(sourcing):
    return json.loads(sourcing.store.path.read_text())


def test_confirm_correct_save_and_restore():
    sourcing = kit.sourcing()
    reviewer = sourcing.reviewer()
    assert (
        reviewer.current[1]["slot"] == "p01s01#1"
        and reviewer.progress_text.value == "0 of 14 checked"
    )
    reviewer.confirm_button.click()
    assert saved(sourcing)["sources"]["p01s01#1"] == {
        **saved(sourcing)["sources"]["p01s01#1"],
        "source": "the state security ministry",
        "type": "named-organization",
        "side": "Chinese government",
        "confirmed": True,
    }
    reviewer.next_button.click()
    reviewer.next_button.click()
    reviewer.next_button.click()  # p04s01: "the United States"
    assert reviewer.current[1]["slot"] == "p04s01#1" and reviewer.type.value == "collective"
    reviewer.source.value = "unnamed U.S. officials"  # each change is saved at once
    assert saved(sourcing)["sources"]["p04s01#1"]["source"] == "unnamed U.S. officials"
    reviewer.type.value = "unnamed-official"
    check = saved(sourcing)["sources"]["p04s01#1"]
    assert (check["source"], check["type"], check["side"], check["confirmed"]) == (
        "unnamed U.S. officials",
        "unnamed-official",
        "U.S. government",
        False,
    )

    again = kit.sourcing().reviewer()
    assert again.checks["p04s01#1"].source == "unnamed U.S. officials"
    assert again.current[1]["slot"] == "p02s01#1"  # the first attribution not yet checked
    assert again.progress_text.value == "2 of 14 checked"


def test_self_check_marks_a_checked_attribution_only(monkeypatch):
    reviewer = kit.sourcing().reviewer()
    reviewer.check_toggle.value = True
    assert "kit-feedback" not in reviewer.card.value  # nothing checked yet: nothing revealed
    reviewer.type.value = "collective"
    assert "Different from the key" in reviewer.card.value or "Partly right" in reviewer.card.value
    monkeypatch.setenv("KIT_SELF_CHECK", "off")
    hidden = kit.sourcing().reviewer()
    hidden.check_toggle.value = True
    assert "kit-feedback" not in hidden.card.value and hidden.check_toggle.layout.display == "none"


def test_imvain_ticks_are_saved_and_restored():
    sourcing = kit.sourcing()
    checklist = sourcing.imvain()
    assert list(checklist.boxes)[:2] == [
        "the state security ministry",
        "the Ministry of State Security",
    ]
    checklist.boxes["Chen Yixin"]["N"].value = True
    checklist.boxes["Chen Yixin"]["A"].value = True
    assert saved(sourcing)["imvain"]["Chen Yixin"] == ["A", "N"]
    again = kit.sourcing().imvain()
    assert again.ticked("Chen Yixin") == ["A", "N"] and again.ticked("Beijing") == []
    assert all(box.tooltip for box in again.boxes["Beijing"].values())
