"""A record over a span with words between the superlative and the span ("the highest number of
road deaths in 20 years", engine/read/rankings.py): read as "the highest in N years", never as
a ranking over the whole series. The sentences are the project's own."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, check_case, ser

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED
_YEARS = (
    ("2016", "320"),
    ("2017", "350"),
    ("2018", "310"),
    ("2019", "330"),
    ("2020", "340"),
    ("2021", "345"),
)

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    ("the highest number of ferry crossings in three years", ser("2021", *_YEARS), S, "held"),
    ("the highest number of ferry crossings in five years", ser("2021", *_YEARS), C, "2017 higher"),
    ("the lowest count of ferry crossings for four years", ser("2018", *_YEARS), R, "too short"),
    ("the highest tally of ferry crossings in 20 years", ser("2021", *_YEARS), C, "2017 higher"),
    ("the highest level of crossings in nearly two decades", ser("2021", *_YEARS), C, "decades"),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_a_record_over_a_span_with_words_between(
    quote: str, figures: dict[str, Any], verdict: Verdict, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
    assert any(item.rule_id.startswith("years-") for item in finding.statements), why
