"""A number written with its own period ("around 118,000 in 2011") stands for that period's
figure, though it fits another period's figure of the same line as well
(``link_choice.one_cell``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case

from claimcheck.model import Verdict

_POPULATION = (
    "Population estimates by local authority\n"
    "Area,2011,2021\n"
    'Kettleby,"116,900","120,600"\n'
    'Marshton,"88,100","91,400"\n'
)

CASES = [
    Case(
        "own year picks the earlier figure",
        {"pop.csv": _POPULATION},
        "Kettleby now has 120,600 residents. The town has grown from around 118,000 in 2011 "
        "to 120,600 in 2021.",
        "The town has grown from around 118,000 in 2011 to 120,600 in 2021",
        {"from": "pop.kettleby[2011]", "to": "pop.kettleby[2021]"},
        "'2011' and '2021' named",
        Verdict.SUPPORTED,
    ),
    Case(
        "own year in brackets",
        {"pop.csv": _POPULATION},
        "Marshton had about 90,000 people (2011) and 91,400 ten years later.",
        "Marshton had about 90,000 people (2011)",
        {"figure": "pop.marshton[2011]"},
        "",
        None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_own_period(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)
