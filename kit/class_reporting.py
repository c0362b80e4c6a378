"""The class report: read a folder of submissions, set aside the bad ones, and build one HTML page."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import plotly.graph_objects as go

from kit.analysis.class_results import (
    Rejected,
    class_alpha,
    label_matrix,
    screen,
    sentence_spread,
    sourcing_spread,
    student_scores,
)
from kit.analysis.items import labeling_items
from kit.articles import load_article
from kit.errors import KitError
from kit.figures.report import label_spread_figure, scores_figure
from kit.fileio import write_text_atomic
from kit.keys import key_hash, load_claim_key
from kit.model.claim_key import CLAIM_KEY_SCHEMA_VERSION, ClaimKey
from kit.model.jsonfile import read_json
from kit.store.submissions import SetAside, read_submission
from kit.taxonomies import list_taxonomies, load_taxonomy
from kit.views.html import esc, table_html
from kit.views.report import disputed_html, figure_html, page_html, rejected_html, scores_html

SCOPES = {"claims-body": "body", "claims-comments": "comments"}
MAX_FILES = 2000

Progress = Callable[[int, int], None]


def text_progress(done: int, total: int) -> None:
    """A progress bar on standard error for long runs."""
    if total >= 50 and (done == total or done % max(total // 20, 1) == 0):
        filled = round(30 * done / total)
        print(
            f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total} submissions",
            end="\n" if done == total else "",
            file=sys.stderr,
            flush=True,
        )


Part = str | go.Figure  # escaped HTML, or a chart
Section = tuple[str, list[Part]]


def report_sections(
    folder: str | Path,
    article_id: str,
    use_key: bool = True,
    key_file: str | Path | None = None,
    progress: Progress | None = None,
) -> tuple[str, list[Section]]:
    """The report's title and sections; every submission is untrusted and only read."""
    folder = Path(folder)
    if not folder.is_dir():
        raise KitError(f"{folder}: not a folder of submissions")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(".json"))[
        :MAX_FILES
    ]
    article = load_article(article_id)
    parsed, rejected = [], []
    for n, path in enumerate(files, start=1):
        result = read_submission(path)
        if isinstance(result, SetAside):
            rejected.append(Rejected(result.file, result.reason))
        else:
            parsed.append((path.name, result))
        if progress:
            progress(n, len(files))
    taxonomies = {t: load_taxonomy(t) for t in list_taxonomies()}
    known = {t: set(tax.ids) for t, tax in taxonomies.items()}
    graded = {**dict.fromkeys(SCOPES, "statement-types"), "sourcing-body": "source-types"}
    hashes = {a: h for a, taxonomy in graded.items() if (h := key_hash(article_id, a, taxonomy))}
    screened = screen(parsed, article, known, hashes)
    screened.rejected = rejected + screened.rejected

    taxonomy = taxonomies["statement-types"]
    if not use_key:
        key = None
    elif key_file:
        key = read_json(key_file, ClaimKey, CLAIM_KEY_SCHEMA_VERSION)
    else:
        key = load_claim_key(article_id, taxonomy.id)
    names = {label.id: label.name for label in taxonomy.labels}
    sections: list[Section] = [
        (
            "Submissions",
            [
                f"<p>{len(screened.accepted)} used, {len(screened.rejected)} set aside, "
                f"for <b>{esc(article.headline)}</b>.</p>"
            ],
        )
    ]
    for activity, scope in SCOPES.items():
        items = labeling_items(article, scope)
        sentences = [i.sentence for i in items]
        matrix = label_matrix(screened.accepted, activity, [s.id for s in sentences])
        if matrix.notna().to_numpy().sum() == 0:
            continue
        alpha = class_alpha(matrix, taxonomy.ids)
        spread = sentence_spread(matrix, taxonomy.ids)
        parts: list[Part] = [
            f"<p>Agreement across the class (Krippendorff's alpha, nominal): "
            f"<b>{'not defined' if alpha is None else f'{alpha:.2f}'}</b>.</p>"
        ]
        if key:
            scores = student_scores(screened.accepted, activity, sentences, key, taxonomy.ids)
            parts += [scores_html(scores), scores_figure(scores)]
        parts += [
            "<h3>Most disputed sentences</h3>",
            disputed_html(spread, {s.id: s.text for s in sentences}, key, names),
            label_spread_figure(spread, taxonomy, f"How the class labeled each sentence ({scope})"),
        ]
        sections.append((f"Claim labels: {scope}", parts))
    sourcing = sourcing_spread(screened.accepted)
    if len(sourcing):
        rows = (
            f"<tr><td><code>{esc(slot)}</code></td>"
            + "".join(f"<td>{int(v)}</td>" for v in row)
            + "</tr>"
            for slot, row in sourcing.iterrows()
        )
        sections.append(("Sourcing checks", [table_html(["Attribution", *sourcing.columns], rows)]))
    sections.append(("Set aside", [rejected_html(screened.rejected)]))
    return f"Class report: {article.headline}", sections


def build_report(*args, **kwargs) -> str:
    """The report as one self-contained page: plotly.js is inlined once, with the first chart."""
    title, sections = report_sections(*args, **kwargs)
    first = True
    rendered = []
    for heading, parts in sections:
        html = []
        for part in parts:
            if isinstance(part, go.Figure):
                html.append(figure_html(part, first))
                first = False
            else:
                html.append(part)
        rendered.append((heading, "".join(html)))
    return page_html(title, rendered)


class ClassReport:
    """``kit.class_report("submissions", "china-counter-espionage")`` in a notebook."""

    def __init__(self, folder: str | Path, article_id: str, use_key: bool = True) -> None:
        self.title, self.sections = report_sections(folder, article_id, use_key)

    def _ipython_display_(self) -> None:
        from IPython.display import HTML, display

        display(HTML(f"<h3>{esc(self.title)}</h3>"))
        for heading, parts in self.sections:
            display(HTML(f"<h4>{esc(heading)}</h4>"))
            for part in parts:
                display(part if isinstance(part, go.Figure) else HTML(part))


def write_report(
    folder: str | Path,
    article_id: str,
    out: str | Path,
    use_key: bool = True,
    key_file: str | Path | None = None,
    progress: Progress | None = text_progress,
) -> Path:
    """Build the report and write it to ``out`` (the only file written)."""
    html = build_report(folder, article_id, use_key, key_file, progress)
    write_text_atomic(out, html)
    return Path(out)
