"""A change with no unit that matches neither the difference nor the relative change
(engine/judge/points.py): within one unit of the relative change, and not of the difference,
it is a per cent sign left out or a slip, a question; further off it is wrong. Every row is
our own."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case

from claimcheck.model import Verdict

SLIP = "a per cent sign left out, or a slip"

# quote, figures, verdict, words the explanation holds ("" for none), why
CASES: list[tuple[str, dict[str, Any], Verdict, str, str]] = [
    (
        "the index climbed by 5, from 4.12 to 4.35",
        ch("4.12", "4.35"),
        Verdict.NEEDS_REVIEW,
        SLIP,
        "the relative change is 5.6%, within one unit of 5; the difference is 0.23",
    ),
    (
        "the index climbed by 6, from 4.12 to 4.35",
        ch("4.12", "4.35"),
        Verdict.NEEDS_REVIEW,
        "unclear which was meant",
        "6 is the relative change as rounded: the older rule, unclear which reading",
    ),
    (
        "the index climbed by 8, from 4.12 to 4.35",
        ch("4.12", "4.35"),
        Verdict.CONTRADICTED,
        "",
        "8 is more than one unit from 5.6%: wrong in either reading",
    ),
    (
        "the index climbed by 4.9, from 4.12 to 4.35",
        ch("4.12", "4.35"),
        Verdict.CONTRADICTED,
        "",
        "written to a tenth, one unit is 0.1: 4.9 is 0.7 from 5.6%",
    ),
    (
        "the index fell by 5, from 4.12 to 4.35",
        ch("4.12", "4.35"),
        Verdict.CONTRADICTED,
        "not a fall",
        "the wrong way is wrong whatever the unit",
    ),
    (
        "tickets sold rose by 12, from 100 to 111",
        ch(100, 111),
        Verdict.NEEDS_REVIEW,
        "just outside",
        "from 100 the difference and the relative change are one: the rounding rule speaks",
    ),
    (
        "tickets sold rose by 13, from 100 to 111",
        ch(100, 111),
        Verdict.CONTRADICTED,
        "",
        "13 is near neither reading",
    ),
    (
        "visits fell by 60, from 600 to 300",
        ch(600, 300),
        Verdict.CONTRADICTED,
        "",
        "a round 60 is no slip for 50%: one unit is one per cent at most",
    ),
    (
        "visits fell by 49, from 600 to 300",
        ch(600, 300),
        Verdict.NEEDS_REVIEW,
        SLIP,
        "49 is within one per cent of the 50% fall",
    ),
]


@pytest.mark.parametrize(("quote", "figures", "verdict", "words", "why"), CASES)
def test_a_unitless_change_near_the_relative_change(
    quote: str, figures: dict[str, Any], verdict: Verdict, words: str, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, (why, finding.explanation)
    assert words in finding.explanation, why
