"""``claimcheck scan`` and ``claimcheck draft`` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT.parent / "shared" / "articles" / "west-midlands-indecent-images.txt"
HAND_WRITTEN = ROOT / "claims" / "west-midlands-2016.yaml"

needs_article = pytest.mark.skipif(
    not ARTICLE.is_file(),
    reason="the shared West Midlands article (../shared/articles) is not beside the repository",
)


def claimcheck(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        check=False,
        timeout=120,
    )


def test_scan_json(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Crime rose 37 per cent.\nCall 0800 1111 in 2016.\n", encoding="utf-8")
    result = claimcheck("scan", "--format", "json", str(article))
    assert result.returncode == 0, result.stderr
    mentions = json.loads(result.stdout)["mentions"]
    assert mentions == [
        {
            "start": 11,
            "end": 22,
            "text": "37 per cent",
            "value": "37",
            "kind": "percent",
            "qualifier": None,
            "statistical": True,
        },
        {
            "start": 29,
            "end": 38,
            "text": "0800 1111",
            "value": "8001111",
            "kind": "phone",
            "qualifier": None,
            "statistical": False,
        },
        {
            "start": 42,
            "end": 46,
            "text": "2016",
            "value": "2016",
            "kind": "year",
            "qualifier": None,
            "statistical": False,
        },
    ]


def test_scan_text_reads_stdin() -> None:
    result = claimcheck("scan", "-", stdin="Almost 140 warrants since June 2016.\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "1:8\tcount\t140  [almost]",
        "1:32\tyear\t2016  (not a statistic)",
        "2 numbers, 1 stating a statistic",
    ]


def test_scan_missing_file_is_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = claimcheck("scan", str(missing))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"{missing}:1:1: cannot read article")
    assert "Traceback" not in result.stderr


def test_scan_bad_format_is_exit_2() -> None:
    result = claimcheck("scan", "--format", "xml", "-")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_draft_writes_a_file_that_checks(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Arrests rose from 358 in 2011 to 691 in 2016.\n", encoding="utf-8")
    target = tmp_path / "claims.yaml"
    result = claimcheck("draft", str(article), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "# TODO" in target.read_text(encoding="utf-8")
    checked = claimcheck("check", "--format", "json", "--article", str(article), str(target))
    assert checked.returncode == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["summary"]["unsourced"] == 1
    assert report["unchecked"] == []


def test_draft_with_bad_sources_is_exit_2(tmp_path: Path) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources: [\n", encoding="utf-8")
    result = claimcheck("draft", "-", "--sources", str(sources), stdin="640 crimes.\n")
    assert result.returncode == 2
    assert result.stderr.startswith(f"{sources}:")
    assert "Traceback" not in result.stderr


@needs_article
def test_draft_with_sources_on_the_west_midlands_article(tmp_path: Path) -> None:
    target = tmp_path / "drafted.yaml"
    result = claimcheck("draft", str(ARTICLE), "--sources", str(HAND_WRITTEN), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "# proposed: confirm" in target.read_text(encoding="utf-8")
    checked = claimcheck("check", "--format", "json", "--article", str(ARTICLE), str(target))
    assert checked.returncode == 0, checked.stderr
    summary = json.loads(checked.stdout)["summary"]
    # one claim per statement: "almost 140 warrants" and "110 arrests" are two claims
    assert summary == {"supported": 4, "needs_review": 0, "contradicted": 0, "unsourced": 3}


def test_draft_keeps_a_csv_source_and_its_cells(tmp_path: Path) -> None:
    (tmp_path / "foi.csv").write_text("Year,Arrests\n2011,358\n2016,691\n", encoding="utf-8")
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n  foi:\n    title: FOI\n    csv: foi.csv\n    labels: Year\nclaims: []\n",
        encoding="utf-8",
    )
    article = tmp_path / "story.txt"
    article.write_text("Arrests rose from 358 in 2011 to 691 in 2016.\n", encoding="utf-8")
    target = tmp_path / "drafted.yaml"
    result = claimcheck("draft", str(article), "--sources", str(sources), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert 'csv: "foi.csv"' in target.read_text(encoding="utf-8")
    checked = claimcheck("check", "--format", "json", str(target))
    assert checked.returncode == 0, checked.stderr
    [claim] = json.loads(checked.stdout)["claims"]
    assert [use["cell"] for use in claim["sources"]] == [
        "foi.csv row 2, column 'Arrests'",
        "foi.csv row 3, column 'Arrests'",
    ]


@needs_article
def test_scan_the_west_midlands_article() -> None:
    result = claimcheck("scan", "--format", "json", str(ARTICLE))
    assert result.returncode == 0, result.stderr
    mentions = json.loads(result.stdout)["mentions"]
    phones = [m["text"] for m in mentions if m["kind"] == "phone"]
    assert phones == ["0808 800 5000", "0800 1111"]
    assert not any(m["statistical"] for m in mentions if m["kind"] in ("phone", "year"))
