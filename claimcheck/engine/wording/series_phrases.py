"""Rows of the wording table about a series of figures: records, ranks, runs and "since".

Part of the one table in ``claimcheck.engine.wording.phrases``, which lists every row.
"""

from __future__ import annotations

from typing import Final

from claimcheck.engine.wording.families import PERIODIC, Example, Family, Kind
from claimcheck.engine.wording.ranking_phrases import PLAIN_HIGH, PLAIN_LOW, RANKINGS, RECORD_LEVELS
from claimcheck.model import Quantity, Verdict

__all__ = ["SERIES"]

_OFFENCES = (("possession", "400"), ("distribution", "288"), ("making", "120"))
_RISING = (("2013", "100"), ("2014", "120"), ("2015", "130"), ("2016", "150"))
_DIP = (("2013", "100"), ("2014", "120"), ("2015", "110"), ("2016", "150"))
_FALLING = (("2012", "200"), ("2013", "180"), ("2014", "170"), ("2015", "150"))


def _run_of_nouns(nouns: tuple[str, ...]) -> tuple[str, ...]:
    """'the second consecutive monthly fall', 'a third straight rise', 'the fourth fall in a
    row': a change named as the Nth of a run."""
    forms = []
    for noun in nouns:
        for article in ("the", "a"):
            forms += [
                f"{article} {{N}} consecutive {PERIODIC} {noun}",
                f"{article} {{N}} straight {PERIODIC} {noun}",
                f"{article} {{N}} successive {PERIODIC} {noun}",
                f"{article} {{N}} {PERIODIC} {noun} in a row",
            ]
    return tuple(forms)


_LOW_SINCE = (("2012", "140"), ("2013", "180"), ("2014", "170"), ("2015", "150"))
_SINCE = (("2012", "700"), ("2013", "500"), ("2014", "600"), ("2015", "650"))


def _after_be(*words: str) -> tuple[str, ...]:
    """A superlative said of the subject with no article: "were highest", "is lowest"."""
    return tuple(f"{be} {word}" for word in words for be in ("is", "are", "was", "were"))


SERIES: Final = (
    # Rankings of changes and described groups first: "the biggest fall" before "the biggest".
    *RANKINGS,
    Family(
        "series-max",
        "The most common",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "the most common",
            "the most frequent",
            "the largest",
            "the biggest",
            "the highest",
            "the greatest",
            "the most",
            *PLAIN_HIGH,
            *_after_be("highest", "largest", "biggest", "greatest", "most common"),
        ),
        "The referenced label must be the largest in its series; a tie needs review. "
        "Said of the subject with no article ('prices were highest in the North'), it ranks "
        "just the same.",
        (
            Example(
                "the most common offence being possession",
                Verdict.SUPPORTED,
                series=_OFFENCES,
                label="possession",
            ),
            Example(
                "the most common offence",
                Verdict.CONTRADICTED,
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
        Quantity.RANK,
        None,
        (
            "the least common",
            "the least frequent",
            "the smallest",
            "the lowest",
            "the fewest",
            "the rarest",
            "the least",
            *PLAIN_LOW,
            *_after_be("lowest", "smallest", "fewest", "least common"),
        ),
        "The referenced label must be the smallest in its series; a tie needs review.",
        (
            Example(
                "the least common offence was making images",
                Verdict.SUPPORTED,
                series=_OFFENCES,
                label="making",
            ),
            Example(
                "the smallest group", Verdict.CONTRADICTED, series=_OFFENCES, label="distribution"
            ),
        ),
        sign=-1,
    ),
    Family(
        "rank-high",
        "The second highest",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "{THE} {N} highest",
            "{THE} {N}-highest",
            "{THE} {N} largest",
            "{THE} {N}-largest",
            "{THE} {N} biggest",
            "{THE} {N}-biggest",
            "{THE} {N} most common",
        ),
        "The referenced label must stand at that place when the series is ranked from the "
        "top; a tie needs review.",
        (
            Example(
                "the second most common offence was distribution",
                Verdict.SUPPORTED,
                series=_OFFENCES,
                label="distribution",
            ),
            Example(
                "the third-highest total",
                Verdict.CONTRADICTED,
                series=_OFFENCES,
                label="distribution",
            ),
        ),
        sign=1,
    ),
    Family(
        "rank-low",
        "The second lowest",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "{THE} {N} lowest",
            "{THE} {N}-lowest",
            "{THE} {N} smallest",
            "{THE} {N}-smallest",
            "{THE} {N} least common",
        ),
        "The referenced label must stand at that place when the series is ranked from the "
        "bottom; a tie needs review.",
        (
            Example(
                "the second-lowest figure",
                Verdict.SUPPORTED,
                series=_OFFENCES,
                label="distribution",
            ),
            Example(
                "the second smallest group",
                Verdict.CONTRADICTED,
                series=_OFFENCES,
                label="possession",
            ),
        ),
        sign=-1,
    ),
    Family(
        "record-high",
        "A record",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "a record high",
            "record high",
            *RECORD_LEVELS,
            "a record",
            "{THE} highest ever",
            "an all-time high",
            "{THE} highest on record",
            "{THE} highest level on record",
            "{THE} highest number on record",
            "{THE} highest rate on record",
            "{THE} highest figure on record",
            "{THE} highest level ever recorded",
            "a new high",
            "a series high",
            "series high",
        ),
        "The referenced label must be above every earlier label of its series.",
        (
            Example("a record 150 offences", Verdict.SUPPORTED, series=_RISING, label="2016"),
            Example("an all-time high", Verdict.CONTRADICTED, series=_DIP, label="2015"),
        ),
        sign=1,
    ),
    Family(
        "record-low",
        "A record low",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "a record low",
            "record low",
            "{THE} lowest ever",
            "an all-time low",
            "{THE} lowest on record",
            "{THE} lowest level on record",
            "{THE} lowest number on record",
            "{THE} lowest rate on record",
            "{THE} lowest figure on record",
            "{THE} lowest level ever recorded",
            "a new low",
            "a series low",
            "series low",
        ),
        "The referenced label must be below every earlier label of its series.",
        (
            Example("a record low", Verdict.SUPPORTED, series=_FALLING, label="2015"),
            Example("the lowest ever", Verdict.CONTRADICTED, series=_DIP, label="2015"),
        ),
        sign=-1,
    ),
    Family(
        "highest-since",
        "The highest since",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "the highest since {YEAR}",
            "the highest level since {YEAR}",
            "the highest number since {YEAR}",
            "highest since {YEAR}",
        ),
        "Above every label after that year, and that year at least as high.",
        (
            Example("the highest since 2012", Verdict.SUPPORTED, series=_SINCE, label="2015"),
            Example("the highest since 2013", Verdict.CONTRADICTED, series=_SINCE, label="2015"),
        ),
        sign=1,
    ),
    Family(
        "lowest-since",
        "The lowest since",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "the lowest since {YEAR}",
            "the lowest level since {YEAR}",
            "the lowest number since {YEAR}",
            "lowest since {YEAR}",
        ),
        "Below every label after that year, and that year at least as low.",
        (
            Example("the lowest since 2012", Verdict.SUPPORTED, series=_LOW_SINCE, label="2015"),
            Example("the lowest since 2012", Verdict.CONTRADICTED, series=_SINCE, label="2013"),
        ),
        sign=-1,
    ),
    Family(
        "years-high",
        "A 40-year high",
        Kind.SERIES,
        Quantity.RANK,
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
            Example("a 3-year high", Verdict.SUPPORTED, series=_SINCE, label="2015"),
            Example("the highest in four years", Verdict.CONTRADICTED, series=_SINCE, label="2015"),
            Example("a 40-year high of 10.1%", Verdict.NEEDS_REVIEW, value="10.1%"),
        ),
        sign=1,
    ),
    Family(
        "years-low",
        "A 20-year low",
        Kind.SERIES,
        Quantity.RANK,
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
            Example(
                "the lowest in three years", Verdict.SUPPORTED, series=_LOW_SINCE, label="2015"
            ),
            Example("a 2-year low", Verdict.CONTRADICTED, series=_SINCE, label="2015"),
        ),
        sign=-1,
    ),
    Family(
        "every-year",
        "Rose every year",
        Kind.SERIES,
        Quantity.RANK,
        None,
        (
            "{DIR} every year",
            "{DIR} each year",
            "{DIR} in every year",
            "{DIR} in each year",
            "{DIR} year after year",
            "has been {DIR}",
            "have been {DIR}",
            "has been steadily {DIR}",
            "have been steadily {DIR}",
            "a steady {DIR}",
            "a consistent {DIR}",
            "{DIR} steadily",
            "steadily {DIR}",
            "{DIR} consistently",
            "consistently {DIR}",
        ),
        "Every step of the series up to the label (or from the from label to the to "
        "label) must move in the stated direction; a single step is no run of every year "
        "and needs review. 'Has been rising' says the same of every step it spans. "
        "'Rose year on year' is a change on the year before, as releases use it, not a run. "
        "'A steady rise', 'rose steadily' and 'consistently fell' claim a move every year too.",
        (
            Example("has risen every year", Verdict.SUPPORTED, series=_RISING, label="2016"),
            Example("rose every year", Verdict.CONTRADICTED, series=_DIP, label="2016"),
            Example("has fallen each year", Verdict.SUPPORTED, series=_FALLING, label="2015"),
            Example("a steady rise", Verdict.CONTRADICTED, series=_DIP, label="2016"),
            Example(
                "rose in every year of the survey", Verdict.NEEDS_REVIEW, before="100", after="110"
            ),
        ),
    ),
    Family(
        "in-a-row",
        "N years in a row",
        Kind.SERIES,
        Quantity.RANK,
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
            Example(
                "has fallen for three years in a row",
                Verdict.SUPPORTED,
                series=_FALLING,
                label="2015",
            ),
            Example(
                "has risen for three years in a row",
                Verdict.CONTRADICTED,
                series=_DIP,
                label="2016",
            ),
        ),
    ),
    Family(
        "in-a-row-rises",
        "The third rise in a row",
        Kind.SERIES,
        Quantity.RANK,
        None,
        _run_of_nouns(("rise", "increase", "gain")),
        "A rise named as the Nth in a row: the last N steps up to the label must all rise; "
        "one pair of figures is a single step and needs review.",
        (
            Example(
                "the third consecutive annual rise", Verdict.SUPPORTED, series=_RISING, label="2016"
            ),
            Example("the second rise in a row", Verdict.CONTRADICTED, series=_DIP, label="2015"),
            Example("the second straight increase", Verdict.NEEDS_REVIEW, before="90", after="95"),
        ),
        sign=1,
    ),
    Family(
        "in-a-row-falls",
        "The second fall in a row",
        Kind.SERIES,
        Quantity.RANK,
        None,
        _run_of_nouns(("fall", "decline", "decrease", "drop")),
        "A fall named as the Nth in a row: the last N steps up to the label must all fall; "
        "one pair of figures is a single step and needs review.",
        (
            Example("the third consecutive fall", Verdict.SUPPORTED, series=_FALLING, label="2015"),
            Example(
                "the second consecutive monthly fall",
                Verdict.NEEDS_REVIEW,
                before="57.8",
                after="57.2",
            ),
        ),
        sign=-1,
    ),
)
