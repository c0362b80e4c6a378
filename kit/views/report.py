"""The class report as one self-contained, escaped HTML page (plotly.js inlined once, no CDN)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kit.model.claim_key import ClaimKey
from kit.views.html import esc, table_html


def figure_html(figure: go.Figure, first: bool) -> str:
    """The figure as a div; the first one carries plotly.js itself so the page works offline."""
    return figure.to_html(
        full_html=False, include_plotlyjs=True if first else False, config={"displaylogo": False}
    )


def scores_html(scores: pd.DataFrame) -> str:
    rows = (
        f"<tr><td>{esc(row.Index)}</td><td>{row.labeled}</td><td>{row.right}</td><td>{row.acceptable}</td>"
        f"<td>{row.points:g}</td><td>{'-' if pd.isna(row.kappa) else f'{row.kappa:.2f}'}</td></tr>"
        for row in scores.itertuples()
    )
    return table_html(
        ["Student", "Labeled", "Right", "Acceptable", "Points", "Cohen's kappa"], rows
    )


def disputed_html(
    spread: pd.DataFrame,
    texts: dict[str, str],
    key: ClaimKey | None,
    label_names: dict[str, str],
    top: int = 10,
) -> str:
    rows = []
    for sentence_id, row in spread.head(top).iterrows():
        entry = key.entries.get(sentence_id) if key else None
        keyed = (
            f"<b>{esc(label_names.get(entry.label, entry.label))}</b><br>{esc(entry.explanation)}"
            if entry
            else "-"
        )
        rows.append(
            f"<tr><td><code>{esc(sentence_id)}</code></td><td>{esc(texts.get(sentence_id, ''))}</td>"
            f"<td>{row['dispute']:.0%}</td><td>{keyed}</td></tr>"
        )
    return table_html(["Sentence", "Text", "Split", "Key and why"], rows)


def rejected_html(rejected) -> str:
    if not rejected:
        return "<p>Every submission was used.</p>"
    rows = (f"<tr><td>{esc(r.file)}</td><td>{esc(r.reason)}</td></tr>" for r in rejected)
    return table_html(["File", "Why it was set aside"], rows)


def page_html(title: str, sections: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<section><h2>{esc(heading)}</h2>{content}</section>" for heading, content in sections
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:\">"
        f"<title>{esc(title)}</title><style>body{{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;"
        "padding:0 1rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3em .6em;"
        f"text-align:left;vertical-align:top}}</style></head><body><h1>{esc(title)}</h1>{body}</body></html>"
    )
