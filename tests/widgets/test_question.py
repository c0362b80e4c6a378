from kit.model.quiz import Question
from kit.widgets.question import QuestionWidget

CHOICE = Question(
    id="q",
    kind="choice",
    prompt="Which <b>one</b>?",
    choices=[{"id": "a", "text": "First"}, {"id": "b", "text": "Second"}],
    answer="b",
    explanation="Because of <this>.",
)
TEXT = Question(
    id="t", kind="text", prompt="Why?", answer="Model answer.", explanation="Explained."
)


def make(question, saved=None, self_check=True):
    calls = []
    return QuestionWidget(question, 3, saved, on_answer=calls.append, self_check=self_check), calls


def test_picking_an_answer_saves_it_at_once_and_check_explains():
    widget, calls = make(CHOICE)
    assert widget.input.value is None and "Not answered yet" in widget.saved_label.value
    widget.input.value = "a"
    assert calls == ["a"] and "Saved" in widget.saved_label.value
    widget.check_button.click()
    assert "Not quite. The answer is b) Second" in widget.feedback.value
    assert "Because of &lt;this&gt;." in widget.feedback.value
    widget.input.value = "b"
    assert calls == ["a", "b"] and widget.feedback.value == ""
    widget.check_button.click()
    assert "Right!" in widget.feedback.value


def test_prompt_is_escaped_and_saved_answer_restored():
    widget, _ = make(CHOICE, saved="b")
    assert widget.input.value == "b"
    assert "Which &lt;b&gt;one&lt;/b&gt;?" in widget.children[0].value


def test_checking_before_answering_reveals_nothing():
    widget, _ = make(CHOICE)
    widget.check_button.click()
    assert "Answer first" in widget.feedback.value and "Second" not in widget.feedback.value


def test_text_answers_save_as_typed_and_show_the_model_answer():
    widget, calls = make(TEXT)
    widget.input.value = "Because"
    widget.input.value = "Because of the photo"
    assert calls == ["Because", "Because of the photo"]
    widget.check_button.click()
    assert "Model answer." in widget.feedback.value


def test_self_check_off_hides_the_check_and_the_answer():
    widget, calls = make(CHOICE, self_check=False)
    assert widget.check_button.layout.display == "none"
    widget.input.value = "a"
    assert calls == ["a"] and "teacher will go over" in widget.saved_label.value
    assert widget.check() is None and widget.feedback.value == ""
