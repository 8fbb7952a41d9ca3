"""A month the quote compares with that the referenced figures are not for
(engine/judge/months.py). The sentences are the project's own, each with its reason."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case

from claimcheck.model import Verdict

YEAR_APART = ("Aug 2022", "Aug 2023")
# quote, figures, verdict, whether date.month is said, reason
CASES: list[tuple[str, dict[str, Any], Verdict, bool, str]] = [
    (
        "vacancies fell from July to 5.1 percent",
        ch("5.6%", "5.1%", YEAR_APART),
        Verdict.NEEDS_REVIEW,
        True,
        "the words compare with July, the figures are August of two years",
    ),
    (
        "vacancies, at 5.1 percent, were little changed from July",
        ch("5.6%", "5.1%", YEAR_APART),
        Verdict.NEEDS_REVIEW,
        True,
        "the year's fall says nothing of July: review, not contradicted",
    ),
    (
        "vacancies were down 3% on July",
        ch(1000, 970, ("Jul 2023", "Aug 2023")),
        Verdict.SUPPORTED,
        False,
        "July is the from figure's month",
    ),
    (
        "figures published on September 14 show vacancies fell to 5.1 percent",
        ch("5.6%", "5.1%", YEAR_APART),
        Verdict.SUPPORTED,
        False,
        "a date is not a month compared with",
    ),
    (
        "vacancies fell from July to 5.1 percent",
        ch("5.6%", "5.1%", ("2022", "2023")),
        Verdict.SUPPORTED,
        False,
        "labels of years say nothing of months",
    ),
]


@pytest.mark.parametrize(("quote", "figures", "verdict", "said", "why"), CASES)
def test_months(
    quote: str, figures: dict[str, Any], verdict: Verdict, said: bool, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
    assert ("date.month" in [item.rule_id for item in finding.statements]) is said, why
