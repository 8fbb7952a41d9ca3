"""Hostile input from a pull request nobody has reviewed: nothing in it can hang a check,
forge its log, destroy a file or turn a crash into a pass (exit codes 0/1/2/3/130)."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from fractions import Fraction
from pathlib import Path
from typing import IO

import pytest

import claimcheck
from claimcheck.cli import main
from claimcheck.cli._common import ExitCode

ROOT = Path(__file__).resolve().parents[2]

CONTRADICTED = """\
sources:
  release:
    title: Annual figures
    figures:
      offences: {2015: 150, 2016: 600}
claims:
  - id: not-more-than-quadrupled
    quote: offences have more than quadrupled
    from: release.offences[2015]
    to: release.offences[2016]
  - id: doubled
    quote: offences doubled
    from: release.offences[2015]
    to: release.offences[2016]
"""

SUPPORTED = """\
sources:
  release:
    title: Annual figures
    figures:
      offences: {2015: 150, 2016: 600}
claims:
  - id: quadrupled
    quote: offences quadrupled
    from: release.offences[2015]
    to: release.offences[2016]
"""


def run(*args: str, cwd: Path = ROOT, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": ""},
        timeout=120,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- exit codes -------------------------------------------------------------------------


def test_exit_codes_are_an_enum_with_internal_error_and_interrupted() -> None:
    assert [int(code) for code in ExitCode] == [0, 1, 2, 3, 130]
    assert ExitCode.INTERNAL_ERROR == 3


def test_an_internal_error_is_exit_3_with_the_rest_of_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from claimcheck.engine import checker

    real = checker._check

    def failing(claim: claimcheck.ClaimFile, *args: object) -> claimcheck.Finding:
        if claim.id == "doubled":  # type: ignore[attr-defined]
            raise ZeroDivisionError("injected\n::error file=x::forged")
        return real(claim, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(checker, "_check", failing)
    claims = write(tmp_path, "c.yaml", CONTRADICTED)
    assert main(["check", str(claims), "--format", "json"]) == ExitCode.INTERNAL_ERROR
    out, err = capsys.readouterr()
    report = json.loads(out)
    first, second = report["claims"]
    assert first["verdict"] == "contradicted"  # the other claim is still checked
    assert second["explanation"].startswith("internal error")
    assert [s["rule_id"] for s in second["statements"]] == ["internal.error"]
    assert "traceback" not in second
    assert "Traceback (most recent call last)" in err
    assert "ZeroDivisionError: injected" in err
    head, *traceback = err.splitlines()
    assert head.startswith("claimcheck: internal error while checking claim doubled")
    assert all(line.startswith("  ") for line in traceback)  # no line passes as a problem
    assert not any(line.strip().startswith("::") for line in traceback)


def test_a_crash_outside_the_claims_is_exit_3_not_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from claimcheck import batch

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(batch, "run", crash)
    assert main(["check", str(write(tmp_path, "c.yaml", SUPPORTED))]) == 3
    assert "internal error: RuntimeError: boom" in capsys.readouterr().err


def test_no_finding_reports_an_internal_error_for_hostile_numbers() -> None:
    cases = [
        ("rose to 1e70", {"before": "1", "after": "1e39"}),
        ("under 0×", {"before": 1, "after": 2}),
        ("10^99 5% 0 points", {"before": "0.5", "after": "1e39"}),
        ("over 0 × 0.5", {"before": "5%", "after": "1e-39"}),
        ("fell from 1e-39 to 1e39", {"before": "1e-39", "after": "1e39"}),
        ("a 9999^99e999-fold rise", {"before": 1, "after": 2}),
    ]
    for quote, given in cases:
        finding = claimcheck.verify(quote, **given)  # type: ignore[arg-type]
        assert not finding.internal_error, (quote, finding.explanation)


def test_standard_output_that_cannot_be_written_is_exit_2_with_one_line() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    claims = ROOT / "tests" / "data" / "cli" / "contradicted.yaml"
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "claimcheck", "check", str(claims)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    assert result.returncode == ExitCode.BAD_INPUT
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "cannot write the report" in result.stderr


def test_a_broken_pipe_keeps_the_contradicted_exit_code(tmp_path: Path) -> None:
    claims = write(tmp_path, "c.yaml", CONTRADICTED * 1)
    process = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "check", str(claims), "--format", "html"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader went away before the report was written
    _, err = process.communicate(timeout=120)
    assert process.returncode == ExitCode.FINDINGS
    assert b"Traceback" not in err


# Runs ``claimcheck scan -`` with standard input wrapped so that the command's first read
# says so on standard error: the interrupt is sent once the command is under way, however
# long start-up takes on a busy machine, never after a guessed wait.
# The child also takes Ctrl-C as Python does by default even when started with SIGINT ignored
# (as a shell starts a background job, and its children inherit).
_SAYS_WHEN_READING = """\
import signal, sys, types
from claimcheck.cli import main

signal.signal(signal.SIGINT, signal.default_int_handler)

class Reading:
    def __init__(self, raw):
        self.raw = raw

    def read(self, size=-1):
        print("reading standard input", file=sys.stderr, flush=True)
        return self.raw.read(size)

sys.stdin = types.SimpleNamespace(buffer=Reading(sys.stdin.buffer))
raise SystemExit(main(["scan", "-"]))
"""


def _first_line(stream: IO[bytes], timeout: float) -> bytes:
    """The first line written to ``stream``, waiting at most ``timeout`` seconds for it."""
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        assert selector.select(timeout), f"nothing written in {timeout} s"
    return stream.readline()


def test_ctrl_c_is_exit_130() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", _SAYS_WHEN_READING],
        stdin=subprocess.PIPE,  # never written: scan waits for its input
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stderr is not None
    try:
        assert _first_line(process.stderr, timeout=120) == b"reading standard input\n"
        process.send_signal(signal.SIGINT)
        # Closing standard input (communicate does) ends a read the signal reached just
        # before it began; the interrupt is then raised as soon as the read returns.
        _, err = process.communicate(timeout=120)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == ExitCode.INTERRUPTED
    assert b"Traceback" not in err
    assert b"claimcheck: interrupted" in err


def test_exit_codes_are_documented_in_a_table() -> None:
    for page in (ROOT / "README.md", ROOT / "docs" / "workflow.md"):
        text = page.read_text(encoding="utf-8")
        for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 130 |"):
            assert code in text, (page.name, code)


# --- bounded input ----------------------------------------------------------------------


def test_a_huge_tolerance_is_a_problem_at_its_line_not_a_hang(tmp_path: Path) -> None:
    text = "policy:\n  about_supported: 1e999999999\n" + SUPPORTED
    started = time.process_time()
    with pytest.raises(claimcheck.ClaimFileError) as caught:
        claimcheck.loads(text, path="p.yaml")
    assert time.process_time() - started < 5
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (2, 20)
    assert "too large" in problem.message


@pytest.mark.parametrize(
    "value", ["1e999999999", Fraction(10**100), 10**100, 1e300, "99999999999999999999999999%"]
)
def test_a_huge_tolerance_from_python_is_refused_quickly(value: object) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        claimcheck.Policy(about_review=value)


@pytest.mark.parametrize("figure", ["1e70", "1e-70", "9999^99e999"])
def test_a_figure_out_of_range_is_a_load_problem(figure: str) -> None:
    text = SUPPORTED.replace("{2015: 150, 2016: 600}", f"{{2015: '{figure}', 2016: 600}}")
    with pytest.raises(claimcheck.ClaimFileError) as caught:
        claimcheck.loads(text, path="f.yaml")
    [problem] = caught.value.problems
    assert problem.line == 5
    assert "too large" in problem.message or "too small" in problem.message


@pytest.mark.parametrize("value", ["1e70", 10**50, Fraction(1, 10**50), "9999^99e999"])
def test_verify_refuses_numbers_out_of_range_with_value_error(value: object) -> None:
    with pytest.raises(ValueError, match=r"too (large|small)|out of range"):
        claimcheck.verify("it was 5", value=value)  # type: ignore[arg-type]


def test_a_number_out_of_range_in_an_article_states_no_statistic() -> None:
    [mention] = [m for m in claimcheck.scan("Some 1e70 people came.") if m.text == "1e70"]
    assert not mention.statistical


def test_scan_json_takes_a_number_of_5000_digits(tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", "It was " + "9" * 40 + "^99e999 and " + "7" * 5000)
    result = run("scan", str(article), "--format", "json")
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)


def test_zero_base_zero_whole_and_negative_share_get_explained_verdicts() -> None:
    zero_base = claimcheck.verify("rose 50%", before=0, after=5)
    assert zero_base.verdict is claimcheck.Verdict.NEEDS_REVIEW
    assert "zero" in zero_base.explanation
    zero_whole = claimcheck.verify("half of them", part=5, whole=0)
    assert zero_whole.verdict is claimcheck.Verdict.NEEDS_REVIEW
    assert "zero" in zero_whole.explanation
    negative = claimcheck.verify("half of them", part=-5, whole=10)
    assert negative.verdict is claimcheck.Verdict.CONTRADICTED
    assert "-50%" in negative.explanation
    zero_multiple = claimcheck.verify("under 0×", before=1, after=2)
    assert zero_multiple.verdict is claimcheck.Verdict.NEEDS_REVIEW
    assert "multiple of 0" in zero_multiple.explanation


# --- a log nobody can forge -------------------------------------------------------------


def test_a_file_name_cannot_forge_problem_lines(tmp_path: Path) -> None:
    name = "a\n::error file=x::forged\x1b[2J\u202e.yaml"
    try:
        path = write(tmp_path, name, "claims: [")
    except OSError:
        pytest.skip("the file system refuses such a name")
    result = run("check", str(path))
    assert result.returncode == ExitCode.BAD_INPUT
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert "\x1b" not in result.stderr
    assert "\u202e" not in result.stderr
    assert "\\n::error" in lines[0]


def test_a_long_list_of_labels_is_capped(tmp_path: Path) -> None:
    labels = ", ".join(f"'L{n}': {n}" for n in range(60_000))
    text = SUPPORTED.replace("{2015: 150, 2016: 600}", "{" + labels + "}").replace(
        "release.offences[2015]", "release.offences[nope]"
    )
    with pytest.raises(claimcheck.ClaimFileError) as caught:
        claimcheck.loads(text, path="l.yaml")
    message = caught.value.problems[0].message
    assert "and 59,990 more" in message
    assert len(message) < 2000


def test_the_text_report_shows_hidden_characters_as_escapes(tmp_path: Path) -> None:
    hostile = SUPPORTED.replace("offences quadrupled", 'offences\\u202e quadrupled\\x1b[31m"')
    hostile = hostile.replace("quote: offences", 'quote: "offences').replace('m""', 'm"')
    claims = write(tmp_path, "c.yaml", hostile)
    result = run("check", str(claims))
    assert "\u202e" not in result.stdout
    assert "\x1b" not in result.stdout
    assert "\\u202e" in result.stdout


# --- files kept safe --------------------------------------------------------------------


def test_output_refuses_to_overwrite_the_claim_file(tmp_path: Path) -> None:
    claims = write(tmp_path, "c.yaml", SUPPORTED)
    result = run("check", str(claims), "-o", str(claims))
    assert result.returncode == ExitCode.BAD_INPUT
    assert "input of this run" in result.stderr
    assert claims.read_text(encoding="utf-8") == SUPPORTED


def test_output_refuses_to_overwrite_a_source_the_claim_file_reads(tmp_path: Path) -> None:
    csv = write(tmp_path, "figures.csv", "Year,Offences\n2015,150\n2016,600\n")
    claims = write(
        tmp_path,
        "c.yaml",
        "sources:\n  release:\n    csv: figures.csv\n    labels: Year\n"
        "    columns:\n      offences: Offences\n" + SUPPORTED[SUPPORTED.index("claims:") :],
    )
    result = run("check", str(claims), "-o", str(csv))
    assert result.returncode == ExitCode.BAD_INPUT, result.stderr
    assert csv.read_text(encoding="utf-8").startswith("Year,Offences")


def test_draft_refuses_to_overwrite_its_article(tmp_path: Path) -> None:
    article = write(tmp_path, "story.txt", "Crime rose by 12% last year.\n")
    result = run("draft", str(article), "-o", str(article))
    assert result.returncode == ExitCode.BAD_INPUT
    assert article.read_text(encoding="utf-8") == "Crime rose by 12% last year.\n"


def test_output_does_not_follow_a_symlink(tmp_path: Path) -> None:
    victim = write(tmp_path, "victim.txt", "keep me")
    claims = write(tmp_path, "c.yaml", SUPPORTED)
    link = tmp_path / "report.txt"
    link.symlink_to(victim)
    result = run("check", str(claims), "-o", str(link))
    assert result.returncode == ExitCode.BAD_INPUT
    assert "symbolic link" in result.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"


def test_output_is_written_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = write(tmp_path, "c.yaml", SUPPORTED)
    report = write(tmp_path, "report.txt", "the good old report")
    real_replace = os.replace

    def failing(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing)
    assert main(["check", str(claims), "-o", str(report)]) == ExitCode.BAD_INPUT
    assert report.read_text(encoding="utf-8") == "the good old report"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert "No space left on device" in capsys.readouterr().err
    monkeypatch.setattr(os, "replace", real_replace)
    assert main(["check", str(claims), "-o", str(report)]) == ExitCode.OK
    assert "SUPPORTED" in report.read_text(encoding="utf-8")


# --- articles that are not regular files, or too large ------------------------------------


def test_an_article_that_is_a_fifo_is_refused_not_waited_for(tmp_path: Path) -> None:
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    claims = write(tmp_path, "c.yaml", "article:\n  text: story.txt\n" + SUPPORTED)
    result = run("check", str(claims))
    assert result.returncode == ExitCode.BAD_INPUT
    assert "pipe" in result.stderr
    assert result.stderr.startswith(f"{claims}:2:")


def test_dev_zero_as_an_article_is_refused(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    claims = write(tmp_path, "c.yaml", "article:\n  text: /dev/zero\n" + SUPPORTED)
    result = run("check", str(claims), "--allow-outside")
    assert result.returncode == ExitCode.BAD_INPUT
    assert "device" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_article_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    from claimcheck.text.documents import MAX_BYTES

    big = tmp_path / "big.txt"
    with big.open("wb") as stream:
        stream.truncate(MAX_BYTES + 10)
    result = run("scan", str(big))
    assert result.returncode == ExitCode.BAD_INPUT
    assert "larger than" in result.stderr


# --- stdin and files agree ----------------------------------------------------------------


def test_scan_of_a_file_and_of_stdin_agree(tmp_path: Path) -> None:
    data = "Prices rose 12% in Zürich, to £3.7m.\n".encode("cp1252")
    article = tmp_path / "a.txt"
    article.write_bytes(data)
    from_file = run("scan", str(article), "--format", "json")
    from_stdin = subprocess.run(
        [sys.executable, "-m", "claimcheck", "scan", "-", "--format", "json"],
        input=data,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert from_file.returncode == from_stdin.returncode == 0
    assert json.loads(from_file.stdout) == json.loads(from_stdin.stdout)


def test_draft_from_stdin_with_invalid_utf8_writes_a_file_check_reads(tmp_path: Path) -> None:
    output = tmp_path / "draft.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", "draft", "-", "-o", str(output)],
        input="Crime rose by 12% in Köln last year.\n".encode("cp1252") + b"\xff\n",
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    text = output.read_text(encoding="utf-8")
    assert "\udcff" not in text
    assert run("check", str(output)).returncode in (0, 1)
