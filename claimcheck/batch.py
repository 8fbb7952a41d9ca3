"""Checking many claim files at once: folders expanded, files checked in parallel processes,
results in the same order as a sequential run."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import ClaimFileError, Problem
from claimcheck.model import Report

CLAIM_FILE_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What checking one claim file gave: a report, or the problems that stopped it."""

    path: str
    report: Report | None = None
    problems: tuple[Problem, ...] = ()


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
    candidates = folder.rglob("*") if recursive else folder.iterdir()
    return sorted(
        str(candidate)
        for candidate in candidates
        if candidate.suffix in CLAIM_FILE_SUFFIXES
        and candidate.is_file()
        and not any(part.startswith(".") for part in candidate.relative_to(folder).parts)
    )


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


def run(
    jobs: Sequence[Job],
    *,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> Batch:
    """Check every job, in ``workers`` processes when more than one, keeping the given order."""
    batch = Batch()
    for done, outcome in enumerate(_outcomes(jobs, workers), start=1):
        batch.outcomes.append(outcome)
        if progress is not None:
            progress(done, len(jobs))
    return batch


def _outcomes(jobs: Sequence[Job], workers: int) -> Iterator[Outcome]:
    if workers <= 1 or len(jobs) <= 1:
        yield from map(run_job, jobs)
        return
    import gc
    from concurrent.futures import ProcessPoolExecutor

    # Chunks keep the cost of sending work to processes small beside the work itself;
    # ``map`` yields in submission order, so output matches a sequential run. The workers are
    # this run's own processes, so their cyclic collector stays off (see claimcheck._gc).
    chunk = max(1, len(jobs) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, initializer=gc.disable) as pool:
        yield from pool.map(run_job, jobs, chunksize=chunk)
