"""Executing every notebook in lessons/ headless with nbclient (target: all together under 60 s)."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

LESSONS = Path(__file__).resolve().parent.parent / "lessons"
TARGET_SECONDS = 60.0


def run() -> dict:
    notebooks = sorted(
        p
        for p in LESSONS.rglob("*.ipynb")
        if not {"work", ".ipynb_checkpoints"} & set(p.relative_to(LESSONS).parts)
    )
    per_notebook = {}
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["KIT_WORK_DIR"] = str(Path(scratch) / "work")
        start_all = time.perf_counter()
        for notebook in notebooks:
            copy = Path(scratch) / notebook.name
            shutil.copy(notebook, copy)
            nb = nbformat.read(copy, as_version=4)
            start = time.perf_counter()
            NotebookClient(
                nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": scratch}}
            ).execute()
            per_notebook[str(notebook.relative_to(LESSONS))] = round(time.perf_counter() - start, 2)
        total = time.perf_counter() - start_all
    return {
        "name": "execute all lessons",
        "notebooks": per_notebook,
        "total_s": round(total, 2),
        "target_s": TARGET_SECONDS,
        "meets_target": total < TARGET_SECONDS,
    }


if __name__ == "__main__":
    print(run())
