"""The class report opened in headless Chromium: charts draw offline, nothing from a submission runs."""

import json

import kit
from kit.class_reporting import write_report
from tests.browser.conftest import CHROMIUM_ARGS, chromium_path
from tests.classes import submission, write, write_raw


def test_report_page_runs_no_submission_script_and_makes_no_request(tmp_path):
    from playwright.sync_api import sync_playwright

    article = kit.load_article("china-counter-espionage")
    body = [s.id for s in article.body_sentences()]
    folder = tmp_path / "subs"
    for n, label in enumerate(["fact", "opinion", "attributed"]):
        write(folder, submission(article, f"s{n}", {sid: label for sid in body}))
    hostile = json.loads(submission(article, "x", {}).model_dump_json())
    hostile["student"] = '<img src=x onerror="window.__kitXss=1">'
    write_raw(folder, "<img src=x onerror=window.__kitXss=2>.json", hostile)
    out = write_report(folder, article.id, tmp_path / "report.html", progress=None)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page()
        requests, dialogs = [], []
        page.on("request", lambda request: requests.append(request.url))
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(out.as_uri())
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
        assert page.locator(".js-plotly-plot").count() >= 2
        assert "<img src=x onerror=window.__kitXss=2>.json" in page.locator("body").inner_text()
        assert page.evaluate("window.__kitXss") is None and dialogs == []
        assert [url for url in requests if not url.startswith(("file:", "data:"))] == []
        browser.close()
