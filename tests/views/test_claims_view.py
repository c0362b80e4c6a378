from kit.analysis.items import LabelItem
from kit.model.article import Paragraph, Sentence
from kit.model.work import Label
from kit.taxonomies import load_taxonomy
from kit.views.claims import card_html, kappa_words, overview_html

HOSTILE = "<img src=x onerror=alert(1)>"


def hostile_item():
    sentences = [
        Sentence(id="c01s01", text=f"Before {HOSTILE}"),
        Sentence(id="c01s02", text="<b>bold</b> claim."),
    ]
    return LabelItem(
        sentences[1], Paragraph(id="c01p01", line=1, sentences=sentences), "Comment 1 <i>x</i>"
    )


def test_card_and_overview_escape_sentences_notes_and_places():
    item = hostile_item()
    taxonomy = load_taxonomy()
    card = card_html(item, 2, 2, Label(label="opinion", note=HOSTILE), taxonomy)
    assert "&lt;img src=x onerror=alert(1)&gt;" in card and "&lt;b&gt;bold&lt;/b&gt;" in card
    assert "Comment 1 &lt;i&gt;x&lt;/i&gt;" in card and "<img" not in card and "<b>bold" not in card
    overview = overview_html([item], {"c01s02": Label(label="fact", note=HOSTILE)}, taxonomy)
    assert "&lt;img src=x" in overview and "<img" not in overview
    assert "1 of 1 sentences labeled" in overview


def test_kappa_words_follow_landis_and_koch():
    assert [kappa_words(k) for k in (-0.1, 0.1, 0.3, 0.5, 0.7, 0.9)] == [
        "no more than chance",
        "slight",
        "fair",
        "moderate",
        "substantial",
        "almost perfect",
    ]
