"""Rows of the wording table that rank changes, or only describe a group by a superlative.

"The biggest fall of any region" ranks the changes of a series of categories; "the sharpest fall
since 2004" ranks a change against every change since then; "the four counties with the highest
fees" and "tenants in the most isolated villages" describe a group and rank nothing the claim
references. Part of the one table in ``claimcheck.engine.wording.phrases`` (listed with the series
rows); the flexible forms ("its lowest reading since May 2011", "the lowest attendance since 2009")
are read by ``engine.read.rankings``.
"""

from __future__ import annotations

from typing import Final

from claimcheck.engine.wording.families import PERIODIC, THE, Example, Family, Kind
from claimcheck.model import Quantity, Verdict

__all__ = ["PLAIN_HIGH", "PLAIN_LOW", "RANKINGS", "READ_BY_PASSES", "RECORD_LEVELS"]

_REGIONS = (("North", "-4.1%"), ("Midlands", "-1.2%"), ("South", "2.5%"))
_GROWTH = (("Coast", "3.4%"), ("Valley", "2.9%"), ("Uplands", "1.1%"))
_YEARS_SINCE = (("2012", "150"), ("2013", "110"), ("2014", "120"), ("2015", "140"))
_YEARS = (("2013", "100"), ("2014", "130"), ("2015", "120"), ("2016", "170"))

_RISES = ("rise", "rises", "increase", "increases", "jump", "growth", "gain", "gains")
_FALLS = ("fall", "falls", "drop", "drops", "decline", "declines", "decrease", "decreases")
_BIG = ("biggest", "largest", "sharpest", "steepest", "greatest", "highest")
_SMALL = ("smallest", "weakest", "slowest", "smallest ever")

# Superlatives whose direction is plain: "the strongest job gains", "the priciest region" rank
# to the top as "the highest" does, "the cheapest" to the bottom (the series rows use them).
PLAIN_HIGH: Final = ("the strongest", "the priciest", "the dearest", "the costliest", "the busiest")
PLAIN_LOW: Final = ("the weakest", "the cheapest")
# A record said of a count or a level, not of a change: "a record number of", "record levels".
RECORD_LEVELS: Final = (
    "a record number of",
    "record numbers of",
    "record levels",
    "a record level",
)

RANKINGS: Final = (
    Family(
        "rank-rise",
        "The biggest rise",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            *(f"{THE} {big} {PERIODIC} {word}" for big in _BIG for word in _RISES),
            "the fastest growing",
            "the fastest-growing",
            "the quickest growing",
            "the quickest-growing",
            "the strongest growth",
            "the fastest growth",
        ),
        "Ranks changes. Over categories (regions, airports) whose figures are changes, the "
        "referenced label must have the largest rise; over a series in time, the step into "
        "the label must be the largest step. A single step has nothing to rank against: the "
        "words rank groups the claim does not reference, so it needs review, unless the two "
        "figures are cells of one line of a table with a column per period, when every "
        "line's change between the same columns is ranked. A verb "
        "ranked by an adverb before a group ('rose fastest in the East', 'the rise was largest "
        "among') is read the same way. A line of a table of categories with no other label "
        "ranks down its table's column instead (docs/policy.md).",
        (
            Example("the fastest-growing area", Verdict.SUPPORTED, series=_GROWTH, label="Coast"),
            Example(
                "prices rose fastest on the Coast", Verdict.SUPPORTED, series=_GROWTH, label="Coast"
            ),
            Example("the biggest increase", Verdict.CONTRADICTED, series=_GROWTH, label="Valley"),
            Example("the sharpest rise", Verdict.SUPPORTED, series=_YEARS, label="2016"),
        ),
        sign=1,
    ),
    Family(
        "rank-fall",
        "The biggest fall",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            *(f"{THE} {big} {PERIODIC} {word}" for big in _BIG for word in _FALLS),
            "the fastest falling",
            "the fastest-falling",
        ),
        "Ranks falls: the referenced label's change must be the most negative of the "
        "categories (or its step the steepest fall of the series in time). 'Fell most among' "
        "and 'the fall was largest in' are read the same way.",
        (
            Example(
                "the biggest fall was in the North",
                Verdict.SUPPORTED,
                series=_REGIONS,
                label="North",
            ),
            Example("the sharpest drop", Verdict.CONTRADICTED, series=_REGIONS, label="South"),
            Example(
                "sales fell most in the Midlands",
                Verdict.CONTRADICTED,
                series=_REGIONS,
                label="Midlands",
            ),
        ),
        sign=-1,
    ),
    Family(
        "rank-rise-n",
        "The second-biggest rise",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            *(f"the {{N}} {big} {word}" for big in _BIG for word in ("rise", "increase")),
            *(f"the {{N}}-{big} {word}" for big in _BIG for word in ("rise", "increase")),
            "the {N} fastest-growing",
            "the {N}-fastest-growing",
            "the {N} fastest growing",
        ),
        "As 'the biggest rise', with the label at that place when the rises are ranked from "
        "the largest; a tie needs review.",
        (
            Example("the second-steepest rise", Verdict.SUPPORTED, series=_GROWTH, label="Valley"),
            Example(
                "the second biggest increase", Verdict.CONTRADICTED, series=_GROWTH, label="Coast"
            ),
        ),
        sign=1,
    ),
    Family(
        "rank-fall-n",
        "The second-biggest fall",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            *(f"the {{N}} {big} {word}" for big in _BIG for word in ("fall", "drop", "decline")),
            *(f"the {{N}}-{big} {word}" for big in _BIG for word in ("fall", "drop", "decline")),
        ),
        "As 'the biggest fall', with the label at that place when the falls are ranked from "
        "the steepest.",
        (
            Example(
                "the second-sharpest fall", Verdict.SUPPORTED, series=_REGIONS, label="Midlands"
            ),
            Example(
                "the second biggest drop", Verdict.CONTRADICTED, series=_REGIONS, label="North"
            ),
        ),
        sign=-1,
    ),
    Family(
        "rank-change-least",
        "The smallest rise",
        Kind.SERIES,
        Quantity.RANK,
        None,
        tuple(f"{THE} {small} {PERIODIC} {word}" for small in _SMALL for word in _RISES + _FALLS),
        "Ranks one change as the smallest of a set of changes. Said of a period ('the "
        "smallest monthly gain'), it ranks other periods' changes, which the referenced "
        "figures do not give, so it needs review; with no period word it compares groups the "
        "claim does not reference and, as 'the biggest fall' over one step, needs review "
        "unless the table's lines settle it. The change "
        "word names what is ranked, not which way the referenced figures moved: 'revised "
        "down to 90, the smallest monthly gain' speaks of a gain of 90 jobs that was revised "
        "down, so it is never read as a rise of the referenced figures.",
        (
            Example(
                "revised down to 90, the smallest monthly gain in a year",
                Verdict.NEEDS_REVIEW,
                before="104",
                after="90",
            ),
            Example("the weakest annual growth", Verdict.NEEDS_REVIEW, before="120", after="110"),
            # The phrase hides nothing else: the rest of the quote is still checked.
            Example(
                "rose 5%, the slowest quarterly rise",
                Verdict.CONTRADICTED,
                before="100",
                after="110",
            ),
        ),
    ),
    Family(
        "rank-change-since",
        "The sharpest fall since",
        Kind.SERIES,
        Quantity.RANK,
        None,
        ("the sharpest fall since {YEAR}", "the biggest rise since {YEAR}"),
        "Ranks one change against every change since that year: the figures would need the "
        "whole series of changes, so it needs review; a change that went the other way is "
        "contradicted.",
        (
            Example(
                "the sharpest fall since 1997", Verdict.NEEDS_REVIEW, before="12.2%", after="10.2%"
            ),
            Example(
                "the sharpest fall since 1997", Verdict.CONTRADICTED, before="10.2%", after="12.2%"
            ),
        ),
    ),
    Family(
        "first-time-since",
        "For the first time since",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "for the first time since {YEAR}",
            "for the first time in {N} years",
            "for the first time in {N} decades",
            "the first time since {YEAR}",
            "for the first time since",
        ),
        "Says no value since then crossed the same line. Given the series in time, the label "
        "must cross it (a number after 'above', 'topped', 'below'..., else the step a rising "
        "or falling word names), no label after the year may, and the year itself must "
        "(engine/judge/first_time.py); otherwise it needs review.",
        (
            Example(
                "fell below 5,000 for the first time since 1996",
                Verdict.NEEDS_REVIEW,
                value="4,870",
            ),
            Example(
                "fell below 5,000 for the first time since 1996",
                Verdict.CONTRADICTED,
                value="5,120",
            ),
        ),
    ),
    Family(
        "described-max",
        "With the highest (a description)",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "with the highest",
            "with the largest",
            "with the biggest",
            "with the most",
            "in the highest",
            "for the highest",
            "from the highest",
        ),
        "A superlative that picks out a group ('the four counties with the highest fees'): "
        "checked as a ranking only when the claim references a series; otherwise it describes "
        "the group and is not a statement.",
        (
            Example(
                "the counties with the highest fees charged 612.4", Verdict.SUPPORTED, value="612.4"
            ),
            Example(
                "the region with the highest rate",
                Verdict.CONTRADICTED,
                series=_GROWTH,
                label="Valley",
            ),
        ),
        sign=1,
    ),
    Family(
        "described-min",
        "With the lowest (a description)",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "with the lowest",
            "with the smallest",
            "with the fewest",
            "with the least",
            "in the lowest",
            "for the lowest",
            "from the lowest",
        ),
        "As 'with the highest', for the bottom of a series.",
        (
            Example("areas with the lowest rates had 581.5", Verdict.SUPPORTED, value="581.5"),
            Example(
                "the area with the lowest rate", Verdict.CONTRADICTED, series=_GROWTH, label="Coast"
            ),
        ),
        sign=-1,
    ),
)

# Rows that only the reading passes find (``engine.read.rankings``), never a template: the
# number after "when it stood at" belongs to the since-claim just before it.
READ_BY_PASSES: Final = (
    Family(
        "since-level",
        "Since a year, when it stood at N",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "since {YEAR}, when it stood at {N}",
            "since {YEAR}, when it was {N}",
            "since {YEAR}, when there were {N}",
            "since {YEAR}, when {N} were",
        ),
        "The number after 'when it stood at' is the value for the year 'since' names: it is "
        "checked against that year's label in the series (rounded as written); without that "
        "label it needs review.",
        (
            Example(
                "the highest since 2012, when it stood at 150",
                Verdict.SUPPORTED,
                series=_YEARS_SINCE,
                label="2015",
            ),
            Example(
                "the highest since 2012, when it stood at 180",
                Verdict.CONTRADICTED,
                series=_YEARS_SINCE,
                label="2015",
            ),
            Example(
                "the most since 2012, when there were 150",
                Verdict.SUPPORTED,
                series=_YEARS_SINCE,
                label="2015",
            ),
            Example(
                "the most since 2012, when 180 were counted",
                Verdict.CONTRADICTED,
                series=_YEARS_SINCE,
                label="2015",
            ),
        ),
    ),
    Family(
        "since-decade",
        "The highest since a decade",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "the highest since the {YEAR}s",
            "the lowest since the mid-{YEAR}s",
            "lowest since the early {N}s",
        ),
        "A decade ('since the 1970s', 'since the mid-70s') does not say which year the "
        "comparison starts from, and a value inside the decade may stand either side of the "
        "claim's: it needs review, unless a value after the decade already reaches the claim's "
        "figure, which contradicts it.",
        (
            Example(
                "the highest since the 1990s", Verdict.NEEDS_REVIEW, series=_YEARS, label="2016"
            ),
            Example(
                "its lowest since the mid-70s", Verdict.CONTRADICTED, before="3.8%", after="3.9%"
            ),
        ),
    ),
)
