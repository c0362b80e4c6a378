"""The `kit` command line: import articles, list them, build and check lessons."""

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
