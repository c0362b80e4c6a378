"""Charts about claim labels: the confusion matrix of a student's labels against the key."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kit.model.taxonomy import Taxonomy


def confusion_figure(
    table: pd.DataFrame, taxonomy: Taxonomy, title: str = "Your labels and the key"
) -> go.Figure:
    """Heatmap of counts: rows are the student's labels, columns the key's; the diagonal is agreement."""
    names = [taxonomy.label(label_id).name for label_id in table.index]
    key_names = [taxonomy.label(label_id).name for label_id in table.columns]
    figure = go.Figure(
        go.Heatmap(
            z=table.to_numpy(),
            x=key_names,
            y=names,
            colorscale="Blues",
            zmin=0,
            zmax=max(1, int(table.to_numpy().max())),  # an empty matrix stays white
            showscale=False,
            text=table.to_numpy(),
            texttemplate="%{text}",
            hovertemplate="You said %{y}<br>The key says %{x}<br>%{z} sentences<extra></extra>",
        )
    )
    if not table.to_numpy().any():
        title += " (label some sentences first)"
    figure.update_layout(
        title=title,
        xaxis_title="The answer key says",
        yaxis_title="You said",
        yaxis_autorange="reversed",
        height=360 + 20 * len(names),
        margin={"l": 180, "r": 20, "t": 60, "b": 120},
    )
    return figure
