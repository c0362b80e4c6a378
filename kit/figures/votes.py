"""Charts of comment votes; each takes the vote table and returns a plotly Figure (never shown)."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from kit.analysis.votes import RULES, rank

UP, DOWN, NEUTRAL, SMALL = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#999999",
)  # Okabe-Ito: colour-blind safe
WEBGL_FROM = 1000  # points; past this, SVG scatter plots crawl
MAX_BARS = 200
SLOPE_TOP = 10


def _hover(table: pd.DataFrame) -> list[str]:
    return [
        f"#{p}: {html.escape(words)}"
        for p, words in zip(table["position"], table["first_words"], strict=True)
    ]


def _scatter(table: pd.DataFrame):
    return go.Scattergl if len(table) >= WEBGL_FROM else go.Scatter


def _small_note(table: pd.DataFrame) -> str:
    return f"open grey circles: fewer than {table.attrs.get('small_total', 10)} votes, too few to mean much"


def _points(table: pd.DataFrame, x: str, y: str) -> list[go.Scatter]:
    """Two traces: comments with enough votes, and those with too few (drawn as open grey circles)."""
    traces = []
    for small, name, marker in (
        (False, "enough votes", {"color": UP, "size": 9}),
        (True, "too few votes", {"color": SMALL, "size": 9, "symbol": "circle-open"}),
    ):
        part = table[(table["small_total"] == small) & table[y].notna() & table[x].notna()]
        traces.append(
            _scatter(table)(
                x=part[x].astype(float),
                y=part[y].astype(float),
                mode="markers",
                name=name,
                marker=marker,
                customdata=part.index.to_numpy(),
                hovertext=_hover(part),
                hoverinfo="text",
            )
        )
    return traces


def _layout(figure: go.Figure, title: str, x_title: str, y_title: str, note: str = "") -> go.Figure:
    subtitle = f"<br><sup>{note}</sup>" if note else ""
    figure.update_layout(
        title=f"{title}{subtitle}",
        xaxis_title=x_title,
        yaxis_title=y_title,
        template="plotly_white",
        legend={"orientation": "h", "y": -0.25},
        margin={"t": 80},
    )
    return figure


def votes_bar_figure(
    table: pd.DataFrame, rule: str = "posting order", max_bars: int = MAX_BARS
) -> go.Figure:
    """Up votes above the line and down votes below it, one bar pair per comment, in ``rule``'s order."""
    ordered = table.loc[rank(table, rule).sort_values().index].head(max_bars)
    labels = [f"#{p}" for p in ordered["position"]]
    hover = _hover(ordered)
    opacity = [0.4 if small else 1.0 for small in ordered["small_total"]]
    figure = go.Figure(
        [
            go.Bar(
                x=labels,
                y=ordered["up"].astype(float),
                name="up votes",
                marker={"color": UP, "opacity": opacity},
                customdata=ordered.index.to_numpy(),
                hovertext=hover,
                hoverinfo="text+y",
            ),
            go.Bar(
                x=labels,
                y=-ordered["down"].astype(float),
                name="down votes",
                marker={"color": DOWN, "opacity": opacity},
                customdata=ordered.index.to_numpy(),
                hovertext=hover,
                hoverinfo="text+y",
            ),
        ]
    )
    figure.update_layout(barmode="relative")
    figure.update_xaxes(type="category")
    shown = (
        f"the first {max_bars} of {len(table)} comments"
        if len(table) > max_bars
        else "every comment"
    )
    return _layout(
        figure,
        f"Up and down votes, {shown} in {rule} order",
        f"comment (in {rule} order)",
        "votes (down votes below zero)",
        f"faded bars: fewer than {table.attrs.get('small_total', 10)} votes; missing bars: no vote line on the page",
    )


METRICS = {
    "net": "net = up - down",
    "approval": "approval = up / total",
    "wilson_lower": "Wilson lower bound of up / total",
    "controversy": "controversy = (up + down) / max(|up - down|, 1)",
}


def net_by_position_figure(table: pd.DataFrame, metric: str = "net") -> go.Figure:
    """Do early comments win? A vote metric (net score by default) against the order of posting."""
    if metric not in METRICS:
        raise ValueError(f"metric must be one of {list(METRICS)}")
    figure = go.Figure(_points(table, "position", metric))
    name = metric.replace("_", " ") if metric != "net" else "net score"
    return _layout(
        figure,
        f"{name.capitalize()} by posting order",
        "position (1 = posted first)",
        METRICS[metric],
        _small_note(table),
    )


def tone_vs_net_figure(table: pd.DataFrame, measure: str = "polarity") -> go.Figure:
    """Are angrier (or more personal) comments rewarded? TextBlob's score against net votes."""
    if measure not in ("polarity", "subjectivity"):
        raise ValueError("measure must be 'polarity' or 'subjectivity'")
    axis = {
        "polarity": "tone: TextBlob polarity (-1 negative to +1 positive)",
        "subjectivity": "TextBlob subjectivity (0 plain to 1 personal)",
    }[measure]
    figure = go.Figure(_points(table, measure, "net"))
    return _layout(figure, f"Net score by {measure}", axis, "net = up - down", _small_note(table))


def controversy_vs_total_figure(table: pd.DataFrame) -> go.Figure:
    figure = go.Figure(_points(table, "total", "controversy"))
    return _layout(
        figure,
        "Controversy by number of votes",
        "total = up + down",
        "controversy = (up + down) / max(|up - down|, 1)",
        _small_note(table),
    )


def rank_slope_figure(table: pd.DataFrame, top: int = SLOPE_TOP) -> go.Figure:
    """Each comment's place under each ranking rule; only comments in some rule's top ``top``."""
    places = pd.concat([rank(table, rule) for rule in RULES], axis=1)
    shown = places[(places <= top).any(axis=1)]
    rules = list(RULES)
    figure = go.Figure()
    palette = [
        "#0072B2",
        "#D55E00",
        "#009E73",
        "#CC79A7",
        "#E69F00",
        "#56B4E9",
        "#F0E442",
        "#000000",
    ]
    for n, (comment_id, row) in enumerate(shown.iterrows()):
        words = html.escape(table.at[comment_id, "first_words"])
        position = table.at[comment_id, "position"]
        figure.add_trace(
            go.Scatter(
                x=rules,
                y=row.to_numpy(dtype=float),
                mode="lines+markers",
                name=f"#{position}",
                line={
                    "color": palette[n % len(palette)],
                    "dash": "dot" if table.at[comment_id, "small_total"] else "solid",
                },
                customdata=[comment_id] * len(rules),
                hovertext=[f"#{position}: {words}"] * len(rules),
                hoverinfo="text+y",
            )
        )
    figure.update_yaxes(autorange="reversed", dtick=1 if len(table) <= 30 else None)
    note = f"dotted lines: fewer than {table.attrs.get('small_total', 10)} votes"
    if len(table) > top:
        note += f"; comments in the top {top} under at least one rule"
    return _layout(
        figure,
        "Where each comment lands under each ranking rule",
        "ranking rule",
        "place (1 = shown first)",
        note,
    )


CHARTS = {
    "up and down votes": votes_bar_figure,
    "score by position": net_by_position_figure,
    "net score by tone": tone_vs_net_figure,
    "controversy by votes": controversy_vs_total_figure,
    "ranks under each rule": rank_slope_figure,
}


def figure_size_bytes(figure: go.Figure) -> int:
    return len(figure.to_json().encode())
