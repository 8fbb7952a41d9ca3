"""Expanding paths into claim files, and keeping the order of a run."""

from __future__ import annotations

from pathlib import Path

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
