"""The vote explorer: pick a chart, a ranking rule and a tone measure; click a bar or dot to read it."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from kit.analysis.votes import RULES, top_comments
from kit.figures.votes import (
    CHARTS,
    METRICS,
    net_by_position_figure,
    rank_slope_figure,
    tone_vs_net_figure,
    votes_bar_figure,
)
from kit.views.votes import caption_html, comment_html, top_table_html

CHOOSE_A_POINT = "<i>Click a bar or a dot to read that comment here.</i>"


class VoteExplorer(widgets.VBox):
    """``texts`` gives each comment's full text by id (the table keeps only its first words)."""

    def __init__(self, table: pd.DataFrame, texts: Callable[[str], str]) -> None:
        self.table, self._texts = table, texts
        self.chart = widgets.Dropdown(
            options=list(CHARTS), value="up and down votes", description="Chart"
        )
        self.rule = widgets.Dropdown(
            options=list(RULES), value="posting order", description="Ranking rule"
        )
        self.metric = widgets.Dropdown(
            options=[(formula, name) for name, formula in METRICS.items()],
            value="net",
            description="Metric",
        )
        self.measure = widgets.ToggleButtons(
            options=["polarity", "subjectivity"],
            description="Tone",
            tooltips=["negative to positive", "plain to personal"],
        )
        for control in (self.chart, self.rule, self.metric, self.measure):
            control.style.description_width = "initial"
            control.observe(lambda _change: self.redraw(), names="value")
        self.figure_box = widgets.Box()
        self.caption = widgets.HTML()
        self.reader = widgets.HTML(CHOOSE_A_POINT)
        self.top = widgets.HTML(top_table_html(top_comments(table), list(RULES)))
        super().__init__(
            [
                widgets.HBox([self.chart, self.rule, self.metric]),
                self.measure,
                self.figure_box,
                self.caption,
                self.reader,
                widgets.HTML("<b>The first three comments a reader sees under each rule</b>"),
                self.top,
            ]
        )
        self.add_class("kit-vote-explorer")
        self.redraw()

    def current_figure(self) -> go.Figure:
        chart = self.chart.value
        if chart == "up and down votes":
            return votes_bar_figure(self.table, self.rule.value)
        if chart == "net score by tone":
            return tone_vs_net_figure(self.table, self.measure.value)
        if chart == "score by position":
            return net_by_position_figure(self.table, self.metric.value)
        if chart == "ranks under each rule":
            return rank_slope_figure(self.table)
        return CHARTS[chart](self.table)

    def redraw(self) -> None:
        self.rule.disabled = self.chart.value != "up and down votes"
        self.metric.disabled = self.chart.value != "score by position"
        self.measure.layout.display = "" if self.chart.value == "net score by tone" else "none"
        self.figure = go.FigureWidget(self.current_figure())
        for trace in self.figure.data:
            trace.on_click(self._clicked)
        self.figure_box.children = [self.figure]
        self.caption.value = caption_html(self.chart.value)

    def _clicked(self, trace, points, _state) -> None:
        if not points.point_inds:
            return
        self.show_comment(trace.customdata[points.point_inds[0]])

    def show_comment(self, comment_id: str) -> None:
        row = self.table.loc[comment_id]
        self.reader.value = comment_html(
            comment_id, row["position"], self._texts(comment_id), row["up"], row["down"], row["net"]
        )
