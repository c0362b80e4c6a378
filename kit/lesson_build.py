"""Build each lesson's student notebook and instructor key from its one source, and check for leaks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat

from kit.fileio import write_text_atomic
from kit.paths import lessons_dir

KEY_ONLY_TAGS = {"instructor", "solution"}
# `answer = "b"  # SOLUTION` becomes `answer = ...  # your answer` in the student notebook.
SOLUTION_LINE = re.compile(r"^(?P<lead>\s*[\w.\[\]'\"]+\s*=\s*).*#\s*SOLUTION\s*$")
STUDENT_BLANK = "...  # your answer"
FORBIDDEN_IN_STUDENT = ("# SOLUTION", ".answer_key(", "Instructor note")


@dataclass(frozen=True)
class LessonFiles:
    source: Path
    student: Path
    key: Path


def lesson_files(root: Path | None = None) -> list[LessonFiles]:
    root = root or lessons_dir()
    return [
        LessonFiles(
            source, root / f"{source.stem}.ipynb", root / "keys" / f"{source.stem}.key.ipynb"
        )
        for source in sorted((root / "src").glob("*.py"))
    ]


def _notebook(cells: list, name: str) -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata = {
        "kernelspec": {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        },
        "language_info": {"name": "python"},
    }
    for index, cell in enumerate(cells):
        cell.id = f"{name}-{index:03d}"[:64]  # stable ids: a rebuild gives the same bytes
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        cell.metadata = {"tags": cell.metadata["tags"]} if cell.metadata.get("tags") else {}
    notebook.cells = cells
    return notebook


def _student_source(source: str) -> str:
    return "\n".join(
        SOLUTION_LINE.sub(lambda m: m["lead"] + STUDENT_BLANK, line) for line in source.split("\n")
    )


def build_notebooks(source: Path) -> tuple[str, str]:
    """The student notebook and the key, as the exact text to write."""
    parsed = jupytext.reads(source.read_text(encoding="utf-8"), fmt="py:percent")
    key_cells, student_cells = [], []
    for cell in parsed.cells:
        key_cells.append(nbformat.from_dict(dict(cell)))
        if KEY_ONLY_TAGS & set(cell.metadata.get("tags", [])):
            continue
        student = nbformat.from_dict(dict(cell))
        if student.cell_type == "code":
            student.source = _student_source(student.source)
        student_cells.append(student)
    name = source.stem
    return (
        nbformat.writes(_notebook(student_cells, name)) + "\n",
        nbformat.writes(_notebook(key_cells, f"{name}-key")) + "\n",
    )


def build_all(root: Path | None = None) -> list[Path]:
    """Write every lesson's two notebooks; return the files that changed."""
    changed = []
    for files in lesson_files(root):
        student, key = build_notebooks(files.source)
        for path, text in ((files.student, student), (files.key, key)):
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                write_text_atomic(path, text)
                changed.append(path)
    return changed


def out_of_date(root: Path | None = None) -> list[Path]:
    """Generated notebooks that differ from what their source builds."""
    stale = []
    for files in lesson_files(root):
        student, key = build_notebooks(files.source)
        for path, text in ((files.student, student), (files.key, key)):
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
    return stale


def find_leaks(files: LessonFiles) -> list[str]:
    """Solution material found in a student notebook: key-only cells' lines and known markers."""
    student = nbformat.reads(files.student.read_text(encoding="utf-8"), as_version=4)
    student_text = "\n".join(cell.source for cell in student.cells)
    leaks = [
        f"{files.student.name}: contains {marker!r}"
        for marker in FORBIDDEN_IN_STUDENT
        if marker in student_text
    ]
    for cell in student.cells:
        if KEY_ONLY_TAGS & set(cell.metadata.get("tags", [])):
            leaks.append(f"{files.student.name}: has a cell tagged {cell.metadata['tags']}")
    parsed = jupytext.reads(files.source.read_text(encoding="utf-8"), fmt="py:percent")
    for cell in parsed.cells:
        tagged = KEY_ONLY_TAGS & set(cell.metadata.get("tags", []))
        lines = (
            cell.source.split("\n")
            if tagged
            else [line for line in cell.source.split("\n") if SOLUTION_LINE.match(line)]
        )
        for line in lines:
            if len(line.strip()) > 12 and line.strip() in student_text:
                leaks.append(f"{files.student.name}: shows key-only text {line.strip()[:60]!r}")
    return leaks
