"""Binding: each stated number binds to the figure it states (issue 10, class 1).

By its role in the sentence (the level after "to", the base after "from" or "than"), else to
the nearest figure; never to whichever figure would make the statement true. A number with a
bound ("more than 300") is about that number. Every explanation names the figure each number
was bound to, and a number bound to nothing says so. The sentences are the project's own.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case

from claimcheck.model import Verdict

# (quote, figures, verdict, words the explanation must hold, why)
CASES: list[tuple[str, dict[str, Any], Verdict, str, str]] = [
    (
        "more than 300 beds were open, 40% fewer than the 520 a year before",
        ch(520, 300),
        Verdict.CONTRADICTED,
        "given.after is 300, not more than 300",
        "'more than 300' is about 300, the nearest figure, not about 520 which would make it true",
    ),
    (
        "more than 300 beds were open, 40% fewer than the 520 a year before",
        ch(520, 310),
        Verdict.SUPPORTED,
        "given.after is 310, more than 300",
        "the nearest figure, 310, is more than 300",
    ),
    (
        "almost 2,000 homes were sold",
        ch(1200, 1990),
        Verdict.SUPPORTED,
        "given.after is 1,990",
        "a bounded number binds to the nearest figure",
    ),
    (
        "the jobless rate stood at 4.1 per cent, down from 4.6 in the spring",
        ch("4.6%", "4.1%"),
        Verdict.SUPPORTED,
        "4.6: given.before is 4.6%",
        "a bare decimal beside rates with their unit is a rate: the unit is written once",
    ),
    (
        "the rate fell to 3.9 per cent from 4.25",
        ch("4.25%", "3.9%"),
        Verdict.SUPPORTED,
        "4.25: given.before is 4.25%",
        "the base after 'from' binds to the from figure, with the unit carried over",
    ),
    (
        "Wales spent £12 billion of the £80 billion total (£80 billion)",
        {"part": "£12bn", "whole": "£80bn"},
        Verdict.SUPPORTED,
        "£80 billion: given.whole is £80bn",
        "money in brackets with a scale word is an aside, not an accounts loss",
    ),
    (
        "the share was 20% this year",
        ch("19.8%", "20.0%"),
        Verdict.SUPPORTED,
        "20%: given.after is 20.0%",
        "of two figures that fit, the number binds to the nearer one",
    ),
    (
        "a rate of 52 burglaries per 100,000 homes",
        {"value": "1,040"},
        Verdict.NEEDS_REVIEW,
        "needs the population",
        "a rate stated against a figure twenty times its size (a count) cannot be settled",
    ),
    (
        "a rate of 52 burglaries per 100,000 homes",
        {"value": "61"},
        Verdict.CONTRADICTED,
        "given.value is 61",
        "a figure of the rate's own size is a rate, and it disagrees",
    ),
    (
        "volunteers handed out nearly 2m meals",
        {"value": "1,962,400"},
        Verdict.SUPPORTED,
        "nearly 2m: given.value is 1,962,400",
        "'2m' is millions when the figure is of that size (it could be metres otherwise)",
    ),
    (
        "a 2m fence was built",
        {"value": "2"},
        Verdict.SUPPORTED,
        "given.value is 2",
        "against a figure of 2, the 'm' is not millions",
    ),
    (
        "the council spends £1,340 per resident",
        {"value": "£212m"},
        Verdict.NEEDS_REVIEW,
        "needs the population",
        "a rate per head against a total cannot be checked without the population",
    ),
    (
        "the council spends £1,340 per resident",
        {"value": "£1,340"},
        Verdict.SUPPORTED,
        "given.value is £1,340",
        "a rate per head against the rate itself",
    ),
    (
        "costs were 640, up from 200",
        ch(200, 1640),
        Verdict.NEEDS_REVIEW,
        "matches no referenced figure",
        "a number that binds to no figure needs review, and says so",
    ),
]


YEARS = (("2019", "410"), ("2020", "455"), ("2021", "520"))
CASES += [
    (
        "admissions rose 14 per cent last year to 520",
        {"series": YEARS, "label": "2021"},
        Verdict.SUPPORTED,
        "from the year before, given.series[2020] (455), to given.series[2021] (520)",
        "a change against one figure of a yearly series binds its base to the year before",
    ),
    (
        "admissions rose 20 per cent last year",
        {"series": YEARS, "label": "2021"},
        Verdict.CONTRADICTED,
        "given.series[2020] (455)",
        "the year before gives 14.3%, not 20%",
    ),
    (
        "admissions were 14 per cent higher than the previous year",
        {"series": YEARS, "label": "2021"},
        Verdict.SUPPORTED,
        "from the year before, given.series[2020] (455)",
        "'than the previous year' names the year before as the base",
    ),
    (
        "admissions were 14 per cent higher than in 2019",
        {"series": YEARS, "label": "2021"},
        Verdict.CONTRADICTED,
        "from 2019, the period the quote names, given.series[2019] (410)",
        "another year is the base: the year the quote names, not the year before",
    ),
    (
        "admissions made up 14% of the total",
        {"series": YEARS, "label": "2021"},
        Verdict.NEEDS_REVIEW,
        "",
        "'made up' moves nothing: no change, so no base is assumed",
    ),
    (
        "admissions rose 27 per cent since 2019",
        {"series": YEARS, "label": "2021"},
        Verdict.SUPPORTED,
        "from 2019, the period the quote names, given.series[2019] (410)",
        "the wording names another base (2019), a label of the series: it is the base",
    ),
    (
        "admissions rose 14 per cent last year",
        {"series": (("2018", "400"), ("2021", "520")), "label": "2021"},
        Verdict.NEEDS_REVIEW,
        "",
        "the series lacks the year before: no base is assumed",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "words", "why"),
    CASES,
    ids=[f"{i}:{case[0][:40]}" for i, case in enumerate(CASES)],
)
def test_binding(
    quote: str, figures: dict[str, Any], verdict: Verdict, words: str, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
    assert words in finding.explanation, f"{why}: {finding.explanation}"
