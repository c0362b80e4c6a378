import kit


def click(explorer, trace_index, point_index):
    """What the browser sends when a bar or dot is clicked."""
    trace = explorer.figure.data[trace_index]
    explorer.figure._js2py_pointsCallback = {
        "event_type": "plotly_click",
        "points": {
            "xs": [trace.x[point_index]],
            "ys": [trace.y[point_index]],
            "point_indexes": [point_index],
            "trace_indexes": [trace_index],
        },
    }


def test_switching_rule_and_chart_redraws_and_a_click_reads_the_comment():
    explorer = kit.votes().explorer()
    assert list(explorer.figure.data[0].x[:3]) == ["#1", "#2", "#3"]
    assert "Click a bar or a dot" in explorer.reader.value
    explorer.rule.value = "controversy"
    assert list(explorer.figure.data[0].x[:2]) == ["#5", "#1"]
    click(explorer, 1, 0)
    assert "Comment 5" in explorer.reader.value and "They want to mobilize" in explorer.reader.value

    explorer.chart.value = "net score by tone"
    assert explorer.rule.disabled and explorer.measure.layout.display == ""
    explorer.measure.value = "subjectivity"
    assert "subjectivity" in explorer.figure.layout.xaxis.title.text
    assert (
        "does not understand sarcasm" in explorer.caption.value
        and "not what is true" in explorer.caption.value
    )


def test_top_three_table_lists_every_rule():
    explorer = kit.votes().explorer()
    for rule in ("posting order", "net score", "Wilson lower bound", "controversy"):
        assert rule in explorer.top.value
    assert explorer.top.value.count("<tr>") == 1 + 3  # the header and three places


def test_picking_a_metric_for_the_position_chart():
    explorer = kit.votes().explorer()
    assert explorer.metric.disabled
    explorer.chart.value = "score by position"
    assert (
        not explorer.metric.disabled
        and explorer.figure.layout.yaxis.title.text == "net = up - down"
    )
    explorer.metric.value = "wilson_lower"
    assert explorer.figure.layout.yaxis.title.text == "Wilson lower bound of up / total"
    assert max(explorer.figure.data[0].y) <= 1
