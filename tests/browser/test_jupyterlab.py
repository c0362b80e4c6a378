"""Open the lessons in real JupyterLab, run every cell, and use the widgets as a student would."""

from __future__ import annotations

import json

import pytest

from tests.pages import comment_block, make_page

pytestmark = pytest.mark.browser

HEADLINE = "China wants to mobilize entire nation in counter-espionage"
HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_SILENT = '<img src=x onerror="window.__kitXss=1"><script>window.__kitXss=2</script>'


def open_and_run_all(page, lab, notebook: str) -> None:
    page.goto(lab.notebook_url(notebook))
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    page.locator("#jp-main-statusbar").get_by_text("Python 3 (ipykernel) | Idle").wait_for(
        timeout=60_000
    )
    page.locator('.lm-MenuBar-itemLabel:text-is("Run")').click()
    page.locator('li.lm-Menu-item[data-command="runmenu:run-all"]').click()


def test_start_here_renders_the_article_and_a_widget_answers(page, lab):
    open_and_run_all(page, lab, "00-start-here.ipynb")
    headline = page.locator('.kit-article[data-article="china-counter-espionage"] h2').first
    headline.wait_for(timeout=60_000)
    assert headline.inner_text() == HEADLINE
    assert page.locator(".kit-article .kit-comment").count() == 11
    assert "FILE PHOTO" in page.locator(".kit-article .kit-photo").first.inner_text()

    page.locator(".widget-radio-box label", has_text="b) China").click()
    page.locator(
        '.jp-OutputArea-output button.jupyter-button:has-text("Check my answer")'
    ).first.click()
    feedback = page.locator(".kit-feedback").first
    feedback.wait_for(timeout=15_000)
    assert feedback.inner_text().startswith("Right!")

    saved = lab.root / "work" / "browser-student" / "china-counter-espionage" / "start-here.json"
    assert json.loads(saved.read_text())["answers"]["which-country"]["value"] == "b"
    assert page.dialogs == []


def test_hostile_comment_is_shown_as_text_and_runs_nothing(page, lab):
    raw = make_page(
        [comment_block(f"Nice story {HOSTILE} indeed.", 1, 0), comment_block(HOSTILE_SILENT, 2, 0)]
    )
    (lab.root / "hostile.txt").write_text(raw)
    notebook = {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": None,
                "id": "hostile",
                "metadata": {},
                "outputs": [],
                "source": "import kit\nkit.show(kit.read_raw_page('hostile.txt', 'hostile'))",
            }
        ],
        "metadata": {
            "kernelspec": {
                "name": "python3",
                "display_name": "Python 3 (ipykernel)",
                "language": "python",
            }
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (lab.root / "hostile.ipynb").write_text(json.dumps(notebook))
    open_and_run_all(page, lab, "hostile.ipynb")
    comments = page.locator('.kit-article[data-article="hostile"] .kit-comment')
    comments.first.wait_for(timeout=60_000)
    assert HOSTILE in comments.nth(0).inner_text()
    assert '<img src=x onerror="window.__kitXss=1"><script>' in comments.nth(1).inner_text()
    assert page.locator(".kit-article img, .kit-article script").count() == 0
    page.wait_for_timeout(500)
    assert page.evaluate("window.__kitXss") is None
    assert page.dialogs == []
