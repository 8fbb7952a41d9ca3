"""ClaimReview JSON-LD: one review per claim with the documented rating scale."""

from __future__ import annotations

import json
from typing import Any

import pytest
from _report_samples import sample_report
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.model import ArticleInfo, Finding, Report, Verdict
from claimcheck.report.claimreview import BEST_RATING, WORST_RATING, render, trim


def _reviews(report: Report, author: str | None = None) -> list[dict[str, Any]]:
    data = json.loads(render(report, author=author))
    assert isinstance(data, list)
    return data


def test_one_claimreview_per_claim() -> None:
    reviews = _reviews(sample_report())
    assert [r["identifier"] for r in reviews] == [f.id for f in sample_report().claims]
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"


def test_the_review_of_a_supported_claim() -> None:
    review = _reviews(sample_report(), author="The Desk")[0]
    assert review["url"] == "https://example.org/story"
    assert review["datePublished"] == "2017-03-10"
    assert review["author"] == {"@type": "Organization", "name": "The Desk"}
    assert review["claimReviewed"] == "has more than quadrupled over the last five years"
    assert review["itemReviewed"] == {
        "@type": "Claim",
        "datePublished": "2017-03-10",
        "appearance": {
            "@type": "CreativeWork",
            "url": "https://example.org/story",
            "headline": "Image crimes up sharply",
        },
    }
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 3,
        "bestRating": 3,
        "worstRating": 1,
        "alternateName": "Supported by the source figures",
    }
    assert review["reviewBody"].startswith("more than quadrupled: 640 / 151")


@pytest.mark.parametrize(
    ("verdict", "value", "name"),
    [
        (Verdict.SUPPORTED, 3, "Supported by the source figures"),
        (Verdict.NEEDS_REVIEW, 2, "Needs review"),
        (Verdict.UNSOURCED, 2, "Unsourced: no published figure to check against"),
        (Verdict.CONTRADICTED, 1, "Contradicted by the source figures"),
    ],
)
def test_rating_scale(verdict: Verdict, value: int, name: str) -> None:
    finding = Finding(id="c", quote="q", verdict=verdict, explanation="e")
    rating = _reviews(Report.of([finding]))[0]["reviewRating"]
    assert (rating["ratingValue"], rating["alternateName"]) == (value, name)
    assert WORST_RATING <= value <= BEST_RATING


def test_author_option_wins_over_the_claim_file() -> None:
    report = sample_report().model_copy(
        update={"articles": [ArticleInfo(file="claims/sample.yaml", author="Data desk")]}
    )
    assert _reviews(report)[0]["author"]["name"] == "Data desk"
    assert _reviews(report, author="Verify team")[0]["author"]["name"] == "Verify team"


def test_without_an_article_or_author_those_keys_are_left_out() -> None:
    finding = Finding(id="c", quote="q", verdict=Verdict.SUPPORTED, explanation="e")
    review = _reviews(Report.of([finding]))[0]
    for key in ("url", "datePublished", "author"):
        assert key not in review
    assert review["itemReviewed"] == {"@type": "Claim"}


def test_safe_to_paste_into_a_script_element() -> None:
    output = render(sample_report(hostile=True))
    assert "</script" not in output.lower()
    assert "<" not in output
    assert "<script>" in json.dumps(json.loads(output))  # the text itself is kept
    assert "\\u003cscript\\u003e" in output


@pytest.mark.parametrize(
    ("quote", "trimmed"),
    [
        ("has more than quadrupled", "has more than quadrupled"),
        ("  spaced\n out  ", "spaced out"),
        ("x" * 75, "x" * 75),
        ("x" * 76, "x" * 74 + "…"),
        (
            "a dedicated Online Child Sexual Exploitation Team consisting of 25 officers, and more",
            "a dedicated Online Child Sexual Exploitation Team consisting of 25…",
        ),
        (
            "the number of crimes recorded for the distribution of an indecent photo, yes it is",
            "the number of crimes recorded for the distribution of an indecent photo…",
        ),
        (
            "Since June 2016 we have carried out almost 140 warrants at the homes of suspected men",
            "Since June 2016 we have carried out almost 140 warrants at the homes of…",
        ),
    ],
)
def test_trim(quote: str, trimmed: str) -> None:
    assert trim(quote) == trimmed


@given(st.text())
def test_trim_is_at_most_75_characters_and_a_prefix(quote: str) -> None:
    text = " ".join(quote.split())
    trimmed = trim(quote)
    assert len(trimmed) <= 75
    assert trimmed == text or (trimmed.endswith("…") and text.startswith(trimmed[:-1]))
