"""Expanding paths into claim files, and keeping the order of a run."""

from __future__ import annotations

import concurrent.futures
import pickle
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from claimcheck import batch


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("claims: []\n", encoding="utf-8")
    return path


def test_folders_give_their_claim_files_sorted(tmp_path: Path) -> None:
    touch(tmp_path / "b" / "story.yaml")
    touch(tmp_path / "a.yml")
    touch(tmp_path / "notes.txt")
    touch(tmp_path / ".hidden" / "skip.yaml")
    files, problems = batch.expand([str(tmp_path)])
    assert problems == []
    assert [Path(f).relative_to(tmp_path).as_posix() for f in files] == ["a.yml", "b/story.yaml"]


def test_files_are_kept_as_given(tmp_path: Path) -> None:
    second, first = touch(tmp_path / "z.yaml"), touch(tmp_path / "a.yaml")
    files, problems = batch.expand([str(second), str(first)])
    assert files == [str(second), str(first)]
    assert problems == []


def test_missing_paths_and_empty_folders_are_problems(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    files, problems = batch.expand([str(tmp_path / "missing.yaml"), str(tmp_path / "empty")])
    assert files == []
    assert [p.message for p in problems] == [
        "no such file or folder",
        "no claim files (*.yaml, *.yml) in folder",
    ]
    assert all((p.line, p.column) == (1, 1) for p in problems)


def test_progress_is_called_once_per_file(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    jobs = [batch.Job(str(tmp_path / f"missing-{i}.yaml")) for i in range(3)]
    result = batch.run(jobs, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert [outcome.path for outcome in result.outcomes] == [job.path for job in jobs]
    assert all(outcome.report is None and outcome.problems for outcome in result.outcomes)


def test_a_csv_stands_for_the_claim_files_beside_it_that_read_it(tmp_path: Path) -> None:
    (tmp_path / "foi.csv").write_text("Year,Crimes\n2011,151\n", encoding="utf-8")
    (tmp_path / "other.csv").write_text("Year,Crimes\n2011,151\n", encoding="utf-8")
    reader = tmp_path / "story.yaml"
    reader.write_text("sources:\n  foi:\n    csv: foi.csv\n", encoding="utf-8")
    touch(tmp_path / "unrelated.yaml")
    files, problems = batch.expand([str(tmp_path / "foi.csv"), str(reader)])
    assert files == [str(reader)]  # once, though named twice
    assert problems == []
    files, problems = batch.expand([str(tmp_path / "other.csv")])
    assert files == []
    assert [p.message for p in problems] == ["no claim file beside it reads this CSV"]


def _slow_or_quick(job: batch.Job) -> batch.Outcome:
    """Stands in for checking: a file named 'slow' never finishes, any other is quick."""
    if "slow" in job.path:
        time.sleep(600)
    return batch.Outcome(job.path)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_over_the_time_limit_is_reported_and_the_run_carries_on(
    monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(batch, "run_job", _slow_or_quick)
    monkeypatch.setattr(batch, "usable_cpus", lambda: 2)
    jobs = [batch.Job("a.yaml"), batch.Job("slow.yaml"), batch.Job("b.yaml")]
    result = batch.run(jobs, workers=workers, time_limit=0.5)
    assert [outcome.path for outcome in result.outcomes] == ["a.yaml", "slow.yaml", "b.yaml"]
    assert [str(p) for p in result.problems] == [
        "slow.yaml:1:1: took longer than 0.5 s to check; stopped (see --time-limit)"
    ]
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL  # the timer is put back


def test_the_time_limit_holds_off_a_thread_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # Signals reach only the main thread, so from another thread the check runs in a process.
    monkeypatch.setattr(batch, "run_job", _slow_or_quick)
    results: list[batch.Batch] = []
    thread = threading.Thread(
        target=lambda: results.append(batch.run([batch.Job("slow.yaml")], time_limit=0.5))
    )
    thread.start()
    thread.join(timeout=60)
    assert [p.message.split(";")[0] for p in results[0].problems] == [
        "took longer than 0.5 s to check"
    ]


def test_workers_are_capped_at_the_cpus_and_the_files(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []

    class Pool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, max_workers: int, **kwargs: Any) -> None:
            started.append(max_workers)
            super().__init__(max_workers, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(batch, "usable_cpus", lambda: 2)
    jobs = [batch.Job(f"missing-{i}.yaml") for i in range(5)]
    assert len(batch.run(jobs, workers=512).outcomes) == 5
    assert len(batch.run(jobs[:1], workers=512).outcomes) == 1  # one file: no pool at all
    assert started == [2]
    assert batch.usable_cpus() >= 1


def test_workers_send_back_plain_data_that_gives_the_same_report() -> None:
    claims = Path(__file__).resolve().parents[1] / "claims" / "west-midlands-2016.yaml"
    job = batch.Job(str(claims))
    sent = batch._sent(job, time_limit=None)
    assert isinstance(sent.report, bytes)
    assert pickle.loads(pickle.dumps(sent)) == sent
    assert sent.outcome() == batch.run_job(job)
    problems = batch._sent(batch.Job("missing.yaml"), time_limit=None)
    assert problems.report is None
    assert problems.outcome() == batch.run_job(batch.Job("missing.yaml"))


def test_workers_can_send_back_their_file_rendered_instead() -> None:
    from claimcheck.report import render
    from claimcheck.report.parts import Style, part

    claims = Path(__file__).resolve().parents[1] / "claims" / "west-midlands-2016.yaml"
    job = batch.Job(str(claims))
    style = Style("json")
    sent = batch._sent(job, time_limit=None, style=style)
    assert sent.report is None
    assert sent.part is not None
    assert pickle.loads(pickle.dumps(sent)) == sent
    report = batch.run_job(job).report
    assert report is not None
    assert sent.outcome().part == part(report, style)
    rendered = batch.run([job, job], style=Style("text")).parts
    assert len(rendered) == 2
    assert rendered[0].sections[0] in render(report, "text")
