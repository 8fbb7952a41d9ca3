"""``claimcheck check FILE|DIR...``: check claim files and report a verdict per claim."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from typing import TYPE_CHECKING, Any

from claimcheck.cli._common import (
    ExitCode,
    named_files,
    output_stream,
    print_internal_errors,
    print_problems,
    say,
)

if TYPE_CHECKING:
    from claimcheck.batch import Batch
    from claimcheck.report.parts import Style

FORMATS = ("text", "json", "markdown", "html", "junit", "claimreview")
DEFAULT_TIME_LIMIT = 60.0  # seconds a file; a story's claim file takes well under one


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check claim files against their source figures",
        description=(
            "Check every claim in the claim files (folders are searched for *.yaml and *.yml; "
            "a CSV file stands for the claim files beside it that read it). "
            "Exit 0 when nothing is contradicted, 1 when a claim is contradicted (with --strict, "
            "also when one needs review, is unsourced or a number is unchecked), 2 for an "
            "invalid file, bad usage or a report that cannot be written, 3 for an internal "
            "error (a bug in claimcheck), 130 when interrupted."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="FILE", help="claim files, folders of them, or CSV sources"
    )
    parser.add_argument(
        "--format", "-f", choices=FORMATS, default="text", help="report format (default: text)"
    )
    parser.add_argument("--output", "-o", metavar="PATH", help="write the report here")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="also fail on claims that need review, unsourced claims and unchecked numbers",
    )
    parser.add_argument(
        "--article", metavar="PATH", help="the story's text: report numbers no claim checks"
    )
    parser.add_argument("--author", metavar="NAME", help="the fact-checker, for ClaimReview")
    parser.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        default=1,
        metavar="N",
        help="check files in N processes (at most one a CPU: more are capped)",
    )
    parser.add_argument(
        "--time-limit",
        type=_seconds,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help=(
            "stop checking a file after SECONDS, report it and carry on with the next "
            f"(default: {DEFAULT_TIME_LIMIT:g}; 0 for no limit)"
        ),
    )
    parser.add_argument(
        "--sources",
        metavar="TABLE",
        nargs="+",
        action="extend",
        help=(
            "a table file (.csv, .xlsx, .ods, datapackage.json) to use as a source of a claim "
            "file that names none; repeat it for several tables"
        ),
    )
    parser.add_argument(
        "--allow-outside",
        action="store_true",
        help="let a claim file read CSV sources and its article outside its own folder",
    )
    parser.set_defaults(func=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 86_400:
        raise argparse.ArgumentTypeError(f"expected seconds from 0 to 86400, got {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    from claimcheck import batch
    from claimcheck._gc import paused_gc
    from claimcheck.report.parts import PARTED

    files, problems = batch.expand(args.paths)
    if (args.article is not None or args.sources) and len(files) > 1:
        what = "--article" if args.article is not None else "--sources"
        say(f"claimcheck: error: {what} goes with a single claim file")
        return ExitCode.BAD_INPUT
    terminal = args.output is None and sys.stdout.isatty()
    color = terminal and _wants_color(sys.stdout)
    width = shutil.get_terminal_size().columns if terminal else None
    if args.format in PARTED and not args.sources:
        return _in_parts(args, files, problems, color=color, width=width)
    if args.sources and files:
        result = batch.Batch()
        result.outcomes.append(_with_tables(files[0], args))
    else:
        result = _run_jobs(args, files)
    from claimcheck.report import write

    problems += result.problems
    report = result.report
    if problems:
        print_problems(problems)
        if not report.claims:
            return ExitCode.BAD_INPUT
    inputs = _inputs(args, files, [article.path for article in report.articles if article.path])
    # Straight to the output as it is rendered (a temporary file renamed into place once whole),
    # never held as one string: a report of 100,000 claims stays within the models' memory.
    with output_stream(args.output, inputs=inputs) as out, paused_gc():
        write(report, args.format, out, color=color, author=args.author, width=width)
    if print_internal_errors(report.claims):
        return ExitCode.INTERNAL_ERROR
    if problems:
        return ExitCode.BAD_INPUT
    return _exit_code(report.summary, bool(report.unchecked), strict=args.strict)


def _run_jobs(args: argparse.Namespace, files: list[str], style: Style | None = None) -> Batch:
    """Check the files, in ``--jobs`` processes, each report rendered in ``style`` where it
    was checked when a style is given (``claimcheck.batch.run``)."""
    from claimcheck import batch
    from claimcheck._gc import paused_gc

    jobs = [batch.Job(path, args.article, args.allow_outside) for path in files]
    with paused_gc():  # the command owns its process: see claimcheck._gc
        return batch.run(
            jobs,
            workers=args.jobs,
            progress=_progress_line(),
            time_limit=args.time_limit or None,
            style=style,
        )


def _in_parts(
    args: argparse.Namespace, files: list[str], problems: list[Any], *, color: bool, width: Any
) -> int:
    """Check the files with each file's report rendered where it was checked (a worker, or
    this process) and the parts joined into the output: no result model is kept or rebuilt
    (``claimcheck.report.parts``)."""
    from claimcheck.report.parts import Style, summary, write_parts

    style = Style(args.format, color=color, width=width)
    result = _run_jobs(args, files, style)
    problems += result.problems
    parts = result.parts
    totals = summary(parts)
    if problems:
        print_problems(problems)
        if not totals.total:
            return ExitCode.BAD_INPUT
    inputs = _inputs(args, files, [path for piece in parts for path in piece.article_paths])
    with output_stream(args.output, inputs=inputs) as out:
        write_parts(parts, style, out)
    if print_internal_errors(failure for piece in parts for failure in piece.failures):
        return ExitCode.INTERNAL_ERROR
    if problems:
        return ExitCode.BAD_INPUT
    return _exit_code(totals, any(piece.unchecked for piece in parts), strict=args.strict)


def _inputs(args: argparse.Namespace, files: list[str], articles: list[str]) -> list[str]:
    """Every file the run reads, which the report may not be written over."""
    inputs = [*args.paths, *files, *([args.article] if args.article else []), *(args.sources or [])]
    if args.output is not None:
        inputs += [name for file in files for name in named_files(file)]
        inputs += articles
    return inputs


def _with_tables(path: str, args: argparse.Namespace) -> Any:
    """Check one claim file with the tables given by --sources as its sources."""
    from claimcheck.batch import Outcome
    from claimcheck.checking import check, read_article
    from claimcheck.claimfile.table_sources import load_with_tables
    from claimcheck.errors import ClaimFileError

    try:
        claim_file = load_with_tables(path, args.sources, allow_outside=args.allow_outside)
        article = None if args.article is None else read_article(args.article)
        report = check(claim_file, article=article)
    except ClaimFileError as error:
        return Outcome(path, problems=tuple(error.problems))
    if args.article is not None:
        update = {"path": args.article}
        articles = [item.model_copy(update=update) for item in report.articles]
        report = report.model_copy(update={"articles": articles})
    return Outcome(path, report=report)


def _exit_code(summary: Any, unchecked: bool, *, strict: bool) -> int:
    if summary.contradicted:
        return ExitCode.FINDINGS
    if strict and (summary.needs_review or summary.unsourced or unchecked):
        return ExitCode.FINDINGS
    return ExitCode.OK


def _wants_color(stream: Any) -> bool:
    # https://no-color.org: any non-empty NO_COLOR turns colour off.
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


class _Progress:
    """A progress line on stderr, shown only on a terminal and only after the first second."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if time.monotonic() - self.started < 1.0 and not self.shown:
            return
        self.shown = True
        end = "\n" if done == total else ""
        sys.stderr.write(f"\rclaimcheck: checked {done} of {total} files{end}")
        sys.stderr.flush()


def _progress_line() -> _Progress | None:
    return _Progress() if sys.stderr.isatty() else None
