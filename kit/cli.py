"""The `kit` command line: import articles, build lessons, export work, report on a class, start keys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kit.errors import KitError


def _import(args: argparse.Namespace) -> int:
    from kit.articles import article_path, read_raw_page, save_article

    target = Path(args.out) if args.out else article_path(args.id)
    article = read_raw_page(args.raw, args.id)
    save_article(article, target, force=args.force)
    sentences = sum(len(p.sentences) for p in article.body)
    print(
        f"Imported {article.id!r}: {len(article.body)} paragraphs ({sentences} sentences), "
        f"{len(article.comments)} comments -> {target}"
    )
    if article.import_notes:
        print(f"Import notes ({len(article.import_notes)}), check them against the page:")
        for note in article.import_notes:
            where = f"line {note.line}: " if note.line else ""
            print(f"  - {where}{note.message}")
    else:
        print("Import notes: none; everything on the page added up.")
    return 0


def _articles(args: argparse.Namespace) -> int:
    from kit.articles import list_articles, load_article

    ids = list_articles()
    if not ids:
        print("No articles yet. Import one with: kit import PAGE.txt --id my-article")
    for article_id in ids:
        article = load_article(article_id)
        practice = " [PRACTICE ARTICLE: not real news]" if article.practice else ""
        print(
            f"{article_id}\t{article.headline}{practice}\t({len(article.comments)} comments, "
            f"{len(article.import_notes)} import notes)"
        )
    return 0


def _lessons(args: argparse.Namespace) -> int:
    from kit.lesson_build import build_all, find_leaks, lesson_files, out_of_date

    if args.action == "build":
        changed = build_all()
        for path in changed:
            print(f"wrote {path}")
        print(f"{len(lesson_files())} lessons built, {len(changed)} notebooks changed.")
        return 0
    problems = [f"{path}: out of date; run `kit lessons build`" for path in out_of_date()]
    problems += [leak for files in lesson_files() for leak in find_leaks(files)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{len(lesson_files())} lessons up to date; no solution found in a student notebook.")
    return 1 if problems else 0


def _export(args: argparse.Namespace) -> int:
    from kit.articles import load_article
    from kit.store.student import current_student
    from kit.store.submissions import export_submission

    article = load_article(args.article)
    path = export_submission(
        args.student or current_student(), article.id, article.content_hash(), Path(args.out)
    )
    print(f"Exported {path}. Hand in this file (LMS upload, shared folder or nbgrader).")
    return 0


def _report(args: argparse.Namespace) -> int:
    from kit.class_reporting import write_report

    out = write_report(
        args.submissions, args.article, args.out, use_key=not args.no_key, key_file=args.key
    )
    print(f"Class report written to {out}")
    return 0


def _key_init(args: argparse.Namespace) -> int:
    from kit.articles import load_article
    from kit.fileio import write_text_atomic
    from kit.keys import claim_key_template, key_path
    from kit.model.jsonfile import to_json

    target = key_path(args.article, "claims")
    if target.exists() and not args.force:
        raise KitError(f"{target}: already exists; add --force to replace it")
    write_text_atomic(target, to_json(claim_key_template(load_article(args.article))))
    print(f"Wrote {target}: replace each FILL IN with a label and an explanation.")
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="kit",
        description="Media-literacy kit: articles, reader comments and lessons for Jupyter.",
    )
    commands = main.add_subparsers(dest="command", required=True)
    imp = commands.add_parser("import", help="import the raw text of a news page as an article")
    imp.add_argument("raw", help="text file copied from a news page (UTF-8)")
    imp.add_argument(
        "--id", required=True, help="article id: lowercase letters, digits and hyphens"
    )
    imp.add_argument("--out", help="where to write the JSON (default: data/articles/ID.json)")
    imp.add_argument("--force", action="store_true", help="replace an existing article file")
    imp.set_defaults(run=_import)
    arts = commands.add_parser("articles", help="list the bundled articles")
    arts.set_defaults(run=_articles)
    lessons = commands.add_parser("lessons", help="build the lesson notebooks or check them")
    lessons.add_argument(
        "action",
        choices=["build", "check"],
        help="build: write student and key notebooks; check: fail if stale or leaking",
    )
    lessons.set_defaults(run=_lessons)
    export = commands.add_parser(
        "export", help="write a student's work on an article as one submission file"
    )
    export.add_argument("--article", default="china-counter-espionage", help="article id")
    export.add_argument(
        "--student", help="student name (default: $KIT_STUDENT, the hub user or login name)"
    )
    export.add_argument(
        "-o",
        "--out",
        default="submissions",
        help="folder for the submission (default: submissions/)",
    )
    export.set_defaults(run=_export)
    report = commands.add_parser(
        "report", help="build the class report from a folder of submissions"
    )
    report.add_argument(
        "submissions", help="folder of *.submission.json files (untrusted: only read)"
    )
    report.add_argument("--article", required=True, help="article id")
    report.add_argument(
        "--key", help="claim key file to grade with (default: the bundled key, if any)"
    )
    report.add_argument("--no-key", action="store_true", help="agreement only, no scores")
    report.add_argument("-o", "--out", required=True, help="the HTML file to write")
    report.set_defaults(run=_report)
    key = commands.add_parser("key", help="answer keys")
    key.add_argument(
        "action", choices=["init"], help="init: write a claim key template for an article"
    )
    key.add_argument("article", help="article id")
    key.add_argument("--force", action="store_true", help="replace an existing key")
    key.set_defaults(run=_key_init)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except KitError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
