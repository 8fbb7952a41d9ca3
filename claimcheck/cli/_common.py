"""What every subcommand shares: exit codes, lines on stderr, writing output safely.

Everything printed on stderr that came from input (file names, labels, messages quoting a
file) goes through ``claimcheck.text.safe.one_line``, so no input can forge a problem line,
move a terminal's cursor or issue a CI workflow command.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from pathlib import Path
from typing import Any, Protocol

from claimcheck.errors import Problem
from claimcheck.text.safe import one_line


class ExitCode(IntEnum):
    """What a run found, for a pipeline to gate on (README, docs/workflow.md).

    0: nothing contradicted. 1: a claim contradicted (with ``--strict``, also one that needs
    review, is unsourced, or a number no claim checks). 2: bad input or usage, including a
    report that cannot be written. 3: an internal error, a bug in claimcheck (the report is
    still written, with the claim it struck marked). 130: interrupted (Ctrl-C).
    """

    OK = 0
    FINDINGS = 1
    BAD_INPUT = 2
    INTERNAL_ERROR = 3
    INTERRUPTED = 130


def say(line: str) -> None:
    """One line on stderr, escaped so that nothing in it is obeyed."""
    sys.stderr.write(one_line(line) + "\n")


def print_problems(problems: Iterable[Problem]) -> None:
    """Every problem on stderr as ``file:line:col: message``, one a line."""
    for problem in problems:
        say(str(problem))


def print_internal_errors(findings: Iterable[Any]) -> bool:
    """The traceback of every finding whose check failed, on stderr; whether there was one."""
    found = False
    for finding in findings:
        if not getattr(finding, "internal_error", False):
            continue
        found = True
        where = f" ({finding.file}:{finding.line})" if finding.file and finding.line else ""
        say(f"claimcheck: internal error while checking claim {finding.id}{where}:")
        print_traceback(finding.traceback or "")
    return found


def print_traceback(text: str) -> None:
    """A traceback on stderr, each of its lines escaped and indented."""
    for line in text.rstrip("\n").split("\n"):
        sys.stderr.write("  " + one_line(line, limit=2000) + "\n")


class UsageError(Exception):
    """A command-line mistake the user can fix (a report path that cannot be written...)."""


def write_output(text: str, output: str | None, *, inputs: Iterable[str] = ()) -> None:
    """Write ``text`` to the file ``output``, or to stdout when it is None or ``-``.

    A file is written whole or not at all (a temporary file beside it, renamed into place);
    it is never one of ``inputs``, and a symbolic link there is refused, not followed. A
    reader that closes stdout early (``| head``) is no error; any other failure to write is a
    ``UsageError`` (exit 2).
    """
    if not text.endswith("\n"):
        text += "\n"
    with output_stream(output, inputs=inputs) as stream:
        stream.write(text)


@contextmanager
def output_stream(output: str | None, *, inputs: Iterable[str] = ()) -> Iterator[Writer]:
    """A text stream to write a report to, piece by piece, with ``write_output``'s promises.

    For a file: the checks are made before anything is written, the text goes to a temporary
    file beside it, and only when the block ends without an exception is it renamed into
    place; otherwise the temporary file is removed and the old file, if any, is left alone.
    For stdout (``output`` None or ``-``): a reader that closes it early makes the rest of
    the writes vanish quietly.
    """
    if output is None or output == "-":
        stdout = _Stdout()
        yield stdout
        stdout.flush()
        return
    path = Path(output)
    handle, temporary, mode = _temporary_beside(path, inputs)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise UsageError(f"cannot write {path}: {_reason(error)}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class Writer(Protocol):
    """What ``output_stream`` gives: something to write text to."""

    def write(self, text: str, /) -> object: ...


class _Stdout:
    """Standard output that stops writing, quietly, once its reader has gone (``| head``),
    and turns any other failure to write into a ``UsageError``."""

    def __init__(self) -> None:
        self.gone = False

    def write(self, text: str) -> int:
        if not self.gone:
            self._guarded(lambda: sys.stdout.write(text))
        return len(text)

    def flush(self) -> None:
        if not self.gone:
            self._guarded(sys.stdout.flush)

    def _guarded(self, action: Any) -> None:
        try:
            action()
        except BrokenPipeError:
            self.gone = True
            _silence_stdout()  # the reader has what it wanted; the exit code still says the rest
        except OSError as error:
            self.gone = True
            _silence_stdout()
            reason = error.strerror or str(error)
            raise UsageError(f"cannot write the report to standard output: {reason}") from None


def _silence_stdout() -> None:
    # Whatever is left in the buffer would fail again when Python flushes it at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _temporary_beside(path: Path, inputs: Iterable[str]) -> tuple[int, str, int]:
    """A new temporary file in ``path``'s folder (open handle, name) and the mode the report
    will take, once ``path`` is known to be neither a symbolic link nor an input."""
    import tempfile  # only when a report is written to a file (it imports shutil and random)

    shown = str(path)
    if path.is_symlink():
        raise UsageError(f"{shown} is a symbolic link; write the report to a real path")
    clash = _same_as(path, inputs)
    if clash is not None:
        raise UsageError(f"{shown} is an input of this run ({clash}); write the report elsewhere")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else _default_mode()
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except (OSError, ValueError) as error:
        raise UsageError(f"cannot write {shown}: {_reason(error)}") from None
    return handle, temporary, mode


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _same_as(path: Path, inputs: Iterable[str]) -> str | None:
    """The input ``path`` is, if any: the same file, or the same place once resolved."""
    try:
        target = path.resolve()
    except (OSError, RuntimeError):
        return None
    for name in inputs:
        candidate = Path(name)
        try:
            if candidate.resolve() == target or (
                path.exists() and candidate.exists() and os.path.samefile(candidate, path)
            ):
                return name
        except (OSError, RuntimeError, ValueError):
            continue
    return None


def named_files(claim_file: str) -> list[str]:
    """The files beside or below ``claim_file`` that its text names (its CSV and table
    sources, its article): inputs of the run, never to be overwritten by a report."""
    path = Path(claim_file)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except (OSError, ValueError):
        return []
    folder = path.parent
    names: list[str] = []
    for word in _words(text):
        candidate = folder / word
        if candidate.suffix and candidate.is_file():
            names.append(str(candidate))
    return names


def _words(text: str) -> set[str]:
    """Every token that could be a relative path in a YAML file."""
    import re

    return set(re.findall(r"[\w./\\-]+\.[A-Za-z0-9]{1,5}\b", text[:1_000_000]))
