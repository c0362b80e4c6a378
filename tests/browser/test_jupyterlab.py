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
    wait_until_every_cell_ran(page)


def wait_until_every_cell_ran(page) -> None:
    page.wait_for_function(
        """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
                   .every((prompt) => /^\\[\\d+\\]:$/.test(prompt.textContent.trim()))""",
        timeout=120_000,
    )


def test_start_here_renders_the_article_and_a_widget_answers(page, lab):
    open_and_run_all(page, lab, "00-start-here.ipynb")
    headline = page.locator('.kit-article[data-article="china-counter-espionage"] h2').first
    headline.wait_for(timeout=60_000)
    assert headline.text_content() == HEADLINE
    assert page.locator(".kit-article .kit-comment").count() == 11
    assert "FILE PHOTO" in page.locator(".kit-article .kit-photo").first.text_content()

    page.locator(".widget-radio-box label", has_text="b) China").click()
    page.locator(
        '.jp-OutputArea-output button.jupyter-button:has-text("Check my answer")'
    ).first.click()
    feedback = page.locator(".kit-feedback").first
    feedback.wait_for(timeout=15_000)
    assert feedback.text_content().startswith("Right!")

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
    assert HOSTILE in comments.nth(0).text_content()
    assert '<img src=x onerror="window.__kitXss=1"><script>' in comments.nth(1).text_content()
    assert page.locator(".kit-article img, .kit-article script").count() == 0
    page.wait_for_timeout(500)
    assert page.evaluate("window.__kitXss") is None
    assert page.dialogs == []


CARD = ".kit-labeler .kit-card"
LATENCY_FILE = "labeling-latency.json"
WATCH = """
([sid, label]) => {
  const match = () => document.querySelector(
    `.kit-labeler .kit-card[data-sid="${sid}"] .kit-your-label [data-label="${label}"]`);
  window.__kitPending = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (match()) { observer.disconnect(); resolve(performance.now() - window.__kitKeyAt); }
    });
    observer.observe(document.querySelector(".kit-labeler"), { subtree: true, childList: true, characterData: true });
  });
}
"""


def card_sid(page) -> str:
    return page.locator(CARD).first.get_attribute("data-sid")


def press_label(page, key: str, label: str) -> float:
    """Press a label key; return ms from the key event to the widget showing the saved label."""
    page.evaluate(WATCH, [card_sid(page), label])
    page.keyboard.press(key)
    return page.evaluate("() => window.__kitPending")


def labels_on_disk(lab) -> dict:
    path = lab.root / "work" / "browser-student" / "china-counter-espionage" / "claims-body.json"
    return {sid: entry["label"] for sid, entry in json.loads(path.read_text())["labels"].items()}


def run_all_after_restart(page) -> None:
    page.locator('.lm-MenuBar-itemLabel:text-is("Kernel")').click()
    page.locator('li.lm-Menu-item[data-command="kernelmenu:restart"]').click()
    page.locator(".jp-Dialog-button.jp-mod-accept").click()
    page.locator("#jp-main-statusbar").get_by_text("Python 3 (ipykernel) | Idle").wait_for(
        timeout=60_000
    )
    page.locator('.lm-MenuBar-itemLabel:text-is("Run")').click()
    page.locator('li.lm-Menu-item[data-command="runmenu:run-all"]').click()
    wait_until_every_cell_ran(page)


def assert_restored(page, expected: dict) -> None:
    overview = page.locator(".kit-overview").first
    overview.wait_for(timeout=60_000)
    for sid, label in expected.items():
        chip = overview.locator(f'tr[data-sid="{sid}"] [data-label="{label}"]')
        assert chip.count() == 1, f"{sid} should show {label} after reopening"
    # the labeler opens at the first sentence still without a label
    assert page.locator(CARD).first.get_attribute("data-sid") == "p05s01"


def test_labels_from_the_keyboard_are_saved_and_restored(page, lab):
    from tests.browser.conftest import ARTIFACTS

    open_and_run_all(page, lab, "02-labeling-claims.ipynb")
    page.locator(CARD).first.wait_for(timeout=60_000)
    cells = page.locator(".jp-Notebook .jp-Cell")
    page.locator(".jp-OutputArea-output .kit-keycard").first.wait_for()
    cell_count, markdown_count = cells.count(), page.locator(".jp-MarkdownCell").count()
    page.locator(".kit-labeler .kit-keycard").first.click()
    page.evaluate(
        "() => window.addEventListener('keydown', () => { window.__kitKeyAt = performance.now(); }, true)"
    )

    latencies = [press_label(page, "2", "attributed")]
    page.keyboard.press("ArrowRight")
    page.wait_for_selector(f'{CARD}[data-sid="p02s01"]')
    latencies.append(press_label(page, "3", "opinion"))
    latencies.append(press_label(page, "2", "attributed"))  # changing one's mind is a new save
    page.keyboard.press("ArrowRight")
    page.wait_for_selector(f'{CARD}[data-sid="p03s01"]')
    latencies.append(press_label(page, "1", "fact"))
    for key in ("b", "a", "m", "d", "d", "ArrowDown"):  # notebook command keys must do nothing here
        page.keyboard.press(key)
    assert (
        cells.count() == cell_count and page.locator(".jp-MarkdownCell").count() == markdown_count
    )

    page.locator(".kit-labeler textarea").first.click()
    page.keyboard.type("1 and 2 are facts")  # typed into the note, not taken as label keys
    page.wait_for_timeout(500)
    path = lab.root / "work" / "browser-student" / "china-counter-espionage" / "claims-body.json"
    assert json.loads(path.read_text())["labels"]["p03s01"] == {
        **json.loads(path.read_text())["labels"]["p03s01"],
        "label": "fact",
        "note": "1 and 2 are facts",
    }
    page.locator(".kit-labeler .kit-keycard").first.click()
    page.keyboard.press("ArrowRight")
    page.wait_for_selector(f'{CARD}[data-sid="p04s01"]')
    for n, key in enumerate("12345" * 2):  # more presses on one sentence, for a steadier median
        latencies.append(
            press_label(
                page, key, ["fact", "attributed", "opinion", "prediction", "not-a-claim"][n % 5]
            )
        )
    page.keyboard.press("u")  # undo back to "prediction" (the label before the last)
    page.wait_for_selector(f'{CARD}[data-sid="p04s01"] [data-label="prediction"]')
    expected = {
        "p01s01": "attributed",
        "p02s01": "attributed",
        "p03s01": "fact",
        "p04s01": "prediction",
    }
    assert labels_on_disk(lab) == expected

    ARTIFACTS.mkdir(exist_ok=True)
    ordered = sorted(latencies)
    figures = {
        "presses": len(latencies),
        "median_ms": round(ordered[len(ordered) // 2], 1),
        "max_ms": round(ordered[-1], 1),
    }
    (ARTIFACTS / LATENCY_FILE).write_text(
        json.dumps({**figures, "all_ms": [round(x, 1) for x in latencies]})
    )
    print(f"label key to saved-and-shown latency: {figures}")

    page.reload()
    open_and_run_all(page, lab, "02-labeling-claims.ipynb")
    assert_restored(page, expected)
    run_all_after_restart(page)
    page.wait_for_timeout(1000)
    assert_restored(page, expected)
    assert page.dialogs == []


def test_vote_explorer_switches_rule_and_reads_a_clicked_comment(page, lab):
    open_and_run_all(page, lab, "04-reading-comment-votes.ipynb")
    explorer = page.locator(".kit-vote-explorer").first
    explorer.locator(".js-plotly-plot .xtick").first.wait_for(timeout=60_000)
    first_tick = explorer.locator(".js-plotly-plot .xtick text").first
    assert first_tick.text_content() == "#1"
    assert "posting order" in explorer.locator(".js-plotly-plot .gtitle").text_content()

    explorer.locator(".widget-dropdown", has_text="Ranking rule").locator("select").select_option(
        "controversy"
    )
    page.wait_for_function(
        """() => document.querySelector('.kit-vote-explorer .js-plotly-plot .xtick text')?.textContent === '#5'""",
        timeout=15_000,
    )
    assert "controversy order" in explorer.locator(".js-plotly-plot .gtitle").text_content()

    bar = explorer.locator(".js-plotly-plot .bars .point path").first  # comment #5's up votes
    bar.scroll_into_view_if_needed()
    box = bar.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    reader = explorer.locator(".kit-comment-read")
    reader.wait_for(timeout=15_000)
    assert (
        "Comment 5" in reader.text_content()
        and "mobilize the entire state" in reader.text_content()
    )
    assert page.dialogs == []


def test_sourcing_reviewer_confirms_one_suggestion_and_corrects_another(page, lab):
    open_and_run_all(page, lab, "03-sourcing-and-attribution.ipynb")
    reviewer = page.locator(".kit-sourcing").first
    reviewer.locator(".kit-source-card").wait_for(timeout=60_000)
    assert reviewer.locator(".kit-source-card").get_attribute("data-slot") == "p01s01#1"
    reviewer.locator("button", has_text="Confirm").click()
    page.wait_for_function(
        "() => document.querySelector('.kit-sourcing .kit-source-card')?.textContent.includes('You confirmed')"
    )
    reviewer.locator("button", has_text="Next").click()
    page.wait_for_function(
        "() => document.querySelector('.kit-sourcing .kit-source-card')?.dataset.slot === 'p02s01#1'"
    )
    reviewer.locator(".widget-dropdown", has_text="Type").locator("select").select_option(
        label="Unnamed official"
    )
    page.wait_for_function(
        "() => document.querySelector('.kit-sourcing .kit-source-card')?.textContent.includes('Your correction')"
    )
    path = lab.root / "work" / "browser-student" / "china-counter-espionage" / "sourcing-body.json"
    checks = json.loads(path.read_text())["sources"]
    assert (
        checks["p01s01#1"]["confirmed"] is True
        and checks["p01s01#1"]["type"] == "named-organization"
    )
    assert (
        checks["p02s01#1"]["confirmed"] is False
        and checks["p02s01#1"]["type"] == "unnamed-official"
    )
    assert page.locator(".kit-practice").count() >= 1  # the practice article is marked as such
    assert page.dialogs == []
