"""What every subcommand shares: exit codes, problem lines on stderr, writing output."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from enum import IntEnum
from pathlib import Path

from claimcheck.errors import Problem


class ExitCode(IntEnum):
    """0: nothing contradicted; 1: findings that fail the check; 2: bad input or usage."""

    OK = 0
    FINDINGS = 1
    BAD_INPUT = 2


def print_problems(problems: Iterable[Problem]) -> None:
    """Every problem on stderr as ``file:line:col: message``, one a line."""
    for problem in problems:
        sys.stderr.write(f"{problem}\n")


class UsageError(Exception):
    """A command-line mistake the user can fix (a report path that cannot be written...)."""


def write_output(text: str, output: str | None) -> None:
    """Write ``text`` to the file ``output``, or to stdout when it is None."""
    if not text.endswith("\n"):
        text += "\n"
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        reason = error.strerror or str(error)
        raise UsageError(f"cannot write {output}: {reason}") from None
