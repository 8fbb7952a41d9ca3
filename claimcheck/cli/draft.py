"""``claimcheck draft ARTICLE``: write a first claim file for an article."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from claimcheck.cli._common import ExitCode, write_output


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "draft",
        help="write a claim-file skeleton for an article",
        description=(
            "Write a claim file with one claim per sentence that states a statistic, quotes "
            "filled in and references left as TODO comments. With --sources, references are "
            "proposed where the stated numbers match the source figures; confirm each one."
        ),
    )
    parser.add_argument("article", metavar="ARTICLE", help="the article's text file, or -")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the claim file here")
    parser.add_argument(
        "--sources", metavar="FILE", help="a claim file whose sources: hold the figures"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from claimcheck.article.draft import draft
    from claimcheck.cli.scan import read_text

    sources = None
    if args.sources is not None:
        from claimcheck.claimfile.loader import load

        sources = load(args.sources)
    text = read_text(args.article)
    # A CSV source keeps its csv: path, written relative to where the draft goes.
    folder = Path(args.output).parent if args.output is not None else Path.cwd()
    write_output(draft(text, sources, output_dir=folder), args.output)
    return ExitCode.OK
