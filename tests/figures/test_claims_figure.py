import plotly.graph_objects as go

from kit.analysis.grading import grade
from kit.figures.claims import confusion_figure
from kit.model.work import Label
from kit.taxonomies import load_taxonomy
from tests.analysis.test_grading import IDS, SENTENCES, make_key


def test_confusion_figure_shows_the_counts_with_named_axes():
    labels = {
        "p01s01": Label(label="fact"),
        "p02s01": Label(label="fact"),
        "p03s01": Label(label="prediction"),
    }
    table = grade(make_key(), SENTENCES, labels, IDS).confusion(IDS)
    figure = confusion_figure(table, load_taxonomy())
    assert isinstance(figure, go.Figure)
    heatmap = figure.data[0]
    assert heatmap.y[0] == "Checkable fact" and heatmap.x[2] == "Opinion or value judgement"
    assert heatmap.z[0][2] == 1 and heatmap.z[3][3] == 1 and heatmap.z.sum() == 3
    assert figure.layout.xaxis.title.text == "The answer key says"
    assert figure.layout.yaxis.title.text == "You said"
