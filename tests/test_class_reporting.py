"""The class report: numbers on a generated class, hostile submissions, and the page itself."""

import json
from collections import Counter
from html import unescape

import pytest

import kit
from kit.class_reporting import build_report, report_sections, write_report
from kit.cli import main
from kit.keys import load_claim_key
from tests.classes import submission, write, write_raw

ARTICLE = "china-counter-espionage"


def nominal_alpha(rows):
    """Krippendorff's alpha for nominal data from its coincidence matrix, written out independently."""
    pairs = Counter()
    for unit in zip(*rows, strict=True):
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for i, a in enumerate(values):
            for j, b in enumerate(values):
                if i != j:
                    pairs[(a, b)] += 1 / (m - 1)
    totals = Counter()
    for (a, _b), weight in pairs.items():
        totals[a] += weight
    n = sum(totals.values())
    observed = sum(w for (a, b), w in pairs.items() if a != b)
    expected = sum(totals[a] * totals[b] for a in totals for b in totals if a != b) / (n - 1)
    return 1 - observed / expected


@pytest.fixture
def article():
    return kit.load_article(ARTICLE)


@pytest.fixture
def class_of_30(tmp_path, article):
    """20 students who match the key, 10 who call everything an opinion."""
    key = load_claim_key(ARTICLE, "statement-types")
    body = [s.id for s in article.body_sentences()]
    folder = tmp_path / "submissions"
    for n in range(30):
        labels = {sid: key.entries[sid].label if n < 20 else "opinion" for sid in body}
        write(folder, submission(article, f"student{n:02d}", labels))
    return folder, key, body


def test_scores_kappa_and_alpha_on_a_known_class(class_of_30, article):
    folder, key, body = class_of_30
    title, sections = report_sections(folder, ARTICLE)
    html = build_report(folder, ARTICLE)
    assert "30 used, 0 set aside" in html
    assert html.count("<td>student") == 30
    assert "<td>student00</td><td>12</td><td>12</td><td>0</td><td>12</td><td>1.00</td>" in html
    assert "<td>student29</td><td>12</td><td>0</td><td>0</td><td>0</td><td>0.00</td>" in html
    rows = [[key.entries[s].label if n < 20 else "opinion" for s in body] for n in range(30)]
    expected = nominal_alpha(rows)
    assert f"<b>{expected:.2f}</b>" in html
    assert "33%" in html  # every sentence split 20 to 10


def test_hostile_and_wrong_submissions_are_set_aside_with_reasons(tmp_path, article):
    folder = tmp_path / "in"
    body = [s.id for s in article.body_sentences()]
    good = {sid: "fact" for sid in body}
    write(folder, submission(article, "ana", good))
    write(
        folder,
        submission(article, "ben", good, exported="2026-11-01T09:00:00"),
        name="ben-old.json",
    )
    write(
        folder,
        submission(article, "ben", good, exported="2026-11-02T09:00:00"),
        name="ben-new.json",
    )
    write_raw(folder, "broken.json", '{"schema_version": 1, "student": ')
    (folder / "huge.json").write_bytes(b" " * 50_000_000)
    write_raw(folder, "deep.json", "[" * 100_000 + "]" * 100_000)
    bad_id = json.loads(submission(article, "cara", good).model_dump_json())
    bad_id["student"] = "../../etc/passwd"
    write_raw(folder, "escape.json", bad_id)
    script_id = dict(bad_id, student="<script>alert(1)</script>")
    write_raw(folder, "<img src=x onerror=alert(2)>.json", script_id)
    other = json.loads(submission(article, "dan", good).model_dump_json())
    other["article_id"] = "practice-river-fish"
    write_raw(folder, "other-article.json", other)
    older = json.loads(submission(article, "eve", good).model_dump_json())
    older["article_hash"] = "0" * 64
    write_raw(folder, "older-article.json", older)
    old_key = json.loads(submission(article, "fay", good).model_dump_json())
    old_key["key_hashes"]["claims-body"] = "1" * 64
    write_raw(folder, "older-key.json", old_key)
    unknown = json.loads(submission(article, "gus", good).model_dump_json())
    unknown["works"][0]["labels"]["p01s01"]["label"] = "propaganda"
    write_raw(folder, "unknown-label.json", unknown)
    before = sorted(p.name for p in tmp_path.rglob("*"))

    out = tmp_path / "out" / "report.html"
    write_report(folder, ARTICLE, out, progress=None)
    html = out.read_text()
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted([*before, "out", "report.html"])
    assert "2 used, 10 set aside" in html
    for reason in (
        "not valid JSON",
        "the file is 50.0 MB",
        "nested too deeply",
        "field 'student'",
        "it is for another article",
        "older or different version of the article",
        "older version of the answer key",
        "labels the kit does not know",
        "a newer submission from ben is used",
    ):
        assert reason in unescape(html), reason
    assert "ben-old.json" in html and "ben-new.json" not in html.split("Set aside")[1]
    assert "&lt;img src=x onerror=alert(2)&gt;.json" in html
    assert "<img" not in html and "<script>alert" not in html


def test_without_a_key_agreement_only(class_of_30):
    folder, _, _ = class_of_30
    html = build_report(folder, ARTICLE, use_key=False)
    assert "Krippendorff" in html and "Cohen's kappa" not in html


def test_cli_report_export_and_key_init(tmp_path, monkeypatch, capsys, article):
    claims = kit.claims("body")
    claims.labeler().set_label("attributed")
    out_dir = tmp_path / "handed-in"
    assert main(["export", "--article", ARTICLE, "-o", str(out_dir)]) == 0
    [exported] = out_dir.glob("*.submission.json")
    assert exported.name == f"test-student__{ARTICLE}.submission.json"
    assert main(["report", str(out_dir), "--article", ARTICLE, "-o", str(tmp_path / "r.html")]) == 0
    assert "1 used, 0 set aside" in (tmp_path / "r.html").read_text()
    assert (
        main(
            [
                "report",
                str(tmp_path / "missing"),
                "--article",
                ARTICLE,
                "-o",
                str(tmp_path / "x.html"),
            ]
        )
        == 2
    )
    assert "not a folder of submissions" in capsys.readouterr().err


def test_export_button_in_the_labeler(tmp_path, monkeypatch):
    monkeypatch.setenv("KIT_SUBMISSIONS_DIR", str(tmp_path / "subs"))
    labeler = kit.claims("body").labeler()
    labeler.set_label("fact")
    export_row = labeler.children[-1]
    export_row.children[0].click()
    assert "Hand this file in" in export_row.children[1].value
    saved = json.loads((tmp_path / "subs" / f"test-student__{ARTICLE}.submission.json").read_text())
    assert saved["works"][0]["labels"]["p01s01"]["label"] == "fact"


def test_a_progress_bar_on_long_runs_and_the_notebook_view(tmp_path, article, capsys):
    from kit.class_reporting import ClassReport, text_progress

    folder = tmp_path / "many"
    for n in range(60):
        write(folder, submission(article, f"s{n:02d}", {"p01s01": "fact"}))
    write_report(folder, ARTICLE, tmp_path / "r.html", progress=text_progress)
    bar = capsys.readouterr().err
    assert "60/60 submissions" in bar and "[##############################]" in bar
    report = ClassReport(folder, ARTICLE)
    assert (
        report.title.startswith("Class report")
        and [h for h, _ in report.sections][0] == "Submissions"
    )
    assert "60 used" in report.sections[0][1][0]
    report._ipython_display_()  # outside a kernel IPython prints each part's repr
    assert capsys.readouterr().out.count("HTML object") >= 5


def test_an_export_records_the_key_each_activity_is_graded_with(tmp_path):
    from kit.keys import key_hash

    kit.claims("comments").labeler().set_label("opinion")
    kit.sourcing().reviewer().confirm()
    assert main(["export", "--article", ARTICLE, "-o", str(tmp_path)]) == 0
    [exported] = tmp_path.glob("*.submission.json")
    hashes = json.loads(exported.read_text())["key_hashes"]
    assert hashes["claims-comments"] == key_hash(ARTICLE, "claims-body", "statement-types")
    sourcing_key = key_hash(ARTICLE, "sourcing-body", "source-types")
    assert sourcing_key is not None and hashes["sourcing-body"] == sourcing_key
