"""Share words ('most', 'the majority of') need a share to check; every row is our own."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, check_case, ser

from claimcheck.model import Verdict

COUNCILS = (("Avonford", 2430), ("Brookside", 1489), ("Carlow", 1210))

# quote, figures, verdict, reason
CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "most councils replied",
        {"part": 200, "whole": 300},
        Verdict.SUPPORTED,
        "200 of 300 is more than half",
    ),
    (
        "the majority of councils replied",
        {"value": "62%"},
        Verdict.SUPPORTED,
        "a percentage between 0 and 100 is a share",
    ),
    (
        "most councils replied, 290 in all",
        {"value": 290},
        Verdict.NEEDS_REVIEW,
        "a share word with no part and whole is unchecked, so it is a question",
    ),
    (
        "deaths fell in the majority of categories, including a 4% fall for passengers",
        {"value": "-4%"},
        Verdict.NEEDS_REVIEW,
        "a negative percentage is a change, never a share of a whole",
    ),
    (
        "the rate has fallen most among teenagers, down 40%",
        {"before": 100, "after": 60},
        Verdict.NEEDS_REVIEW,
        "'most' after a verb says how much, not how many: no share word, but a ranking of the "
        "teenagers' fall against groups the claim does not reference",
    ),
    # A share word bounds a stated percentage only when it quantifies it.
    (
        "most of the orchards reported losses in their pear crops (7%)",
        {"value": "7%"},
        Verdict.NEEDS_REVIEW,
        "'most of' quantifies the orchards; the 7% stands a clause away and bounds nothing",
    ),
    (
        "half of the depots saw higher bus fares (4%)",
        {"value": "4%"},
        Verdict.NEEDS_REVIEW,
        "'half of' quantifies the depots, not the 4% rise in fares",
    ),
    (
        "a 3% rise in rents across most of the boroughs",
        {"value": "3%"},
        Verdict.NEEDS_REVIEW,
        "the 3% comes first, with a rise and a place between: 'most of' is about the boroughs",
    ),
    (
        "most of the 8% who moved were renters",
        {"value": "8%"},
        Verdict.NEEDS_REVIEW,
        "'most of the 8%' takes a share of the 8% itself, so 8% is no bound on it",
    ),
    (
        "most of the tenants surveyed (64%) backed the plan",
        {"value": "64%"},
        Verdict.SUPPORTED,
        "the percentage stands right after the noun 'most of' quantifies",
    ),
    (
        "most of the tenants surveyed (34%) backed the plan",
        {"value": "34%"},
        Verdict.CONTRADICTED,
        "the same closeness binds a percentage below one half",
    ),
    (
        "a majority, 57%, voted to strike",
        {"value": "57%"},
        Verdict.SUPPORTED,
        "a percentage set off right after the share word states it",
    ),
    (
        "71% of members, a majority, voted to strike",
        {"value": "71%"},
        Verdict.SUPPORTED,
        "a share word set off right after the percentage restates it",
    ),
    (
        "Avonford issued the most fines (2,430)",
        ser("Avonford", *COUNCILS),
        Verdict.SUPPORTED,
        "'the most' is a superlative over the series, not the share word 'most'",
    ),
    (
        "Carlow issued the most fines",
        ser("Carlow", *COUNCILS),
        Verdict.CONTRADICTED,
        "Avonford issued more",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "reason"), CASES, ids=[case_id(r[0], r[2]) for r in CASES]
)
def test_share_words(quote: str, figures: dict[str, Any], verdict: Verdict, reason: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{reason}: {finding.explanation}"
