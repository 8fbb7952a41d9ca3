"""Golden files: every format, byte for byte, for the hand-built sample report and for the
real West Midlands claim file.

After an intended change to a renderer, refresh them and review the diff:

    CLAIMCHECK_REFRESH_GOLDEN=1 python -m pytest tests/report/test_report_golden.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from _golden import refreshing
from _report_samples import sample_report, west_midlands_report

from claimcheck.model import Report
from claimcheck.report import render

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
SUFFIXES = {
    "text": "txt",
    "json": "json",
    "markdown": "md",
    "html": "html",
    "junit": "xml",
    "claimreview": "claimreview.json",
}
CASES = [(name, fmt) for name in ("sample", "west-midlands") for fmt in SUFFIXES]


def _report(name: str) -> Report:
    return sample_report() if name == "sample" else west_midlands_report()


def _compare(path: Path, output: str) -> None:
    if refreshing():
        path.write_text(output, encoding="utf-8", newline="\n")
    expected = path.read_text(encoding="utf-8")
    assert output == expected, f"{path.name} differs; refresh with CLAIMCHECK_REFRESH_GOLDEN=1"


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_golden(name: str, fmt: str) -> None:
    output = render(_report(name), fmt, author="Data desk" if name == "sample" else None)
    _compare(GOLDEN / f"{name}.{SUFFIXES[fmt]}", output)


def test_golden_text_in_colour() -> None:
    _compare(GOLDEN / "sample.color.txt", render(sample_report(), "text", color=True))


@pytest.mark.parametrize("fmt", list(SUFFIXES))
def test_the_command_prints_the_golden_report(fmt: str) -> None:
    # The command adds nothing of its own: no colour when not on a terminal, no timestamp.
    command = ["check", "claims/west-midlands-2016.yaml", "--format", fmt]
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (GOLDEN / f"west-midlands.{SUFFIXES[fmt]}").read_text(encoding="utf-8")
