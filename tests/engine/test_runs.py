"""A run of years said apart from its direction word (engine/judge/runs.py): judged like "fell
for three years in a row" when the quote has one direction, else left to need review. The
sentences and series are the project's own."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, ch, check_case, ser

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED
# falls in 2014, 2015 and 2016 after a rise in 2013
THREE_FALLS = (("2012", 510), ("2013", 530), ("2014", 505), ("2015", 470), ("2016", 455))

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    ("the third straight year that admissions have slipped", ser("2016", *THREE_FALLS),
     S, "three falls up to 2016"),
    ("Ferry delays drop for the fourth consecutive year", ser("2016", *THREE_FALLS), C,
     "2013 rose: only three falls"),
    ("It is the second straight year that admissions have fallen", ser("2015", *THREE_FALLS),
     S, "2014 and 2015 fell"),
    ("It is the third successive year that admissions have grown", ser("2016", *THREE_FALLS), C,
     "they fell"),
    ("the third consecutive year that admissions fell", ch(505, 455), R,
     "two figures hold no run of three steps"),
    ("admissions fell, the third straight year that visits grew", ser("2016", *THREE_FALLS), R,
     "two directions: which one runs is not settled"),
    ("the third straight year that admissions have not fallen", ser("2016", *THREE_FALLS), R,
     "a negated direction is not run along"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_a_run_said_apart_from_its_direction(
    quote: str, figures: dict[str, Any], verdict: Verdict, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
