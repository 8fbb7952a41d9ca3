"""``claimcheck scan ARTICLE``: list every number in an article and what kind it is."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from claimcheck.cli._common import ExitCode, write_output


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scan",
        help="list the numbers in an article",
        description=(
            "List every number in an article (plain text, Markdown or HTML; '-' reads stdin): "
            "its place, kind, value, qualifier, and whether it states a statistic."
        ),
    )
    parser.add_argument("article", metavar="ARTICLE", help="the article's text file, or -")
    parser.add_argument(
        "--format", "-f", choices=("text", "json"), default="text", help="output format"
    )
    parser.add_argument("--output", "-o", metavar="PATH", help="write the list here")
    parser.set_defaults(func=run)


def read_text(path: str) -> str:
    """The article at ``path`` ('-' for stdin); a file that cannot be read is a ClaimFileError."""
    if path == "-":
        return sys.stdin.read()
    from claimcheck.checking import read_article

    return read_article(path)


def run(args: argparse.Namespace) -> int:
    from claimcheck.article.scan import scan

    text = read_text(args.article)
    mentions = scan(text)
    if args.format == "json":
        payload = {"mentions": [mention.as_json() for mention in mentions]}
        write_output(json.dumps(payload, indent=2, ensure_ascii=False), args.output)
        return ExitCode.OK
    lines = []
    for mention in mentions:
        line = text.count("\n", 0, mention.start) + 1
        column = mention.start - (text.rfind("\n", 0, mention.start) + 1) + 1
        flag = "" if mention.statistical else "  (not a statistic)"
        hedge = f"  [{mention.qualifier}]" if mention.qualifier else ""
        lines.append(f"{line}:{column}\t{mention.kind}\t{mention.text}{hedge}{flag}")
    statistical = sum(mention.statistical for mention in mentions)
    lines.append(f"{len(mentions)} numbers, {statistical} stating a statistic")
    write_output("\n".join(lines), args.output)
    return ExitCode.OK
