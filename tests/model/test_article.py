import json

import pytest

from kit.errors import DataFileError
from kit.model.article import ARTICLE_SCHEMA_VERSION, Article
from kit.model.jsonfile import parse_json, read_json, to_json


def test_json_round_trip_keeps_everything(article):
    text = to_json(article)
    again = parse_json(text, Article, "a.json", ARTICLE_SCHEMA_VERSION)
    assert again == article
    assert to_json(again) == text
    assert json.loads(text)["schema_version"] == 1


def test_sentence_ids_are_read_from_the_file_not_recomputed(article, tmp_path):
    data = json.loads(to_json(article))
    data["body"][0]["sentences"][0]["id"] = "p01s07"
    path = tmp_path / "a.json"
    path.write_text(json.dumps(data))
    loaded = read_json(path, Article, ARTICLE_SCHEMA_VERSION)
    assert next(loaded.body_sentences()).id == "p01s07"


@pytest.mark.parametrize(
    ("change", "field", "expected"),
    [
        (lambda d: d.update(schema_version=2), "schema_version", "expected 1, found 2"),
        (lambda d: d.pop("schema_version"), "schema_version", "found None"),
        (lambda d: d.pop("headline"), "headline", "Field required"),
        (lambda d: d["comments"][2]["votes"].update(up="many"), "comments.2.votes.up", "integer"),
        (lambda d: d["body"][1]["sentences"][0].update(id="x1"), "(top level)", "not like p03s02"),
        (
            lambda d: d["comments"][0]["paragraphs"][0]["sentences"][0].update(id="p01s01"),
            "(top level)",
            "c05s01",
        ),
        (lambda d: d.update(surprise=1), "surprise", "Extra inputs"),
    ],
)
def test_malformed_files_fail_with_one_error_naming_file_and_field(
    article, tmp_path, change, field, expected
):
    data = json.loads(to_json(article))
    change(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data))
    with pytest.raises(DataFileError) as info:
        read_json(path, Article, ARTICLE_SCHEMA_VERSION)
    assert info.value.field == field
    assert expected in str(info.value)
    assert str(path) in str(info.value)


def test_invalid_json_names_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"schema_version": 1,\n  "id": }')
    with pytest.raises(DataFileError, match=r"bad.json: line 2 column 9: not valid JSON"):
        read_json(path, Article, ARTICLE_SCHEMA_VERSION)


def test_missing_and_non_utf8_files_are_named(tmp_path):
    with pytest.raises(DataFileError, match="nope.json: file not found"):
        read_json(tmp_path / "nope.json", Article, ARTICLE_SCHEMA_VERSION)
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"headline": "caf\xe9"}')
    with pytest.raises(DataFileError, match="latin.json: cannot be read as UTF-8"):
        read_json(latin, Article, ARTICLE_SCHEMA_VERSION)


def test_lookup_and_content_hash(article):
    assert article.sentence("p07s01").text.startswith('"The most fundamental')
    assert article.sentence("c06s01").text.startswith("Wish I could")
    with pytest.raises(KeyError):
        article.sentence("p99s01")
    changed = article.model_copy(update={"headline": "Something else"})
    assert changed.content_hash() != article.content_hash()
