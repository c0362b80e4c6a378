"""Raw news pages in the seed's format, built from parts, for tests and benchmarks."""

from __future__ import annotations

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


def synthetic_page(comments: int) -> str:
    """A page with ``comments`` comments of one to three paragraphs and varied votes."""
    blocks = []
    for n in range(comments):
        paragraphs = "\n\n".join(
            f"Comment {n} part {p}: Mr. Lee said the U.S. plan starts at 9 a.m. Is that right? I doubt it."
            for p in range(1 + n % 3)
        )
        blocks.append(comment_block(paragraphs, up=n % 17, down=n % 5))
    return make_page(blocks)
