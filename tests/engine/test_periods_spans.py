"""Periods and base years named in words (issue 10, class 7). Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import check_case

from claimcheck.model import Verdict


def ch(before: Any, after: Any, labels: tuple[str, str]) -> dict[str, Any]:
    return {"before": before, "after": after, "labels": labels}


CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "30 per cent fewer crashes in 2016 than a decade earlier",
        ch(1000, 700, ("2006", "2016")),
        Verdict.SUPPORTED,
        "2006 to 2016 is the decade the words say",
    ),
    (
        "30 per cent fewer crashes in 2016 than a decade earlier in 2007",
        ch(1000, 700, ("2007", "2016")),
        Verdict.NEEDS_REVIEW,
        "2007 to 2016 is nine years, not a decade",
    ),
    (
        "twice as many as a decade ago",
        ch(100, 200, ("2010", "2020")),
        Verdict.SUPPORTED,
        "ten years apart",
    ),
    (
        "up 8% on 2014",
        ch(100, 108, ("2014", "2016")),
        Verdict.SUPPORTED,
        "2014 is the base, and the from label is 2014",
    ),
    (
        "up 8% on 2013",
        ch(100, 108, ("2014", "2016")),
        Verdict.NEEDS_REVIEW,
        "the named base 2013 is not the from label",
    ),
    (
        "up 3% compared with 2015/16",
        ch(100, 103, ("2015/16", "2016/17")),
        Verdict.SUPPORTED,
        "a financial year named as the base, and held by the from label",
    ),
    (
        "twice as many as three decades ago",
        ch(40, 80, ("1986", "2016")),
        Verdict.SUPPORTED,
        "1986 to 2016 is thirty years",
    ),
    (
        "twice as many as three decades ago",
        ch(40, 80, ("1991", "2016")),
        Verdict.NEEDS_REVIEW,
        "25 years is not three decades: the span is judged by the period rule",
    ),
]


def test_base_year_without_year_labels_needs_review() -> None:
    finding = check_case("up 4% on 2012", {"before": 100, "after": 104})
    assert finding.verdict is Verdict.NEEDS_REVIEW
    assert "not years" in finding.explanation


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "reason"), CASES, ids=[row[0][:40] for row in CASES]
)
def test_period(quote: str, figures: dict[str, Any], verdict: Verdict, reason: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{reason}: {finding.explanation}"
