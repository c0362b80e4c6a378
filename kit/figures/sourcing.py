"""Sourcing charts; each takes tidy source tables and returns a plotly Figure (never shown)."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from kit.model.taxonomy import Taxonomy

QUOTED, PARAPHRASED = "#0072B2", "#E69F00"
NAMED, UNNAMED = "#009E73", "#D55E00"


def _per_sentence(table: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: its first attribution's type (or 'none')."""
    return table.drop_duplicates("sentence")


def source_type_share_figure(tables: dict[str, pd.DataFrame], taxonomy: Taxonomy) -> go.Figure:
    """Share of sentences by source type, one bar per text: compare articles and comments."""
    figure = go.Figure()
    for label in taxonomy.labels:
        shares = []
        for table in tables.values():
            sentences = _per_sentence(table)
            shares.append(100 * (sentences["type"] == label.id).mean() if len(sentences) else 0)
        figure.add_trace(
            go.Bar(
                x=list(tables),
                y=shares,
                name=label.name,
                marker_color=label.colour,
                hovertemplate=f"{html.escape(label.name)}: %{{y:.0f}}% of sentences<extra></extra>",
            )
        )
    figure.update_layout(
        barmode="stack",
        title="Who is the source? Share of sentences by type of source",
        xaxis_title="text",
        yaxis_title="% of sentences",
        template="plotly_white",
    )
    return figure


def _bars(
    x: list,
    series: list[tuple[list, str, str]],
    barmode: str,
    title: str,
    x_title: str,
    y_title: str,
) -> go.Figure:
    """Bars for each (values, name, colour) series over the same ``x``."""
    figure = go.Figure(
        [go.Bar(x=x, y=values, name=name, marker_color=colour) for values, name, colour in series]
    )
    figure.update_layout(
        barmode=barmode,
        title=title,
        xaxis_title=x_title,
        yaxis_title=y_title,
        template="plotly_white",
    )
    return figure


def voices_by_side_figure(table: pd.DataFrame) -> go.Figure:
    """How many sentences carry each side's view, and how many of those quote it directly."""
    attributed = table[table["type"] != "none"]
    counts = attributed.groupby("side").agg(
        quoted=("kind", lambda kinds: int((kinds == "direct").sum())),
        paraphrased=("kind", lambda kinds: int((kinds != "direct").sum())),
    )
    return _bars(
        list(counts.index),
        [
            (counts["quoted"].tolist(), "quoted directly", QUOTED),
            (counts["paraphrased"].tolist(), "paraphrased or partly quoted", PARAPHRASED),
        ],
        "stack",
        "Whose voice is heard? Attributions by side",
        "side or affiliation of the source",
        "attributions",
    )


def named_vs_unnamed_figure(tables: dict[str, pd.DataFrame]) -> go.Figure:
    """Attributions to named sources (people, organizations, documents) against unnamed ones."""
    named, unnamed = [], []
    for table in tables.values():
        attributed = table[table["type"] != "none"]
        named.append(int(attributed["named"].sum()))
        unnamed.append(int((~attributed["named"].astype(bool)).sum()))
    return _bars(
        list(tables),
        [
            (named, "named: person, organization or document", NAMED),
            (unnamed, "unnamed: official, anonymous or vague", UNNAMED),
        ],
        "group",
        "Named or unnamed sources",
        "text",
        "attributions",
    )


def unattributed_figure(
    table: pd.DataFrame, texts: dict[str, str], needs_source: set[str] | None = None
) -> go.Figure:
    """Every sentence in reading order: attributed, or the reporter's own voice (highlighted)."""
    sentences = _per_sentence(table).reset_index(drop=True)
    own_voice = sentences["type"] == "none"
    flagged = sentences["sentence"].isin(needs_source or set())
    colours = [UNNAMED if own else "#BBBBBB" for own in own_voice]
    hover = [
        f"{sid}: {html.escape(texts[sid][:90])}…<br>{'no source given' if own else 'attributed'}"
        + ("<br><b>a careful reader would want a source</b>" if flag else "")
        for sid, own, flag in zip(sentences["sentence"], own_voice, flagged, strict=True)
    ]
    figure = go.Figure(
        go.Bar(
            x=sentences["sentence"],
            y=[1] * len(sentences),
            marker_color=colours,
            marker_line={"width": [3 if f else 0 for f in flagged], "color": "#000000"},
            hovertext=hover,
            hoverinfo="text",
            showlegend=False,
        )
    )
    figure.update_layout(
        title="Sentences with no source (orange) among attributed ones (grey)",
        xaxis_title="sentence, in reading order",
        yaxis_title="",
        template="plotly_white",
        yaxis={"showticklabels": False},
        height=280,
    )
    return figure
