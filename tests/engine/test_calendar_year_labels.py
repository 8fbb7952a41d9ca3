"""A label that spans January to December of one year is that year (engine/judge/context.py,
``calendar_year``): a base year or a span of years said in words is checked against it as
against a label written as the year. Any other twelve months stay unsettled. Our own sentences.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, ch, check_case

from claimcheck.engine.judge.context import calendar_year
from claimcheck.model import Verdict

S, R = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW
JAN_DEC = ("Jan 2021 to Dec 2021", "Jan 2022 to Dec 2022")

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    ("Ferry crossings were up 12% on 2021", ch(500, 560, JAN_DEC), S, "Jan-Dec 2021 is 2021"),
    ("Ferry crossings were up 12% on 2020", ch(500, 560, JAN_DEC), R, "the base is not 2020"),
    ("up 12% on 2021", ch(500, 560, ("January to December 2021", "January to December 2022")),
     S, "months written whole, year once"),
    ("up 12% on 2021", ch(500, 560, ("Apr 2021 to Mar 2022", "Apr 2022 to Mar 2023")), R,
     "a year to March is no calendar year"),
    ("twice as many as five years ago",
     ch(100, 200, ("Jan 2017 to Dec 2017", "Jan 2022 to Dec 2022")), S,
     "five calendar years apart"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_a_calendar_year_label_is_its_year(
    quote: str, figures: dict[str, Any], verdict: Verdict, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"


LABELS = [
    ("2018", 2018),
    ("Jan 2018 to Dec 2018", 2018),
    ("Jan-Dec 2018", 2018),
    ("January to December 2018", 2018),
    ("Jan 2017 to Dec 2018", None),
    ("Oct 2017 to Sep 2018", None),
    ("Jan to Jun 2018", None),
]


@pytest.mark.parametrize(("label", "year"), LABELS, ids=[label for label, _ in LABELS])
def test_calendar_year(label: str, year: int | None) -> None:
    assert calendar_year(label) == year
