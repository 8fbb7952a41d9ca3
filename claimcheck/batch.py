"""Checking many claim files at once: folders expanded, files checked in parallel processes,
results in the same order as a sequential run."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.errors import ClaimFileError, Problem
from claimcheck.model import Report

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from claimcheck.report.parts import Part, Style

CLAIM_FILE_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What checking one claim file gave: a report, or the problems that stopped it.

    A run given a ``style`` gives the report rendered instead (``part``), and no report.
    """

    path: str
    report: Report | None = None
    problems: tuple[Problem, ...] = ()
    part: Part | None = None


@dataclass(frozen=True, slots=True)
class Job:
    """One claim file to check, with the options that apply to it."""

    path: str
    article: str | None = None
    allow_outside: bool = False


@dataclass
class Batch:
    """The outcomes of a run, in the order the files were given."""

    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return [problem for outcome in self.outcomes for problem in outcome.problems]

    @property
    def report(self) -> Report:
        return Report.merge([o.report for o in self.outcomes if o.report is not None])

    @property
    def parts(self) -> list[Part]:
        """The rendered parts, in order, of a run given a ``style``."""
        return [outcome.part for outcome in self.outcomes if outcome.part is not None]


def expand(paths: Iterable[str]) -> tuple[list[str], list[Problem]]:
    """Claim files named by ``paths``, each once, in order.

    Files are taken as given; folders are searched for *.yaml and *.yml (sorted, hidden files
    and folders skipped); a CSV file stands for the claim files beside it that name it, so a
    commit that changes only a spreadsheet still checks the claims resting on it. A path that
    does not exist is a problem.
    """
    files: dict[str, None] = {}
    problems: list[Problem] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = _claim_files_in(path, recursive=True)
            if not found:
                problems.append(Problem(name, 1, 1, "no claim files (*.yaml, *.yml) in folder"))
            files.update(dict.fromkeys(found))
        elif path.suffix.lower() == ".csv" and path.is_file():
            readers = [
                candidate
                for candidate in _claim_files_in(path.parent, recursive=False)
                if path.name in _text(candidate)
            ]
            if not readers:
                problems.append(Problem(name, 1, 1, "no claim file beside it reads this CSV"))
            files.update(dict.fromkeys(readers))
        elif path.exists():
            files[name] = None
        else:
            problems.append(Problem(name, 1, 1, "no such file or folder"))
    return list(files), problems


def _claim_files_in(folder: Path, *, recursive: bool) -> list[str]:
    """The claim files in ``folder`` (and its subfolders when ``recursive``), sorted, named as
    ``folder / name`` names them; hidden files and folders are skipped, and so are folders
    that cannot be read. One directory listing a folder: no file is looked at on its own."""
    base = str(folder)
    found: list[str] = []
    pending = ["" if base == "." else base]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory or ".") as entries:
                listed = [entry for entry in entries if not entry.name.startswith(".")]
        except OSError:
            continue
        for entry in listed:
            name = os.path.join(directory, entry.name)
            try:
                if entry.name.endswith(CLAIM_FILE_SUFFIXES) and entry.is_file():
                    found.append(name)
                elif recursive and entry.is_dir(follow_symlinks=False):
                    pending.append(name)
            except OSError:
                continue
    return sorted(found)


def _text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def run_job(job: Job) -> Outcome:
    """Load and check one claim file. Never raises for a bad file: problems are the outcome."""
    from claimcheck.checking import check, read_document
    from claimcheck.claimfile.loader import load

    try:
        claim_file = load(job.path, allow_outside=job.allow_outside)
        document = None if job.article is None else read_document(job.article)
        report = check(claim_file, article=None if document is None else document.text)
        if job.article is not None and document is not None:
            report = _with_article_path(report, job.article, document.notes)
    except ClaimFileError as error:
        return Outcome(job.path, problems=tuple(error.problems))
    return Outcome(job.path, report=report)


def _with_article_path(report: Report, article: str, notes: Sequence[str] = ()) -> Report:
    update = {"path": article, "notes": list(notes)}
    articles = [a.model_copy(update=update) for a in report.articles]
    return report.model_copy(update={"articles": articles})


def usable_cpus() -> int:
    """How many CPUs this process may run on (its affinity where the system tells it)."""
    sched_getaffinity = getattr(os, "sched_getaffinity", None)
    if sched_getaffinity is not None:
        return max(1, len(sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def run(
    jobs: Sequence[Job],
    *,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
    time_limit: float | None = None,
    style: Style | None = None,
) -> Batch:
    """Check every job, in ``workers`` processes when more than one, keeping the given order.

    ``workers`` is capped at the number of CPUs this process may use and at the number of jobs:
    more processes than cores only add start-up and switching. With ``time_limit`` (seconds), a
    file whose check takes longer is stopped and reported as a problem, and the run carries on
    with the next file (see ``_timer``). With a ``style``, each file's report is rendered where
    it was checked, and the outcomes hold the parts (``claimcheck.report.parts``), not reports.
    """
    workers = max(1, min(workers, usable_cpus(), len(jobs)))
    batch = Batch()
    for done, outcome in enumerate(_outcomes(jobs, workers, time_limit, style), start=1):
        batch.outcomes.append(outcome)
        if progress is not None:
            progress(done, len(jobs))
    return batch


def _outcomes(
    jobs: Sequence[Job], workers: int, time_limit: float | None, style: Style | None
) -> Iterator[Outcome]:
    checked = partial(_checked, time_limit=time_limit, style=style)
    in_process = time_limit is None or threading.current_thread() is threading.main_thread()
    if workers <= 1 and in_process:
        yield from map(checked, jobs)
        return
    import gc
    from concurrent.futures import ProcessPoolExecutor

    # The workers are forked from this process once it has imported and compiled what a check
    # needs (``warm``), so none of them pays for it again. They get the files in chunks
    # (``chunks``) and send back plain data (see ``_Sent``): rendered parts when the run has a
    # style, so this process only joins text; otherwise reports as JSON, which this process
    # turns into result models in pydantic's compiled code. Chunks are yielded in the order
    # they were given, so output matches a sequential run. The workers are this run's own
    # processes, so their cyclic collector stays off (see claimcheck._gc).
    warm(style)
    sent = partial(_sent_chunk, time_limit=time_limit, style=style)
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=_fork_context(), initializer=gc.disable
    ) as pool:
        futures = [pool.submit(sent, tuple(jobs[part])) for part in chunks(len(jobs), workers)]
        try:
            for future in futures:
                for each in future.result():
                    yield each.outcome()
        finally:
            for future in futures:  # a run stopped early leaves no work queued behind it
                future.cancel()


def chunks(count: int, workers: int) -> list[slice]:
    """``count`` files cut into the chunks a run's ``workers`` take, in order.

    Each chunk is a share of the files still left (a quarter of a worker's part of them), so
    the first chunks are large and the last ones small: large chunks keep the messages between
    processes few (one a chunk each way), and small ones at the end let the workers finish
    together instead of one waiting on the other's last large chunk.
    """
    cut: list[slice] = []
    start = 0
    while start < count:
        size = max(_SMALLEST_CHUNK, -(-(count - start) // (workers * _CHUNKS_A_WORKER)))
        size = min(size, -(-count // workers))  # a few files: one chunk for each worker
        cut.append(slice(start, min(count, start + size)))
        start += size
    return cut


_CHUNKS_A_WORKER = 4
_SMALLEST_CHUNK = 4


def _fork_context() -> BaseContext | None:
    """Workers forked from this process where the system can fork safely (Linux), so that what
    ``warm`` loaded is theirs from the start; elsewhere the platform's default."""
    import multiprocessing

    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return None


# A small claim file in the wordings stories use most, checked once before workers are forked:
# it imports the loader, the engine and the renderers, and compiles the patterns they use.
_WARM_UP = """\
sources:
  office:
    figures:
      total: 1250
      cases: {2011: 480, 2015: 1012, 2016: 1180}
      share_part: 251
      share_whole: 1260
      peak: {2011: 1300, 2012: 900, 2013: 1000, 2014: 1100}
claims:
  - id: rise
    quote: "cases rose by 17 per cent between 2015 and 2016"
    from: office.cases[2015]
    to: office.cases[2016]
  - id: doubled
    quote: "the number of cases has more than doubled since 2011, from 480 to 1,180"
    from: office.cases[2011]
    to: office.cases[2016]
  - id: almost
    quote: "almost 1,300 people were counted"
    figure: office.total
  - id: share
    quote: "one in five of them, about 20%, was a child"
    part: office.share_part
    whole: office.share_whole
  - id: record
    quote: "the highest since 2011"
    figure: office.peak[2014]
"""


def warm(style: Style | None = None) -> None:
    """Check a small claim file in this process, rendered as a run in ``style`` renders: every
    module a check needs is imported and the patterns it uses are compiled, once, here.

    ``run`` calls it before it forks its workers, which then start with all of it."""
    from claimcheck.checking import check
    from claimcheck.claimfile.loader import loads

    report = check(loads(_WARM_UP, "<warm-up>"))
    if style is None:
        report.model_dump_json()
    else:
        from claimcheck.report.parts import part

        part(report, style)


def _checked(job: Job, *, time_limit: float | None, style: Style | None = None) -> Outcome:
    outcome = _limited(job, time_limit=time_limit)
    if style is None or outcome.report is None:
        return outcome
    from claimcheck.report.parts import part

    return Outcome(outcome.path, problems=outcome.problems, part=part(outcome.report, style))


@dataclass(frozen=True, slots=True)
class _Sent:
    """An outcome as a worker sends it back: the report as JSON bytes (or its rendered part),
    problems as tuples."""

    path: str
    report: bytes | None
    problems: tuple[tuple[str, int, int, str], ...]
    part: Part | None = None

    def outcome(self) -> Outcome:
        report = None if self.report is None else Report.model_validate_json(self.report)
        problems = tuple(Problem(*problem) for problem in self.problems)
        return Outcome(self.path, report=report, problems=problems, part=self.part)


def _sent(job: Job, *, time_limit: float | None, style: Style | None = None) -> _Sent:
    outcome = _checked(job, time_limit=time_limit, style=style)
    report = None if outcome.report is None else outcome.report.model_dump_json().encode()
    problems = tuple((p.path, p.line, p.column, p.message) for p in outcome.problems)
    return _Sent(outcome.path, report, problems, outcome.part)


def _sent_chunk(
    jobs: Sequence[Job], *, time_limit: float | None, style: Style | None = None
) -> list[_Sent]:
    """A worker's answer for one chunk of files, in order."""
    return [_sent(job, time_limit=time_limit, style=style) for job in jobs]


class _TimeUp(BaseException):
    """Raised by the timer inside a check that ran out of time. A BaseException, so that no
    ``except Exception`` on the way can take it for an ordinary failure and carry on."""


def _limited(job: Job, *, time_limit: float | None) -> Outcome:
    if time_limit is None or not hasattr(signal, "setitimer"):  # no interval timers: no limit
        return run_job(job)
    try:
        with _timer(time_limit):
            return run_job(job)
    except _TimeUp:
        message = f"took longer than {time_limit:g} s to check; stopped (see --time-limit)"
        return Outcome(job.path, problems=(Problem(job.path, 1, 1, message),))


@contextmanager
def _timer(seconds: float) -> Iterator[None]:
    """Raise ``_TimeUp`` in this thread once ``seconds`` of wall-clock time have passed.

    A real-time interval timer and its signal: Python checks for signals between bytecodes and
    inside long loops in its regular-expression engine and big-number arithmetic, so a stuck
    check stops within moments of the limit. Signals reach only the main thread: ``run`` moves
    a limited run to a worker process when it is called from another thread.
    """

    def expired(signum: int, frame: object) -> None:
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
