import plotly.graph_objects as go
import pytest

from kit.analysis.raw_page import import_raw_page
from kit.analysis.votes import RULES, vote_table
from kit.figures.votes import (
    CHARTS,
    MAX_BARS,
    figure_size_bytes,
    rank_slope_figure,
    tone_vs_net_figure,
    votes_bar_figure,
)
from tests.pages import comment_block, make_page, synthetic_page


@pytest.fixture(scope="module")
def table(article):
    return vote_table(article)


def test_every_chart_returns_a_figure_without_showing_it(table, monkeypatch):
    monkeypatch.setattr(
        go.Figure, "show", lambda *a, **k: pytest.fail("a figure function must not show")
    )
    for name, chart in CHARTS.items():
        figure = chart(table)
        assert isinstance(figure, go.Figure) and figure.data, name
        assert (
            figure.layout.title.text
            and figure.layout.xaxis.title.text
            and figure.layout.yaxis.title.text
        )


def test_bar_chart_in_rule_order_with_down_votes_below_zero(table):
    figure = votes_bar_figure(table, "net score")
    up, down = figure.data
    assert (
        list(up.x[:3]) == ["#1", "#2", "#8"] and up.name == "up votes" and down.name == "down votes"
    )
    assert min(down.y) == -9 and "net score order" in figure.layout.title.text


def test_small_totals_are_flagged_and_formulas_named(table):
    figure = CHARTS["score by position"](table)
    enough, small = figure.data
    assert len(enough.x) == 1 and len(small.x) == 10 and small.marker.symbol == "circle-open"
    assert "fewer than 10 votes" in figure.layout.title.text
    assert CHARTS["controversy by votes"](table).layout.yaxis.title.text.startswith(
        "controversy = (up + down)"
    )
    assert "subjectivity" in tone_vs_net_figure(table, "subjectivity").layout.xaxis.title.text


def test_hover_text_is_escaped():
    table = vote_table(
        import_raw_page(make_page([comment_block("<img src=x onerror=alert(1)> hi", 2, 1)]), "t")
    )
    hover = votes_bar_figure(table).data[0].hovertext[0]
    assert "&lt;img" in hover and "<img" not in hover


def test_slope_chart_has_a_line_per_comment_across_the_rules(table):
    figure = rank_slope_figure(table)
    assert len(figure.data) == 11 and list(figure.data[0].x) == list(RULES)
    assert figure.layout.yaxis.autorange == "reversed"


def test_ten_thousand_comments_use_webgl_bounded_bars_and_stay_small():
    table = vote_table(import_raw_page(synthetic_page(10_000), "big"))
    scatter = CHARTS["score by position"](table)
    assert all(isinstance(trace, go.Scattergl) for trace in scatter.data)
    bars = votes_bar_figure(table)
    assert len(bars.data[0].x) == MAX_BARS and "first 200 of 10000" in bars.layout.title.text
    for chart in CHARTS.values():
        assert figure_size_bytes(chart(table)) < 3_000_000


def test_bars_and_lines_of_small_totals_are_faded_or_dotted(table):
    bars = votes_bar_figure(table)
    assert list(bars.data[0].marker.opacity[:2]) == [1.0, 0.4]  # #1 has 10 votes, #2 only 9
    assert "faded bars: fewer than 10 votes" in bars.layout.title.text
    slope = rank_slope_figure(table)
    assert [trace.line.dash for trace in slope.data[:2]] == ["solid", "dot"]
