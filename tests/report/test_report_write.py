"""Reports written piece by piece: the same bytes as the whole report rendered at once.

``write`` streams a report to a file a claim at a time, and ``claimcheck.report.parts`` renders
each claim file's share where it was checked and joins the shares; both must give exactly what
rendering the merged report gives, or a large run and a small one would disagree.
"""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import pytest
from _report_samples import sample_report, west_midlands_report

from claimcheck.model import ArticleInfo, Report
from claimcheck.report import FORMATS, render, write
from claimcheck.report.json_report import as_data
from claimcheck.report.parts import Style, part, write_parts

SAMPLES = {
    "sample": lambda: sample_report(),
    "sample without article": lambda: sample_report(article=False),
    "hostile": lambda: sample_report(hostile=True),
    "west midlands": lambda: west_midlands_report(),
    "empty": lambda: Report.of([]),
}


@pytest.mark.parametrize("name", list(SAMPLES))
@pytest.mark.parametrize("fmt", FORMATS)
def test_writing_gives_what_rendering_gives(fmt: str, name: str) -> None:
    report = SAMPLES[name]()
    out = io.StringIO()
    write(report, fmt, out)
    assert out.getvalue() == render(report, fmt)


@pytest.mark.parametrize("name", list(SAMPLES))
def test_json_written_a_claim_at_a_time_is_the_whole_document_dumped(name: str) -> None:
    report = SAMPLES[name]()
    whole = json.dumps(as_data(report), indent=2, ensure_ascii=False) + "\n"
    assert render(report, "json") == whole


def _whole_junit(report: Report) -> str:
    """The JUnit document built as one tree and indented at once, as it used to be."""
    from claimcheck.report import junit

    suites: dict[str, list[object]] = {}
    for finding in report.claims:
        suites.setdefault(finding.file or "claims", []).append(finding)
    root = ET.Element("testsuites", junit._counts("claimcheck", report.claims))
    for suite_name, findings in suites.items():
        suite = ET.SubElement(root, "testsuite", junit._counts(suite_name, findings, suite=True))  # type: ignore[arg-type]
        for finding in findings:
            junit._testcase(suite, suite_name, finding)  # type: ignore[arg-type]
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


@pytest.mark.parametrize("name", list(SAMPLES))
def test_junit_written_a_suite_at_a_time_is_the_whole_tree(name: str) -> None:
    report = SAMPLES[name]()
    assert render(report, "junit") == _whole_junit(report)


def test_junit_of_several_files_is_the_whole_tree() -> None:
    report = _several()
    assert render(report, "junit") == _whole_junit(report)


def _several() -> Report:
    """Three claim files' reports merged: one with an article, one with a note, one bare."""
    first = sample_report()
    second = west_midlands_report()
    noted = ArticleInfo(file="third.yaml", notes=["read as Windows-1252"])
    third = Report.of(
        [finding.model_copy(update={"file": "third.yaml"}) for finding in second.claims[:2]],
        articles=[noted],
    )
    return Report.merge([first, second, third])


def _parts(reports: list[Report], style: Style) -> str:
    out = io.StringIO()
    write_parts([part(report, style) for report in reports], style, out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize(
    "names",
    [
        ["sample"],
        ["sample", "west midlands"],
        ["west midlands", "sample without article"],
        ["sample without article", "west midlands"],
        ["empty"],
        ["empty", "hostile"],
    ],
)
def test_parts_joined_are_the_merged_report(fmt: str, names: list[str]) -> None:
    reports = [SAMPLES[name]() for name in names]
    merged = Report.merge(reports)
    assert _parts(reports, Style(fmt)) == render(merged, fmt)


def test_parts_keep_colour_and_width_in_the_text_format() -> None:
    reports = [sample_report(), west_midlands_report()]
    style = Style("text", color=True, width=60)
    assert _parts(reports, style) == render(Report.merge(reports), "text", color=True, width=60)


def test_no_parts_is_the_empty_report() -> None:
    for fmt in ("text", "json"):
        assert _parts([], Style(fmt)) == render(Report.of([]), fmt)


def test_a_format_that_needs_the_whole_report_is_not_rendered_in_parts() -> None:
    with pytest.raises(ValueError, match="not rendered in parts"):
        part(sample_report(), Style("html"))


@pytest.mark.parametrize("name", list(SAMPLES))
def test_claimreview_written_a_review_at_a_time_is_the_whole_array_dumped(name: str) -> None:
    from claimcheck.report.claimreview import review

    report = SAMPLES[name]()
    reviews = [review(finding, None, "Desk") for finding in report.claims]
    whole = json.dumps(reviews, indent=2, ensure_ascii=False)
    whole = whole.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"
    bare = report.model_copy(update={"articles": []})
    assert render(bare, "claimreview", author="Desk") == whole
