"""Two changes compared by a direction word and "than" (engine/judge/compared.py).

The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, ch, check_case

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "the bus fares index was down less in May (-0.6%) than in April (-1.9%)",
        ch("-1.9%", "-0.6%"),
        S,
        "two falls, May's the smaller: not a rise from -1.9 to -0.6",
    ),
    (
        "rents fell more sharply in the third quarter (-2.2%) than in the second (-0.8%)",
        ch("-0.8%", "-2.2%"),
        S,
        "two falls, the later the larger",
    ),
    (
        "output grew more slowly in June (0.2%) than in May (0.7%)",
        ch("0.7%", "0.2%"),
        S,
        "two rises, June's the smaller",
    ),
    (
        "the index was down less in May than in April",
        ch("-0.6%", "-1.9%"),
        R,
        "the sizes compare the other way: the figures may be named the other way round",
    ),
    (
        "visits fell less in May than in April",
        ch(400, 380),
        R,
        "two levels, not two falls: the words compare changes the figures do not give",
    ),
    (
        "visits fell less than 10%, to 380",
        ch(400, 380),
        S,
        "a bound after 'than' is no comparison of two changes",
    ),
    (
        "exports rose less than expected, to 102",
        ch(100, 102),
        S,
        "a forecast after 'than' is no comparison of referenced changes",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_two_changes_compared(
    quote: str, figures: dict[str, Any], verdict: Verdict, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
