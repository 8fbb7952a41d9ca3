"""Rows of the wording table about amounts: shares ("37% of", "one in five", "most") and values
("640 crimes", "£3.2bn", "between 600 and 700").

Part of the one table in ``claimcheck.engine.wording.phrases``, which lists every row.
"""

from __future__ import annotations

from typing import Final

from claimcheck.engine.judge.compare import Comparator
from claimcheck.engine.wording.families import Example, Family, Form, Kind
from claimcheck.engine.wording.words import HALF
from claimcheck.model import Quantity, Verdict

__all__ = ["SHARES", "VALUES"]

SHARES: Final = (
    Family(
        "one-in",
        "One in N",
        Kind.TEMPLATE,
        Quantity.SHARE,
        Comparator.MULTIPLE,
        ("{N} in {M}", "{N} out of {M}", "{N} in every {M}"),
        "part / whole (or a percentage figure) within 5% of N / M is supported. Hyphens are "
        "read the same: 'a one-in-five chance'.",
        (
            Example("one in five of the offences", Verdict.SUPPORTED, part="20", whole="100"),
            Example("a one-in-five chance", Verdict.SUPPORTED, part="21", whole="100"),
            Example("about one in six", Verdict.SUPPORTED, part="17", whole="100"),
            Example("nearly 1 in 6", Verdict.SUPPORTED, value="15.1%"),
            Example("one in 14", Verdict.SUPPORTED, part="7", whole="100"),
            Example("three in ten", Verdict.CONTRADICTED, part="40", whole="100"),
        ),
    ),
    Family(
        "percent-of",
        "N per cent of",
        Kind.TEMPLATE,
        Quantity.SHARE,
        Comparator.EXACT,
        ("{N}% of", "{N} per cent of", "{N} percent of"),
        "part / whole × 100 (or a percentage figure) must round to the stated percentage.",
        (
            Example("17 per cent of the offences", Verdict.SUPPORTED, part="17", whole="100"),
            Example("17% of all arrests", Verdict.CONTRADICTED, part="19", whole="100"),
            Example("15 percent of households", Verdict.SUPPORTED, value="15.1%"),
        ),
        form=Form.PERCENT,
    ),
    Family(
        "fraction-of",
        "A third of",
        Kind.TEMPLATE,
        Quantity.SHARE,
        Comparator.MULTIPLE,
        ("{N} of", "{N} the"),
        "part / whole within 5% of the fraction ('two-thirds', 'half') is supported.",
        (
            Example("two-thirds of offenders", Verdict.SUPPORTED, part="66", whole="100"),
            Example("half of the arrests", Verdict.NEEDS_REVIEW, part="54", whole="100"),
            Example("three-quarters of the offences", Verdict.CONTRADICTED, part="60", whole="100"),
        ),
        form=Form.FRACTION,
    ),
    Family(
        "majority",
        "Most, the majority of",
        Kind.SHARE_WORD,
        Quantity.SHARE,
        Comparator.MORE_THAN,
        ("the majority of", "a majority of", "the majority", "a majority", "most of", "most"),
        "part / whole must be more than one half.",
        (
            Example("most of the offences", Verdict.SUPPORTED, part="60", whole="100"),
            Example("the majority of arrests", Verdict.CONTRADICTED, part="50", whole="100"),
            Example("the majority were men", Verdict.SUPPORTED, part="51", whole="100"),
        ),
        value=HALF,
    ),
    Family(
        "minority",
        "A minority of",
        Kind.SHARE_WORD,
        Quantity.SHARE,
        Comparator.LESS_THAN,
        ("a minority of", "the minority of"),
        "part / whole must be less than one half.",
        (
            Example("a minority of arrests", Verdict.SUPPORTED, part="40", whole="100"),
            Example("a minority of arrests", Verdict.CONTRADICTED, part="50", whole="100"),
        ),
        value=HALF,
    ),
    Family(
        "fraction",
        "A fraction of",
        Kind.SHARE_WORD,
        Quantity.SHARE,
        Comparator.LESS_THAN,
        ("a small fraction of", "a fraction of"),
        "part / whole must be less than one half: more than half is not 'a fraction'.",
        (
            Example("a fraction of the total", Verdict.SUPPORTED, part="10", whole="100"),
            Example("a fraction of the total", Verdict.CONTRADICTED, part="80", whole="100"),
        ),
        value=HALF,
    ),
)

VALUES: Final = (
    Family(
        "value",
        "A number on its own",
        Kind.VALUE,
        Quantity.VALUE,
        Comparator.EXACT,
        ("{N}", "{N}%", "£{N}", "{N} million"),
        "The figure must round to the number as written: '640' is 639.5 to 640.5, '4.2' "
        "4.15 to 4.25, '82,000' 81,500 to 82,500. One unit of the last digit outside that "
        "needs review; further is contradicted. A number matching no figure needs review.",
        (
            Example("a total of 640 crimes", Verdict.SUPPORTED, value="640"),
            Example("a rate of 16 per cent", Verdict.NEEDS_REVIEW, value="15.3%"),
            Example("£3.2bn", Verdict.CONTRADICTED, value="£3.7bn"),
            Example("1.13 million people", Verdict.SUPPORTED, value="1131000"),
            Example(
                "640 crimes were recorded compared to 151",
                Verdict.SUPPORTED,
                before="151",
                after="640",
            ),
            Example("700 crimes", Verdict.NEEDS_REVIEW, before="151", after="640"),
        ),
    ),
    Family(
        "number-words",
        "Numbers in words",
        Kind.VALUE,
        Quantity.VALUE,
        Comparator.EXACT,
        ("nine", "twenty-four", "two hundred and eighty-eight", "a dozen"),
        "Read exactly as the digits would be.",
        (
            Example("two hundred and eighty-eight offences", Verdict.SUPPORTED, value="288"),
            Example("a dozen officers", Verdict.SUPPORTED, value="12"),
            Example("nine arrests", Verdict.CONTRADICTED, value="12"),
        ),
    ),
    Family(
        "money",
        "Money",
        Kind.VALUE,
        Quantity.VALUE,
        Comparator.EXACT,
        ("£{N}", "${N}", "€{N}", "{N}m", "{N}bn", "{N} million", "{N} billion"),
        "The figure must round to the amount as written: '£3.7m' is £3.65m to £3.75m.",
        (
            Example("£3.7m", Verdict.SUPPORTED, value="3700000"),
            Example("$1.5 million", Verdict.SUPPORTED, value="$1,520,000"),
            Example("€10m", Verdict.NEEDS_REVIEW, value="€11m"),
        ),
    ),
    Family(
        "rate",
        "A rate per N",
        Kind.VALUE,
        Quantity.VALUE,
        Comparator.EXACT,
        ("{N} per {M}", "{N} for every {M}"),
        "The rate must round to the figure, as for any number; the 'per 1,000' states the "
        "base of the rate and is not a claim of its own. A rate per head ('£1,340 per "
        "resident', 'per capita') is read the same way. Against a figure ten times the rate "
        "or more (a count, most likely) it needs review: the rate needs its population. "
        "Against a percentage it is the same figure at another base (0.20% is 20 per "
        "10,000). A number after 'per' with no rate before it ('the death rate per 100,000 "
        "people') is a base, not a claim. A count over a round base of a thousand or more "
        "('14 pupils in every 10,000', '40 out of every 100,000') is the same rate, its base "
        "no claim either; over a smaller base ('one pupil in every five') it is a share.",
        (
            Example("a rate of 4.2 per 1,000 people", Verdict.SUPPORTED, value="4.2"),
            Example("about 20 pupils per 10,000", Verdict.SUPPORTED, value="0.20%"),
            Example("30 pupils per 10,000", Verdict.CONTRADICTED, value="0.20%"),
            Example("20 pupils in every 10,000", Verdict.SUPPORTED, value="0.20%"),
            Example("12 offences per 100,000 people", Verdict.CONTRADICTED, value="15"),
            Example("52 burglaries per 100,000 homes", Verdict.NEEDS_REVIEW, value="1,040"),
        ),
    ),
    Family(
        "between",
        "Between N and M",
        Kind.TEMPLATE,
        Quantity.VALUE,
        Comparator.BETWEEN,
        ("between {N} and {M}",),
        "The figure must lie in the range, each end standing for the interval of its written "
        "precision ('40-50%' holds 50.4%); one unit of the last digit outside needs review. "
        "A range with the unit written once ('40-50%', '40 to 50 per cent', '40-50 people') "
        "reads the same way, and with part and whole figures 'between 40 and 50 per cent of' "
        "speaks of the share. After a change word a range of percentages is a range of "
        "changes ('cut by 5 to 10 per cent'), and '3 to 4 times' or '3-4-fold' is a range of "
        "multiples (within 5% of the nearer end still supported).",
        (
            Example("between 600 and 700 crimes", Verdict.SUPPORTED, value="640"),
            Example("cut by 5 to 10 per cent", Verdict.CONTRADICTED, before="100", after="80"),
            Example("3 to 4 times as many", Verdict.SUPPORTED, before="100", after="350"),
            Example("between 600 and 700 crimes", Verdict.CONTRADICTED, value="750"),
            Example("40-50% of the offences", Verdict.SUPPORTED, part="455", whole="1000"),
            Example(
                "between 40 and 50 per cent of the offences",
                Verdict.CONTRADICTED,
                part="550",
                whole="1000",
            ),
            Example("40 to 50 people", Verdict.SUPPORTED, value="45"),
        ),
    ),
)
