"""Superlatives: rankings of changes, and superlatives that only describe a group
(issue 10, classes 4 and 9). Every row is our own sentence with its reason."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case, ser

from claimcheck.model import Verdict


def fig(value: Any) -> dict[str, Any]:
    return {"value": value}


PORTS = (("Hull", "-12.4%"), ("Dover", "-3.0%"), ("Poole", "1.8%"))
GROWTH = (("Fife", "2.6%"), ("Angus", "3.9%"), ("Moray", "1.2%"))
SALES = (("hatchback", 5120), ("estate", 2210), ("coupe", 830))
YEARLY = (("2019", 100), ("2020", 150), ("2021", 400), ("2022", 600))
MIXED = (("2019", 100), ("2020", 150), ("2021", 170), ("2022", 240))

# A column of categories with its total line.
CALLOUTS = (("All callouts", 112), ("Chimney fires", 72), ("Other", 40))

# quote, figures, verdict, reason
CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "Chimney fires were the most common callout",
        ser("Chimney fires", *CALLOUTS),
        Verdict.SUPPORTED,
        "the total line is no category to rank against",
    ),
    (
        "Other callouts were the most common",
        ser("Other", *CALLOUTS),
        Verdict.CONTRADICTED,
        "without the total, chimney fires are still above the rest",
    ),
    # Class 9: rankings of changes across categories, and in time.
    (
        "The steepest fall was at Hull, where traffic dropped 12.4%",
        ser("Hull", *PORTS),
        Verdict.SUPPORTED,
        "the most negative change of the three ports",
    ),
    (
        "Dover saw the biggest drop in passengers",
        ser("Dover", *PORTS),
        Verdict.CONTRADICTED,
        "Hull's fall was larger",
    ),
    (
        "Poole recorded the sharpest fall",
        ser("Poole", *PORTS),
        Verdict.CONTRADICTED,
        "Poole rose: it had no fall at all",
    ),
    (
        "Angus was the fastest-growing council area",
        ser("Angus", *GROWTH),
        Verdict.SUPPORTED,
        "the largest growth of the three",
    ),
    (
        "Fife had the biggest increase",
        ser("Fife", *GROWTH),
        Verdict.CONTRADICTED,
        "Angus grew faster",
    ),
    (
        "2021 brought the largest rise",
        ser("2021", *YEARLY),
        Verdict.SUPPORTED,
        "the step into 2021 (+250, +167%) beats every other step, by size and by rate",
    ),
    (
        "2020 brought the largest rise",
        ser("2020", *MIXED),
        Verdict.NEEDS_REVIEW,
        "2020's step is the largest rate (+50%) but 2022's the largest size (+70): unsettled",
    ),
    (
        "Dover had the second-biggest fall in traffic",
        ser("Dover", *PORTS),
        Verdict.SUPPORTED,
        "Hull fell furthest, Dover next",
    ),
    (
        "Moray was the second fastest-growing area",
        ser("Moray", *GROWTH),
        Verdict.CONTRADICTED,
        "Moray grew least of the three",
    ),
    (
        "The hatchback sold the most units, 5,120",
        fig(5120),
        Verdict.NEEDS_REVIEW,
        "'sold the most units' ranks a series that one figure cannot settle",
    ),
    (
        "The coupe recorded the fewest sales",
        ser("coupe", *SALES),
        Verdict.SUPPORTED,
        "'recorded the fewest' ranks the series from the bottom",
    ),
    (
        "the hatchback topped the sales chart",
        ser("hatchback", *SALES),
        Verdict.SUPPORTED,
        "'topped the chart' ranks the series from the top",
    ),
    (
        "the coupe topped the sales chart",
        ser("coupe", *SALES),
        Verdict.CONTRADICTED,
        "the coupe sold least",
    ),
    (
        "the hatchback topped the monthly sales ranking with 4,380 registered",
        fig(4380),
        Verdict.NEEDS_REVIEW,
        "a ranking with no series referenced cannot be settled by one figure",
    ),
    (
        "Sales still highest in hatchback segment",
        ser("hatchback", *SALES),
        Verdict.SUPPORTED,
        "a headline's 'highest in' a referenced label ranks that label",
    ),
    # Class 9: a statistic measured in time is a value, not a length of time to set aside.
    (
        "the median wait was 7.4 weeks, against 6.9 weeks a year earlier",
        ch("6.9", "7.4"),
        Verdict.SUPPORTED,
        "both waits are the figures themselves",
    ),
    (
        "average stays rose to 12 days from 9 days",
        ch("9", "14"),
        Verdict.CONTRADICTED,
        "a whole number of days stated as the level is checked: the figure is 14",
    ),
    (
        "patients waiting longer than 18 weeks numbered 400",
        fig(400),
        Verdict.SUPPORTED,
        "'longer than 18 weeks' is a threshold describing the patients",
    ),
    # Class 4: superlatives that describe the group the claim speaks of.
    (
        "Pupils in the most isolated districts were absent at a rate of 9.6%",
        fig("9.6%"),
        Verdict.SUPPORTED,
        "'the most isolated' describes which districts, it ranks no referenced figure",
    ),
    (
        "the least affluent neighbourhoods saw 14.2 per cent",
        fig("14.2%"),
        Verdict.SUPPORTED,
        "'the least affluent' describes neighbourhoods; 'least' is no ranking of figures",
    ),
    (
        "Cyclists are the most likely to be hurt, making up 41% of casualties",
        fig("41%"),
        Verdict.NEEDS_REVIEW,
        "'the most likely' is not 'most' as a majority (41% would contradict that), but said "
        "of the subject it ranks cyclists against other road users, which 41% cannot show",
    ),
    (
        "households in the poorest fifth spent 9.1% of their income on fuel",
        fig("9.1%"),
        Verdict.SUPPORTED,
        "'the poorest fifth' is a band of households, not a share to check",
    ),
    (
        "the ten councils with the highest rates averaged 88.4 per 1,000",
        fig("88.4"),
        Verdict.SUPPORTED,
        "'with the highest rates' picks out the councils; no series is referenced",
    ),
    (
        "The estimate (the highest of four projections) is a rise of 12%",
        ch(100, 112),
        Verdict.SUPPORTED,
        "a superlative in brackets describes the estimate",
    ),
    (
        "the region with the highest growth was Moray",
        ser("Moray", *GROWTH),
        Verdict.CONTRADICTED,
        "with a series referenced, 'with the highest' is a ranking and is checked",
    ),
    (
        "Hull, which saw the sharpest fall of any port, handled 8,400 ships",
        fig(8400),
        Verdict.SUPPORTED,
        "the ranking sits in a relative clause about Hull; no series is referenced",
    ),
    (
        "Hull saw the sharpest fall of any port, handling 8,400 ships",
        fig(8400),
        Verdict.NEEDS_REVIEW,
        "the same ranking as the claim's own statement cannot be settled by one figure",
    ),
    (
        "Fife is the highest",
        ch(10, 12),
        Verdict.NEEDS_REVIEW,
        "a ranking stated as the claim itself, with no series, still needs review",
    ),
    (
        "sales were highest for the hatchback, at 5,120",
        ser("hatchback", *SALES),
        Verdict.SUPPORTED,
        "a superlative said of the subject with no article ranks like 'the highest'",
    ),
    (
        "sales were lowest for the estate, at 2,210",
        ser("estate", *SALES),
        Verdict.CONTRADICTED,
        "the coupe sold fewer",
    ),
    (
        "sales were highest for the hatchback, at 5,120",
        {"value": 5120},
        Verdict.NEEDS_REVIEW,
        "one figure cannot show it is the highest",
    ),
    (
        "The two most common models were hatchbacks",
        ser("hatchback", ("hatchback", 5120)),
        Verdict.NEEDS_REVIEW,
        "'the two most common' is a top two: one label cannot show it",
    ),
    (
        "the estate was one of the two biggest sellers",
        ser("estate", *SALES),
        Verdict.SUPPORTED,
        "a cardinal before the superlative names a group, not a place",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "reason"), CASES, ids=[row[0][:40] for row in CASES]
)
def test_ranking(quote: str, figures: dict[str, Any], verdict: Verdict, reason: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{reason}: {finding.explanation}"
