import pytest
from pydantic import ValidationError

from kit.model.quiz import Question, Quiz


def choice_question(**overrides):
    data = {
        "id": "q1",
        "kind": "choice",
        "prompt": "Who?",
        "choices": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}],
        "answer": "a",
        "explanation": "Because.",
    }
    data.update(overrides)
    return data


def test_answer_must_be_one_of_the_choices():
    with pytest.raises(ValidationError, match="answer 'c' is not one of the choices"):
        Question.model_validate(choice_question(answer="c"))


def test_text_questions_have_no_choices():
    with pytest.raises(ValidationError, match="a text question has no choices"):
        Question.model_validate(choice_question(kind="text"))


def test_question_ids_are_unique():
    with pytest.raises(ValidationError, match="question ids appear twice"):
        Quiz.model_validate(
            {
                "article_id": "x",
                "activity": "y",
                "title": "T",
                "questions": [choice_question(), choice_question()],
            }
        )
