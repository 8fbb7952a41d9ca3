"""'Since' claims and records over a series (issue 10, class 5), and digit bands (class 10).
Every row is our own sentence with its reason."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case, ser

from claimcheck.model import Verdict


def fig(value: Any) -> dict[str, Any]:
    return {"value": value}


# 2016 (71.2) is the lowest since 2011 (70.4): every year between is higher, 2011 lower.
PASS_RATES = (
    ("2011", "70.4%"),
    ("2012", "72.0%"),
    ("2013", "73.1%"),
    ("2014", "72.6%"),
    ("2015", "71.9%"),
    ("2016", "71.2%"),
)
GAPPY = (("2011", "70.4%"), ("2013", "73.1%"), ("2016", "71.2%"))
BIRTHS = (("1975", 560), ("1990", 700), ("2005", 640), ("2015", 610), ("2023", 575))
# Every year shown is above 2023, but most years between are missing.
GAPPY_FALLING = (("1990", 700), ("2005", 640), ("2015", 610), ("2023", 575))
# Every year from 1975 to 2023: 1975 (560) is lower than 2023 (575), every year between higher.
YEARLY_BIRTHS = (
    ("1975", 560),
    *((str(year), 600 + year % 7) for year in range(1976, 2023)),
    ("2023", 575),
)

# quote, figures, verdict, reason
CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "That marks the lowest approval rate since 2011",
        ser("2016", *PASS_RATES),
        Verdict.SUPPORTED,
        "words between the superlative and 'since'; 2011 itself is not in the 'higher' set",
    ),
    (
        "the lowest number of passes by new drivers since 2011",
        ser("2016", *PASS_RATES),
        Verdict.SUPPORTED,
        "six words between the superlative and 'since' still make a since-claim",
    ),
    (
        "the slowest pace of approvals since 2011",
        ser("2016", *PASS_RATES),
        Verdict.SUPPORTED,
        "'pace of' ranks a rate as a level, not one change against others",
    ),
    (
        "its lowest level since 2013",
        ser("2016", *PASS_RATES),
        Verdict.CONTRADICTED,
        "2015 and 2014 are above 2016 but 2013 must be at least as low, and it is not",
    ),
    (
        "the lowest since the 2012 reform",
        ser("2016", *PASS_RATES),
        Verdict.CONTRADICTED,
        "a year inside an event: 2012 (72.0%) was not as low as 2016",
    ),
    (
        "the lowest rate since 2011",
        ser("2016", *GAPPY),
        Verdict.NEEDS_REVIEW,
        "2012, 2014 and 2015 are missing between: the series cannot show it",
    ),
    (
        "the ratio slid to its lowest level since March 2009",
        ch("6.1%", "5.9%"),
        Verdict.NEEDS_REVIEW,
        "a month and year: the two figures hold no series back to 2009",
    ),
    (
        "prices jumped 4%, their highest since the crash of 2008",
        ch(100, 104),
        Verdict.NEEDS_REVIEW,
        "the since-claim needs the series, which two figures do not give",
    ),
    (
        "the lowest total since records began in 1990",
        ser("2023", *BIRTHS),
        Verdict.NEEDS_REVIEW,
        "every year from 1990 counts, 1990 included, but the series skips most of them",
    ),
    (
        "births were 2.0% under their earlier record low, set in 2015",
        ser("2023", *YEARLY_BIRTHS),
        Verdict.NEEDS_REVIEW,
        "the previous record belongs to 2015, not to the referenced 2023",
    ),
    (
        "births fell to their lowest level on record",
        ser("2023", *BIRTHS),
        Verdict.CONTRADICTED,
        "1975 (560) is lower than 2023 (575): no record, whatever the gaps hold",
    ),
    (
        "births fell to their lowest level on record",
        ser("2023", ("2019", 640), ("2020", 610), ("2021", 600), ("2022", 590), ("2023", 575)),
        Verdict.SUPPORTED,
        "below every earlier year of a series with no gaps",
    ),
    (
        "births reached their lowest level on record",
        ser("2023", ("2019", 640), ("2021", 600), ("2023", 575)),
        Verdict.NEEDS_REVIEW,
        "below every earlier year given, but 2020 and 2022 are missing: a gap could be lower",
    ),
    (
        "its lowest since records began in 1976",
        ser("2023", *YEARLY_BIRTHS),
        Verdict.SUPPORTED,
        "every year from 1976 on is above 2023's 575; 1976 itself need not be as low",
    ),
    (
        "the lowest figure since records began in 1975",
        ser("2023", *YEARLY_BIRTHS),
        Verdict.CONTRADICTED,
        "records began in 1975, and 1975 (560) was lower than 2023 (575)",
    ),
    (
        "admissions were at their smallest since comparable records started",
        ser("2023", *GAPPY_FALLING),
        Verdict.NEEDS_REVIEW,
        "since records began, with no year, is a record; the series skips most years",
    ),
    (
        "admissions were at their smallest since comparable records started",
        ser("2023", ("2019", 640), ("2020", 610), ("2021", 600), ("2022", 590), ("2023", 575)),
        Verdict.SUPPORTED,
        "a record below every earlier year of a series with no gaps",
    ),
    (
        "admissions were the highest since comparable records started",
        ser("2023", ("2019", 640), ("2020", 610), ("2021", 600), ("2022", 590), ("2023", 575)),
        Verdict.CONTRADICTED,
        "a record high, and every earlier year was higher",
    ),
    (
        "the lowest share observed since estimates were first published for 1976",
        ser("2023", *YEARLY_BIRTHS),
        Verdict.SUPPORTED,
        "the year the estimates start, after a longer phrase than 'records began': every "
        "year from 1976 is above 2023",
    ),
    (
        "the lowest share observed since estimates were first published for 1975",
        ser("2023", *BIRTHS),
        Verdict.CONTRADICTED,
        "estimates start in 1975, and 1975 (560) was lower than 2023 (575)",
    ),
    (
        "the lowest share since the series began in 1990",
        ser("2023", ("1990", 700), ("2005", 640), ("2023", 575)),
        Verdict.NEEDS_REVIEW,
        "below every year shown from 1990, but most years since are missing",
    ),
    (
        "admissions dropped to their smallest since records started, with fewer than 600 logged",
        ser("2023", *GAPPY_FALLING),
        Verdict.NEEDS_REVIEW,
        "the bound holds, but the record is read too, and the gappy series cannot show it",
    ),
    (
        "the fewest admissions of the years shown",
        ser("2023", ("2019", 640), ("2021", 600), ("2023", 575)),
        Verdict.NEEDS_REVIEW,
        "a plain superlative along years: 2020 and 2022 are missing and could be lower",
    ),
    (
        "the lowest admissions total",
        ser("2023", ("2019", 640), ("2020", 610), ("2021", 600), ("2022", 590), ("2023", 575)),
        Verdict.SUPPORTED,
        "a plain superlative along a series with every year",
    ),
    (
        "the sharpest fall since the index began in 1997",
        ch("8.2%", "6.9%"),
        Verdict.NEEDS_REVIEW,
        "a ranking of this change among every change since 1997",
    ),
    (
        "the biggest rise in costs since 2001",
        ch(120, 100),
        Verdict.CONTRADICTED,
        "a ranking of a rise over figures that fell",
    ),
    (
        "deaths fell below 600 for the first time in three decades, to 575",
        fig(575),
        Verdict.NEEDS_REVIEW,
        "'for the first time' needs every value of the span",
    ),
    (
        "admissions dropped to their lowest in nearly five decades",
        ser("2023", *BIRTHS),
        Verdict.NEEDS_REVIEW,
        "every label shown is higher, but the series skips most of the 45 years, as a "
        "since-claim over a gappy series does",
    ),
    (
        "admissions dropped to their lowest in nearly five decades",
        ser("2023", *YEARLY_BIRTHS),
        Verdict.SUPPORTED,
        "every one of the 45 years before 2023 is there, and every one is higher",
    ),
    (
        "admissions dropped to their lowest in more than four decades",
        ser("2023", *YEARLY_BIRTHS),
        Verdict.SUPPORTED,
        "every one of the 41 years before 2023 is there and higher",
    ),
    (
        "admissions dropped to their lowest level in more than five decades",
        ser("2023", *YEARLY_BIRTHS),
        Verdict.CONTRADICTED,
        "more than five decades reaches back to 1972, and 1975 (560) was lower",
    ),
    (
        "admissions dropped to their lowest in four decades",
        ser("2023", *YEARLY_BIRTHS),
        Verdict.SUPPORTED,
        "a shorter span of the same full series",
    ),
    (
        "a new series low",
        ser("2016", *PASS_RATES),
        Verdict.CONTRADICTED,
        "'a series low' is a record low; 2011 was lower",
    ),
    (
        "the rate slid to 71.2%, its lowest since 2011, when it stood at 70.4%",
        ser("2016", *PASS_RATES),
        Verdict.SUPPORTED,
        "the number after 'when it stood at' is the 2011 value, not the 2016 one",
    ),
    (
        "the rate slid to 71.2%, its lowest since 2011, when it stood at 65%",
        ser("2016", *PASS_RATES),
        Verdict.CONTRADICTED,
        "2011's value was 70.4%, not 65%",
    ),
    (
        "inflation reached double digits, at 10.4%",
        fig("10.4%"),
        Verdict.SUPPORTED,
        "'double digits' is the range 10 to 99, not a multiple",
    ),
    (
        "double-digit inflation",
        fig("9.6%"),
        Verdict.CONTRADICTED,
        "9.6% is a single figure",
    ),
    (
        "the rate fell back into single figures",
        fig("8.8%"),
        Verdict.SUPPORTED,
        "'single figures' is below 10",
    ),
    (
        "triple-digit gains for the index, 112",
        fig(112),
        Verdict.SUPPORTED,
        "'triple-digit' is 100 to 999",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "reason"), CASES, ids=[row[0][:40] for row in CASES]
)
def test_since(quote: str, figures: dict[str, Any], verdict: Verdict, reason: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{reason}: {finding.explanation}"
