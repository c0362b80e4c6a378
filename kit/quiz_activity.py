"""An activity in a lesson: its questions as widgets, wired to the student's saved work."""

from __future__ import annotations

import os
from pathlib import Path

from kit.analysis.quiz import score
from kit.articles import load_article
from kit.keys import load_quiz
from kit.store.student import current_student
from kit.store.work_store import WorkStore
from kit.views.html import HTMLView
from kit.views.quiz import answer_key_html, status_html
from kit.widgets.question import QuestionWidget

DEFAULT_ARTICLE = "china-counter-espionage"


def self_check_setting(requested: bool | None = None, has_key: bool = True) -> bool:
    """Self-check needs a key; then it follows ``requested``, else it is on unless the teacher
    sets KIT_SELF_CHECK=off (or 0, false, no)."""
    if requested is None:
        requested = os.environ.get("KIT_SELF_CHECK", "on").strip().lower() not in {
            "off",
            "0",
            "false",
            "no",
        }
    return requested and has_key


class QuizActivity:
    """``quiz = kit.activity("anatomy")``, then ``quiz.ask("who-wrote-it")`` where the question fits."""

    def __init__(
        self,
        activity: str,
        article_id: str = DEFAULT_ARTICLE,
        student: str | None = None,
        self_check: bool | None = None,
    ) -> None:
        self.quiz = load_quiz(article_id, activity)
        article = load_article(article_id)
        self.self_check = self_check_setting(self_check)
        self.store = WorkStore(
            student or current_student(), article_id, article.content_hash(), activity
        )
        self.work = self.store.load()
        self.restored = len(self.work.answers)
        self.widgets: dict[str, QuestionWidget] = {}

    def ask(self, question_id: str) -> QuestionWidget:
        question = self.quiz.question(question_id)
        number = self.quiz.questions.index(question) + 1
        saved = self.work.answers.get(question_id)
        widget = QuestionWidget(
            question,
            number,
            saved.value if saved else None,
            on_answer=lambda value: self._save(question_id, value),
            self_check=self.self_check,
        )
        self.widgets[question_id] = widget
        return widget

    def _save(self, question_id: str, value: str | None) -> None:
        self.work = self.store.update(lambda work: work.with_answer(question_id, value))

    def status(self) -> HTMLView:
        result = score(self.quiz, self.work) if self.self_check else None
        path = self.store.path
        shown = path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path
        return HTMLView(status_html(str(shown), self.restored, self.store.messages, result))

    def _repr_html_(self) -> str:
        return self.status()._repr_html_()

    def answer_key(self) -> HTMLView:
        """Every answer with its explanation: for instructor notebooks."""
        return HTMLView(answer_key_html(self.quiz))
