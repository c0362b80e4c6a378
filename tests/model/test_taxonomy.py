import json
import shutil

import pytest

import kit
from kit.errors import DataFileError
from tests.conftest import ROOT


def test_bundled_taxonomies_load_with_definitions_and_examples():
    assert kit.list_taxonomies() == ["claimbuster", "source-types", "statement-types"]
    statement_types = kit.load_taxonomy("statement-types")
    assert statement_types.ids == ["fact", "attributed", "opinion", "prediction", "not-a-claim"]
    assert all(label.definition and label.example for label in statement_types.labels)
    assert statement_types.key_for("opinion") == "3"
    claimbuster = kit.load_taxonomy("claimbuster")
    assert claimbuster.ids == ["non-factual", "unimportant-factual", "check-worthy-factual"]


@pytest.fixture
def teacher_data(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    monkeypatch.setenv("KIT_DATA_DIR", str(data))
    return data / "taxonomies"


def test_a_teacher_adds_a_taxonomy_by_adding_a_file(teacher_data):
    mine = json.loads((teacher_data / "claimbuster.json").read_text())
    mine.update(id="my-scheme", name="My scheme")
    (teacher_data / "my-scheme.json").write_text(json.dumps(mine))
    assert "my-scheme" in kit.list_taxonomies()
    assert kit.load_taxonomy("my-scheme").name == "My scheme"


@pytest.mark.parametrize(
    ("change", "field", "expected"),
    [
        (
            lambda t: t["labels"][1].update(id="fact"),
            "(top level)",
            "label ids appear twice: ['fact']",
        ),
        (lambda t: t["labels"][0].pop("definition"), "labels.0.definition", "Field required"),
        (
            lambda t: t["labels"][2].update(colour="red"),
            "labels.2.colour",
            "String should match pattern",
        ),
        (lambda t: t.update(labels=t["labels"][:1]), "labels", "at least 2 items"),
        (lambda t: t.update(id="other"), "id", "to match the file name"),
    ],
)
def test_a_bad_taxonomy_file_gets_a_clear_error(teacher_data, change, field, expected):
    data = json.loads((teacher_data / "statement-types.json").read_text())
    change(data)
    (teacher_data / "statement-types.json").write_text(json.dumps(data))
    with pytest.raises(DataFileError) as info:
        kit.load_taxonomy("statement-types")
    assert info.value.field == field and expected in str(info.value)
    assert "statement-types.json" in str(info.value)
