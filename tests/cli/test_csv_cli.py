"""CSV sources through the command line, as a reporter runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FOI = "Year,Crimes recorded\n2011,151\n2016,640\n"
CLAIMS = """\
sources:
  foi:
    csv: ../data/foi.csv
claims:
  - id: quadrupled
    quote: has more than quadrupled
    from: foi.crimes_recorded[2011]
    to: foi.crimes_recorded[2016]
"""


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "claimcheck", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)


def _layout(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "foi.csv").write_text(FOI, encoding="utf-8")
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "story.yaml").write_text(CLAIMS, encoding="utf-8")


def test_a_csv_outside_the_folder_is_refused(tmp_path: Path) -> None:
    _layout(tmp_path)
    result = _run("check", "stories/story.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "stories/story.yaml:3:10: sources.foi.csv: '../data/foi.csv' is outside the claim "
        "file's folder; allow it with --allow-outside (or allow_outside=True)\n"
    )


def test_allow_outside_reads_it_and_reports_the_cell(tmp_path: Path) -> None:
    _layout(tmp_path)
    result = _run(
        "check", "--allow-outside", "--format", "json", "stories/story.yaml", cwd=tmp_path
    )
    assert (result.returncode, result.stderr) == (0, "")
    claim = json.loads(result.stdout)["claims"][0]
    assert claim["verdict"] == "supported"
    assert "../data/foi.csv row 3, column 'Crimes recorded'" in result.stdout


def test_a_bad_cell_is_reported_at_its_line(tmp_path: Path) -> None:
    _layout(tmp_path)
    (tmp_path / "data" / "foi.csv").write_text(FOI.replace("640", "6.4O"), encoding="utf-8")
    result = _run("check", "--allow-outside", "stories/story.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "data/foi.csv:3:6: ../data/foi.csv row 3, column 'Crimes recorded': '6.4O' is not a "
        "number (write it as 640, 4.2, '12.5%', '£3.7m' or '1.13 million')\n"
    )
