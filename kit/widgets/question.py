"""One quiz question as a widget: choose or type an answer (saved at once), then check it."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from kit.analysis.quiz import Feedback, check_answer
from kit.model.quiz import Question
from kit.views.html import esc
from kit.widgets.controls import button

FEEDBACK_COLOURS = {
    "right": "#2e7d32",
    "wrong": "#c62828",
    "answered": "#1565c0",
    "unanswered": "#6d4c41",
}


def feedback_html(feedback: Feedback) -> str:
    colour = FEEDBACK_COLOURS[feedback.verdict]
    explanation = f"<div>{esc(feedback.explanation)}</div>" if feedback.explanation else ""
    return (
        f'<div class="kit-feedback kit-{feedback.verdict}" role="status" '
        f'style="border-left:4px solid {colour};padding:.3em .7em;margin:.3em 0">'
        f'<b style="color:{colour}">{esc(feedback.message)}</b>{explanation}</div>'
    )


class QuestionWidget(widgets.VBox):
    """Shows ``question``; calls ``on_answer(value)`` on every change so the caller can save it."""

    def __init__(
        self,
        question: Question,
        number: int,
        saved: str | None,
        on_answer: Callable[[str | None], None],
        self_check: bool = True,
    ) -> None:
        self.question = question
        self._on_answer = on_answer
        self.self_check = self_check
        prompt = widgets.HTML(
            f'<div class="kit-prompt"><b>{number}.</b> {esc(question.prompt)}</div>'
        )
        if question.kind == "choice":
            self.input = widgets.RadioButtons(
                options=[(f"{c.id}) {c.text}", c.id) for c in question.choices],
                value=saved if saved in {c.id for c in question.choices} else None,
                description="",
                layout=widgets.Layout(width="auto"),
                tooltip="Pick one answer",
            )
        else:
            self.input = widgets.Textarea(
                value=saved or "",
                placeholder="Type your answer here. It is saved as you type.",
                layout=widgets.Layout(width="95%", height="5em"),
                tooltip="Your answer",
            )
        self.check_button = button("Check my answer", "check", "Check my answer", self.check)
        self.check_button.layout.display = "" if self_check else "none"
        self.saved_label = widgets.HTML(self._saved_text(saved))
        self.feedback = widgets.HTML("")
        self.input.observe(self._changed, names="value")
        super().__init__(
            [
                prompt,
                self.input,
                widgets.HBox([self.check_button, self.saved_label]),
                self.feedback,
            ],
            layout=widgets.Layout(margin="0 0 1em 0"),
        )

    @property
    def value(self) -> str | None:
        value = self.input.value
        return value if value else None

    def _saved_text(self, value: str | None) -> str:
        if not value:
            return '<span style="color:#777">Not answered yet.</span>'
        if self.self_check:
            return '<span style="color:#2e7d32">✓ Saved.</span>'
        return '<span style="color:#2e7d32">✓ Saved. Your teacher will go over the answers.</span>'

    def _changed(self, change: dict) -> None:
        self._on_answer(self.value)
        self.saved_label.value = self._saved_text(self.value)
        self.feedback.value = ""

    def check(self) -> Feedback | None:
        """Show feedback on the current answer (only while self-check is on)."""
        if not self.self_check:
            return None
        result = check_answer(self.question, self.value)
        self.feedback.value = feedback_html(result)
        return result
