"""The wording table: every phrase family claimcheck reads, as data.

Each family lists its spellings (British and US), the quantity it speaks of, the comparator
that judges it and worked examples with the verdict they must get. Adding a phrase is a line
here plus an example; docs/wording.md is generated from this table
(``python -m claimcheck.engine.wording.docs > docs/wording.md``). The rows about time (periods and
claims about a series) sit in ``_time_phrases`` to keep each module short; ``FAMILIES``
lists every row.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Final

from claimcheck.engine.judge.compare import Comparator
from claimcheck.engine.wording.families import Example as E
from claimcheck.engine.wording.families import Family, Form, Kind
from claimcheck.engine.wording.negation import NEGATIONS
from claimcheck.engine.wording.time_phrases import PERIODS, SERIES
from claimcheck.model import Quantity as Q
from claimcheck.model import Verdict

__all__ = [
    "CHANGES",
    "FALLING_MULTIPLES",
    "FALLING_WORDS",
    "FAMILIES",
    "MULTIPLES",
    "MULTIPLE_WORDS",
    "NEGATIONS",
    "PERIODS",
    "QUALIFIERS",
    "RISING_MULTIPLES",
    "RISING_WORDS",
    "SERIES",
    "SHARES",
    "VALUES",
    "family",
]

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED
HALF = Fraction(1, 2)

RISING_MULTIPLES: Final[Mapping[str, Fraction]] = MappingProxyType(
    {
        word: Fraction(n)
        for n, words in {
            2: ("doubled", "double", "doubles", "doubling", "twice", "twofold", "two-fold"),
            3: (
                "trebled",
                "tripled",
                "treble",
                "triple",
                "trebles",
                "triples",
                "trebling",
                "tripling",
                "threefold",
                "three-fold",
            ),
            4: ("quadrupled", "quadruple", "quadruples", "quadrupling", "fourfold", "four-fold"),
            5: ("quintupled", "quintuple", "quintupling", "fivefold", "five-fold"),
            6: ("sextupled", "sixfold", "six-fold"),
            7: ("sevenfold", "seven-fold"),
            8: ("eightfold", "eight-fold"),
            9: ("ninefold", "nine-fold"),
            10: ("tenfold", "ten-fold"),
            100: ("hundredfold", "a hundredfold"),
        }.items()
        for word in words
    }
)
FALLING_MULTIPLES: Final[Mapping[str, Fraction]] = MappingProxyType(
    {"halved": HALF, "halving": HALF, "halves": HALF, "cut in half": HALF}
)
MULTIPLE_WORDS: Final[Mapping[str, Fraction]] = MappingProxyType(
    {**RISING_MULTIPLES, **FALLING_MULTIPLES}
)
"""Every word that is itself a multiple, with its factor: "doubled" is 2, "halved" is 1/2."""

RISING_WORDS: Final = (
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "increased",
    "increase",
    "increases",
    "increasing",
    "up",
    "jumped",
    "jump",
    "jumps",
    "soared",
    "soar",
    "soaring",
    "leapt",
    "leaped",
    "leap",
    "surged",
    "surge",
    "climbed",
    "climb",
    "climbing",
    "grew",
    "grown",
    "growth",
    "grow",
    "growing",
    "higher",
    "more",
    "rocketed",
    "spiked",
    "ballooned",
    "gained",
    "gain",
    "went up",
    "gone up",
    "shot up",
)
FALLING_WORDS: Final = (
    "fell",
    "fallen",
    "fall",
    "falls",
    "falling",
    "dropped",
    "drop",
    "drops",
    "down",
    "declined",
    "decline",
    "declines",
    "declining",
    "decreased",
    "decrease",
    "decreases",
    "plunged",
    "plummeted",
    "slumped",
    "tumbled",
    "shrank",
    "shrunk",
    "cut",
    "reduced",
    "reduction",
    "lower",
    "fewer",
    "dipped",
    "dip",
    "slid",
    "sank",
    "less",
    "went down",
    "gone down",
)


QUALIFIERS: Final = (
    Family(
        "more-than",
        "More than",
        Kind.QUALIFIER,
        Q.VALUE,
        Comparator.MORE_THAN,
        (
            "more than",
            "well over",
            "well above",
            "over",
            "above",
            "in excess of",
            "upwards of",
            "greater than",
        ),
        "Strictly greater than N; anything else is contradicted.",
        (
            E("has more than quadrupled", S, before="151", after="640"),
            E("more than quadrupled", C, before="150", after="600"),
            E("more than 600 crimes", S, value="640"),
            E("over 700 crimes", C, value="640"),
        ),
    ),
    Family(
        "at-least",
        "At least",
        Kind.QUALIFIER,
        Q.VALUE,
        Comparator.AT_LEAST,
        ("at least", "no fewer than", "no less than", "not less than", "a minimum of"),
        "N or more; below N is contradicted.",
        (
            E("at least 640 crimes", S, value="640"),
            E("at least doubled", C, before="100", after="199"),
        ),
    ),
    Family(
        "or-more",
        "N or more, N-plus",
        Kind.QUALIFIER_AFTER,
        Q.VALUE,
        Comparator.AT_LEAST,
        ("or more", "or above", "-plus", "plus"),
        "N or more; below N is contradicted.",
        (E("3,000-plus officers", S, value="3012"), E("3,000 or more officers", C, value="2990")),
    ),
    Family(
        "less-than",
        "Less than",
        Kind.QUALIFIER,
        Q.VALUE,
        Comparator.LESS_THAN,
        ("less than", "fewer than", "under", "below", "lower than"),
        "Strictly less than N; anything else is contradicted.",
        (
            E("fewer than 700 arrests", S, value="691"),
            E("less than 700 arrests", C, value="700"),
            E("under a third of the offences", C, part="35", whole="100"),
        ),
    ),
    Family(
        "up-to",
        "Up to",
        Kind.QUALIFIER,
        Q.VALUE,
        Comparator.UP_TO,
        (
            "up to",
            "as many as",
            "as much as",
            "at most",
            "no more than",
            "not more than",
            "a maximum of",
        ),
        "N or less; above N is contradicted.",
        (E("up to 700 arrests", S, value="700"), E("as many as 650 crimes", C, value="651")),
    ),
    Family(
        "almost",
        "Almost",
        Kind.QUALIFIER,
        Q.VALUE,
        Comparator.ALMOST,
        (
            "almost",
            "nearly",
            "close to",
            "just under",
            "just below",
            "approaching",
            "not quite",
            "getting on for",
            "nigh on",
            "just shy of",
        ),
        "Supported from 90% of N up to (not including) N; needs review from 80% to 90% "
        "of N or from N to 105% of N; contradicted elsewhere.",
        (
            E("almost 140 warrants", S, value="126"),
            E("nearly 140 warrants", R, value="140"),
            E("close to 140 warrants", C, value="147.01"),
            E("has nearly doubled", S, before="100", after="190"),
        ),
    ),
    Family(
        "about",
        "About",
        Kind.QUALIFIER,
        Q.VALUE,
        Comparator.ABOUT,
        (
            "about",
            "around",
            "roughly",
            "approximately",
            "an estimated",
            "estimated",
            "some",
            "circa",
            "in the region of",
            "more or less",
        ),
        "Supported within 10% of N either side; needs review within 20%; contradicted beyond.",
        (
            E("about 700 arrests", S, value="691"),
            E("around 700 arrests", R, value="565"),
            E("roughly 700 arrests", C, value="550"),
        ),
    ),
    Family(
        "or-so",
        "N or so, N-odd",
        Kind.QUALIFIER_AFTER,
        Q.VALUE,
        Comparator.ABOUT,
        ("or so", "-odd", "odd"),
        "Read as about N: within 10% supported, within 20% needs review.",
        (
            E("700 or so arrests", S, value="691"),
            E("700-odd arrests", S, value="712"),
            E("700 or so arrests", C, value="500"),
        ),
    ),
    Family(
        "just-over",
        "Just over",
        Kind.QUALIFIER,
        Q.VALUE,
        Comparator.JUST_OVER,
        (
            "just over",
            "just above",
            "slightly more than",
            "a little over",
            "a little more than",
            "just more than",
            "marginally more than",
        ),
        "Supported above N up to 110% of N; needs review higher; contradicted at or below N.",
        (
            E("just over 600 crimes", S, value="640"),
            E("just over 600 crimes", C, value="600"),
            E("slightly more than 600 crimes", R, value="700"),
        ),
    ),
)

MULTIPLES: Final = (
    Family(
        "multiple-rise",
        "Multiple words",
        Kind.MULTIPLE_WORD,
        Q.RATIO,
        Comparator.MULTIPLE,
        (),
        "The ratio to / from within 5% of the multiple is supported, within 10% needs "
        "review, beyond is contradicted. A qualifier (more than, almost...) replaces this.",
        (
            E("doubled", S, before="100", after="205"),
            E("doubled", R, before="100", after="218"),
            E("tripled", C, before="100", after="250"),
            E("trebled", S, before="100", after="300"),
            E("a fourfold rise", S, before="151", after="610"),
            E("quadrupled", S, before="150", after="600"),
        ),
        words=RISING_MULTIPLES,
    ),
    Family(
        "halved",
        "Halved",
        Kind.MULTIPLE_WORD,
        Q.RATIO,
        Comparator.MULTIPLE,
        (),
        "The ratio to / from within 5% of one half. With a qualifier the size of the cut is "
        "judged: 'more than halved' means to / from is below one half.",
        (
            E("has halved", S, before="200", after="104"),
            E("more than halved", S, before="200", after="90"),
            E("cut in half", C, before="200", after="150"),
        ),
        words=FALLING_MULTIPLES,
    ),
    Family(
        "n-fold",
        "N-fold",
        Kind.TEMPLATE,
        Q.RATIO,
        Comparator.MULTIPLE,
        ("{N}-fold", "{N}fold", "{N} fold", "{N}x", "{N}×"),
        "The ratio to / from, judged as a multiple (within 5% supported). With a falling "
        "word ('a five-fold fall', 'fell ten-fold', 'a 24-fold drop') it is read as a fall "
        "to 1/N of the starting figure, with a note that the wording is loose.",
        (
            E("a 24-fold increase", S, before="12", after="288"),
            E("a 24-fold increase", C, before="12", after="240"),
            E("a five-fold fall", S, before="100", after="20"),
            E("fell 10-fold", C, before="100", after="50"),
            E("a 3x rise", S, before="100", after="300"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        "n-times",
        "N times as many",
        Kind.TEMPLATE,
        Q.RATIO,
        Comparator.MULTIPLE,
        (
            "{N} times as many",
            "{N} times as much",
            "{N} times as high",
            "{N} times as likely",
            "{N} times as large",
            "{N} times the",
            "{N} times that",
            "{N} times what",
        ),
        "The ratio to / from, judged as a multiple (within 5% supported).",
        (
            E("three times as many", S, before="100", after="310"),
            E("five times the number", R, before="100", after="545"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        "n-times-more",
        "N times more",
        Kind.TEMPLATE,
        Q.RATIO,
        Comparator.MULTIPLE,
        (
            "{N} times more",
            "{N} times higher",
            "{N} times bigger",
            "{N} times larger",
            "{N} times greater",
            "{N}x more",
            "{N}x higher",
            "{N}× more",
            "{N}× higher",
        ),
        "Read as N times as many (the ratio to / from), with a note: some readers take "
        "'N times more' as N + 1 times as many. 'Rose 24 times' and 'increased 24 times' are "
        "read the same way (not as a rise of 24), with the same note, and so is a bare "
        "'more than 4 times' or 'almost 5 times'; 'five times a day' says how often.",
        (
            E("four times more crimes", S, before="150", after="600"),
            E("rose 24 times", S, before="12", after="288"),
            E("more than 4 times", C, before="151", after="500"),
            E("four times more crimes", R, before="151", after="640"),
            E("24 times higher", S, before="12", after="288"),
            E("3x more", S, before="100", after="300"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        "factor",
        "By a factor of N",
        Kind.TEMPLATE,
        Q.RATIO,
        Comparator.MULTIPLE,
        ("by a factor of {N}",),
        "The ratio to / from, judged as a multiple (within 5% supported).",
        (
            E("rose by a factor of 24", S, before="12", after="288"),
            E("rose by a factor of four", R, before="151", after="640"),
        ),
        form=Form.PLAIN,
    ),
)

CHANGES: Final = (
    Family(
        "fraction-change",
        "Rose by a third",
        Kind.TEMPLATE,
        Q.PERCENT_CHANGE,
        Comparator.MULTIPLE,
        ("{DIR} by {N}", "{DIR} {N}", "a {DIR} of {N}", "an {DIR} of {N}"),
        "A fraction of the starting figure: 'by a third' is a change of 33.3%, judged as a "
        "multiple (within 5% of it supported). The direction word must match the change.",
        (
            E("rose by a third", S, before="300", after="400"),
            E("fell by nearly a fifth", S, before="100", after="81"),
            E("has fallen by more than a half", S, before="100", after="40"),
            E("rose by a quarter", C, before="100", after="140"),
        ),
        form=Form.FRACTION,
    ),
    Family(
        "percent-change",
        "Percentage change",
        Kind.TEMPLATE,
        Q.PERCENT_CHANGE,
        Comparator.EXACT,
        ("{DIR} {N}%", "{DIR} by {N}%", "{N}% {DIR}", "a {DIR} of {N}%", "an {DIR} of {N}%"),
        "(to - from) / from × 100 must round to the stated percentage. On percentage "
        "figures a percentage change is relative: a stated number that is really the "
        "point difference is contradicted.",
        (
            E("up 37 per cent", S, before="100", after="137"),
            E("a 2,300% increase", S, before="12", after="288"),
            E("a 45 percent fall", S, before="200", after="110"),
            E("up 16 per cent", R, before="100", after="115.3"),
            E("rose by 5%", C, before="20%", after="25%"),
        ),
        form=Form.PERCENT,
    ),
    Family(
        "points",
        "Percentage points",
        Kind.TEMPLATE,
        Q.POINTS,
        Comparator.EXACT,
        (
            "{DIR} by {N} percentage points",
            "{DIR} {N} points",
            "{N} points {DIR}",
            "a {DIR} of {N} points",
            "{N} percentage points",
            "{N} points",
            "{N} pts",
            "{N}pp",
        ),
        "to - from, on percentage figures, must round to the stated number of points. 'Half "
        "a percentage point' and 'a quarter of a point' are 0.5 and 0.25 points.",
        (
            E("fallen by 1.3 percentage points", S, before="14.2%", after="12.9%"),
            E("rose by half a percentage point", S, before="10.2%", after="10.7%"),
            E("up 5 points", S, before="20%", after="25%"),
            E("rose 2 percentage points", C, before="20%", after="25%"),
        ),
        form=Form.POINTS,
    ),
    Family(
        "difference",
        "Absolute change",
        Kind.TEMPLATE,
        Q.DIFFERENCE,
        Comparator.EXACT,
        ("{DIR} by {N}", "{DIR} {N}", "a {DIR} of {N}", "an {DIR} of {N}", "{N} {DIR}"),
        "to - from must round to the stated number; the direction word must match. In 'rose "
        "by 4,000 to 65,000' (or 'an increase of 4,000 to 65,000', 'up 3 to 20') the first "
        "number is the change and the second the new level, checked against the to figure: "
        "never a range.",
        (
            E("a rise of 7,762", S, before="10000", after="17762"),
            E("rose by 4,000 to 65,000", C, before="55000", after="65000"),
            E("up by almost 1,000", S, before="5000", after="5950"),
            E("333 more arrests", S, before="358", after="691"),
            E("a fall of 300", C, before="1000", after="1300"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        "roughly-unchanged",
        "Broadly unchanged",
        Kind.DIRECTION,
        Q.DIRECTION,
        None,
        (
            "broadly unchanged",
            "virtually unchanged",
            "largely unchanged",
            "almost unchanged",
            "nearly unchanged",
            "essentially unchanged",
            "more or less unchanged",
            "little changed",
            "barely changed",
            "hardly changed",
            "little change",
            "almost no change",
            "broadly flat",
            "largely flat",
            "roughly flat",
            "virtually flat",
            "broadly stable",
            "largely stable",
            "roughly stable",
        ),
        "to must lie within 1% of from (the policy's unchanged_review) to be supported, "
        "within 2% needs review; a bigger move is contradicted.",
        (
            E("broadly unchanged", S, before="1000", after="1008"),
            E("little changed", R, before="1000", after="1015"),
            E("virtually unchanged", C, before="100", after="110"),
        ),
    ),
    Family(
        "unchanged",
        "Unchanged, held steady",
        Kind.DIRECTION,
        Q.DIRECTION,
        None,
        (
            "unchanged",
            "remained unchanged",
            "was unchanged",
            "were unchanged",
            "held steady",
            "held stable",
            "held flat",
            "held level",
            "remained steady",
            "remained stable",
            "remained flat",
            "remained level",
            "remained the same",
            "stayed the same",
            "stayed flat",
            "stayed steady",
            "stayed stable",
            "stayed level",
            "stayed at",
            "remained at",
            "held at",
            "was flat",
            "were flat",
            "has been flat",
            "have been flat",
            "flatlined",
            "no change",
            "did not change",
            "has not changed",
            "have not changed",
            "didn't change",
            "hasn't changed",
            "haven't changed",
        ),
        "from and to must be equal, or equal within the rounding of the source figures "
        "('5.1%' and '5.1%'); a change within 1% of from (the policy's unchanged_review) "
        "needs review; a bigger one is contradicted. 'Stayed at', 'remained at' and 'held at' "
        "count only before a number, which is checked as well. Without from and to figures "
        "the statement needs review.",
        (
            E("remained unchanged at 5", S, before="5", after="5"),
            E("held steady at 5", C, before="3", after="5"),
            E("was flat", R, before="1000", after="1005"),
            E("stayed at 5.1%", S, before="5.1%", after="5.1%"),
        ),
    ),
    Family(
        "rise",
        "Rising words",
        Kind.DIRECTION,
        Q.DIRECTION,
        None,
        RISING_WORDS,
        "The figure must have gone up (to > from); otherwise contradicted.",
        (
            E(
                "increased from 12 in 2011 to 288 in 2016",
                S,
                before="12",
                after="288",
                labels=("2011", "2016"),
            ),
            E("crime rose", C, before="100", after="90"),
            E("arrests soared", S, before="358", after="691"),
        ),
        sign=1,
    ),
    Family(
        "fall",
        "Falling words",
        Kind.DIRECTION,
        Q.DIRECTION,
        None,
        FALLING_WORDS,
        "The figure must have gone down (to < from); otherwise contradicted.",
        (
            E("fell", S, before="100", after="90"),
            E("plunged", C, before="100", after="120"),
            E("dropped from 40 to 35", S, before="40", after="35"),
        ),
        sign=-1,
    ),
)

SHARES: Final = (
    Family(
        "one-in",
        "One in N",
        Kind.TEMPLATE,
        Q.SHARE,
        Comparator.MULTIPLE,
        ("{N} in {M}", "{N} out of {M}", "{N} in every {M}"),
        "part / whole (or a percentage figure) within 5% of N / M is supported. Hyphens are "
        "read the same: 'a one-in-five chance'.",
        (
            E("one in five of the offences", S, part="20", whole="100"),
            E("a one-in-five chance", S, part="21", whole="100"),
            E("about one in six", S, part="17", whole="100"),
            E("nearly 1 in 6", S, value="15.1%"),
            E("one in 14", S, part="7", whole="100"),
            E("three in ten", C, part="40", whole="100"),
        ),
    ),
    Family(
        "percent-of",
        "N per cent of",
        Kind.TEMPLATE,
        Q.SHARE,
        Comparator.EXACT,
        ("{N}% of", "{N} per cent of", "{N} percent of"),
        "part / whole × 100 (or a percentage figure) must round to the stated percentage.",
        (
            E("17 per cent of the offences", S, part="17", whole="100"),
            E("17% of all arrests", C, part="19", whole="100"),
            E("15 percent of households", S, value="15.1%"),
        ),
        form=Form.PERCENT,
    ),
    Family(
        "fraction-of",
        "A third of",
        Kind.TEMPLATE,
        Q.SHARE,
        Comparator.MULTIPLE,
        ("{N} of", "{N} the"),
        "part / whole within 5% of the fraction ('two-thirds', 'half') is supported.",
        (
            E("two-thirds of offenders", S, part="66", whole="100"),
            E("half of the arrests", R, part="54", whole="100"),
            E("three-quarters of the offences", C, part="60", whole="100"),
        ),
        form=Form.FRACTION,
    ),
    Family(
        "majority",
        "Most, the majority of",
        Kind.SHARE_WORD,
        Q.SHARE,
        Comparator.MORE_THAN,
        ("the majority of", "a majority of", "the majority", "a majority", "most of", "most"),
        "part / whole must be more than one half.",
        (
            E("most of the offences", S, part="60", whole="100"),
            E("the majority of arrests", C, part="50", whole="100"),
            E("the majority were men", S, part="51", whole="100"),
        ),
        value=HALF,
    ),
    Family(
        "minority",
        "A minority of",
        Kind.SHARE_WORD,
        Q.SHARE,
        Comparator.LESS_THAN,
        ("a minority of", "the minority of"),
        "part / whole must be less than one half.",
        (
            E("a minority of arrests", S, part="40", whole="100"),
            E("a minority of arrests", C, part="50", whole="100"),
        ),
        value=HALF,
    ),
    Family(
        "fraction",
        "A fraction of",
        Kind.SHARE_WORD,
        Q.SHARE,
        Comparator.LESS_THAN,
        ("a small fraction of", "a fraction of"),
        "part / whole must be less than one half: more than half is not 'a fraction'.",
        (
            E("a fraction of the total", S, part="10", whole="100"),
            E("a fraction of the total", C, part="80", whole="100"),
        ),
        value=HALF,
    ),
)

VALUES: Final = (
    Family(
        "value",
        "A number on its own",
        Kind.VALUE,
        Q.VALUE,
        Comparator.EXACT,
        ("{N}", "{N}%", "£{N}", "{N} million"),
        "The figure must round to the number as written: '640' is 639.5 to 640.5, '4.2' "
        "4.15 to 4.25, '82,000' 81,500 to 82,500. One unit of the last digit outside that "
        "needs review; further is contradicted. A number matching no figure needs review.",
        (
            E("a total of 640 crimes", S, value="640"),
            E("a rate of 16 per cent", R, value="15.3%"),
            E("£3.2bn", C, value="£3.7bn"),
            E("1.13 million people", S, value="1131000"),
            E("640 crimes were recorded compared to 151", S, before="151", after="640"),
            E("700 crimes", R, before="151", after="640"),
        ),
    ),
    Family(
        "number-words",
        "Numbers in words",
        Kind.VALUE,
        Q.VALUE,
        Comparator.EXACT,
        ("nine", "twenty-four", "two hundred and eighty-eight", "a dozen"),
        "Read exactly as the digits would be.",
        (
            E("two hundred and eighty-eight offences", S, value="288"),
            E("a dozen officers", S, value="12"),
            E("nine arrests", C, value="12"),
        ),
    ),
    Family(
        "money",
        "Money",
        Kind.VALUE,
        Q.VALUE,
        Comparator.EXACT,
        ("£{N}", "${N}", "€{N}", "{N}m", "{N}bn", "{N} million", "{N} billion"),
        "The figure must round to the amount as written: '£3.7m' is £3.65m to £3.75m.",
        (
            E("£3.7m", S, value="3700000"),
            E("$1.5 million", S, value="$1,520,000"),
            E("€10m", R, value="€11m"),
        ),
    ),
    Family(
        "rate",
        "A rate per N",
        Kind.VALUE,
        Q.VALUE,
        Comparator.EXACT,
        ("{N} per {M}", "{N} for every {M}"),
        "The rate must round to the figure, as for any number; the 'per 1,000' states the "
        "base of the rate and is not a claim of its own.",
        (
            E("a rate of 4.2 per 1,000 people", S, value="4.2"),
            E("12 offences per 100,000 people", C, value="15"),
        ),
    ),
    Family(
        "between",
        "Between N and M",
        Kind.TEMPLATE,
        Q.VALUE,
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
            E("between 600 and 700 crimes", S, value="640"),
            E("cut by 5 to 10 per cent", C, before="100", after="80"),
            E("3 to 4 times as many", S, before="100", after="350"),
            E("between 600 and 700 crimes", C, value="750"),
            E("40-50% of the offences", S, part="455", whole="1000"),
            E("between 40 and 50 per cent of the offences", C, part="550", whole="1000"),
            E("40 to 50 people", S, value="45"),
        ),
    ),
)

FAMILIES: Final[tuple[Family, ...]] = (
    *QUALIFIERS,
    *MULTIPLES,
    *CHANGES,
    *SHARES,
    *VALUES,
    *PERIODS,
    *SERIES,
    *NEGATIONS,
)
"""Every phrase family, in the order docs/wording.md lists them."""


def family(family_id: str) -> Family:
    """The family with this id."""
    for candidate in FAMILIES:
        if candidate.id == family_id:
            return candidate
    raise KeyError(family_id)
