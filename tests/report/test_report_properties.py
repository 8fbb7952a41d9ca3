"""Any strings a claim file can hold, in any field, give well-formed output in every format."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.model import ArticleInfo, FigureUse, Finding, Report, SourceInfo, Verdict
from claimcheck.report import render

_TEXT = st.text(max_size=30)
_FINDING = st.builds(
    Finding,
    id=_TEXT,
    file=st.none() | _TEXT,
    quote=_TEXT,
    verdict=st.sampled_from(list(Verdict)),
    explanation=_TEXT,
    sources=st.lists(
        st.builds(
            FigureUse,
            ref=_TEXT,
            role=st.sampled_from(["from", "to", "figure"]),
            value=_TEXT,
            source=_TEXT,
            title=st.none() | _TEXT,
            url=st.none() | _TEXT,
        ),
        max_size=2,
    ),
    notes=st.lists(_TEXT, max_size=2),
    note=st.none() | _TEXT,
)
_REPORT = st.builds(
    lambda findings, title, text, source: Report.of(
        findings,
        articles=[ArticleInfo(title=title, url=title, text=text)],
        sources=[SourceInfo(id=source, title=source, url=source)],
    ),
    st.lists(_FINDING, max_size=4),
    _TEXT,
    st.none() | st.text(max_size=80),
    _TEXT,
)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


@settings(max_examples=60, deadline=None)
@given(_REPORT)
def test_html_has_a_card_per_claim_and_nothing_active(report: Report) -> None:
    parser = _Tags()
    parser.feed(render(report, "html"))
    assert sum(tag == "article" for tag, _ in parser.tags) == len(report.claims)
    assert all(tag not in {"script", "img", "iframe", "object"} for tag, _ in parser.tags)
    for _, attrs in parser.tags:
        assert not any(name.startswith("on") for name, _ in attrs)
        for name, value in attrs:
            if name == "href" and value and not value.startswith("#"):
                assert re.match(r"https?://", value, re.IGNORECASE)


@settings(max_examples=60, deadline=None)
@given(_REPORT)
def test_junit_always_parses_with_a_testcase_per_claim(report: Report) -> None:
    root = ET.fromstring(render(report, "junit").encode("utf-8"))
    assert len(list(root.iter("testcase"))) == len(report.claims)


@settings(max_examples=60, deadline=None)
@given(_REPORT)
def test_json_formats_read_back(report: Report) -> None:
    data = json.loads(render(report, "json"))
    assert [claim["quote"] for claim in data["claims"]] == [f.quote for f in report.claims]
    reviews = json.loads(render(report, "claimreview"))
    assert [review["identifier"] for review in reviews] == [f.id for f in report.claims]


def _unescaped_pipes(line: str) -> int:
    """Pipes that Markdown reads as column breaks: those after an even run of backslashes."""
    count, backslashes = 0, 0
    for char in line:
        if char == "|" and backslashes % 2 == 0:
            count += 1
        backslashes = backslashes + 1 if char == "\\" else 0
    return count


@settings(max_examples=60, deadline=None)
@given(_REPORT)
def test_markdown_table_keeps_four_columns(report: Report) -> None:
    rows = [line for line in render(report, "markdown").splitlines() if line.startswith("| ")]
    assert len(rows) == (len(report.claims) + 2 if report.claims else 0)
    assert all(_unescaped_pipes(row) == 5 for row in rows)
    assert "<" not in "".join(rows).replace("<br>", "")


@settings(max_examples=60, deadline=None)
@given(_REPORT)
def test_text_holds_no_control_characters(report: Report) -> None:
    output = render(report, "text")
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", output)
