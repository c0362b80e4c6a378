"""The article as escaped HTML: headline, photo caption, body with sentence ids, comments with votes."""

from __future__ import annotations

from kit.model.article import Article, Comment, Paragraph
from kit.views.html import PRACTICE_BANNER, HTMLView, esc

STYLE = """
<style>
.kit-article{font-family:var(--jp-content-font-family,system-ui,sans-serif);max-width:52rem;line-height:1.5;color:var(--jp-content-font-color1,#222)}
.kit-article .kit-meta{font-size:.85em;color:var(--jp-content-font-color2,#555);text-transform:uppercase;letter-spacing:.04em}
.kit-article h2{margin:.2em 0 .4em 0;font-size:1.5em;line-height:1.25}
.kit-article .kit-photo{border-left:4px solid #b0bec5;background:rgba(176,190,197,.15);padding:.5em .8em;margin:.6em 0;font-size:.92em}
.kit-article .kit-badge{display:inline-block;font-size:.75em;font-weight:600;padding:0 .45em;border-radius:.6em;background:#ffe0b2;color:#5d4037;margin-right:.4em}
.kit-article .kit-row{display:grid;grid-template-columns:3.4rem 1fr;gap:.6em;margin:.45em 0}
.kit-article .kit-id{font-family:var(--jp-code-font-family,monospace);font-size:.75em;color:var(--jp-content-font-color3,#888);padding-top:.25em}
.kit-article .kit-s:hover{background:rgba(255,235,59,.35)}
.kit-article .kit-site{font-size:.85em;color:var(--jp-content-font-color2,#666);border-top:1px dashed #bbb;margin-top:.8em;padding-top:.4em}
.kit-article .kit-comments h3{font-size:1.1em;margin:.9em 0 .3em 0}
.kit-article .kit-comment{border:1px solid rgba(120,120,120,.3);border-radius:6px;padding:.4em .7em;margin:.5em 0}
.kit-article .kit-votes{font-family:var(--jp-code-font-family,monospace);font-size:.85em;color:var(--jp-content-font-color2,#555)}
.kit-article .kit-notes{background:rgba(255,193,7,.12);border:1px solid rgba(255,193,7,.6);border-radius:6px;padding:.4em .8em;margin:.6em 0;font-size:.9em}
</style>
"""


def _sentences_html(paragraph: Paragraph) -> str:
    return " ".join(
        f'<span class="kit-s" data-sid="{esc(s.id)}" title="{esc(s.id)}">{esc(s.text)}</span>'
        for s in paragraph.sentences
    )


def _votes_html(comment: Comment) -> str:
    if comment.votes is None:
        return '<span class="kit-votes">no vote line on the page</span>'
    v = comment.votes
    return (
        f'<span class="kit-votes" title="net = up - down as printed on the page">'
        f"▲ {v.up} up · ▼ {v.down} down · net {v.net:+d}</span>"
    )


def _comment_html(comment: Comment, show_ids: bool) -> str:
    paragraphs = "".join(
        f'<div class="kit-row"><div class="kit-id">{esc(p.sentences[0].id) if show_ids else ""}</div>'
        f"<div>{_sentences_html(p)}</div></div>"
        for p in comment.paragraphs
    )
    return (
        f'<div class="kit-comment" data-cid="{esc(comment.id)}">'
        f"<div><b>Comment {comment.position}</b> &nbsp; {_votes_html(comment)}</div>{paragraphs}</div>"
    )


def notes_html(article: Article) -> str:
    """The importer's notes, for the teacher: what did not add up on the page."""
    if not article.import_notes:
        return ""
    items = "".join(
        f"<li>{'line ' + str(n.line) + ': ' if n.line else ''}{esc(n.message)}</li>"
        for n in article.import_notes
    )
    return (
        f'<details class="kit-notes" open><summary><b>Import notes ({len(article.import_notes)})</b>'
        f" — things on the page that did not add up</summary><ul>{items}</ul></details>"
    )


def article_html(
    article: Article, *, comments: bool = True, show_ids: bool = True, notes: bool = True
) -> str:
    parts = [STYLE, f'<div class="kit-article" data-article="{esc(article.id)}">']
    if article.practice:
        parts.append(PRACTICE_BANNER)
    meta = " · ".join(
        esc(x)
        for x in (
            article.section,
            f"published by {article.outlet}" if article.outlet else None,
            f"story from {article.wire_service}" if article.wire_service else None,
        )
        if x
    )
    parts.append(f'<div class="kit-meta">{meta}</div><h2>{esc(article.headline)}</h2>')
    if article.image:
        image = article.image
        badge = '<span class="kit-badge">FILE PHOTO</span>' if image.is_file_photo else ""
        title = f"<div><b>{esc(image.title)}</b></div>" if image.title else ""
        credit = f"<div><i>Photo credit: {esc(image.credit)}</i></div>" if image.credit else ""
        parts.append(
            f'<div class="kit-photo">{badge}📷 <i>The photo itself is not shown.</i>'
            f"{title}<div>{esc(image.caption)}</div>{credit}</div>"
        )
    if notes:
        parts.append(notes_html(article))
    for paragraph in article.body:
        parts.append(
            f'<div class="kit-row"><div class="kit-id">{esc(paragraph.id) if show_ids else ""}</div>'
            f"<div>{_sentences_html(paragraph)}</div></div>"
        )
    copyright_lines = [c for c in (article.wire_copyright, article.site_copyright) if c]
    if copyright_lines:
        parts.append(
            '<div class="kit-site">End of the article. '
            + " · ".join(esc(c) for c in copyright_lines)
            + "</div>"
        )
    if comments:
        announced = (
            f" (the page announces {article.comments_announced})"
            if article.comments_announced is not None
            else ""
        )
        parts.append(
            f'<div class="kit-comments"><h3>Reader comments: {len(article.comments)} found{announced}</h3>'
        )
        parts.extend(_comment_html(c, show_ids) for c in article.comments)
        parts.append("</div>")
    parts.append("</div>")
    return "".join(parts)


def show_article(article: Article, **options: bool) -> HTMLView:
    """Return a displayable view; in a notebook, make it the last line of a cell to show it."""
    return HTMLView(article_html(article, **options))
