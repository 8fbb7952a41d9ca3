"""Rows of the wording table about time: periods ("over the last five years", "since 2003").

Part of the one table in ``claimcheck.engine.wording.phrases``, kept in its own module to keep each
module short; ``phrases.FAMILIES`` lists these rows with the others.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final

from claimcheck.engine.wording.families import Example, Family, Kind
from claimcheck.model import Quantity, Verdict
from claimcheck.text.vocabulary import DURATION_UNITS

PERIODS: Final = (
    Family(
        "period-years",
        "Over N years",
        Kind.PERIOD,
        Quantity.PERIOD,
        None,
        (
            "over the last {N} years",
            "over the past {N} years",
            "in the last {N} years",
            "in the past {N} years",
            "over {N} years",
            "in {N} years",
            "within {N} years",
            "in the {N} years to",
            "in the {N} years since",
            "during the last {N} years",
            "during the past {N} years",
            "across the last {N} years",
            "across the past {N} years",
            "in the space of {N} years",
            "in just {N} years",
            "in only {N} years",
            "{N} years ago",
            "{N} years earlier",
            "{N} years before",
        ),
        "The years of the from and to labels must be N apart (2011 to 2016 is five years); "
        "otherwise needs review. A span counted back from the later figure ('five years ago', "
        "'in the space of five years') is held to the same test: an unchecked span would let a "
        "change over four years pass as one over five.",
        (
            Example(
                "has more than quadrupled over the last five years",
                Verdict.SUPPORTED,
                before="151",
                after="640",
                labels=("2011", "2016"),
            ),
            Example(
                "doubled in three years",
                Verdict.NEEDS_REVIEW,
                before="100",
                after="200",
                labels=("2011", "2016"),
            ),
            Example(
                "is twice what it was five years ago",
                Verdict.NEEDS_REVIEW,
                before="100",
                after="200",
                labels=("2014", "2018"),
            ),
            Example(
                "doubled in the space of four years",
                Verdict.SUPPORTED,
                before="100",
                after="200",
                labels=("2014", "2018"),
            ),
            Example(
                "rose by 20% over the past five years",
                Verdict.SUPPORTED,
                before="100",
                after="120",
                labels=("2011/12", "2016/17"),
            ),
        ),
    ),
    Family(
        "period-decade",
        "In a decade",
        Kind.PERIOD,
        Quantity.PERIOD,
        None,
        (
            "in a decade",
            "over a decade",
            "over the last decade",
            "over the past decade",
            "in the last decade",
            "in the past decade",
            "a decade earlier",
            "a decade ago",
            "a decade before",
        ),
        "The from and to labels must be ten years apart; otherwise needs review.",
        (
            Example(
                "doubled in a decade",
                Verdict.SUPPORTED,
                before="100",
                after="200",
                labels=("2006", "2016"),
            ),
            Example(
                "doubled in a decade",
                Verdict.NEEDS_REVIEW,
                before="100",
                after="200",
                labels=("2011", "2016"),
            ),
        ),
        value=Fraction(10),
    ),
    Family(
        "period-decades",
        "N decades ago",
        Kind.PERIOD,
        Quantity.PERIOD,
        None,
        (
            "{N} decades ago",
            "{N} decades earlier",
            "{N} decades before",
            "over {N} decades",
            "in {N} decades",
        ),
        "The from and to labels must be ten times N years apart (three decades: 30 years); "
        "otherwise needs review.",
        (
            Example(
                "twice as many as three decades ago",
                Verdict.SUPPORTED,
                before="100",
                after="200",
                labels=("1990", "2020"),
            ),
            Example(
                "twice as many as three decades ago",
                Verdict.NEEDS_REVIEW,
                before="100",
                after="200",
                labels=("1995", "2020"),
            ),
        ),
    ),
    Family(
        "base-year",
        "On a base year",
        Kind.PERIOD,
        Quantity.PERIOD,
        None,
        (
            "on {YEAR}",
            "compared with {YEAR}",
            "compared to {YEAR}",
            "against {YEAR}",
        ),
        "The year named as the base of a change must be the from label's year; otherwise "
        "needs review.",
        (
            Example(
                "down 6% on 2014",
                Verdict.SUPPORTED,
                before="100",
                after="94",
                labels=("2014", "2016"),
            ),
            Example(
                "down 6% on 2013",
                Verdict.NEEDS_REVIEW,
                before="100",
                after="94",
                labels=("2014", "2016"),
            ),
        ),
    ),
    Family(
        "since-year",
        "Since a year",
        Kind.PERIOD,
        Quantity.PERIOD,
        None,
        ("since {YEAR}",),
        "The from label must be that year; otherwise needs review.",
        (
            Example(
                "has doubled since 2003",
                Verdict.SUPPORTED,
                before="100",
                after="200",
                labels=("2003", "2016"),
            ),
            Example(
                "has doubled since 2005",
                Verdict.NEEDS_REVIEW,
                before="100",
                after="200",
                labels=("2003", "2016"),
            ),
        ),
    ),
    Family(
        "year-on-year",
        "On a year earlier",
        Kind.PERIOD,
        Quantity.PERIOD,
        None,
        (
            "on a year earlier",
            "on the previous year",
            "on the year before",
            "year on year",
            "year-on-year",
            "on last year",
            "compared with a year earlier",
            "a year earlier",
        ),
        "The from and to labels must be one year apart; otherwise needs review.",
        (
            Example(
                "up 5% on a year earlier",
                Verdict.SUPPORTED,
                before="100",
                after="105",
                labels=("2015", "2016"),
            ),
            Example(
                "up 5% year on year",
                Verdict.NEEDS_REVIEW,
                before="100",
                after="105",
                labels=("2014", "2016"),
            ),
        ),
        value=Fraction(1),
    ),
    Family(
        "duration",
        "Durations",
        Kind.NOT_A_CLAIM,
        Quantity.PERIOD,
        None,
        tuple(f"{{N}} {plural}" for _, plural in DURATION_UNITS),
        "A length of time that no label checks ('in just one month') is not a claim.",
        (
            Example("in just one month, 640 crimes", Verdict.SUPPORTED, value="640"),
            Example(
                "over the 12 months to March, 640 crimes were recorded",
                Verdict.SUPPORTED,
                value="640",
            ),
        ),
    ),
    Family(
        "date",
        "Dates and labels",
        Kind.NOT_A_CLAIM,
        Quantity.PERIOD,
        None,
        ("{MONTH} {YEAR}", "in {YEAR}", "{LABEL}"),
        "Years and labels that name the figures ('in 2011', '2014/15', 'in September 2013') "
        "are not claims.",
        (
            Example(
                "In 2016, a total of 640 crimes were recorded compared to 151 in 2011",
                Verdict.SUPPORTED,
                before="151",
                after="640",
                labels=("2011", "2016"),
            ),
            Example(
                "from 12 in 2011/12 to 288 in 2016-17",
                Verdict.SUPPORTED,
                before="12",
                after="288",
                labels=("2011/12", "2016/17"),
            ),
            Example("in September 2013, 640 crimes", Verdict.SUPPORTED, value="640"),
            Example(
                "Since June 2016 we have carried out almost 140 warrants",
                Verdict.SUPPORTED,
                value="137",
            ),
        ),
    ),
)
