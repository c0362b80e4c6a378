import plotly.graph_objects as go

import kit


def test_sourcing_charts_compare_articles_and_comments():
    sourcing = kit.sourcing()
    share = sourcing.type_share_figure()
    assert isinstance(share, go.Figure) and list(share.data[0].x) == [
        "this article",
        "practice article",
        "reader comments",
    ]
    none_share = next(t for t in share.data if t.name.startswith("No source"))
    assert (
        round(none_share.y[0]) == 25 and none_share.y[2] > 90
    )  # 3 of 12 sentences; comments cite almost no one
    named = sourcing.named_figure()
    assert list(named.data[0].y) == [5, 7, 0]
    assert list(named.data[1].y) == [6, 1, 1]  # the anonymous worker; "Many say" in a comment
    voices = sourcing.voices_figure()
    assert "Chinese government" in list(voices.data[0].x)
    unattributed = sourcing.unattributed_figure()
    bar = unattributed.data[0]
    assert list(bar.marker.line.width).count(3) == 3  # the three claims that need a source
    for figure in (share, named, voices, unattributed):
        assert figure.layout.title.text and figure.layout.xaxis.title.text
