"""Plain-language captions for the vote charts, and the "top three" table, as escaped HTML."""

from __future__ import annotations

import pandas as pd

from kit.views.html import esc, table_html

CAVEAT = (
    "Votes show what the people who voted agreed with, not what is true. A dozen comments are a "
    "small sample, and the people who vote are not all the people who read."
)
CAPTIONS = {
    "up and down votes": "Each comment gets a blue bar for its up votes and an orange bar below the line for "
    "its down votes. Change the ranking rule to see the order a reader would meet them in.",
    "score by position": "Each dot is a comment: how early it was posted, and its score on the metric you picked. "
    "If early dots sit higher, early comments may win just by being seen first.",
    "net score by tone": "Each dot is a comment: its tone as TextBlob scores it, and its net score. "
    "TextBlob counts words; it does not understand sarcasm or context.",
    "controversy by votes": "Controversy = (up + down) / max(|up - down|, 1). It is high when many votes "
    "split evenly, and 1 when everyone voted the same way.",
    "ranks under each rule": "Each line follows one comment across the four ranking rules. Lines that cross "
    "show comments that one rule puts on top and another buries.",
}


def caption_html(chart: str) -> str:
    return (
        f'<div class="kit-caption" style="font-size:.92em;max-width:52rem"><p>{esc(CAPTIONS[chart])}</p>'
        f"<p><i>What it cannot prove:</i> {esc(CAVEAT)}</p></div>"
    )


def top_table_html(top: pd.DataFrame, rules: list[str]) -> str:
    """Side by side: the comments each rule shows first."""
    rows = []
    for place in sorted(top["rank"].unique()):
        cells = []
        for rule in rules:
            match = top[(top["rule"] == rule) & (top["rank"] == place)]
            cells.append(
                f"<td>{esc(match['first_words'].iloc[0])}…</td>" if len(match) else "<td></td>"
            )
        rows.append(f"<tr><td><b>{place}</b></td>{''.join(cells)}</tr>")
    return f'<div class="kit-top">{table_html(["Place", *rules], rows)}</div>'


def comment_html(comment_id: str, position: int, text: str, up, down, net) -> str:
    votes = "no vote line" if pd.isna(up) else f"▲ {up} up · ▼ {down} down · net {int(net):+d}"
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in text.split("\n\n"))
    return (
        f'<div class="kit-comment-read" data-cid="{esc(comment_id)}" style="border:1px solid #ccc;'
        f'border-radius:6px;padding:.4em .8em"><b>Comment {position}</b> · {esc(votes)}{paragraphs}</div>'
    )
