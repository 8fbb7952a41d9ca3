"""The ``claimcheck`` command as an editor or a pipeline runs it: a subprocess, its exit code,
stdout and stderr."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data" / "cli"
WEST_MIDLANDS = ROOT / "claims" / "west-midlands-2016.yaml"
SHARED = ROOT.parent / "shared"
ARTICLE = SHARED / "articles" / "west-midlands-indecent-images.txt"
needs_article = pytest.mark.skipif(
    not ARTICLE.exists(), reason="the shared articles folder is not beside this checkout"
)
PROBLEM_LINE = re.compile(r"^[^:\n]+:\d+:\d+: .+$")


def claimcheck(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``python -m claimcheck`` as a user would, never colouring (not a terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": ""},
        timeout=120,
        check=False,
    )


def test_version() -> None:
    from claimcheck import __version__

    result = claimcheck("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"claimcheck {__version__}"


def test_no_command_is_a_usage_error() -> None:
    result = claimcheck()
    assert result.returncode == 2
    assert "usage" in result.stderr


def test_unknown_option_is_a_usage_error() -> None:
    result = claimcheck("check", "--no-such-option", str(WEST_MIDLANDS))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_west_midlands_passes() -> None:
    result = claimcheck("check", str(WEST_MIDLANDS))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "4.24" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no colour


def test_west_midlands_json_report() -> None:
    result = claimcheck("check", "--format", "json", str(WEST_MIDLANDS))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    verdicts = {claim["id"]: claim["verdict"] for claim in report["claims"]}
    assert verdicts["crimes-quadrupled"] == "supported"
    assert verdicts["distribution-24-fold"] == "supported"
    assert verdicts["warrants"] == "unsourced"
    assert report["summary"]["contradicted"] == 0
    assert list(verdicts) == [
        "crimes-quadrupled",
        "crimes-640",
        "arrests-691",
        "distribution-24-fold",
        "most-common-offence",
        "team-officers",
        "warrants",
        "arrests-since-june",
    ]


def test_contradicted_claim_exits_1() -> None:
    result = claimcheck("check", "--format", "json", str(DATA / "contradicted.yaml"))
    assert result.returncode == 1
    verdicts = {c["id"]: c["verdict"] for c in json.loads(result.stdout)["claims"]}
    assert verdicts == {
        "not-more-than-quadrupled": "contradicted",
        "exactly-quadrupled": "supported",
    }


def test_needs_review_passes_unless_strict() -> None:
    assert claimcheck("check", str(DATA / "review.yaml")).returncode == 0
    assert claimcheck("check", "--strict", str(DATA / "review.yaml")).returncode == 1


def test_strict_fails_on_unsourced_claims() -> None:
    assert claimcheck("check", "--strict", str(WEST_MIDLANDS)).returncode == 1


def test_invalid_file_reports_every_problem_with_its_place() -> None:
    result = claimcheck("check", str(DATA / "invalid.yaml"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) >= 2
    assert all(PROBLEM_LINE.match(line) for line in lines), lines
    assert any(":10:" in line and "2012" in line for line in lines)
    assert any(":12:" in line and "quot" in line for line in lines)


def test_missing_file_is_bad_input() -> None:
    result = claimcheck("check", "no-such-file.yaml")
    assert result.returncode == 2
    assert PROBLEM_LINE.match(result.stderr.strip())


def test_folder_is_checked_file_by_file_in_order(tmp_path: Path) -> None:
    for name in ("b.yaml", "a.yaml"):
        shutil.copy(DATA / "contradicted.yaml", tmp_path / name)
    result = claimcheck("check", "--format", "json", str(tmp_path))
    assert result.returncode == 1
    files = [Path(c["file"]).name for c in json.loads(result.stdout)["claims"]]
    assert files == ["a.yaml", "a.yaml", "b.yaml", "b.yaml"]


def test_parallel_run_matches_sequential(tmp_path: Path) -> None:
    for index in range(6):
        source = DATA / ("contradicted.yaml" if index % 2 else "review.yaml")
        shutil.copy(source, tmp_path / f"claims-{index}.yaml")
    sequential = claimcheck("check", "--format", "json", str(tmp_path))
    parallel = claimcheck("check", "--format", "json", "--jobs", "2", str(tmp_path))
    assert parallel.returncode == sequential.returncode == 1
    assert parallel.stdout == sequential.stdout


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = claimcheck("check", "--format", "json", "--output", str(target), str(WEST_MIDLANDS))
    assert result.returncode == 0
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["supported"] >= 4


@needs_article
def test_article_leaves_no_statistical_number_unchecked() -> None:
    result = claimcheck("check", "--format", "json", "--article", str(ARTICLE), str(WEST_MIDLANDS))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["unchecked"] == []


@needs_article
def test_strict_fails_on_unchecked_numbers(tmp_path: Path) -> None:
    one_claim = tmp_path / "one-claim.yaml"
    one_claim.write_text(
        "sources:\n"
        "  foi:\n"
        "    title: FOI response\n"
        "    figures:\n"
        "      crimes: {2011: 151, 2016: 640}\n"
        "claims:\n"
        "  - id: quadrupled\n"
        "    quote: has more than quadrupled over the last five years\n"
        "    from: foi.crimes[2011]\n"
        "    to: foi.crimes[2016]\n",
        encoding="utf-8",
    )
    lenient = claimcheck("check", "--format", "json", "--article", str(ARTICLE), str(one_claim))
    assert lenient.returncode == 0, lenient.stderr
    unchecked = [mention["text"] for mention in json.loads(lenient.stdout)["unchecked"]]
    assert "640" in unchecked
    assert "0808 800 5000" not in unchecked
    strict = claimcheck("check", "--strict", "--article", str(ARTICLE), str(one_claim))
    assert strict.returncode == 1


@needs_article
def test_edited_quote_needs_review(tmp_path: Path) -> None:
    text = WEST_MIDLANDS.read_text(encoding="utf-8").replace(
        "has more than quadrupled over", "has more than trebled over"
    )
    edited = tmp_path / "edited.yaml"
    edited.write_text(text, encoding="utf-8")
    for csv in WEST_MIDLANDS.parent.glob("*.csv"):
        shutil.copy(csv, tmp_path / csv.name)
    result = claimcheck("check", "--format", "json", "--article", str(ARTICLE), str(edited))
    claims = {c["id"]: c for c in json.loads(result.stdout)["claims"]}
    assert claims["crimes-quadrupled"]["verdict"] == "needs_review"
    assert "quote not found in the article" in json.dumps(claims["crimes-quadrupled"])


def test_article_with_several_files_is_a_usage_error() -> None:
    review = str(DATA / "review.yaml")
    result = claimcheck("check", "--article", str(WEST_MIDLANDS), str(WEST_MIDLANDS), review)
    assert result.returncode == 2


def test_unwritable_output_is_bad_usage_not_a_traceback(tmp_path: Path) -> None:
    result = claimcheck("check", "--output", str(tmp_path), str(WEST_MIDLANDS))
    assert result.returncode == 2
    assert result.stderr.startswith(f"claimcheck: error: cannot write {tmp_path}")
    assert "Traceback" not in result.stderr
