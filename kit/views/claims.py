"""Claim labeling as escaped HTML: the sentence in context, the legend, the overview, feedback, the key."""

from __future__ import annotations

from collections.abc import Sequence

from kit.analysis.grading import Grade, LabelFeedback
from kit.analysis.items import LabelItem
from kit.model.claim_key import ClaimKey
from kit.model.taxonomy import Taxonomy
from kit.model.work import Label
from kit.views.html import esc, table_html

VERDICT_TEXT = {
    "right": ("Right", "#2e7d32"),
    "acceptable": ("Acceptable: people can differ here", "#1565c0"),
    "different": ("Different from the key", "#c62828"),
}


def chip(taxonomy: Taxonomy, label_id: str | None) -> str:
    if label_id is None:
        return '<span class="kit-chip" style="color:#777">not labeled</span>'
    label = taxonomy.label(label_id)
    return (
        f'<span class="kit-chip" data-label="{esc(label.id)}" style="background:{label.colour};color:#fff;'
        f'padding:0 .5em;border-radius:.7em;font-size:.9em;white-space:nowrap">{esc(label.name)}</span>'
    )


def feedback_html(feedback: LabelFeedback, taxonomy: Taxonomy) -> str:
    text, colour = VERDICT_TEXT[feedback.verdict]
    expected = ""
    if feedback.verdict != "right":
        others = "".join(f" or {chip(taxonomy, a)}" for a in feedback.also if a != feedback.given)
        expected = f" The key says {chip(taxonomy, feedback.expected)}{others}."
    return (
        f'<div class="kit-feedback kit-{feedback.verdict}" role="status" style="border-left:4px solid {colour};'
        f'padding:.3em .7em;margin:.4em 0"><b style="color:{colour}">{esc(text)}.</b>{expected}'
        f"<div>{esc(feedback.explanation)}</div></div>"
    )


def card_html(
    item: LabelItem,
    position: int,
    total: int,
    label: Label | None,
    taxonomy: Taxonomy,
    feedback: LabelFeedback | None = None,
) -> str:
    """The sentence to label, inside its paragraph with the other sentences dimmed."""
    context = " ".join(
        f'<span class="kit-current" style="background:rgba(255,235,59,.45);padding:0 .15em">{esc(s.text)}</span>'
        if s.id == item.sentence.id
        else f'<span class="kit-neighbour" style="opacity:.45">{esc(s.text)}</span>'
        for s in item.paragraph.sentences
    )
    given = label.label if label else None
    return (
        f'<div class="kit-card" data-sid="{esc(item.sentence.id)}">'
        f'<div style="font-size:.85em;color:#666">Sentence {position} of {total} · {esc(item.where)} · '
        f"<code>{esc(item.sentence.id)}</code></div>"
        f'<div class="kit-context" style="font-size:1.08em;line-height:1.55;margin:.35em 0">{context}</div>'
        f'<div class="kit-your-label">Your label: {chip(taxonomy, given)}</div>'
        f"{feedback_html(feedback, taxonomy) if feedback else ''}</div>"
    )


def legend_html(taxonomy: Taxonomy) -> str:
    rows = (
        f"<tr><td><b>{n}</b></td><td>{chip(taxonomy, label.id)}</td><td>{esc(label.definition)}</td>"
        f"<td><i>{esc(label.example)}</i></td></tr>"
        for n, label in enumerate(taxonomy.labels, start=1)
    )
    return (
        f'<div class="kit-legend"><b>{esc(taxonomy.name)}.</b> {esc(taxonomy.description)}'
        f"{table_html(['Key', 'Label', 'Meaning', 'Example'], rows)}</div>"
    )


def overview_html(items: Sequence[LabelItem], labels: dict[str, Label], taxonomy: Taxonomy) -> str:
    """Every sentence with its label and note, colour-coded."""
    rows = []
    for item in items:
        label = labels.get(item.sentence.id)
        rows.append(
            f'<tr data-sid="{esc(item.sentence.id)}"><td><code>{esc(item.sentence.id)}</code></td>'
            f"<td>{esc(item.sentence.text)}</td><td>{chip(taxonomy, label.label if label else None)}</td>"
            f"<td>{esc(label.note) if label else ''}</td></tr>"
        )
    done = sum(1 for item in items if (lab := labels.get(item.sentence.id)) and lab.label)
    return (
        f'<div class="kit-overview"><b>{done} of {len(items)} sentences labeled.</b>'
        f"{table_html(['Id', 'Sentence', 'Your label', 'Your reason'], rows)}</div>"
    )


def kappa_words(kappa: float) -> str:
    """Landis and Koch's (1977) usual words for a kappa value."""
    for limit, words in (
        (0.0, "no more than chance"),
        (0.2, "slight"),
        (0.4, "fair"),
        (0.6, "moderate"),
        (0.8, "substantial"),
    ):
        if kappa <= limit:
            return words
    return "almost perfect"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def grade_html(result: Grade) -> str:
    skipped = (
        f'<div style="color:#b71c1c">⚠ {_plural(len(result.skipped), "sentence")} not graded because the '
        "answer key does not match the article any more. Tell your teacher.</div>"
        if result.skipped
        else ""
    )
    if not result.labeled:
        return f'<div class="kit-grade">Label some sentences first, then check your work.{skipped}</div>'
    kappa = result.kappa
    kappa_line = (
        "Cohen's kappa is not defined yet: label sentences of more than one kind."
        if kappa is None
        else f"Agreement with the key beyond chance (Cohen's kappa): <b>{kappa:.2f}</b> ({kappa_words(kappa)})."
    )
    return (
        f'<div class="kit-grade"><b>Score: {result.points:g} of {result.labeled}</b> for the '
        f"{_plural(result.labeled, 'sentence')} you labeled (of {result.keyed}): {result.count('right')} right, "
        f"{result.count('acceptable')} acceptable (half a point each), {result.count('different')} different."
        f"<div>{kappa_line}</div>{skipped}</div>"
    )


def key_table_html(key: ClaimKey, items: Sequence[LabelItem], taxonomy: Taxonomy) -> str:
    """The whole key for instructors: expected label, fair alternatives and the explanation."""
    rows = []
    for item in items:
        entry = key.entries.get(item.sentence.id)
        if entry is None:
            rows.append(
                f"<tr><td><code>{esc(item.sentence.id)}</code></td><td colspan=3>no key entry</td></tr>"
            )
            continue
        also = " ".join(chip(taxonomy, a) for a in entry.also)
        rows.append(
            f"<tr><td><code>{esc(item.sentence.id)}</code></td><td>{esc(item.sentence.text)}</td>"
            f"<td>{chip(taxonomy, entry.label)} {also}</td><td>{esc(entry.explanation)}</td></tr>"
        )
    return f'<div class="kit-key">{table_html(["Id", "Sentence", "Key (and also fair)", "Why"], rows)}</div>'
