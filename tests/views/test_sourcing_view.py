import kit
from kit.analysis.items import LabelItem
from kit.model.article import Paragraph, Sentence
from kit.taxonomies import load_taxonomy
from kit.views.sourcing import source_card_html, sourced_article_html

HOSTILE = "<img src=x onerror=alert(1)>"


def test_the_practice_article_is_marked_wherever_it_is_shown():
    practice = kit.load_article("practice-river-fish")
    assert "Practice article" in kit.show(practice)._repr_html_()
    assert "Practice article" in kit.sourcing("practice-river-fish").article_view()._repr_html_()
    assert (
        "Practice article"
        not in kit.show(kit.load_article("china-counter-espionage"))._repr_html_()
    )


def test_sourcing_views_escape_sentences_and_sources():
    sentence = Sentence(id="p01s01", text=f"{HOSTILE} happened, <b>Bob</b> said.")
    item = LabelItem(sentence, Paragraph(id="p01", line=1, sentences=[sentence]), "Paragraph 1")
    page = sourced_article_html([item], {"p01s01": [(f"<b>{HOSTILE}</b>", "x")]}, {"x": "#000000"})
    suggestion = {
        "slot": "p01s01#1",
        "type": "named-person",
        "resolved": HOSTILE,
        "role": HOSTILE,
        "cue": "said",
        "kind": "indirect",
        "side": HOSTILE,
    }
    card = source_card_html(item, 1, 1, suggestion, None, load_taxonomy("source-types"))
    for markup in (page, card):
        assert (
            "&lt;img src=x onerror=alert(1)&gt;" in markup
            and "<img" not in markup
            and "<b>Bob" not in markup
        )
