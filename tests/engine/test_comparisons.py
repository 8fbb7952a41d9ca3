"""Comparisons with a figure the claim does not reference (engine/judge/comparisons.py).

The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case, fig

from claimcheck.model import Verdict

RULE = "compare.unreferenced"

# quote, figures, whether the rule flags it, reason
CASES: list[tuple[str, dict[str, Any], bool, str]] = [
    (
        "the jobless rate was 5.2%, higher than the regional average",
        fig("5.2%"),
        True,
        "the regional average is a second figure the claim does not hold",
    ),
    (
        "the jobless rate was 5.2%, above the regional average",
        fig("5.2%"),
        True,
        "'above the' compares as 'higher than' does",
    ),
    (
        "the pass rate of 71% was the same as Cumbria",
        fig("71%"),
        True,
        "equality with another area's figure, which is not referenced",
    ),
    (
        "sales grew 3%, more than analysts had expected",
        ch(200, 206),
        True,
        "an expectation is no referenced figure",
    ),
    (
        "prices rose 2.9% as expected, to 102.9",
        ch(100, "102.9"),
        True,
        "'as expected' compares with a forecast",
    ),
    (
        "inflation climbed to 3.1%, above the 2.9% forecast",
        ch("2.6%", "3.1%"),
        True,
        "a forecast with its figure is still no referenced figure",
    ),
    (
        "orders beat analysts' estimates, rising 4%",
        ch(500, 520),
        True,
        "'beat estimates' compares with a forecast",
    ),
    (
        "the share was 61.2% in May, matching the rate seen in March 2019",
        fig("61.2%"),
        True,
        "'matching' a period's rate with no from figure referenced",
    ),
    (
        "the rate was 5.2%, higher than in 2021",
        fig("5.2%"),
        True,
        "a period's figure, with no from figure referenced",
    ),
    (
        "the rate was 5.2%, higher than in 2021",
        ch("4.9%", "5.2%", ("2021", "2022")),
        False,
        "the period is the from figure: a rise, checked by the change rules",
    ),
    (
        "the rate was 5.2%, higher than the regional average",
        ch("4.9%", "5.2%", ("2021", "2022")),
        True,
        "two periods of one line cannot show a gap with the regional average",
    ),
    (
        "the town recorded 410 burglaries, 12% more than its neighbour",
        ch(366, 410),
        False,
        "the stated gap sits before the comparative, and the from figure may be the neighbour",
    ),
    (
        "women earned 7.9 per cent less than men",
        fig("7.9%"),
        False,
        "the gap itself is the stated figure",
    ),
    (
        "more than a third of all 5,400 offences were thefts",
        fig(5400),
        False,
        "'more than a third' is a bound on a fraction, not a comparison",
    ),
    (
        "the count more than doubled to 5,400",
        ch(2600, 5400),
        False,
        "a multiple after 'more than' is a bound",
    ),
    (
        "the rate was 5.2%, higher than the 4.9% recorded a year earlier",
        fig("5.2%"),
        False,
        "a stated number after the comparative is for the value rules",
    ),
    (
        "hiring this year is in line with the monthly average in 2022 (+210,000)",
        fig(210000),
        False,
        "the comparator's figure is written in brackets after it",
    ),
    (
        "the rate for Kent was 5.2%, lower than for Surrey",
        {"before": "5.6%", "after": "5.2%", "labels": ("Surrey", "Kent")},
        False,
        "the comparator names the from figure's label",
    ),
]


@pytest.mark.parametrize(("quote", "figures", "flagged", "why"), CASES)
def test_unreferenced_comparison(
    quote: str, figures: dict[str, Any], flagged: bool, why: str
) -> None:
    finding = check_case(quote, figures)
    rules = [item.rule_id for item in finding.statements]
    assert (RULE in rules) is flagged, f"{why}: {finding.explanation}"
    if flagged:
        assert finding.verdict is Verdict.NEEDS_REVIEW, why
