"""``claimcheck schema``: print the JSON Schema of claim files, for editors and validators."""

from __future__ import annotations

import argparse
from typing import Any

from claimcheck.cli._common import ExitCode, write_output


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of claim files",
        description=(
            "Print the JSON Schema of claim files. Point an editor at it (the first line of a "
            "claim file can be '# yaml-language-server: $schema=PATH') to get completion and "
            "warnings while typing."
        ),
    )
    parser.add_argument("--output", "-o", metavar="PATH", help="write the schema here")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from claimcheck.claimfile.schema import json_schema_text

    write_output(json_schema_text(), args.output)
    return ExitCode.OK
