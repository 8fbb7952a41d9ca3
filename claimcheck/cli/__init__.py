"""The ``claimcheck`` command: a thin shell that parses arguments, calls the library and
picks a renderer. Each subcommand lives in its own module with ``register(subparsers)``.

Exit codes (``ExitCode``): 0 nothing contradicted, 1 a claim contradicted (or, with
``--strict``, needing review or unsourced), 2 an invalid file, bad usage or a report that
cannot be written, 3 an internal error (a bug in claimcheck), 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import import_module

from claimcheck._version import __version__
from claimcheck.cli._common import ExitCode, UsageError, print_problems, print_traceback, say

__all__ = ["ExitCode", "build_parser", "main"]

# Subcommand modules by command name, each with ``register(subparsers)`` setting ``func`` on
# its parser. In the order a reporter meets them: review a story (draft and check in one step),
# check a story, find its numbers, draft a claim file, then the references (the wording rules,
# the claim-file schema).
_COMMANDS = {
    "review": "claimcheck.cli.review",
    "check": "claimcheck.cli.check",
    "scan": "claimcheck.cli.scan",
    "draft": "claimcheck.cli.draft",
    "wording": "claimcheck.cli.wording",
    "schema": "claimcheck.cli.schema",
}


# pydantic looks for plugins, through the entry points of every installed distribution, the
# first time it builds a validator. The command has no use for them, so it turns that search
# off for the time it runs, unless the environment already says what to do; the library never
# does (docs/performance.md, "Start-up").
_PYDANTIC_PLUGINS = "PYDANTIC_DISABLE_PLUGINS"


@contextmanager
def _without_pydantic_plugins() -> Iterator[None]:
    if _PYDANTIC_PLUGINS in os.environ:
        yield
        return
    os.environ[_PYDANTIC_PLUGINS] = "__all__"
    try:
        yield
    finally:
        os.environ.pop(_PYDANTIC_PLUGINS, None)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # Usage errors are exit 2 with one line on stderr, like every other bad input.
        self.print_usage(sys.stderr)
        say(f"claimcheck: error: {message}")
        raise SystemExit(ExitCode.BAD_INPUT)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand, or of ``command`` alone (which must be a command name).

    A parser of one subcommand parses that command's arguments exactly as the whole parser
    does; ``main`` uses it when the command comes first, so that a run imports the module of
    its own subcommand only (docs/performance.md, "Start-up").
    """
    parser = _Parser(
        prog="claimcheck",
        description="Check the numbers in a news story against the figures they come from.",
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module in _COMMANDS.items():
        if command is None or name == command:
            import_module(module).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    # Only a command in first place is certain to be the command: "-h check" asks for the
    # help of every command, which needs the whole parser.
    first = arguments[0] if arguments else None
    parser = build_parser(first if first in _COMMANDS else None)
    args = parser.parse_args(arguments)
    if getattr(args, "func", None) is None:
        parser.print_help(sys.stderr)
        return ExitCode.BAD_INPUT
    from claimcheck.errors import ClaimFileError

    try:
        with _without_pydantic_plugins():
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
