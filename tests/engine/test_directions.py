"""A rise or fall to a level whose earlier figure the claim does not reference
(engine/judge/directions.py): the level is checked, the direction needs review. The sentences
are the project's own."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, ch, check_case, fig

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    ("the rate of admissions rose to 16.5 per 1,000", fig("16.5"), R,
     "only the level is referenced: the rise is unsettled"),
    ("with a rise to 16.5 admissions per 1,000", fig("16.5"), R, "a rise to a level"),
    ("an increase to 4,210 ferry crossings", fig(4210), R, "an increase to a level"),
    ("waiting lists fell last year to 1,200", fig(1200), R, "words between fall and 'to'"),
    ("waiting lists fell to 1,500", fig(1200), C, "the level itself is wrong"),
    ("the rate of admissions rose to 16.5 per 1,000", ch("15.9", "16.5"), S,
     "with the earlier figure the rise is checked"),
    ("the rate of admissions rose to 16.5 per 1,000", ch("17.1", "16.5"), C,
     "with the earlier figure the rise is wrong"),
    ("crossings grew by 4,210", fig(4210), S, "the figure is the change itself"),
    ("crossings were up 3.1%", fig("3.1%"), S, "a stated change, no level"),
    ("ferry delays fell, down 913", fig(-913), S, "a signed change holds its direction"),
    ("wage growth slowed to 2.5%", fig("2.5%"), S, "'growth' names the measure"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_a_direction_to_a_level_needs_its_earlier_figure(
    quote: str, figures: dict[str, Any], verdict: Verdict, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"


def test_the_unchecked_direction_says_which_figure_settles_it() -> None:
    finding = check_case("admissions rose to 16.5 per 1,000", fig("16.5"))
    [said] = [item for item in finding.statements if item.rule_id == "rise.unchecked"]
    assert said.stated == "rose"
    assert "references no earlier figure" in said.explanation
