"""A superlative a headline writes without an article is read as the superlative it is
(engine/read/headline_ranks.py, docs/policy.md "Superlatives a headline writes without an
article").

The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, check_case, ser

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

AREAS = (("Northmoor", "6.4%"), ("Eastvale", "5.1%"), ("Southby", "3.9%"), ("Westfold", "4.6%"))
YEARS = (("2019", "1.71"), ("2020", "1.63"), ("2021", "1.66"), ("2022", "1.55"), ("2023", "1.52"))
DIP = (("2019", "1.71"), ("2020", "1.49"), ("2021", "1.66"), ("2022", "1.55"), ("2023", "1.52"))

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    # A bare superlative after a verb of reporting or having, an adjective between.
    (
        "Northmoor reports highest regional jobless rate",
        ser("Northmoor", *AREAS),
        S,
        "Northmoor's 6.4% tops the areas",
    ),
    (
        "Eastvale reports highest regional jobless rate",
        ser("Eastvale", *AREAS),
        C,
        "Northmoor's rate is higher",
    ),
    ("Southby has lowest jobless rate", ser("Southby", *AREAS), S, "3.9% is the lowest"),
    ("Westfold records lowest county jobless rate", ser("Westfold", *AREAS), C, "not lowest"),
    ("Highest jobless rate in Northmoor", ser("Northmoor", *AREAS), S, "at the quote's start"),
    ("area with highest claimant rate", ser("Eastvale", *AREAS), C, "after 'with'"),
    # On record: words naming the measure between the superlative and "on record".
    ("Region sees lowest birth rate on record", ser("2023", *YEARS), S, "below every year"),
    ("Region sees lowest birth rate on record", ser("2023", *DIP), C, "2020 was lower"),
    ("the lowest total fertility rate on record", ser("2023", *YEARS), S, "with the article"),
    ("lowest fertility rate ever recorded", ser("2022", *YEARS), S, "below every earlier year"),
    ("Record low birth rate", ser("2021", *YEARS), C, "2020 was lower"),
    ("Northmoor has highest jobless rate on record", ser("Northmoor", *AREAS), R, "no years"),
    # A time word later in the clause leaves it to the span readings; a hyphen is no ranking.
    ("Region hits lowest birth rate in three years", ser("2021", *YEARS), C, "2020 was lower"),
    ("its highest jobless rate for 3 years", ser("2023", *YEARS), C, "2021 was higher"),
    ("Region hits lowest birth rate in three years", ser("2023", *YEARS), S, "below 2021, 2022"),
    ("births hit lowest level since 2019", ser("2021", *YEARS), C, "2020 was lower"),
    ("Region has highest-paid staff", ser("2023", *YEARS), R, "a compound adjective"),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_headline_superlatives(
    quote: str, figures: dict[str, Any], verdict: Verdict, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
