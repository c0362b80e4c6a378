"""The bundled data: the raw seed and its imported JSON agree byte for byte."""

from pathlib import Path

import pytest

import kit
from kit.analysis.raw_page import import_raw_page
from kit.model.jsonfile import to_json
from kit.paths import articles_dir
from tests.conftest import ARTICLE_ID, RAW_SEED, ROOT


@pytest.mark.parametrize("article_id", [ARTICLE_ID, "practice-river-fish"])
def test_reimporting_the_raw_text_reproduces_the_json_byte_for_byte(article_id):
    raw = RAW_SEED.parent / f"{article_id}.txt"
    article = import_raw_page(raw.read_text(encoding="utf-8"), article_id, str(raw))
    assert to_json(article).encode() == (articles_dir() / f"{article_id}.json").read_bytes()


def test_raw_copy_is_the_shared_seed():
    shared = ROOT.parent / "shared" / "seeds" / "000_ab4fd7caa7bfa137.txt"
    if shared.exists():
        assert Path(RAW_SEED).read_bytes() == shared.read_bytes()
    assert RAW_SEED.read_text(encoding="utf-8").startswith(
        "Coronavirus disease (COVID-19) outbreak"
    )


def test_every_bundled_article_loads():
    assert kit.list_articles() == [ARTICLE_ID, "practice-river-fish"]
    assert (
        kit.load_article("practice-river-fish").practice
        and not kit.load_article(ARTICLE_ID).practice
    )
    for article_id in kit.list_articles():
        assert kit.load_article(article_id).id == article_id


def test_claim_key_covers_every_sentence_with_the_current_text():
    from kit.analysis.grading import key_problems
    from kit.keys import load_claim_key
    from kit.taxonomies import load_taxonomy

    article = kit.load_article(ARTICLE_ID)
    key = load_claim_key(ARTICLE_ID, "statement-types")
    sentences = [*article.body_sentences(), *article.comment_sentences()]
    assert key_problems(key, sentences, load_taxonomy().ids) == {}
    assert set(key.entries) == {s.id for s in sentences}
    assert all(len(entry.explanation) > 20 for entry in key.entries.values())


@pytest.mark.parametrize("article_id", [ARTICLE_ID, "practice-river-fish"])
def test_sourcing_key_covers_every_body_sentence_with_its_text(article_id):
    from kit.keys import load_sides, load_sourcing_key
    from kit.taxonomies import load_taxonomy

    article, key = kit.load_article(article_id), load_sourcing_key(article_id)
    assert {s.id: s.text for s in article.body_sentences()} == {
        sid: e.text for sid, e in key.entries.items()
    }
    types, sides = set(load_taxonomy("source-types").ids), set(load_sides(article_id).sides)
    for entry in key.entries.values():
        assert entry.attributions or entry.explanation
        assert all(a.type in types and a.side in sides for a in entry.attributions)
