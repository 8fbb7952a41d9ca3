"""``claimcheck wording``: print the wording table (every phrase family and its rule)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "wording",
        help="list the wording claimcheck reads and the rule for each",
        description=(
            "Print every phrase family claimcheck reads, its spellings, its rule and a worked "
            "example. --format markdown prints docs/wording.md."
        ),
    )
    parser.add_argument(
        "--format",
        "-f",
        choices=("text", "markdown"),
        default="text",
        help="text for a terminal (default) or the Markdown of docs/wording.md",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from claimcheck.engine.wording import docs

    text = docs.render_markdown() if args.format == "markdown" else docs.render_text()
    sys.stdout.write(text)
    return 0
