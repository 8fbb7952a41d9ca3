"""Report content that is safe to post: one escaping function (claimcheck.text.safe) behind
every renderer, so no quote, title or URL from a claim file can link, mention, hide or
reverse anything."""

from __future__ import annotations

import json

import pytest

import claimcheck
from claimcheck.model import ArticleInfo, Report
from claimcheck.report import render
from claimcheck.text.safe import listing, markdown, one_line, safe_url, visible

HOSTILE = "see https://evil.example and www.evil.example, ping @editor or a@b.example \u202etxt.exe"


def report_with(quote: str, *, url: str | None = None, title: str | None = None) -> Report:
    finding = claimcheck.verify(quote, value=5)
    return Report.of(
        [finding.model_copy(update={"file": "c.yaml", "line": 3})],
        articles=[ArticleInfo(file="c.yaml", url=url, title=title)],
    )


def test_markdown_makes_no_autolink_and_no_mention() -> None:
    page = render(report_with(f"it was 5 {HOSTILE}", title=HOSTILE), "markdown")
    for live in ("https://evil", "www.evil", "@editor", "a@b"):
        assert live not in page
    assert "\u202e" not in page
    assert "\\u202e" in page


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "junit"])
def test_bidi_overrides_and_control_characters_are_made_visible(fmt: str) -> None:
    page = render(report_with("it was 5 \u202egnp.exe \x07\x1b[31m \u2066x\u2069"), fmt)
    for hidden in ("\u202e", "\x07", "\x1b", "\u2066", "\u2069"):
        assert hidden not in page, (fmt, hidden)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "vbscript:x"])
def test_claimreview_gives_only_http_urls(url: str) -> None:
    reviews = json.loads(render(report_with("it was 5", url=url), "claimreview"))
    assert "url" not in reviews[0]
    assert "appearance" not in reviews[0]["itemReviewed"]
    safe = json.loads(render(report_with("it was 5", url="https://e.example/s"), "claimreview"))
    assert safe[0]["url"] == "https://e.example/s"


def test_html_links_only_http_urls() -> None:
    page = render(report_with("it was 5", url="javascript:alert(1)"), "html")
    assert 'href="javascript' not in page


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\nb", "a\\nb"),
        ("a\r\nfile.yaml:1:1: forged", "a\\r\\nfile.yaml:1:1: forged"),
        ("\x1b[2J", "\\x1b[2J"),
        ("\u202eabc", "\\u202eabc"),
        ("::error file=x::y", "\\x3a:error file=x::y"),
        ("plain £3.7m — fine", "plain £3.7m — fine"),
    ],
)
def test_one_line_obeys_nothing(text: str, shown: str) -> None:
    assert one_line(text) == shown


def test_one_line_is_capped() -> None:
    assert one_line("x" * 5000, limit=10) == "x" * 10 + "… (4,990 more characters)"


def test_visible_keeps_line_breaks() -> None:
    assert visible("a\nb\u202e") == "a\nb\\u202e"


def test_markdown_keeps_a_safe_url_as_a_link_only_when_asked() -> None:
    assert markdown("https://e.example/a", link=True) == "https://e.example/a"
    assert "https://" not in markdown("https://e.example/a")
    assert "javascript:" in markdown("javascript:alert(1)", link=True)


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://e.example", True),
        ("HTTP://e.example/x?y=1", True),
        ("javascript:alert(1)", False),
        ("https://e.example/\u202e", False),
        ("https://e.example/\nx", False),
        (None, False),
    ],
)
def test_safe_url(url: str | None, safe: bool) -> None:
    assert (safe_url(url) is not None) is safe


def test_listing_says_how_many_more() -> None:
    assert listing([str(n) for n in range(25)], most=3) == "'0', '1', '2' and 22 more"
    assert listing(["a"]) == "'a'"
