"""``claimcheck scan ARTICLE``: list every number in an article and what kind it is."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from claimcheck.cli._common import ExitCode, say, write_output
from claimcheck.text.safe import one_line

if TYPE_CHECKING:
    from claimcheck.text.documents import Document


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scan",
        help="list the numbers in an article",
        description=(
            "List every number in an article (plain text, Markdown, HTML or Word; '-' reads "
            "stdin): its place, kind, value, qualifier, and whether it states a statistic."
        ),
    )
    parser.add_argument("article", metavar="ARTICLE", help="the article's text file, or -")
    parser.add_argument(
        "--format", "-f", choices=("text", "json"), default="text", help="output format"
    )
    parser.add_argument("--output", "-o", metavar="PATH", help="write the list here")
    parser.set_defaults(func=run)


def read_text(path: str, *, markup: bool = False) -> str:
    """The article at ``path`` ('-' for stdin) as text (``claimcheck.text.documents``): stdin
    and a file are read alike. With ``markup``, an HTML article keeps its markup, so that
    places point into the file as written. An article that cannot be read is a
    ClaimFileError."""
    from claimcheck.checking import read_document

    document = _stdin_document() if path == "-" else read_document(path)
    for note in document.notes:
        say(f"claimcheck: note: {path}: {note}")
    return document.markup if markup and document.markup is not None else document.text


def _stdin_document() -> Document:
    from claimcheck.errors import ClaimFileError, Problem
    from claimcheck.text.documents import MAX_BYTES, NotAnArticle, from_bytes

    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    try:
        return from_bytes(data)
    except NotAnArticle as error:
        detail = f"standard input {error.detail}"
        raise ClaimFileError([Problem("<stdin>", error.line, error.column, detail)]) from None


def run(args: argparse.Namespace) -> int:
    from claimcheck.article.scan import scan

    text = read_text(args.article, markup=True)
    mentions = scan(text)
    inputs = [args.article]
    if args.format == "json":
        import json

        payload = {"mentions": [mention.as_json() for mention in mentions]}
        write_output(json.dumps(payload, indent=2, ensure_ascii=False), args.output, inputs=inputs)
        return ExitCode.OK
    lines = []
    for mention in mentions:
        line = text.count("\n", 0, mention.start) + 1
        column = mention.start - (text.rfind("\n", 0, mention.start) + 1) + 1
        flag = "" if mention.statistical else "  (not a statistic)"
        hedge = f"  [{mention.qualifier}]" if mention.qualifier else ""
        shown = one_line(mention.text)
        lines.append(f"{line}:{column}\t{mention.kind}\t{shown}{hedge}{flag}")
    statistical = sum(mention.statistical for mention in mentions)
    lines.append(f"{len(mentions)} numbers, {statistical} stating a statistic")
    write_output("\n".join(lines), args.output, inputs=inputs)
    return ExitCode.OK
