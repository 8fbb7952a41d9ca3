"""``claimcheck draft ARTICLE``: write a first claim file for an article."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from claimcheck.cli._common import ExitCode, named_files, say, write_output


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "draft",
        help="write a claim-file skeleton for an article",
        description=(
            "Write a claim file with one claim per statement of a statistic, quotes filled in "
            "and references left as TODO comments. With --sources, each statement is linked to "
            "the figures whose labels its words name; confirm each proposed reference. With "
            "--previous, re-draft over a claim file, keeping its claims as written."
        ),
    )
    parser.add_argument(
        "article", metavar="ARTICLE", help="the article (.txt, .md, .html or .docx), or -"
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write the claim file here")
    parser.add_argument(
        "--sources",
        metavar="FILE",
        nargs="+",
        action="extend",
        help=(
            "a claim file whose sources: hold the figures, or a table file (.csv, .xlsx, .ods, "
            "datapackage.json) to use as a source; repeat it for several tables"
        ),
    )
    parser.add_argument(
        "--previous",
        metavar="FILE",
        help=(
            "a claim file drafted before: keep its claims, notes and article details, mark "
            "claims whose quotes are gone, and add claims only for new numbers"
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from claimcheck.article.drafting.compose import draft
    from claimcheck.claimfile.table_sources import draft_sources, is_table, splice_sources
    from claimcheck.cli.scan import read_text

    # Paths in the draft are written relative to where it goes.
    folder = Path(args.output).parent if args.output is not None else Path.cwd()
    given: list[str] = args.sources or []
    tables = [path for path in given if is_table(path)]
    claim_files = [path for path in given if not is_table(path)]
    if len(claim_files) > 1 or (claim_files and tables):
        say("claimcheck: error: --sources takes one claim file, or table files (not both)")
        return ExitCode.BAD_INPUT
    sources = block = None
    if tables:
        sources, block = draft_sources(tables, folder)
    elif claim_files:
        from claimcheck.claimfile.loader import load

        sources = load(claim_files[0])
    previous = None
    if args.previous is not None:
        previous = read_text(args.previous)
    text = draft(read_text(args.article), sources, output_dir=folder, previous=previous)
    if block is not None:
        text = splice_sources(text, block)
    inputs = [args.article, *given, *(name for path in claim_files for name in named_files(path))]
    write_output(text, args.output, inputs=inputs)
    return ExitCode.OK
