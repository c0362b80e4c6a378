import re

from kit.analysis.raw_page import import_raw_page
from kit.views.article import article_html, show_article
from tests.pages import comment_block, make_page

HOSTILE = "<img src=x onerror=alert(1)>"


def hostile_article():
    page = make_page([comment_block(f"Look at this {HOSTILE} and <script>alert(2)</script>", 1, 0)])
    page = page.replace("Town opens new bridge", 'Bridge <b onmouseover="alert(3)">opens</b>')
    return import_raw_page(page, "hostile")


def test_hostile_text_is_shown_literally_and_never_as_markup():
    markup = article_html(hostile_article())
    assert "&lt;img src=x onerror=alert(1)&gt;" in markup
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in markup
    assert "&lt;b onmouseover=&quot;alert(3)&quot;&gt;" in markup
    assert "<img" not in markup and "<script" not in markup and 'onmouseover="' not in markup


def test_article_view_has_every_part(article):
    markup = show_article(article)._repr_html_()
    assert article.headline in markup
    assert "FILE PHOTO" in markup and "Reuters/Carlos Garcia Rawlins" in markup
    assert markup.count('class="kit-s"') == sum(1 for _ in article.body_sentences()) + sum(
        1 for _ in article.comment_sentences()
    )
    assert 'title="p03s01"' in markup and 'title="c05s01"' in markup
    assert "▲ 7 up · ▼ 1 down · net +6" in markup
    assert "net -9" in markup
    assert "Import notes (1)" in markup
    assert "Reader comments: 11 found (the page announces 12)" in markup


def test_options_hide_comments_ids_and_notes(article):
    markup = article_html(article, comments=False, show_ids=False, notes=False)
    assert "kit-comment" not in markup.split("</style>")[1]
    assert not re.search(r'class="kit-id">p\d', markup)
    assert "Import notes" not in markup
