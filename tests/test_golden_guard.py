"""Golden files cannot be refreshed by accident: under CI the refresh variable fails the run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from _golden import REFUSED, refreshing

ROOT = Path(__file__).resolve().parents[1]


def test_refreshing_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMCHECK_REFRESH_GOLDEN", raising=False)
    monkeypatch.setenv("CI", "1")
    assert refreshing() is False
    monkeypatch.delenv("CI")
    monkeypatch.setenv("CLAIMCHECK_REFRESH_GOLDEN", "1")
    assert refreshing() is True


def test_refreshing_under_ci_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_REFRESH_GOLDEN", "1")
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="never by CI"):
        refreshing()


def test_a_ci_run_with_the_refresh_variable_fails_before_any_test() -> None:
    env = {**os.environ, "CI": "1", "CLAIMCHECK_REFRESH_GOLDEN": "1"}
    golden = ROOT / "tests" / "golden" / "west-midlands.txt"
    before = golden.read_bytes()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/report"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode != 0
    assert REFUSED in run.stdout + run.stderr
    assert golden.read_bytes() == before


def test_ci_script_sets_ci() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "export CI=1" in script
