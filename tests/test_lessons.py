"""The lessons: generated from their sources, no leaks, plain prose, and every notebook runs."""

import re
import shutil
from pathlib import Path

import nbformat
import pytest
import textstat
from nbclient import NotebookClient

from kit.lesson_build import build_notebooks, find_leaks, lesson_files, out_of_date
from tests.conftest import ROOT

LESSONS = ROOT / "lessons"
NOTEBOOKS = sorted(
    p
    for p in LESSONS.rglob("*.ipynb")
    if not {".ipynb_checkpoints", "work"} & set(p.relative_to(LESSONS).parts)
)
MAX_GRADE = 10
HEADLINE = "China wants to mobilize entire nation in counter-espionage"
EXPECTED_OUTPUT = {
    "00": HEADLINE,
    "01": HEADLINE,
    "02": "Statement types",
    "03": "Practice article",
    "04": "Wilson lower bound",
}


def test_there_are_lessons_with_student_and_key_versions():
    names = [files.source.stem for files in lesson_files()]
    assert names == [
        "00-start-here",
        "01-anatomy-of-a-news-page",
        "02-labeling-claims",
        "03-sourcing-and-attribution",
        "04-reading-comment-votes",
    ]
    assert len(NOTEBOOKS) == 2 * len(names)


def test_generated_notebooks_are_up_to_date():
    assert out_of_date() == []


def test_notebooks_are_committed_without_outputs():
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            assert not cell.get("outputs") and not cell.get("execution_count"), path


@pytest.mark.parametrize("files", lesson_files(), ids=lambda f: f.source.stem)
def test_no_student_notebook_leaks_a_solution(files):
    assert find_leaks(files) == []
    key_text = files.key.read_text()
    assert "Instructor note" in key_text and ".answer_key()" in key_text


def test_leak_check_catches_solution_material(tmp_path):
    source = tmp_path / "src" / "09-x.py"
    source.parent.mkdir()
    source.write_text(
        '# %% [markdown]\n# Hello\n\n# %%\nanswer = "b"  # SOLUTION\n\n'
        '# %% [markdown] tags=["instructor"]\n# **Instructor note.** The answer is b, obviously.\n'
    )
    [files] = lesson_files(tmp_path)
    student, key = (nbformat.reads(text, as_version=4) for text in build_notebooks(source))
    assert [c.source for c in student.cells] == ["Hello", "answer = ...  # your answer"]
    assert key.cells[1].source == 'answer = "b"  # SOLUTION' and len(key.cells) == 3
    student.cells[0].source = "Hello. The answer is b, obviously."
    student.cells[1].source = 'answer = "b"  # SOLUTION'
    nbformat.write(student, files.student)
    problems = find_leaks(files)
    assert any("# SOLUTION" in p for p in problems)
    assert any("key-only text" in p for p in problems)


def _prose(notebook: Path) -> str:
    text = "\n".join(
        c.source for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "markdown"
    )
    text = re.sub(r"`[^`]*`", "it", text)
    return re.sub(r"[#*>_|]", "", text)


@pytest.mark.parametrize("files", lesson_files(), ids=lambda f: f.source.stem)
def test_student_prose_is_at_most_grade_ten(files):
    grade = textstat.flesch_kincaid_grade(_prose(files.student))
    assert grade <= MAX_GRADE, f"{files.student.name}: Flesch-Kincaid grade {grade:.1f}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_every_notebook_executes(notebook, tmp_path):
    copy = tmp_path / notebook.name
    shutil.copy(notebook, copy)
    nb = nbformat.read(copy, as_version=4)
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    outputs = [o for cell in nb.cells for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert EXPECTED_OUTPUT[notebook.name[:2]] in html
    widgets = [
        o for o in outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})
    ]
    assert widgets, "every lesson has at least one widget"
