"""Raw news pages in the seed's format, built from parts, for tests and benchmarks."""

from __future__ import annotations

import re
from pathlib import Path

RAW_SEED = Path(__file__).resolve().parent.parent / "data" / "raw" / "china-counter-espionage.txt"
VOTE_LINE = re.compile(r"(?m)^-?\d+ \( \+\d+ / -\d+ \)$")

HEADER = """Photo title line
FILE PHOTO: A crowd in a square, May 1, 2020. REUTERS/Jane Doe Photo: Reuters/Jane Doe
world

Town opens new bridge

{count} Comments

The mayor opened the bridge on Monday, officials said.

Mr. Smith of the U.S. embassy arrived at 5 p.m. and spoke briefly. He said it was a good day.

© Thomson Reuters 2024.

©2024 GPlusMedia Inc.

{count} Comments
Login to comment
"""

FOOTER = """
Login to leave a comment

Facebook users

Use your Facebook account to login or register with JapanToday. By doing so, you will also receive an email inviting you to receive our news alerts.

Facebook Connect

Login with your JapanToday account

User registration

Articles, Offers & Useful Resources

A mix of what's trending on our other sites"""


def comment_block(text: str, up: int, down: int, net: int | None = None) -> str:
    net = up - down if net is None else net
    return f"\n{text}\n\n{net} ( +{up} / -{down} )\n"


def make_page(blocks: list[str], count: int | None = None) -> str:
    count = len(blocks) if count is None else count
    return HEADER.format(count=count) + "".join(blocks) + FOOTER


def seed_comments() -> list[str]:
    """The text of the seed's eleven comment blocks, paragraphs separated by blank lines."""
    text = RAW_SEED.read_text(encoding="utf-8")
    thread = text.split("Login to comment\n", 1)[1].split("\nLogin to leave a comment", 1)[0]
    return [block.strip() for block in VOTE_LINE.split(thread) if block.strip()]


def synthetic_page(comments: int) -> str:
    """A page in the seed's format whose ``comments`` comments cycle through the seed's own."""
    texts = seed_comments()
    # Each text made unique, so that nothing downstream can reuse one comment's result for another.
    blocks = [
        comment_block(f"Reader {n}: {texts[n % len(texts)]}", up=n % 17, down=n % 5)
        for n in range(comments)
    ]
    return make_page(blocks)
