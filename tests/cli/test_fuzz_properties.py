"""Fuzzing properties, bounded in time so that CI runs them on every change.

- ``loads`` returns a claim file or raises ``ClaimFileError``, and nothing else;
- ``scan`` and ``draft`` take any text; ``verify`` raises only ``ValueError``/``TypeError``;
- every report renders in every format, and its JSON, XML and HTML parse;
- no finding ever carries an internal error.

Inputs are built from pieces hostile input is made of: huge and tiny exponents, powers, zero,
negative numbers, control characters, bidirectional overrides, markup and URLs. Set
CLAIMCHECK_FUZZ_EXAMPLES (40 by default) to run longer, as before a release.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.article.drafting.compose import draft
from claimcheck.model import Finding, Report
from claimcheck.report import FORMATS, render

# Each property stops after this many examples; an example that takes longer than
# EXAMPLE_CPU_SECONDS of CPU time fails (``cpu_bounded``). CPU time, not hypothesis's wall-clock
# deadline, which other work on a shared machine can run past.
BOUNDED = settings(
    max_examples=int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
EXAMPLE_CPU_SECONDS = 5.0


def cpu_bounded(test: Callable[..., None]) -> Callable[..., None]:
    """``test``, failing any one call that takes more than EXAMPLE_CPU_SECONDS of CPU time."""

    @functools.wraps(test)
    def bounded(*args: object, **kwargs: object) -> None:
        started = time.process_time()
        test(*args, **kwargs)
        spent = time.process_time() - started
        assert spent < EXAMPLE_CPU_SECONDS, f"one example took {spent:.1f} s of CPU time"

    return bounded


NUMBERS = [
    "0", "-5", "1e70", "1e-999", "9999^99e999", "10^99", "1e39", "1e-39", "5%", "-0%", "0x",
    "£1e999", "99e999", "1/3", "0.5", "12.5%", "1,072,000", "£3.7m", "7" * 60, "0.000001",
    "one in six", "a third", "1.13 million", "(£99.99)",
]  # fmt: skip
WORDS = [
    "rose", "fell", "doubled", "under", "over", "about", "half of", "one in", "-fold", "×",
    "times", "percent", "points", "from", "to", "unchanged", "almost", "just over", "per cent of",
    "in 2016", "since 2011", "quadrupled", "more than", "nearly", "\u202e", "\x1b[2J", "\x00",
    "\n", "<script>x</script>", "https://e.example", "@someone", "www.e.example", "`", "|", "*",
    "]]>", "&amp;", "::error::",
]  # fmt: skip

pieces = st.sampled_from(NUMBERS + WORDS) | st.text(max_size=8)
quotes = st.lists(pieces, min_size=1, max_size=8).map(" ".join)
figures = st.sampled_from([*NUMBERS, "0", "100", "-3", "151", "640"]) | st.integers(-(10**6), 10**6)


class _Strict(HTMLParser):
    """Counts elements, so a report whose markup an input could open or close shows up."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1
        if tag not in {"meta", "br", "link", "img", "line", "rect", "hr", "input", "col"}:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag != "script"

    def handle_endtag(self, tag: str) -> None:
        assert self.open, f"</{tag}> closes nothing"
        assert self.open.pop() == tag, f"</{tag}> closes another element"


def assert_renders(report: Report) -> None:
    for fmt in FORMATS:
        text = render(report, fmt)
        assert text.endswith("\n")
        if fmt in ("json", "claimreview"):
            json.loads(text)
        elif fmt == "junit":
            ET.fromstring(text.encode("utf-8"))
        elif fmt == "html":
            parser = _Strict()
            parser.feed(text)
            parser.close()
            assert parser.scripts == 0
            assert "\u202e" not in text
        if fmt in ("text", "markdown", "html", "junit"):
            assert "\u202e" not in text
            assert "\x1b" not in text


def assert_no_internal_error(finding: Finding) -> None:
    assert not finding.internal_error, finding.explanation


@BOUNDED
@given(
    quote=quotes,
    roles=st.sampled_from([("before", "after"), ("value",), ("part", "whole"), ()]),
    data=st.data(),
)
@cpu_bounded
def test_verify_raises_only_what_it_documents(
    quote: str, roles: tuple[str, ...], data: st.DataObject
) -> None:
    given_figures = {role: data.draw(figures) for role in roles}
    try:
        finding = claimcheck.verify(quote, **given_figures)
    except (ValueError, TypeError):
        return
    assert_no_internal_error(finding)
    assert_renders(Report.of([finding]))


@BOUNDED
@given(text=st.lists(pieces, max_size=30).map(" ".join))
@cpu_bounded
def test_scan_and_draft_take_any_text(text: str) -> None:
    mentions = claimcheck.scan(text)
    for mention in mentions:
        json.dumps(mention.as_json())
        assert 0 <= mention.start <= mention.end <= len(text)
    drafted = draft(text, None, output_dir=Path.cwd())
    assert isinstance(drafted, str)


CLAIM_FILE = """\
article:
  title: {title}
  url: {url}
policy:
  about_supported: {tolerance}
sources:
  s:
    title: {title}
    figures:
      a: {{2015: {first}, 2016: {second}}}
      single: {single}
claims:
  - id: c1
    quote: {quote}
    from: s.a[2015]
    to: s.a[2016]
  - id: c2
    quote: {quote}
    figure: s.single
"""


def yaml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML string


@BOUNDED
@given(
    title=pieces,
    url=st.sampled_from(["https://e.example/a", "javascript:alert(1)", "www.e.example", "x"]),
    tolerance=st.sampled_from(["0.1", "1e999999999", "5%", "-1", "1/0", "0.05", "10^99"]),
    first=figures,
    second=figures,
    single=figures,
    quote=quotes,
)
@cpu_bounded
def test_loads_gives_a_claim_file_or_problems_and_every_report_renders(
    title: str, url: str, tolerance: str, first: object, second: object, single: object, quote: str
) -> None:
    text = CLAIM_FILE.format(
        title=yaml_text(title),
        url=yaml_text(url),
        tolerance=yaml_text(tolerance),
        first=yaml_text(str(first)),
        second=yaml_text(str(second)),
        single=yaml_text(str(single)),
        quote=yaml_text(quote),
    )
    try:
        claim_file = claimcheck.loads(text, path="fuzz.yaml")
    except claimcheck.ClaimFileError as error:
        problems = error.problems
        claim_file = None
    if claim_file is None:
        assert problems
        return
    report = claimcheck.check(claim_file, article=quote)
    for finding in report.claims:
        assert_no_internal_error(finding)
    assert_renders(report)


@BOUNDED
@given(text=st.text(max_size=300))
@cpu_bounded
def test_loads_takes_any_text(text: str) -> None:
    with contextlib.suppress(claimcheck.ClaimFileError):
        claimcheck.loads(text, path="any.yaml")


@BOUNDED
@given(data=st.binary(max_size=400))
@cpu_bounded
def test_any_bytes_as_an_article_give_text_or_a_reason(data: bytes) -> None:
    from claimcheck.text.documents import NotAnArticle, from_bytes

    for name in ("a.txt", "a.html", "a.docx", ""):
        try:
            document = from_bytes(data, name)
        except NotAnArticle as error:
            detail = error.detail
            document = None
        if document is None:
            assert detail
            continue
        assert isinstance(document.text, str)
        claimcheck.scan(document.text)
