"""A comparative held against every figure of a span ("more than at any time in the past 20
years") and a level set below or above a named year's with no number ("stayed below the 2019
level"). Every row is our own sentence with its reason."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case, ser

from claimcheck.model import Verdict

# Every year from 2003 to 2023: 2004 (480) is above 2023 (470), every other year lower.
YEARLY = (
    ("2003", 400),
    ("2004", 480),
    *((str(year), 400 + year % 9) for year in range(2005, 2023)),
    ("2023", 470),
)
GAPPY = (("2003", 480), ("2013", 430), ("2023", 470))

# quote, figures, verdict, reason
CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "shoppers spent more than at any time in the past 18 years",
        ser("2023", *YEARLY),
        Verdict.SUPPORTED,
        "every one of the 18 years before 2023 is there, and every one is lower",
    ),
    (
        "shoppers spent more than at any time in the past 20 years",
        ser("2023", *YEARLY),
        Verdict.CONTRADICTED,
        "2004 (480), inside the 20 years, was higher: a comparative, not a span of time",
    ),
    (
        "shoppers spent more than at any time in the past 20 years",
        ser("2023", *GAPPY),
        Verdict.NEEDS_REVIEW,
        "the years between the labels are missing: the series cannot show it",
    ),
    (
        "spending was higher than at any point since 2005",
        ser("2023", *YEARLY),
        Verdict.SUPPORTED,
        "a comparative since a year: above every figure from that year on",
    ),
    (
        "spending was higher than at any point since 2004",
        ser("2023", *YEARLY),
        Verdict.CONTRADICTED,
        "2004 itself (480) is inside the span and higher, unlike 'the highest since 2004'",
    ),
    (
        "spending is lower than at any time in the last ten years",
        ser("2023", *YEARLY),
        Verdict.CONTRADICTED,
        "'lower than at any time' ranks from the bottom; 2023 is the highest of them",
    ),
    (
        "spending remained below the 2019 level",
        ch(512, 498, ("2019", "2023")),
        Verdict.SUPPORTED,
        "below the year named: a fall from its figure",
    ),
    (
        "spending remained below the amount recorded in 2019",
        ch(512, 498, ("2019", "2023")),
        Verdict.SUPPORTED,
        "the year at the end of a phrase that names a level",
    ),
    (
        "spending is still above its 2019 level",
        ch(512, 498, ("2019", "2023")),
        Verdict.CONTRADICTED,
        "above means a rise from the year named, and it fell",
    ),
    (
        "spending remained below the 2018 level",
        ch(512, 498, ("2019", "2023")),
        Verdict.NEEDS_REVIEW,
        "the year named is not the from label's",
    ),
    (
        "spending stayed below 2019 levels",
        ch(512, 498, ("2019", "2023")),
        Verdict.SUPPORTED,
        "a year before a word for a level, with no article",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "reason"), CASES, ids=[case[0] for case in CASES]
)
def test_year_comparisons(
    quote: str, figures: dict[str, Any], verdict: Verdict, reason: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{reason}: {finding.explanation}"


@pytest.mark.parametrize(
    "quote",
    [
        "spending stayed below 5% of income",
        "the price fell below 2019 pounds",
        "the rate was below 2.5 for the first time",
        "below the poverty line in 2019",
    ],
)
def test_bounds_are_no_comparison_with_a_year(quote: str) -> None:
    """A number after "below" that is no year of a level is left to the other readings."""
    finding = check_case(quote, ch(512, 498, ("2019", "2023")))
    assert "the earlier figure is for" not in finding.explanation
