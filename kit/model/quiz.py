"""Question sets with their answers and explanations (data/keys/<article>.<activity>.json)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from kit.model.base import StrictModel, reject_duplicates

QUIZ_SCHEMA_VERSION = 1


class Choice(StrictModel):
    id: str = Field(pattern=r"^[a-z]$")
    text: str = Field(min_length=1)


class Question(StrictModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    kind: Literal["choice", "text"]
    prompt: str = Field(min_length=1)
    choices: list[Choice] = Field(default_factory=list)
    answer: str | None = Field(
        description="the right choice id, or a model answer for text questions"
    )
    explanation: str = Field(min_length=1, description="why, written for a student")

    @model_validator(mode="after")
    def _answer_is_a_choice(self) -> Question:
        ids = [c.id for c in self.choices]
        if self.kind == "choice":
            if len(ids) < 2 or len(set(ids)) != len(ids):
                raise ValueError("a choice question needs two or more choices with different ids")
            if self.answer not in ids:
                raise ValueError(f"answer {self.answer!r} is not one of the choices {ids}")
        elif self.choices:
            raise ValueError("a text question has no choices")
        return self

    def choice(self, choice_id: str) -> Choice:
        return next(c for c in self.choices if c.id == choice_id)


class Quiz(StrictModel):
    schema_version: Literal[1] = QUIZ_SCHEMA_VERSION
    article_id: str
    activity: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    questions: list[Question] = Field(min_length=1)

    @model_validator(mode="after")
    def _question_ids_unique(self) -> Quiz:
        reject_duplicates([q.id for q in self.questions], "question")
        return self

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(
            f"{self.activity} has no question {question_id!r}; it has {[q.id for q in self.questions]}"
        )
