"""Pieces of the command line that a subprocess cannot reach: colour and the progress line."""

from __future__ import annotations

import io

import pytest

from claimcheck.cli import check as check_command


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert check_command._wants_color(Terminal())
    assert not check_command._wants_color(io.StringIO())


def test_no_color_is_respected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert not check_command._wants_color(Terminal())


def test_progress_line_waits_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(check_command.time, "monotonic", lambda: now[0])
    stderr = io.StringIO()
    monkeypatch.setattr(check_command.sys, "stderr", stderr)
    progress = check_command._Progress()
    progress(1, 3)
    assert stderr.getvalue() == ""
    now[0] += 1.5
    progress(2, 3)
    progress(3, 3)
    assert stderr.getvalue() == (
        "\rclaimcheck: checked 2 of 3 files\rclaimcheck: checked 3 of 3 files\n"
    )


def test_no_progress_line_off_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_command.sys, "stderr", io.StringIO())
    assert check_command._progress_line() is None
    monkeypatch.setattr(check_command.sys, "stderr", Terminal())
    assert check_command._progress_line() is not None


@pytest.mark.parametrize("text", ["0", "-1", "two", ""])
def test_jobs_must_be_a_positive_whole_number(text: str) -> None:
    with pytest.raises(check_command.argparse.ArgumentTypeError):
        check_command._positive(text)
