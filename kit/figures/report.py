"""Class report charts: how the class labeled each sentence, and each student's score."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kit.model.taxonomy import Taxonomy


def label_spread_figure(spread: pd.DataFrame, taxonomy: Taxonomy, title: str) -> go.Figure:
    """Heatmap: sentences (most disputed first) by labels, each cell the number of students."""
    ids = taxonomy.ids
    figure = go.Figure(
        go.Heatmap(
            z=spread[ids].to_numpy(),
            x=[taxonomy.label(i).name for i in ids],
            y=list(spread.index),
            colorscale="Blues",
            zmin=0,
            text=spread[ids].to_numpy(),
            texttemplate="%{text}",
            hovertemplate="%{y}: %{z} students chose %{x}<extra></extra>",
            colorbar={"title": "students"},
        )
    )
    figure.update_layout(
        title=title,
        xaxis_title="label chosen",
        yaxis_title="sentence (most disputed at the top)",
        yaxis_autorange="reversed",
        height=max(320, 24 * len(spread) + 160),
        template="plotly_white",
    )
    return figure


def scores_figure(scores: pd.DataFrame) -> go.Figure:
    figure = go.Figure(
        go.Bar(
            x=list(scores.index),
            y=scores["points"],
            marker_color="#0072B2",
            hovertemplate="%{x}: %{y} points<extra></extra>",
        )
    )
    figure.update_layout(
        title="Score per student (1 per match with the key, 0.5 per acceptable label)",
        xaxis_title="student",
        yaxis_title="points",
        template="plotly_white",
    )
    return figure
