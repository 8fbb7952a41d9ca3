"""Rows of the wording table about time: period phrases and claims about a series.

Part of the one table in ``claimcheck.engine.wording.phrases``, kept in its own module to keep each
module short; ``phrases.FAMILIES`` lists these rows with the others.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final

from claimcheck.engine.wording.families import Example as E
from claimcheck.engine.wording.families import Family, Kind
from claimcheck.model import Quantity as Q
from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

_OFFENCES = (("possession", "400"), ("distribution", "288"), ("making", "120"))
_RISING = (("2013", "100"), ("2014", "120"), ("2015", "130"), ("2016", "150"))
_DIP = (("2013", "100"), ("2014", "120"), ("2015", "110"), ("2016", "150"))
_FALLING = (("2012", "200"), ("2013", "180"), ("2014", "170"), ("2015", "150"))
_LOW_SINCE = (("2012", "140"), ("2013", "180"), ("2014", "170"), ("2015", "150"))
_SINCE = (("2012", "700"), ("2013", "500"), ("2014", "600"), ("2015", "650"))

PERIODS: Final = (
    Family(
        "period-years",
        "Over N years",
        Kind.PERIOD,
        Q.PERIOD,
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
        ),
        "The years of the from and to labels must be N apart (2011 to 2016 is five years); "
        "otherwise needs review.",
        (
            E(
                "has more than quadrupled over the last five years",
                S,
                before="151",
                after="640",
                labels=("2011", "2016"),
            ),
            E("doubled in three years", R, before="100", after="200", labels=("2011", "2016")),
            E(
                "rose by 20% over the past five years",
                S,
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
        Q.PERIOD,
        None,
        (
            "in a decade",
            "over a decade",
            "over the last decade",
            "over the past decade",
            "in the last decade",
            "in the past decade",
        ),
        "The from and to labels must be ten years apart; otherwise needs review.",
        (
            E("doubled in a decade", S, before="100", after="200", labels=("2006", "2016")),
            E("doubled in a decade", R, before="100", after="200", labels=("2011", "2016")),
        ),
        value=Fraction(10),
    ),
    Family(
        "since-year",
        "Since a year",
        Kind.PERIOD,
        Q.PERIOD,
        None,
        ("since {YEAR}",),
        "The from label must be that year; otherwise needs review.",
        (
            E("has doubled since 2003", S, before="100", after="200", labels=("2003", "2016")),
            E("has doubled since 2005", R, before="100", after="200", labels=("2003", "2016")),
        ),
    ),
    Family(
        "year-on-year",
        "On a year earlier",
        Kind.PERIOD,
        Q.PERIOD,
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
            E("up 5% on a year earlier", S, before="100", after="105", labels=("2015", "2016")),
            E("up 5% year on year", R, before="100", after="105", labels=("2014", "2016")),
        ),
        value=Fraction(1),
    ),
    Family(
        "duration",
        "Durations",
        Kind.NOT_A_CLAIM,
        Q.PERIOD,
        None,
        ("{N} years", "{N} months", "{N} weeks", "{N} days", "{N} hours", "{N} quarters"),
        "A length of time that no label checks ('in just one month') is not a claim.",
        (
            E("in just one month, 640 crimes", S, value="640"),
            E("over the 12 months to March, 640 crimes were recorded", S, value="640"),
        ),
    ),
    Family(
        "date",
        "Dates and labels",
        Kind.NOT_A_CLAIM,
        Q.PERIOD,
        None,
        ("{MONTH} {YEAR}", "in {YEAR}", "{LABEL}"),
        "Years and labels that name the figures ('in 2011', '2014/15', 'in September 2013') "
        "are not claims.",
        (
            E(
                "In 2016, a total of 640 crimes were recorded compared to 151 in 2011",
                S,
                before="151",
                after="640",
                labels=("2011", "2016"),
            ),
            E(
                "from 12 in 2011/12 to 288 in 2016-17",
                S,
                before="12",
                after="288",
                labels=("2011/12", "2016/17"),
            ),
            E("in September 2013, 640 crimes", S, value="640"),
            E("Since June 2016 we have carried out almost 140 warrants", S, value="137"),
        ),
    ),
)

SERIES: Final = (
    Family(
        "series-max",
        "The most common",
        Kind.SERIES,
        Q.RANK,
        None,
        (
            "the most common",
            "the most frequent",
            "the largest",
            "the biggest",
            "the highest",
            "the greatest",
        ),
        "The referenced label must be the largest in its series; a tie needs review.",
        (
            E("the most common offence being possession", S, series=_OFFENCES, label="possession"),
            E(
                "the most common offence",
                C,
                series=(("possession", "200"), ("making", "288")),
                label="possession",
            ),
        ),
        sign=1,
    ),
    Family(
        "series-min",
        "The least common",
        Kind.SERIES,
        Q.RANK,
        None,
        (
            "the least common",
            "the least frequent",
            "the smallest",
            "the lowest",
            "the fewest",
            "the rarest",
            "the least",
        ),
        "The referenced label must be the smallest in its series; a tie needs review.",
        (
            E("the least common offence was making images", S, series=_OFFENCES, label="making"),
            E("the smallest group", C, series=_OFFENCES, label="distribution"),
        ),
        sign=-1,
    ),
    Family(
        "rank-high",
        "The second highest",
        Kind.SERIES,
        Q.RANK,
        None,
        (
            "the {N} highest",
            "the {N}-highest",
            "the {N} largest",
            "the {N}-largest",
            "the {N} biggest",
            "the {N}-biggest",
            "the {N} most common",
        ),
        "The referenced label must stand at that place when the series is ranked from the "
        "top; a tie needs review.",
        (
            E(
                "the second most common offence was distribution",
                S,
                series=_OFFENCES,
                label="distribution",
            ),
            E("the third-highest total", C, series=_OFFENCES, label="distribution"),
        ),
        sign=1,
    ),
    Family(
        "rank-low",
        "The second lowest",
        Kind.SERIES,
        Q.RANK,
        None,
        (
            "the {N} lowest",
            "the {N}-lowest",
            "the {N} smallest",
            "the {N}-smallest",
            "the {N} least common",
        ),
        "The referenced label must stand at that place when the series is ranked from the "
        "bottom; a tie needs review.",
        (
            E("the second-lowest figure", S, series=_OFFENCES, label="distribution"),
            E("the second smallest group", C, series=_OFFENCES, label="possession"),
        ),
        sign=-1,
    ),
    Family(
        "record-high",
        "A record",
        Kind.SERIES,
        Q.RANK,
        None,
        (
            "a record high",
            "record high",
            "a record",
            "the highest ever",
            "an all-time high",
            "the highest on record",
            "a new high",
        ),
        "The referenced label must be above every earlier label of its series.",
        (
            E("a record 150 offences", S, series=_RISING, label="2016"),
            E("an all-time high", C, series=_DIP, label="2015"),
        ),
        sign=1,
    ),
    Family(
        "record-low",
        "A record low",
        Kind.SERIES,
        Q.RANK,
        None,
        (
            "a record low",
            "record low",
            "the lowest ever",
            "an all-time low",
            "the lowest on record",
            "a new low",
        ),
        "The referenced label must be below every earlier label of its series.",
        (
            E("a record low", S, series=_FALLING, label="2015"),
            E("the lowest ever", C, series=_DIP, label="2015"),
        ),
        sign=-1,
    ),
    Family(
        "highest-since",
        "The highest since",
        Kind.SERIES,
        Q.RANK,
        None,
        (
            "the highest since {YEAR}",
            "the highest level since {YEAR}",
            "the highest number since {YEAR}",
            "highest since {YEAR}",
        ),
        "Above every label after that year, and that year at least as high.",
        (
            E("the highest since 2012", S, series=_SINCE, label="2015"),
            E("the highest since 2013", C, series=_SINCE, label="2015"),
        ),
        sign=1,
    ),
    Family(
        "lowest-since",
        "The lowest since",
        Kind.SERIES,
        Q.RANK,
        None,
        (
            "the lowest since {YEAR}",
            "the lowest level since {YEAR}",
            "the lowest number since {YEAR}",
            "lowest since {YEAR}",
        ),
        "Below every label after that year, and that year at least as low.",
        (
            E("the lowest since 2012", S, series=_LOW_SINCE, label="2015"),
            E("the lowest since 2012", C, series=_SINCE, label="2013"),
        ),
        sign=-1,
    ),
    Family(
        "years-high",
        "A 40-year high",
        Kind.SERIES,
        Q.RANK,
        None,
        (
            "a {N}-year high",
            "{N}-year high",
            "the highest in {N} years",
            "highest in {N} years",
            "the highest for {N} years",
            "highest for {N} years",
            "the highest level in {N} years",
            "highest level in {N} years",
            "the highest level for {N} years",
            "highest level for {N} years",
            "a {N}-year peak",
            "{N}-year peak",
        ),
        "The referenced label must be above every label of the N years before it, and the "
        "series must reach back N years; a series that does not needs review, and so does a "
        "figure with no labelled series to compare.",
        (
            E("a 3-year high", S, series=_SINCE, label="2015"),
            E("the highest in four years", C, series=_SINCE, label="2015"),
            E("a 40-year high of 10.1%", R, value="10.1%"),
        ),
        sign=1,
    ),
    Family(
        "years-low",
        "A 20-year low",
        Kind.SERIES,
        Q.RANK,
        None,
        (
            "a {N}-year low",
            "{N}-year low",
            "the lowest in {N} years",
            "lowest in {N} years",
            "the lowest for {N} years",
            "lowest for {N} years",
            "the lowest level in {N} years",
            "lowest level in {N} years",
            "the lowest level for {N} years",
            "lowest level for {N} years",
        ),
        "The referenced label must be below every label of the N years before it, and the "
        "series must reach back N years; otherwise needs review.",
        (
            E("the lowest in three years", S, series=_LOW_SINCE, label="2015"),
            E("a 2-year low", C, series=_SINCE, label="2015"),
        ),
        sign=-1,
    ),
    Family(
        "every-year",
        "Rose every year",
        Kind.SERIES,
        Q.RANK,
        None,
        ("{DIR} every year", "{DIR} each year", "{DIR} year after year", "{DIR} year on year"),
        "Every step of the series up to the label (or from the from label to the to "
        "label) must move in the stated direction.",
        (
            E("has risen every year", S, series=_RISING, label="2016"),
            E("rose every year", C, series=_DIP, label="2016"),
            E("has fallen each year", S, series=_FALLING, label="2015"),
        ),
    ),
    Family(
        "in-a-row",
        "N years in a row",
        Kind.SERIES,
        Q.RANK,
        None,
        (
            "{DIR} for {N} years in a row",
            "{DIR} for {N} consecutive years",
            "{DIR} for {N} straight years",
            "{DIR} for {N} years running",
            "{DIR} for the {N} year in a row",
            "{DIR} for the {N} consecutive year",
            "{DIR} for the {N} straight year",
            "{DIR} for the {N} year running",
            "{DIR} for {N} consecutive year",
            "{DIR} for {N} year in a row",
            "{DIR} for {N} year running",
            "{DIR} for a {N} consecutive year",
            "{DIR} for a {N} year in a row",
            "{DIR} for a {N} year running",
        ),
        "The last N year-on-year steps up to the label must all move in the stated direction.",
        (
            E("has fallen for three years in a row", S, series=_FALLING, label="2015"),
            E("has risen for three years in a row", C, series=_DIP, label="2016"),
        ),
    ),
)
