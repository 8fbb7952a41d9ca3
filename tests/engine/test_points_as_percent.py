"""Points written as per cent on rates, and a change noun joined to its amount by a verb of
being (engine/judge/relative_words.py, engine/read/change_by.py; docs/policy.md "Percent and
percentage points").

The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, ch, check_case

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

RATE = ch("6.2%", "5.8%")  # a 0.4-point fall, a 6.5% relative fall
COUNT = ch(6200, 5800)  # a 6.5% fall

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    ("the decrease was 0.4%", RATE, R, "0.4 points written as per cent"),
    ("a decrease of 0.4%", RATE, R, "the same slip, spelt as a noun phrase"),
    ("the jobless rate fell by 0.4%", RATE, R, "the same slip after 'by'"),
    ("a 0.4% fall in the rate", RATE, R, "the same slip before the noun"),
    ("the decrease was 6.5%", RATE, S, "the relative fall"),
    ("the decrease was 0.4 percentage points", RATE, S, "points named as points"),
    ("the decrease was 0.9%", RATE, C, "neither the points nor the relative fall"),
    ("the increase was 0.4%", RATE, C, "the rate fell"),
    ("a decrease of 0.4%, relatively", RATE, C, "said to be relative: the relative fall is 6.5%"),
    ("0.4% lower in relative terms", RATE, C, "said to be relative"),
    ("the fall was 6.5%", COUNT, S, "counts: the relative fall"),
    ("the fall was 0.4%", COUNT, C, "counts have no points: 0.4% is wrong"),
    ("growth was 5.8%", ch("6.2%", "5.8%"), S, "'growth was' names the rate, not a change"),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_points_as_percent(quote: str, figures: dict[str, Any], verdict: Verdict, why: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
