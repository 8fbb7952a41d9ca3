"""The ``claimcheck`` command: a thin shell that parses arguments, calls the library and
picks a renderer. Each subcommand lives in its own module with ``register(subparsers)``.

Exit codes (``ExitCode``): 0 nothing contradicted, 1 a claim contradicted (or, with
``--strict``, needing review or unsourced), 2 an invalid file, bad usage or a report that
cannot be written, 3 an internal error (a bug in claimcheck), 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module

from claimcheck._version import __version__
from claimcheck.cli._common import ExitCode, UsageError, print_problems, print_traceback, say

__all__ = ["ExitCode", "build_parser", "main"]

# Subcommand modules, each with ``register(subparsers)`` setting ``func`` on its parser.
# In the order a reporter meets them: review a story (draft and check in one step), check a
# story, find its numbers, draft a claim file, then the references (the wording rules, the
# claim-file schema).
_COMMANDS = (
    "claimcheck.cli.review",
    "claimcheck.cli.check",
    "claimcheck.cli.scan",
    "claimcheck.cli.draft",
    "claimcheck.cli.wording",
    "claimcheck.cli.schema",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # Usage errors are exit 2 with one line on stderr, like every other bad input.
        self.print_usage(sys.stderr)
        say(f"claimcheck: error: {message}")
        raise SystemExit(ExitCode.BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="claimcheck",
        description="Check the numbers in a news story against the figures they come from.",
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in _COMMANDS:
        import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        parser.print_help(sys.stderr)
        return ExitCode.BAD_INPUT
    from claimcheck.errors import ClaimFileError

    try:
        return int(args.func(args))
    except ClaimFileError as error:
        print_problems(error.problems)
        return ExitCode.BAD_INPUT
    except UsageError as error:
        say(f"claimcheck: error: {error}")
        return ExitCode.BAD_INPUT
    except KeyboardInterrupt:
        say("claimcheck: interrupted")
        return ExitCode.INTERRUPTED
    except Exception as error:  # a bug: exit 3 with the traceback, never a verdict's code
        import traceback

        say(f"claimcheck: internal error: {type(error).__name__}: {error}")
        print_traceback("".join(traceback.format_exception(error)))
        return ExitCode.INTERNAL_ERROR
