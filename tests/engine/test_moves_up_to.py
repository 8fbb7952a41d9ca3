"""A verb of motion before "up to" moves a figure to a level; elsewhere "up to" is a ceiling
(engine/read/particles.py, the "Up to" row of docs/wording.md).

The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, ch, check_case, fig

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    # A move to a level: "up" is the rise, the number the level reached.
    ("the jobless rate picked up to 4.0% in May", ch("3.8%", "4.0%"), S, "a rise to 4.0%"),
    ("the jobless rate picked up to 4.3% in May", ch("3.8%", "4.0%"), C, "the level is 4.0%"),
    ("vacancies ticked up to 812,000", ch(805000, 812000), S, "a rise to the level"),
    ("vacancies ticked up to 812,000", ch(830000, 812000), C, "they fell to that level"),
    ("prices shot up to £7.40 a kilo", ch("5.10", "7.40"), S, "a rise to the level"),
    ("prices shot up to £8.40 a kilo", ch("5.10", "7.40"), C, "the level is not 8.40"),
    ("the claimant count crept up to 1.6m", ch("1.55m", "1.6m"), S, "a rise to the level"),
    ("the claimant count crept up to 1.6m", ch("1.65m", "1.6m"), C, "it crept down"),
    ("the rate went up to 2.9%, from 2.6%", ch("2.6%", "2.9%"), S, "both levels hold"),
    ("the rate went up to 3.1%, from 2.6%", ch("2.6%", "2.9%"), C, "the level is 2.9%"),
    ("inflation inched up to 2.2%", ch("2.1%", "2.2%"), S, "a small rise to the level"),
    ("inflation edged back up to 2.2%", ch("2.0%", "2.2%"), S, "'back' between verb and particle"),
    ("the index moved up to 104.2", ch("101.0", "104.2"), S, "a rise to the level"),
    ("the rate has picked up to 5.6%", fig("5.1%"), C, "one figure: the level is 5.1%"),
    ("the rate has ticked up to 5.2%", fig("5.2%"), R, "no earlier figure to check the rise"),
    # "up to" as a ceiling: after a modal, after "by", "of", a change verb, or on its own.
    ("the rate could go up to 5.5%", fig("5.1%"), S, "a modal makes it a ceiling"),
    ("costs are expected to shoot up to £90", fig("84"), S, "after 'to' it is a ceiling"),
    ("fares rose by up to 6%", ch(100, "105.5"), S, "'by up to' bounds the change"),
    ("fares rose by up to 5%", ch(100, "105.5"), C, "the rise is above the ceiling"),
    ("a fine of up to £1,000", fig(1000), S, "'of up to' bounds the amount"),
    ("up to 300 people were moved", fig(310), C, "more than the ceiling"),
    ("up to 300 people were moved", fig(280), S, "within the ceiling"),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_moves_up_to(quote: str, figures: dict[str, Any], verdict: Verdict, why: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
