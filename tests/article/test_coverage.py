"""Coverage: quotes that left the article need review; numbers no claim covers are unchecked."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.article.coverage import QUOTE_MISSING, cover, normalise
from claimcheck.claimfile.records import Claim
from claimcheck.model import Finding, Verdict

ARTICLE = (
    "In 2016, a total of 640 crimes were recorded compared to 151 in 2011.\n"
    "“We have a dedicated team consisting of 25 officers,” he said – adding that 1,200 "
    "calls came in. Call 0808 800 5000."
)


def _finding(claim_id: str, quote: str, verdict: Verdict = Verdict.SUPPORTED) -> Finding:
    return Finding(id=claim_id, quote=quote, verdict=verdict, explanation="checked")


def _cover(
    claims: list[Claim], verdict: Verdict = Verdict.SUPPORTED
) -> tuple[list[Finding], list[str]]:
    findings = [_finding(c.id, c.quote, verdict) for c in claims]
    updated, unchecked = cover(findings, claims, ARTICLE, file="claims.yaml")
    assert all(u.file == "claims.yaml" for u in unchecked)
    return updated, [u.text for u in unchecked]


def test_numbers_outside_quotes_are_unchecked() -> None:
    claims = [Claim("crimes", "a total of 640 crimes were recorded compared to 151 in 2011")]
    findings, unchecked = _cover(claims)
    assert findings[0].verdict is Verdict.SUPPORTED
    assert unchecked == ["25", "1,200"]  # years, the phone number: not statistics


def test_everything_covered() -> None:
    claims = [
        Claim("crimes", "640 crimes were recorded compared to 151"),
        Claim("team", "a dedicated team consisting of 25 officers"),
        Claim("calls", "adding that 1,200 calls came in"),
    ]
    findings, unchecked = _cover(claims)
    assert unchecked == []
    assert [f.verdict for f in findings] == [Verdict.SUPPORTED] * 3


@pytest.mark.parametrize(
    "quote",
    [
        "IN 2016, A TOTAL OF 640 CRIMES",
        "in 2016,   a total\nof 640 crimes",
        '"We have a dedicated team',  # straight quote for the article's curly one
        "he said - adding that 1,200",  # hyphen for the article's en dash
        "he said — adding that 1,200",  # em dash too
    ],
)
def test_quotes_match_ignoring_case_space_quote_marks_and_dashes(quote: str) -> None:
    findings, _ = _cover([Claim("c", quote)])
    assert findings[0].verdict is Verdict.SUPPORTED
    assert findings[0].notes == []


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (Verdict.SUPPORTED, Verdict.NEEDS_REVIEW),
        (Verdict.UNSOURCED, Verdict.NEEDS_REVIEW),
        (Verdict.NEEDS_REVIEW, Verdict.NEEDS_REVIEW),
        (Verdict.CONTRADICTED, Verdict.CONTRADICTED),  # worsen only, never improve
    ],
)
def test_missing_quote_needs_review(before: Verdict, after: Verdict) -> None:
    findings, _ = _cover([Claim("edited", "a total of 650 crimes")], verdict=before)
    assert findings[0].verdict is after
    assert QUOTE_MISSING in findings[0].notes
    if after is Verdict.NEEDS_REVIEW:  # the explanation itself says why
        assert findings[0].explanation.startswith("The quote is not in the article")
        assert findings[0].explanation.endswith("Its numbers: checked")
    else:
        assert findings[0].explanation == "checked"


def test_a_missing_quote_covers_nothing() -> None:
    _, unchecked = _cover([Claim("edited", "a total of 650 crimes")])
    assert "640" in unchecked


def test_html_articles_are_compared_without_markup() -> None:
    markup = "<p>In 2016, a total of <b>640</b> crimes were recorded.</p><p>And 25 officers.</p>"
    claims = [Claim("crimes", "a total of 640 crimes were recorded")]
    findings = [_finding("crimes", claims[0].quote)]
    updated, unchecked = cover(findings, claims, markup, file=None)
    assert updated[0].notes == []
    assert [(u.text, markup[u.start : u.end]) for u in unchecked] == [("25", "25")]


def test_normalise_offsets_point_into_the_text() -> None:
    text = "  “Quoted”\u00a0 –  Text  "
    folded, offsets = normalise(text)
    assert folded == '"quoted" - text'
    assert len(offsets) == len(folded)
    assert text[offsets[0]] == "“"
    assert text[offsets[-1]] == "t"


@given(st.text(max_size=80), st.text(max_size=20))
def test_cover_never_raises_and_spans_slice(article: str, quote: str) -> None:
    findings, unchecked = cover([_finding("c", quote)], [Claim("c", quote)], article, file=None)
    assert len(findings) == 1
    for u in unchecked:
        assert article[u.start : u.end] == u.text


SHARED = Path(__file__).resolve().parents[3] / "shared"
WEST_MIDLANDS_ARTICLE = SHARED / "articles" / "west-midlands-indecent-images.txt"
CLAIMS = Path(__file__).resolve().parents[2] / "claims" / "west-midlands-2016.yaml"


@pytest.mark.skipif(
    not WEST_MIDLANDS_ARTICLE.is_file(),
    reason="the shared West Midlands article (../shared/articles) is not beside the repository",
)
def test_west_midlands_claims_cover_the_article() -> None:
    import claimcheck

    claim_file = claimcheck.load(CLAIMS)
    text = WEST_MIDLANDS_ARTICLE.read_text(encoding="utf-8")
    findings = [_finding(c.id, c.quote) for c in claim_file.claims]
    updated, unchecked = cover(findings, claim_file.claims, text, file=claim_file.path)
    assert unchecked == []
    assert all(QUOTE_MISSING not in f.notes for f in updated)
