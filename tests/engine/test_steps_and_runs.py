"""A change against one figure of a series is a step, a number after "from" is an earlier
period's figure, a run said "after" ends before the latest move, and words of pace move a
rate (docs/policy.md, "Steps, earlier periods and runs before the latest move")."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import check_case

from claimcheck.model import Verdict

YEARS = (("2019", "1,420"), ("2020", "1,515"), ("2021", "1,488"), ("2022", "1,302"))
CHANGES = (("2020", "95"), ("2021", "-27"), ("2022", "-186"))
GAP = (("2019", "1,420"), ("2020", "1,515"), ("2022", "1,302"))
MONTHS = (
    ("January 2026", "3.6%"),
    ("February 2026", "3.9%"),
    ("March 2026", "3.5%"),
    ("April 2026", "3.2%"),
    ("May 2026", "3.4%"),
)
RATES = (("2016", "6.2%"), ("2017", "5.9%"), ("2018", "5.5%"), ("2019", "5.1%"), ("2020", "5.6%"))


def _series(pairs: tuple[tuple[str, str], ...], label: str) -> dict[str, Any]:
    return {"series": pairs, "label": label}


# (quote, figures, verdict, words the explanation holds)
CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    # 1. "by N" after a direction word is a step, never the level
    (
        "Overdose deaths fell by 186 to the lowest level in three years",
        _series(YEARS, "2022"),
        Verdict.SUPPORTED,
        "from the period before, given.series[2021] (1,488)",
    ),
    (
        "Overdose deaths fell by 120 to the lowest level in three years",
        _series(YEARS, "2022"),
        Verdict.CONTRADICTED,
        "1,488 → 1,302 is a fall of 186",
    ),
    ("Admissions rose 95 in 2020", _series(YEARS, "2020"), Verdict.SUPPORTED, "1,420 → 1,515"),
    (
        "Admissions have dropped by 213 since 2020",
        _series(YEARS, "2022"),
        Verdict.SUPPORTED,
        "from 2020, the period the quote names",
    ),
    ("Admissions were down 12.5% on 2021", _series(YEARS, "2022"), Verdict.SUPPORTED, "12.5%"),
    (
        "Admissions fell by 186 over the past three years",
        _series(YEARS, "2022"),
        Verdict.NEEDS_REVIEW,
        "not the level",
    ),
    ("Admissions fell by 213", _series(GAP, "2022"), Verdict.NEEDS_REVIEW, "not the level"),
    ("Admissions fell by 186", _series(CHANGES, "2022"), Verdict.SUPPORTED, "-186"),
    (
        "The rate rose by 0.2 percentage points",
        _series(MONTHS, "May 2026"),
        Verdict.SUPPORTED,
        "given.series[April 2026] (3.2%)",
    ),
    # 2. a number after "from" binds to the earlier period; a run "after" ends there
    (
        "That marked a quickening from April's 3.2 percent",
        _series(MONTHS, "May 2026"),
        Verdict.SUPPORTED,
        "given.series[April 2026] is 3.2%",
    ),
    (
        "That marked a quickening from March's 3.2 percent",
        _series(MONTHS, "May 2026"),
        Verdict.CONTRADICTED,
        "given.series[March 2026] is 3.5%",
    ),
    (
        "That marked a quickening from 3.0 percent",
        _series(MONTHS, "May 2026"),
        Verdict.NEEDS_REVIEW,
        "against April 2026, the label before",
    ),
    (
        "Inflation picked up from 3.2 percent, after two straight months of slower price rises",
        _series(MONTHS, "May 2026"),
        Verdict.SUPPORTED,
        "every step does: February 2026 3.9%, March 2026 3.5%, April 2026 3.2%",
    ),
    (
        "Inflation picked up from 3.2 percent, after three straight months of slower price rises",
        _series(MONTHS, "May 2026"),
        Verdict.CONTRADICTED,
        "not every step does: January 2026 → February 2026",
    ),
    (
        "The rate climbed to 5.6% from 5.1%, its first rise after three years of declines",
        _series(RATES, "2020"),
        Verdict.SUPPORTED,
        "after three years of declines: every step does",
    ),
    # 3. "a percentage point" after a direction word is one point
    (
        "The claimant rate edged up a percentage point",
        {"before": "6.3%", "after": "6.4%"},
        Verdict.CONTRADICTED,
        "does not round to 1 point",
    ),
    (
        "Turnout fell by a point on the last election",
        {"before": "67.3%", "after": "66.2%"},
        Verdict.SUPPORTED,
        "which rounds to 1 point",
    ),
    (
        "The claimant rate rose by one percentage point",
        {"before": "6.3%", "after": "6.4%"},
        Verdict.CONTRADICTED,
        "does not round to 1 point",
    ),
    (
        "Sales rose to a point where stock ran out",
        {"before": "80", "after": "95"},
        Verdict.SUPPORTED,
        "",
    ),
    # 4. a comparison between two matched figures is checked, even after a ranking
    (
        "Carlisle had the lowest rate, 38.2 per 1,000, just above the county average of 44.7",
        {"before": "44.7", "after": "38.2", "labels": ("Cumbria", "Carlisle")},
        Verdict.CONTRADICTED,
        "not above the second",
    ),
    (
        "Carlisle's rate was 38.2 per 1,000, below the county average of 44.7",
        {"before": "44.7", "after": "38.2", "labels": ("Cumbria", "Carlisle")},
        Verdict.SUPPORTED,
        "is below the second",
    ),
    # words of pace move a rate, and only a rate
    ("Inflation eased to 3.1%", {"before": "3.4%", "after": "3.1%"}, Verdict.SUPPORTED, "eased"),
    ("Inflation slowed to 3.6%", {"before": "3.4%", "after": "3.6%"}, Verdict.CONTRADICTED, ""),
    (
        "Shoppers slowed their spending",
        {"before": "3.4%", "after": "3.6%"},
        Verdict.NEEDS_REVIEW,
        "No number or checkable wording",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "words"), CASES, ids=[case[0][:48] for case in CASES]
)
def test_step_binding(quote: str, figures: dict[str, Any], verdict: Verdict, words: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, finding.explanation
    assert words in finding.explanation
