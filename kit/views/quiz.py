"""Answer keys and progress summaries of a quiz, as escaped HTML for instructor notebooks."""

from __future__ import annotations

from kit.analysis.quiz import Score
from kit.model.quiz import Quiz
from kit.views.html import esc, table_html


def answer_key_html(quiz: Quiz) -> str:
    rows = []
    for number, question in enumerate(quiz.questions, start=1):
        if question.kind == "choice":
            right = question.choice(question.answer)
            answer = f"{esc(right.id)}) {esc(right.text)}"
        else:
            answer = esc(question.answer or "(open answer)")
        rows.append(
            f"<tr><td>{number}</td><td>{esc(question.prompt)}</td><td><b>{answer}</b></td>"
            f"<td>{esc(question.explanation)}</td></tr>"
        )
    return (
        f'<div class="kit-key"><h4>Answer key: {esc(quiz.title)}</h4>'
        f"{table_html(['#', 'Question', 'Answer', 'Why'], rows)}</div>"
    )


def status_html(path: str, restored: int, messages: list[str], score: Score | None) -> str:
    lines = [f"Your answers are saved as you go, in <code>{esc(path)}</code>."]
    if restored:
        lines.append(f"{restored} earlier answer{'s' if restored != 1 else ''} restored.")
    if score is not None and score.answered:
        lines.append(esc(score.summary))
    warnings = "".join(
        f'<div class="kit-warning" style="color:#b71c1c">⚠ {esc(m)}</div>' for m in messages
    )
    return f'<div class="kit-status">{" ".join(lines)}{warnings}</div>'
