"""Sourcing as escaped HTML: the article marked by source, and the card for one suggested attribution."""

from __future__ import annotations

from kit.analysis.items import LabelItem
from kit.analysis.sourcing import SourceFeedback
from kit.model.sourcing import SourcingKey
from kit.model.taxonomy import Taxonomy
from kit.model.work import SourceCheck
from kit.views.html import PRACTICE_BANNER, esc, table_html

SIDE_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
VERDICTS = {
    "right": ("Right", "#2e7d32"),
    "partly": ("Partly right", "#1565c0"),
    "different": ("Different from the key", "#c62828"),
}


def side_colours(sides: list[str]) -> dict[str, str]:
    return {side: SIDE_COLOURS[n % len(SIDE_COLOURS)] for n, side in enumerate(sides)}


def sourced_article_html(
    items: list[LabelItem],
    sources: dict[str, list[tuple[str, str]]],
    colours: dict[str, str],
    practice: bool = False,
) -> str:
    """Each sentence underlined in its source's side colour (hover: who); the reporter's voice plain.
    ``sources`` maps a sentence id to its (source, side) pairs."""
    legend = " ".join(
        f'<span style="border-bottom:3px solid {colour};margin-right:.8em">{esc(side)}</span>'
        for side, colour in colours.items()
    )
    paragraphs: dict[str, list[str]] = {}
    for item in items:
        found = sources.get(item.sentence.id, [])
        if found:
            source, side = found[0]
            who = "; ".join(f"{s} ({d})" for s, d in found)
            span = (
                f'<span class="kit-sourced" data-sid="{esc(item.sentence.id)}" title="{esc(who)}" '
                f'style="border-bottom:3px solid {colours.get(side, "#999")}">{esc(item.sentence.text)}</span>'
            )
        else:
            span = (
                f'<span class="kit-own-voice" data-sid="{esc(item.sentence.id)}" title="no source: the reporter\'s voice" '
                f'style="background:rgba(213,94,0,.12)">{esc(item.sentence.text)}</span>'
            )
        paragraphs.setdefault(item.paragraph.id, []).append(span)
    body = "".join(f"<p>{' '.join(spans)}</p>" for spans in paragraphs.values())
    return (
        f'<div class="kit-sourced-article" style="max-width:52rem;line-height:1.6">{PRACTICE_BANNER if practice else ""}'
        '<div style="font-size:.9em">'
        f"Underline colour = side of the source. "
        f'<span style="background:rgba(213,94,0,.12)">Shaded</span> = no source given. {legend}</div>{body}</div>'
    )


def source_card_html(
    item: LabelItem,
    position: int,
    total: int,
    suggestion: dict,
    check: SourceCheck | None,
    taxonomy: Taxonomy,
    feedback: SourceFeedback | None = None,
) -> str:
    if suggestion["type"] == "none":
        suggested = "The kit finds <b>no source</b> here: the reporter's own voice."
    else:
        kinds = {
            "direct": "a direct quote",
            "indirect": "a paraphrase",
            "mixed": "a paraphrase with quoted words",
        }
        role = f" ({esc(suggestion['role'])})" if suggestion.get("role") else ""
        suggested = (
            f"The kit suggests: <b>{esc(suggestion['resolved'])}</b>{role} · cue "
            f"<i>{esc(suggestion['cue'])}</i> · {kinds[suggestion['kind']]} · "
            f"{esc(taxonomy.label(suggestion['type']).name)} · side: {esc(suggestion['side'])}"
        )
    if check is None:
        yours = (
            '<span style="color:#777">Not checked yet: confirm or correct the suggestion.</span>'
        )
    elif check.confirmed:
        yours = '<span style="color:#2e7d32">✓ You confirmed the suggestion.</span>'
    else:
        yours = (
            f'<span style="color:#1565c0">✎ Your correction: {esc(check.source or "no source")} · '
            f"{esc(taxonomy.label(check.type).name)} · side: {esc(check.side or '-')}</span>"
        )
    note = ""
    if feedback:
        text, colour = VERDICTS[feedback.verdict]
        expected = ""
        if feedback.expected and feedback.verdict != "right":
            e = feedback.expected
            expected = f" The key says: {esc(e.source)} · {esc(taxonomy.label(e.type).name)} · side: {esc(e.side)}."
        note = (
            f'<div class="kit-feedback kit-{feedback.verdict}" style="border-left:4px solid {colour};padding:.3em .7em">'
            f'<b style="color:{colour}">{text}.</b>{expected}<div>{esc(feedback.explanation)}</div></div>'
        )
    return (
        f'<div class="kit-source-card" data-slot="{esc(suggestion["slot"])}">'
        f'<div style="font-size:.85em;color:#666">Attribution {position} of {total} · {esc(item.where)} · '
        f"<code>{esc(item.sentence.id)}</code></div>"
        f'<div style="font-size:1.05em;line-height:1.55;margin:.35em 0">{esc(item.sentence.text)}</div>'
        f"<div>{suggested}</div><div>{yours}</div>{note}</div>"
    )


def sourcing_key_html(key: SourcingKey, items: list[LabelItem], taxonomy: Taxonomy) -> str:
    """The sourcing key for instructors: each sentence's attributions, or why it needs a source."""
    rows = []
    for item in items:
        entry = key.entries.get(item.sentence.id)
        if entry is None:
            continue
        if entry.attributions:
            cells = "<br>".join(
                f"<b>{esc(a.source)}</b> ({esc(a.cue)}, {esc(a.kind)}) · {esc(taxonomy.label(a.type).name)} · "
                f"{esc(a.side)}<br><i>{esc(a.explanation)}</i>"
                for a in entry.attributions
            )
        else:
            flag = "<b>needs a source.</b> " if entry.needs_source else ""
            cells = f"Reporter's voice. {flag}<i>{esc(entry.explanation or '')}</i>"
        rows.append(
            f"<tr><td><code>{esc(item.sentence.id)}</code></td><td>{esc(item.sentence.text)}</td><td>{cells}</td></tr>"
        )
    return f'<div class="kit-key">{table_html(["Id", "Sentence", "Attributions in the key"], rows)}</div>'
