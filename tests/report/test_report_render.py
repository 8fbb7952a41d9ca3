"""The renderer dispatch: every format, deterministic, pure, and light to import."""

from __future__ import annotations

import subprocess
import sys

import pytest
from _report_samples import sample_report

from claimcheck.model import Report
from claimcheck.report import FORMATS, render


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_the_same_bytes_twice(fmt: str) -> None:
    first = render(sample_report(), fmt)
    second = render(sample_report(), fmt)
    assert first == second
    assert first.endswith("\n")
    assert not first.endswith("\n\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_shows_every_claim(fmt: str) -> None:
    report = sample_report()
    output = render(report, fmt)
    for finding in report.claims:
        assert finding.id in output


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_report_renders(fmt: str) -> None:
    assert render(Report.of([]), fmt).endswith("\n")


def test_formats_are_the_documented_six() -> None:
    assert FORMATS == ("text", "json", "markdown", "html", "junit", "claimreview")


def test_an_unknown_format_is_a_value_error_naming_the_choices() -> None:
    with pytest.raises(ValueError, match=r"unknown report format 'pdf'.*markdown"):
        render(sample_report(), "pdf")


def test_colour_goes_only_to_the_text_format() -> None:
    assert "\x1b[" in render(sample_report(), "text", color=True)
    for fmt in FORMATS:
        if fmt != "text":
            assert "\x1b[" not in render(sample_report(), fmt, color=True)


def test_importing_the_renderers_does_not_import_jinja2() -> None:
    code = (
        "import sys, claimcheck.report, claimcheck.report.text, claimcheck.report.json_report;"
        "print('jinja2' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
