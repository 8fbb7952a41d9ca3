"""``claimcheck review ARTICLE --sources FILE...``: draft and check a story in one step."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.cli._common import ExitCode, UsageError, write_output

if TYPE_CHECKING:
    from claimcheck.claimfile.records import ClaimFile

FORMATS = ("text", "json", "html")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "review",
        help="draft and check an article against its sources in one step",
        description=(
            "Draft a claim file for the article from the sources, check it, and show every "
            "statistical number: checked by a confirmed claim, checked through a proposed "
            "reference (confirm it), or with no source figure found. Exit 0 when nothing is "
            "contradicted, 1 when a claim is contradicted, 2 for an invalid file or bad usage."
        ),
    )
    parser.add_argument("article", metavar="ARTICLE", help="the article's text file, or -")
    parser.add_argument(
        "--sources",
        metavar="FILE",
        required=True,
        nargs="+",
        action="extend",
        help=(
            "a claim file whose sources: hold the figures, or a table file (.csv, .xlsx, .ods, "
            "datapackage.json); repeat it for several tables"
        ),
    )
    parser.add_argument(
        "--format", "-f", choices=FORMATS, default="text", help="output format (default: text)"
    )
    parser.add_argument("--output", "-o", metavar="PATH", help="write the review here")
    parser.add_argument(
        "--save-claims",
        metavar="FILE",
        help="write the drafted claim file here (re-drafting over it when it exists)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from claimcheck.article.review import review
    from claimcheck.claimfile.table_sources import draft_sources, is_table
    from claimcheck.cli.scan import read_text
    from claimcheck.report.review import render

    text = read_text(args.article)
    saved = Path(args.save_claims) if args.save_claims is not None else None
    previous = saved.read_text(encoding="utf-8") if saved is not None and saved.is_file() else None
    tables = [path for path in args.sources if is_table(path)]
    if tables and len(tables) != len(args.sources):
        raise UsageError("--sources takes one claim file, or table files (not both)")
    name = saved.name if saved is not None else "review.yaml"
    if tables:
        folder = saved.parent if saved is not None else Path.cwd()
        sources, block = draft_sources(tables, folder)
        result = review(
            text, sources, previous=previous, folder=folder, sources_block=block, name=name
        )
    else:
        sources = load_sources(args.sources)
        base = saved.parent if saved is not None else None
        result = review(text, sources, previous=previous, folder=base, name=name)
    inputs = [args.article, *args.sources]
    if args.save_claims is not None:
        # Re-drafting over the saved claim file is the point; the article and sources are kept.
        write_output(result.claims_yaml, args.save_claims, inputs=inputs)
        inputs.append(args.save_claims)
    write_output(render(result, args.format), args.output, inputs=inputs)
    return ExitCode.FINDINGS if result.report.summary.contradicted else ExitCode.OK


def load_sources(paths: list[str]) -> ClaimFile:
    """The sources to review against: a claim file whose ``sources:`` hold the figures."""
    from claimcheck.claimfile.loader import load

    if len(paths) > 1:
        raise UsageError("--sources takes one claim file")
    return load(paths[0])
