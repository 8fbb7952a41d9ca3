"""A report streamed to --output is still written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.cli._common import UsageError, output_stream


def test_the_file_appears_only_when_the_report_is_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    with output_stream(str(target)) as out:
        out.write("first part\n")
        assert not target.exists()
        out.write("second part\n")
    assert target.read_text(encoding="utf-8") == "first part\nsecond part\n"
    assert [path.name for path in tmp_path.iterdir()] == ["report.txt"]


def test_a_failure_while_rendering_leaves_the_old_report_and_no_temporary_file(
    tmp_path: Path,
) -> None:
    target = tmp_path / "report.txt"
    target.write_text("the old report\n", encoding="utf-8")

    def render_half() -> None:
        with output_stream(str(target)) as out:
            out.write("half a report")
            raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        render_half()
    assert target.read_text(encoding="utf-8") == "the old report\n"
    assert [path.name for path in tmp_path.iterdir()] == ["report.txt"]


def test_an_input_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    claims = tmp_path / "story.yaml"
    claims.write_text("claims: []\n", encoding="utf-8")
    opened = output_stream(str(claims), inputs=[str(claims)])
    with pytest.raises(UsageError, match="is an input of this run"):
        opened.__enter__()
    assert claims.read_text(encoding="utf-8") == "claims: []\n"


def test_line_breaks_are_written_as_given(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    with output_stream(str(target)) as out:
        out.write("a\nb\r\n")
    assert target.read_bytes() == b"a\nb\r\n"
