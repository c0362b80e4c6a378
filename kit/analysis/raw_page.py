"""Import the raw text of a news page with reader comments into an Article, noting every discrepancy."""

from __future__ import annotations

import gc
import hashlib
import re
from contextlib import contextmanager
from dataclasses import dataclass, field

from pydantic import ValidationError

from kit.analysis.segment import split_sentences
from kit.errors import RawPageError
from kit.model.article import (
    Article,
    Image,
    ImportNote,
    RawSource,
    SiteLine,
    Votes,
)

ARTICLE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
VOTE_LINE = re.compile(
    r"^(?P<net>[-\u2212]?\d+)\s*\(\s*\+\s*(?P<up>\d+)\s*/\s*[-\u2212]\s*(?P<down>\d+)\s*\)$"
)
COUNT_LINE = re.compile(r"^(?P<count>\d[\d,]*)\s+comments?$", re.IGNORECASE)
COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
CAPTION_START = re.compile(r"^(?:FILE PHOTO|PHOTO)\s*:", re.IGNORECASE)
SITE_PHOTO_CREDIT = re.compile(r"\s+Photo:\s*(?P<credit>\S.*)$")
AGENCY_PHOTO_CREDIT = re.compile(r"\s+(?P<credit>[A-Z][A-Z&.\- ]*/[^/]+?)$")
# Exact lines that news sites put around their comment threads.
BOILERPLATE_LINES = {
    "login to comment",
    "login to leave a comment",
    "log in to comment",
    "sign in to comment",
    "facebook users",
    "facebook connect",
    "user registration",
    "articles, offers & useful resources",
    "a mix of what's trending on our other sites",
    "a mix of what\u2019s trending on our other sites",
    "load more comments",
    "show more comments",
}
BOILERPLATE_PATTERNS = (
    re.compile(r"^login with your .+ account$", re.IGNORECASE),
    re.compile(r"^use your facebook account to login or register", re.IGNORECASE),
)
OUTLET_PATTERNS = (
    re.compile(r"^login with your (?P<name>.+?) account$", re.IGNORECASE),
    re.compile(r"register with (?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)\.", re.IGNORECASE),
)
# Copyright holders that are wire services, and the name the lesson uses for each.
WIRE_SERVICES = {
    "thomson reuters": "Reuters",
    "reuters": "Reuters",
    "the associated press": "Associated Press",
    "associated press": "Associated Press",
    "agence france-presse": "AFP",
    "afp": "AFP",
    "kyodo": "Kyodo",
    "bloomberg": "Bloomberg",
    "jiji": "Jiji Press",
}
# A first line like this marks a page written for teaching, which must never pass for real news.
PRACTICE_MARKER = re.compile(r"^PRACTICE ARTICLE\b", re.IGNORECASE)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
MAX_SECTION_WORDS = 3


@dataclass
class _Line:
    number: int
    text: str


@dataclass
class _Page:
    """What the importer has placed so far, filled in one pass over the lines."""

    lines: list[_Line]
    notes: list[ImportNote] = field(default_factory=list)
    site_text: list[SiteLine] = field(default_factory=list)

    def note(self, kind: str, line: int | None, message: str) -> None:
        self.notes.append(ImportNote(kind=kind, line=line, message=message))

    def keep_as_site_text(self, line: _Line) -> None:
        self.site_text.append(SiteLine(line=line.number, text=line.text))


def is_caption(text: str) -> bool:
    """A photo caption: 'FILE PHOTO: ...', or any line that ends with a photo credit."""
    return bool(CAPTION_START.match(text) or SITE_PHOTO_CREDIT.search(text))


def is_boilerplate(text: str) -> bool:
    lowered = text.lower()
    return lowered in BOILERPLATE_LINES or any(p.search(text) for p in BOILERPLATE_PATTERNS)


def _vote_numbers(text: str) -> dict[str, int] | None:
    match = VOTE_LINE.match(text)
    if not match:
        return None
    return {
        "net": int(match["net"].replace("\u2212", "-")),
        "up": int(match["up"]),
        "down": int(match["down"]),
    }


def parse_vote_line(text: str) -> Votes | None:
    """The votes of a line such as ``6 ( +7 / -1 )``, or None if it is not a vote line."""
    numbers = _vote_numbers(text)
    return Votes(**numbers) if numbers else None


@contextmanager
def _cyclic_gc_paused():
    """The importer builds many small acyclic objects; the cyclic collector only slows it (~40%)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_raw_page(text: str, article_id: str, filename: str = "<text>") -> Article:
    """Turn raw page text into an Article; raise RawPageError (file:line: expected) on bad input."""
    with _cyclic_gc_paused():
        return _import(text, article_id, filename)


def _import(text: str, article_id: str, filename: str) -> Article:
    if not ARTICLE_ID.match(article_id or ""):
        raise RawPageError(
            filename,
            0,
            f"article id {article_id!r}: expected lowercase letters, digits and hyphens",
        )
    # Split on newlines only, as editors count lines; other control characters become spaces.
    clean = CONTROL_CHARACTERS.sub(
        " ", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    )
    lines = [_Line(number, raw.strip()) for number, raw in enumerate(clean.split("\n"), start=1)]
    page = _Page(lines)
    first = next((line for line in lines if line.text), None)
    practice = bool(first and PRACTICE_MARKER.match(first.text))
    if practice:
        page.keep_as_site_text(first)
        first.text = ""
    if not any(line.text for line in lines):
        raise RawPageError(filename, 1, "expected page text with a headline and a body; found none")

    position = 0
    image, section, headline, announced, position = _read_header(page, filename)
    body, position = _read_body(page, position)
    if not body:
        raise RawPageError(
            filename,
            headline.number,
            "expected article paragraphs after the headline; found none before the comments",
        )
    copyrights, position = _read_copyright_and_count(page, position, announced)
    comments = _read_comments(page, position)
    _note_comment_count(page, announced, comments)

    wire_copyright, site_copyright = _split_copyrights(copyrights)
    try:
        # One validation of the whole tree: far quicker than building 100,000 small models.
        return Article.model_validate(
            dict(
                id=article_id,
                practice=practice,
                headline=headline.text,
                outlet=_find_outlet(page.site_text, site_copyright),
                wire_service=_wire_name(wire_copyright) if wire_copyright else None,
                section=section,
                image=image,
                wire_copyright=wire_copyright,
                site_copyright=site_copyright,
                comments_announced=announced.count if announced else None,
                body=body,
                comments=comments,
                site_text=page.site_text,
                import_notes=page.notes,
                source=RawSource(
                    file=filename.replace("\\", "/").rsplit("/", 1)[-1],
                    sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                ),
            )
        )
    except (ValidationError, UnicodeError) as err:
        raise RawPageError(
            filename, 1, f"the page could not be turned into an article: {err}"
        ) from None


@dataclass
class _Count:
    count: int
    line: int


def _read_count(line: _Line) -> _Count | None:
    match = COUNT_LINE.match(line.text)
    return _Count(int(match["count"].replace(",", "")), line.number) if match else None


def _read_header(page: _Page, filename: str):
    """Image title and caption, section, headline, and the comment count that follows them."""
    lines = page.lines
    text_lines = [i for i, line in enumerate(lines) if line.text]
    first_count = next(
        (i for i in text_lines[:12] if _read_count(lines[i]) and i != text_lines[0]), None
    )
    if first_count is not None:
        before = [i for i in text_lines if i < first_count]
        headline_index = before[-1]
        header = before[:-1]
        position = first_count + 1
        announced = _read_count(lines[first_count])
    else:
        header = []
        for i in text_lines:
            text = lines[i].text
            if is_caption(text) or (not header and _next_is_caption(lines, i)):
                header.append(i)
            elif _looks_like_section(text) and _next_looks_like_headline(lines, i):
                header.append(i)
            else:
                break
        remaining = [i for i in text_lines if i not in header]
        if not remaining:
            raise RawPageError(filename, lines[text_lines[-1]].number, "expected a headline")
        headline_index = remaining[0]
        position = headline_index + 1
        announced = None
    headline = lines[headline_index]
    if VOTE_LINE.match(headline.text) or COPYRIGHT_LINE.match(headline.text):
        raise RawPageError(filename, headline.number, "expected a headline before this line")

    image, section = _read_image_and_section(page, header)
    return image, section, headline, announced, position


def _looks_like_section(text: str) -> bool:
    return len(text.split()) <= MAX_SECTION_WORDS and not text.endswith((".", "?", "!", '"'))


def _next_looks_like_headline(lines: list[_Line], index: int) -> bool:
    following = next((line for line in lines[index + 1 :] if line.text), None)
    return bool(
        following and len(following.text.split()) <= 20 and not following.text.endswith(".")
    )


def _next_is_caption(lines: list[_Line], index: int) -> bool:
    following = next((line for line in lines[index + 1 :] if line.text), None)
    return bool(following and is_caption(following.text))


def _read_image_and_section(page: _Page, header: list[int]) -> tuple[Image | None, str | None]:
    lines = page.lines
    caption_at = next((n for n, i in enumerate(header) if is_caption(lines[i].text)), None)
    image = None
    placed: set[int] = set()
    if caption_at is not None:
        caption_line = lines[header[caption_at]]
        title = lines[header[caption_at - 1]].text if caption_at > 0 else None
        if caption_at > 0:
            placed.add(header[caption_at - 1])
        placed.add(header[caption_at])
        caption, credit = _split_caption(caption_line.text)
        image = Image(title=title, caption=caption, credit=credit)
    section = None
    after_image = [
        i for i in header if i not in placed and (caption_at is None or i > header[caption_at])
    ]
    if after_image:
        candidate = lines[after_image[-1]]
        if len(candidate.text.split()) <= MAX_SECTION_WORDS:
            section = candidate.text
            placed.add(after_image[-1])
    for i in header:
        if i not in placed:
            page.note(
                "unplaced-text",
                lines[i].number,
                f"Line {lines[i].number} comes before the headline but is not the photo title, "
                f"the caption or the section, so it was left out: {lines[i].text[:80]!r}",
            )
    return image, section


def _split_caption(text: str) -> tuple[str, str | None]:
    """Split 'caption. AGENCY/Name Photo: Agency/Name' into the caption and one credit."""
    credit = None
    site_credit = SITE_PHOTO_CREDIT.search(text)
    if site_credit:
        credit = site_credit["credit"].strip()
        text = text[: site_credit.start()]
    agency_credit = AGENCY_PHOTO_CREDIT.search(text)
    if agency_credit and text[: agency_credit.start()].rstrip().endswith((".", ")")):
        credit = credit or agency_credit["credit"].strip()
        text = text[: agency_credit.start()]
    return text.strip(), credit


def _is_comment_region_marker(line: _Line) -> bool:
    return bool(COPYRIGHT_LINE.match(line.text) or _read_count(line) or is_boilerplate(line.text))


def _group_paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of consecutive non-empty lines; each run is one paragraph."""
    groups: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if line.text:
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _make_paragraph(group: list[_Line], paragraph_id: str, sentence_prefix: str, counter: int):
    """A paragraph as plain data (validated later with the whole article) and the sentence count."""
    pieces = split_sentences(" ".join(line.text for line in group))
    sentences = [
        {"id": f"{sentence_prefix}s{counter + n:02d}", "text": piece}
        for n, piece in enumerate(pieces, start=1)
    ]
    return {"id": paragraph_id, "line": group[0].number, "sentences": sentences}, counter + len(
        pieces
    )


def _read_body(page: _Page, position: int) -> tuple[list[dict], int]:
    """Paragraphs from after the headline up to the first copyright, count or login line."""
    lines = page.lines
    end = position
    while end < len(lines) and not _is_comment_region_marker(lines[end]):
        if VOTE_LINE.match(lines[end].text):
            # No marker between the story and the comments: the block just above is a comment.
            while end > position and not lines[end - 1].text:
                end -= 1
            while end > position and lines[end - 1].text:
                end -= 1
            page.note(
                "no-end-of-article",
                lines[end].number if end < len(lines) else None,
                "No copyright line or comment heading marks where the article ends; the kit "
                f"took the text from line {lines[end].number} on as the first comment.",
            )
            break
        end += 1
    body = []
    for n, group in enumerate(_group_paragraphs(lines[position:end]), start=1):
        paragraph, _ = _make_paragraph(group, f"p{n:02d}", f"p{n:02d}", 0)
        body.append(paragraph)
    return body, end


def _read_copyright_and_count(page: _Page, position: int, announced: _Count | None):
    """Copyright lines, a repeated comment count and login prompts between story and comments."""
    lines = page.lines
    copyrights: list[_Line] = []
    while position < len(lines):
        line = lines[position]
        if not line.text:
            pass
        elif COPYRIGHT_LINE.match(line.text):
            copyrights.append(line)
            page.keep_as_site_text(line)
        elif count := _read_count(line):
            page.keep_as_site_text(line)
            if announced and count.count != announced.count:
                page.note(
                    "comment-count-mismatch",
                    line.number,
                    f"The page announces {announced.count} comments on line {announced.line} "
                    f"but {count.count} on line {line.number}.",
                )
        elif is_boilerplate(line.text):
            page.keep_as_site_text(line)
        else:
            break
        position += 1
    return copyrights, position


def _read_comments(page: _Page, position: int) -> list[dict]:
    """Comment blocks, each closed by its vote line; the site footer after the last one is dropped."""
    lines = page.lines
    votes_at = {i: v for i in range(position, len(lines)) if (v := _vote_numbers(lines[i].text))}
    last_vote = max(votes_at, default=None)
    blocks: list[tuple[list[_Line], dict | None, _Line | None]] = []
    pending: list[_Line] = []
    footer_started = False
    for i in range(position, len(lines)):
        line = lines[i]
        if footer_started:
            if line.text:
                page.keep_as_site_text(line)
            continue
        votes = votes_at.get(i)
        if votes is None:
            if line.text and is_boilerplate(line.text):
                page.keep_as_site_text(line)
                footer_started = last_vote is None or i > last_vote
            else:
                pending.append(line)
            continue
        if not any(p.text for p in pending):
            page.note(
                "vote-line-without-comment",
                line.number,
                f"Line {line.number} is a vote line ({line.text}) with no comment text above it.",
            )
        else:
            blocks.append((pending, votes, line))
        pending = []
    if any(p.text for p in pending):
        blocks.append((pending, None, None))

    comments = []
    for number, (block_lines, votes, vote_line) in enumerate(blocks, start=1):
        groups = _group_paragraphs(block_lines)
        comment_id = f"c{number:02d}"
        paragraphs, counter = [], 0
        for n, group in enumerate(groups, start=1):
            paragraph, counter = _make_paragraph(
                group, f"{comment_id}p{n:02d}", comment_id, counter
            )
            paragraphs.append(paragraph)
        start = groups[0][0].number
        if votes is None:
            page.note(
                "comment-without-votes",
                start,
                f"Comment {number} (line {start}) has no vote line after it; its votes are unknown.",
            )
        elif votes["net"] != votes["up"] - votes["down"]:
            page.note(
                "vote-mismatch",
                vote_line.number,
                f"Comment {number}: the vote line on line {vote_line.number} shows net "
                f"{votes['net']}, but +{votes['up']} up and -{votes['down']} down make "
                f"{votes['up'] - votes['down']}.",
            )
        comments.append(
            {
                "id": comment_id,
                "position": number,
                "line": start,
                "paragraphs": paragraphs,
                "votes": votes,
            }
        )
    return comments


def _note_comment_count(page: _Page, announced: _Count | None, comments: list[dict]) -> None:
    if announced is None or announced.count == len(comments):
        return
    with_votes = sum(1 for c in comments if c["votes"] is not None)
    found = (
        f"{len(comments)} comment blocks ({with_votes} with a vote line)"
        if with_votes != len(comments)
        else f"{with_votes} vote lines, so {with_votes} comments"
    )
    message = (
        f"The page announces {announced.count} comments (line {announced.line}) but has {found}."
    )
    if announced.count > len(comments):
        several = [c for c in comments if len(c["paragraphs"]) > 1]
        if several:
            places = "; ".join(
                f"comment {c['position']} (line {c['line']}, {len(c['paragraphs'])} paragraphs)"
                for c in several
            )
            message += (
                " A comment may lack its vote line, so that two comments were read as one block, "
                f"or a comment may have been removed from the page. Blocks of several paragraphs, "
                f"where two comments could hide: {places}. The kit keeps each block as one comment; "
                "check them against the original page."
            )
        else:
            message += " Comments may have been removed from the page or not copied."
    else:
        message += " The page may have been copied after more comments were posted."
    page.note("comment-count-mismatch", announced.line, message)


def _split_copyrights(copyrights: list[_Line]) -> tuple[str | None, str | None]:
    wire = next((c.text for c in copyrights if _wire_name(c.text)), None)
    site = next((c.text for c in copyrights if c.text != wire), None)
    return wire, site


def _wire_name(copyright_text: str) -> str | None:
    lowered = copyright_text.lower()
    return next((name for holder, name in WIRE_SERVICES.items() if holder in lowered), None)


def _find_outlet(site_text: list[SiteLine], site_copyright: str | None) -> str | None:
    for line in site_text:
        for pattern in OUTLET_PATTERNS:
            match = pattern.search(line.text)
            if match:
                return match["name"].strip()
    if site_copyright:
        holder = re.sub(r"^(?:©|\(c\)|copyright)\s*|\b\d{4}\b", "", site_copyright, flags=re.I)
        return holder.split(". ")[0].strip(" .,") or None
    return None
