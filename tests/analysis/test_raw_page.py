import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.analysis.raw_page import import_raw_page, parse_vote_line
from kit.errors import RawPageError
from kit.model.article import Votes
from tests.pages import FOOTER, comment_block, make_page

BOILERPLATE = [
    "Login to comment",
    "Login to leave a comment",
    "Facebook users",
    "Facebook Connect",
    "User registration",
    "Articles, Offers & Useful Resources",
    "A mix of what's trending on our other sites",
]


@pytest.fixture(scope="module")
def seed(seed_text):
    return import_raw_page(seed_text, "china-counter-espionage", "seed.txt")


def test_seed_header_parts_are_separated(seed):
    assert seed.headline == "China wants to mobilize entire nation in counter-espionage"
    assert seed.section == "world"
    assert seed.image.title == "Coronavirus disease (COVID-19) outbreak in Beijing"
    assert seed.image.caption.startswith("FILE PHOTO: A China's flag flutters")
    assert seed.image.caption.endswith("Beijing, China May 18, 2022.")
    assert seed.image.credit == "Reuters/Carlos Garcia Rawlins"
    assert seed.image.is_file_photo
    assert seed.outlet == "JapanToday"
    assert seed.wire_service == "Reuters"
    assert seed.wire_copyright == "© Thomson Reuters 2023."
    assert seed.site_copyright == "©2023 GPlusMedia Inc."
    assert seed.comments_announced == 12


def test_seed_body_is_the_twelve_story_paragraphs_only(seed):
    assert len(seed.body) == 12
    assert seed.body[0].sentences[0].id == "p01s01"
    assert seed.body[0].text.startswith("China should encourage its citizens")
    assert seed.body[-1].text.startswith("In protecting itself from espionage")
    body_text = " ".join(p.text for p in seed.body)
    assert "©" not in body_text and "Comments" not in body_text and "Login" not in body_text


def test_seed_comments_votes_and_paragraphs(seed):
    assert len(seed.comments) == 11
    assert [c.id for c in seed.comments][:3] == ["c01", "c02", "c03"]
    first = seed.comments[0]
    assert len(first.paragraphs) == 4 and first.votes == Votes(net=10, up=10, down=0)
    assert first.sentences[0].id == "c01s01" and first.sentences[-1].id == "c01s04"
    assert seed.comments[4].votes == Votes(net=6, up=7, down=1)
    assert seed.comments[5].votes == Votes(net=-8, up=0, down=8)
    assert seed.comments[8].votes == Votes(net=-9, up=0, down=9)
    assert len(seed.comments[3].paragraphs) == 2
    assert seed.comments[-1].text.startswith("How long before")
    assert seed.comments[-1].text.endswith("bad for regular people.")


def test_seed_boilerplate_is_in_neither_body_nor_comments(seed):
    everything = " ".join(p.text for p in seed.body) + " ".join(c.text for c in seed.comments)
    for line in [*BOILERPLATE, "Use your Facebook account", "GPlusMedia", "Thomson Reuters"]:
        assert line not in everything
    site = [line.text for line in seed.site_text]
    for line in BOILERPLATE:
        assert line in site


def test_seed_notes_tell_the_twelve_versus_eleven_story(seed):
    [note] = seed.import_notes
    assert note.kind == "comment-count-mismatch" and note.line == 7
    assert "announces 12 comments" in note.message
    assert "11 vote lines" in note.message
    assert "comment 1 (line 40, 4 paragraphs)" in note.message
    assert "lack its vote line" in note.message


def test_abbreviations_do_not_split_sentences():
    page = make_page([comment_block("Fine.", 1, 0)])
    article = import_raw_page(page, "t")
    assert [s.text for s in article.body[1].sentences] == [
        "Mr. Smith of the U.S. embassy arrived at 5 p.m. and spoke briefly.",
        "He said it was a good day.",
    ]
    assert [s.id for s in article.body[1].sentences] == ["p02s01", "p02s02"]


def test_vote_lines_parse_negative_zero_and_unicode_minus():
    assert parse_vote_line("-8 ( +0 / -8 )") == Votes(net=-8, up=0, down=8)
    assert parse_vote_line("0 ( +0 / -0 )") == Votes(net=0, up=0, down=0)
    assert parse_vote_line("\u22123 (+1/\u22124)") == Votes(net=-3, up=1, down=4)
    assert parse_vote_line("6 votes") is None


def test_net_that_does_not_add_up_becomes_a_note():
    article = import_raw_page(make_page([comment_block("Hello there.", 5, 1, net=9)]), "t")
    [note] = article.import_notes
    assert note.kind == "vote-mismatch"
    assert "shows net 9, but +5 up and -1 down make 4" in note.message
    assert article.comments[0].votes.net == 9  # the page's number is kept, not corrected


def test_comment_without_vote_line_is_kept_and_noted():
    page = make_page([comment_block("First.", 1, 0)]).replace(
        "\nLogin to leave a comment", "\nA late comment with no votes.\n\nLogin to leave a comment"
    )
    article = import_raw_page(page, "t")
    assert len(article.comments) == 2 and article.comments[1].votes is None
    kinds = [n.kind for n in article.import_notes]
    assert "comment-without-votes" in kinds
    assert "comment-count-mismatch" in kinds


def test_more_vote_lines_than_announced_is_noted():
    article = import_raw_page(
        make_page([comment_block("A.", 1, 0), comment_block("B.", 1, 0)], count=1), "t"
    )
    note = next(n for n in article.import_notes if n.kind == "comment-count-mismatch")
    assert "announces 1 comments" in note.message and "copied after more comments" in note.message


def test_unplaced_header_text_is_reported():
    page = make_page([comment_block("A.", 1, 0)]).replace(
        "world\n", "world\nBREAKING NEWS TICKER TEXT HERE\n", 1
    )
    article = import_raw_page(page, "t")
    assert article.section == "BREAKING NEWS TICKER TEXT HERE" or any(
        n.kind == "unplaced-text" for n in article.import_notes
    )
    notes = [n for n in article.import_notes if n.kind == "unplaced-text"]
    assert notes and "'world'" in notes[0].message


def test_a_page_with_no_comment_heading_still_finds_its_story():
    page = "Just a headline\n\nOne paragraph of story.\n\nA reader says hi.\n\n3 ( +3 / -0 )\n"
    article = import_raw_page(page, "t")
    assert article.headline == "Just a headline"
    assert [p.text for p in article.body] == ["One paragraph of story."]
    assert article.comments[0].text == "A reader says hi."
    assert any(n.kind == "no-end-of-article" for n in article.import_notes)


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("", 1, "found none"),
        ("\n\n   \n", 1, "found none"),
        (
            "Headline only\n\n12 Comments\n\n© Thomson Reuters 2023.\n",
            1,
            "expected article paragraphs",
        ),
        ("Headline\n\n3 Comments\n\n5 ( +5 / -0 )\n", 1, "expected"),
    ],
)
def test_bad_pages_name_file_and_line(text, line, expected):
    with pytest.raises(RawPageError) as info:
        import_raw_page(text, "t", "page.txt")
    assert info.value.line == line
    assert str(info.value).startswith(f"page.txt:{line}: ")
    assert expected in str(info.value)


def test_bad_article_id_is_refused():
    with pytest.raises(RawPageError, match="expected lowercase letters"):
        import_raw_page("Headline\n\nBody.\n", "Bad Id", "page.txt")


PAGE_LINES = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            *BOILERPLATE,
            "",
            "12 Comments",
            "0 Comments",
            "5 ( +5 / -0 )",
            "-3 ( +1 / -4 )",
            "© Thomson Reuters 2023.",
            "FILE PHOTO: x. REUTERS/A B Photo: Reuters/A B",
            "world",
            "Mr. Smith said so.",
            "\x00\x1b\ufeff",
            "(c)",
        ]
    ),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PAGE_LINES, max_size=40))
def test_importer_raises_only_its_own_error(lines):
    text = "\n".join(lines)
    try:
        article = import_raw_page(text, "fuzz", "fuzz.txt")
    except RawPageError as err:
        assert str(err).startswith("fuzz.txt")
        return
    assert article.headline and article.body


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_importer_on_any_text(text):
    try:
        import_raw_page(text + FOOTER, "fuzz", "fuzz.txt")
    except RawPageError:
        pass
