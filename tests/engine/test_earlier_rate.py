"""A rate of an earlier period named as a change (engine/judge/rate_itself.py): "than the 1.9%
increase a month earlier" states the earlier figure, not the change between the two. The
sentences are the project's own."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, ch, check_case

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "Rents rose 3.1% in the year to June, faster than the 1.9% increase a month earlier",
        ch("1.9%", "3.1%"),
        S,
        "than the earlier rate",
    ),
    (
        "Growth picked up to 0.6%, up from the 0.2 per cent rise in the first quarter",
        ch("0.2%", "0.6%"),
        S,
        "from the earlier rate",
    ),
    (
        "Inflation reached 3.1%, faster than the 2.4% increase a month earlier",
        ch("1.9%", "3.1%"),
        C,
        "the earlier rate misstated: judged as a change, and wrong",
    ),
    (
        "Inflation reached 3.1%, a 1.2% increase on the month before",
        ch("1.9%", "3.1%"),
        R,
        "no comparison word before it: the change itself (points written as per cent)",
    ),
    (
        "Inflation reached 3.1%, after the 63.2% increase in the rate",
        ch("1.9%", "3.1%"),
        S,
        "not the earlier figure: the change between the two, as before",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_an_earlier_rate_named_as_a_change(
    quote: str, figures: dict[str, Any], verdict: Verdict, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
