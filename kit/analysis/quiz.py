"""Checking quiz answers: right or not, with the explanation, and a score over a whole quiz."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kit.model.quiz import Question, Quiz
from kit.model.work import Work

Verdict = Literal["right", "wrong", "unanswered", "answered"]


@dataclass(frozen=True)
class Feedback:
    verdict: Verdict
    message: str
    explanation: str | None


def check_answer(question: Question, value: str | None) -> Feedback:
    """Feedback on one answer. Text answers are not graded: the student sees the model answer."""
    if not value or not value.strip():
        return Feedback("unanswered", "Answer first, then check.", None)
    if question.kind == "text":
        return Feedback(
            "answered",
            "Saved. Compare your answer with this one:",
            f"{question.answer} {question.explanation}".strip()
            if question.answer
            else question.explanation,
        )
    if value == question.answer:
        return Feedback("right", "Right!", question.explanation)
    right = question.choice(question.answer)
    return Feedback(
        "wrong", f"Not quite. The answer is {right.id}) {right.text}", question.explanation
    )


@dataclass(frozen=True)
class Score:
    right: int
    answered: int
    choice_questions: int

    @property
    def summary(self) -> str:
        return (
            f"{self.right} of {self.choice_questions} multiple-choice questions right "
            f"({self.answered} answered)."
        )


def score(quiz: Quiz, work: Work) -> Score:
    choice_questions = [q for q in quiz.questions if q.kind == "choice"]
    answered = [q for q in choice_questions if q.id in work.answers]
    right = [q for q in answered if work.answers[q.id].value == q.answer]
    return Score(len(right), len(answered), len(choice_questions))
