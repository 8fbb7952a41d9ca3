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
from claimcheck.engine.wording.families import Example, Family, Form, Kind
from claimcheck.engine.wording.negation import NEGATIONS
from claimcheck.engine.wording.time_phrases import PERIODS, SERIES
from claimcheck.model import Quantity, Verdict

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
        Quantity.VALUE,
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
            Example("has more than quadrupled", Verdict.SUPPORTED, before="151", after="640"),
            Example("more than quadrupled", Verdict.CONTRADICTED, before="150", after="600"),
            Example("more than 600 crimes", Verdict.SUPPORTED, value="640"),
            Example("over 700 crimes", Verdict.CONTRADICTED, value="640"),
        ),
    ),
    Family(
        "at-least",
        "At least",
        Kind.QUALIFIER,
        Quantity.VALUE,
        Comparator.AT_LEAST,
        ("at least", "no fewer than", "no less than", "not less than", "a minimum of"),
        "N or more; below N is contradicted.",
        (
            Example("at least 640 crimes", Verdict.SUPPORTED, value="640"),
            Example("at least doubled", Verdict.CONTRADICTED, before="100", after="199"),
        ),
    ),
    Family(
        "or-more",
        "N or more, N-plus",
        Kind.QUALIFIER_AFTER,
        Quantity.VALUE,
        Comparator.AT_LEAST,
        ("or more", "or above", "-plus", "plus"),
        "N or more; below N is contradicted.",
        (
            Example("3,000-plus officers", Verdict.SUPPORTED, value="3012"),
            Example("3,000 or more officers", Verdict.CONTRADICTED, value="2990"),
        ),
    ),
    Family(
        "less-than",
        "Less than",
        Kind.QUALIFIER,
        Quantity.VALUE,
        Comparator.LESS_THAN,
        ("less than", "fewer than", "under", "below", "lower than"),
        "Strictly less than N; anything else is contradicted.",
        (
            Example("fewer than 700 arrests", Verdict.SUPPORTED, value="691"),
            Example("less than 700 arrests", Verdict.CONTRADICTED, value="700"),
            Example("under a third of the offences", Verdict.CONTRADICTED, part="35", whole="100"),
        ),
    ),
    Family(
        "up-to",
        "Up to",
        Kind.QUALIFIER,
        Quantity.VALUE,
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
        (
            Example("up to 700 arrests", Verdict.SUPPORTED, value="700"),
            Example("as many as 650 crimes", Verdict.CONTRADICTED, value="651"),
        ),
    ),
    Family(
        "almost",
        "Almost",
        Kind.QUALIFIER,
        Quantity.VALUE,
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
            Example("almost 140 warrants", Verdict.SUPPORTED, value="126"),
            Example("nearly 140 warrants", Verdict.NEEDS_REVIEW, value="140"),
            Example("close to 140 warrants", Verdict.CONTRADICTED, value="147.01"),
            Example("has nearly doubled", Verdict.SUPPORTED, before="100", after="190"),
        ),
    ),
    Family(
        "about",
        "About",
        Kind.QUALIFIER,
        Quantity.VALUE,
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
            Example("about 700 arrests", Verdict.SUPPORTED, value="691"),
            Example("around 700 arrests", Verdict.NEEDS_REVIEW, value="565"),
            Example("roughly 700 arrests", Verdict.CONTRADICTED, value="550"),
        ),
    ),
    Family(
        "or-so",
        "N or so, N-odd",
        Kind.QUALIFIER_AFTER,
        Quantity.VALUE,
        Comparator.ABOUT,
        ("or so", "-odd", "odd"),
        "Read as about N: within 10% supported, within 20% needs review.",
        (
            Example("700 or so arrests", Verdict.SUPPORTED, value="691"),
            Example("700-odd arrests", Verdict.SUPPORTED, value="712"),
            Example("700 or so arrests", Verdict.CONTRADICTED, value="500"),
        ),
    ),
    Family(
        "just-over",
        "Just over",
        Kind.QUALIFIER,
        Quantity.VALUE,
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
            Example("just over 600 crimes", Verdict.SUPPORTED, value="640"),
            Example("just over 600 crimes", Verdict.CONTRADICTED, value="600"),
            Example("slightly more than 600 crimes", Verdict.NEEDS_REVIEW, value="700"),
        ),
    ),
)

MULTIPLES: Final = (
    Family(
        "multiple-rise",
        "Multiple words",
        Kind.MULTIPLE_WORD,
        Quantity.RATIO,
        Comparator.MULTIPLE,
        (),
        "The ratio to / from within 5% of the multiple is supported, within 10% needs "
        "review, beyond is contradicted. A qualifier (more than, almost...) replaces this.",
        (
            Example("doubled", Verdict.SUPPORTED, before="100", after="205"),
            Example("doubled", Verdict.NEEDS_REVIEW, before="100", after="218"),
            Example("tripled", Verdict.CONTRADICTED, before="100", after="250"),
            Example("trebled", Verdict.SUPPORTED, before="100", after="300"),
            Example("a fourfold rise", Verdict.SUPPORTED, before="151", after="610"),
            Example("quadrupled", Verdict.SUPPORTED, before="150", after="600"),
        ),
        words=RISING_MULTIPLES,
    ),
    Family(
        "halved",
        "Halved",
        Kind.MULTIPLE_WORD,
        Quantity.RATIO,
        Comparator.MULTIPLE,
        (),
        "The ratio to / from within 5% of one half. With a qualifier the size of the cut is "
        "judged: 'more than halved' means to / from is below one half.",
        (
            Example("has halved", Verdict.SUPPORTED, before="200", after="104"),
            Example("more than halved", Verdict.SUPPORTED, before="200", after="90"),
            Example("cut in half", Verdict.CONTRADICTED, before="200", after="150"),
        ),
        words=FALLING_MULTIPLES,
    ),
    Family(
        "n-fold",
        "N-fold",
        Kind.TEMPLATE,
        Quantity.RATIO,
        Comparator.MULTIPLE,
        ("{N}-fold", "{N}fold", "{N} fold", "{N}x", "{N}×"),
        "The ratio to / from, judged as a multiple (within 5% supported). With a falling "
        "word ('a five-fold fall', 'fell ten-fold', 'a 24-fold drop') it is read as a fall "
        "to 1/N of the starting figure, with a note that the wording is loose.",
        (
            Example("a 24-fold increase", Verdict.SUPPORTED, before="12", after="288"),
            Example("a 24-fold increase", Verdict.CONTRADICTED, before="12", after="240"),
            Example("a five-fold fall", Verdict.SUPPORTED, before="100", after="20"),
            Example("fell 10-fold", Verdict.CONTRADICTED, before="100", after="50"),
            Example("a 3x rise", Verdict.SUPPORTED, before="100", after="300"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        "n-times",
        "N times as many",
        Kind.TEMPLATE,
        Quantity.RATIO,
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
            Example("three times as many", Verdict.SUPPORTED, before="100", after="310"),
            Example("five times the number", Verdict.NEEDS_REVIEW, before="100", after="545"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        "n-times-more",
        "N times more",
        Kind.TEMPLATE,
        Quantity.RATIO,
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
            Example("four times more crimes", Verdict.SUPPORTED, before="150", after="600"),
            Example("rose 24 times", Verdict.SUPPORTED, before="12", after="288"),
            Example("more than 4 times", Verdict.CONTRADICTED, before="151", after="500"),
            Example("four times more crimes", Verdict.NEEDS_REVIEW, before="151", after="640"),
            Example("24 times higher", Verdict.SUPPORTED, before="12", after="288"),
            Example("3x more", Verdict.SUPPORTED, before="100", after="300"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        "factor",
        "By a factor of N",
        Kind.TEMPLATE,
        Quantity.RATIO,
        Comparator.MULTIPLE,
        ("by a factor of {N}",),
        "The ratio to / from, judged as a multiple (within 5% supported).",
        (
            Example("rose by a factor of 24", Verdict.SUPPORTED, before="12", after="288"),
            Example("rose by a factor of four", Verdict.NEEDS_REVIEW, before="151", after="640"),
        ),
        form=Form.PLAIN,
    ),
)

CHANGES: Final = (
    Family(
        "fraction-change",
        "Rose by a third",
        Kind.TEMPLATE,
        Quantity.PERCENT_CHANGE,
        Comparator.MULTIPLE,
        ("{DIR} by {N}", "{DIR} {N}", "a {DIR} of {N}", "an {DIR} of {N}"),
        "A fraction of the starting figure: 'by a third' is a change of 33.3%, judged as a "
        "multiple (within 5% of it supported). The direction word must match the change.",
        (
            Example("rose by a third", Verdict.SUPPORTED, before="300", after="400"),
            Example("fell by nearly a fifth", Verdict.SUPPORTED, before="100", after="81"),
            Example("has fallen by more than a half", Verdict.SUPPORTED, before="100", after="40"),
            Example("rose by a quarter", Verdict.CONTRADICTED, before="100", after="140"),
        ),
        form=Form.FRACTION,
    ),
    Family(
        "percent-change",
        "Percentage change",
        Kind.TEMPLATE,
        Quantity.PERCENT_CHANGE,
        Comparator.EXACT,
        ("{DIR} {N}%", "{DIR} by {N}%", "{N}% {DIR}", "a {DIR} of {N}%", "an {DIR} of {N}%"),
        "(to - from) / from × 100 must round to the stated percentage. On percentage "
        "figures a percentage change is relative: a stated number that is really the "
        "point difference is contradicted.",
        (
            Example("up 37 per cent", Verdict.SUPPORTED, before="100", after="137"),
            Example("a 2,300% increase", Verdict.SUPPORTED, before="12", after="288"),
            Example("a 45 percent fall", Verdict.SUPPORTED, before="200", after="110"),
            Example("up 16 per cent", Verdict.NEEDS_REVIEW, before="100", after="115.3"),
            Example("rose by 5%", Verdict.CONTRADICTED, before="20%", after="25%"),
        ),
        form=Form.PERCENT,
    ),
    Family(
        "points",
        "Percentage points",
        Kind.TEMPLATE,
        Quantity.POINTS,
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
            Example(
                "fallen by 1.3 percentage points", Verdict.SUPPORTED, before="14.2%", after="12.9%"
            ),
            Example(
                "rose by half a percentage point", Verdict.SUPPORTED, before="10.2%", after="10.7%"
            ),
            Example("up 5 points", Verdict.SUPPORTED, before="20%", after="25%"),
            Example("rose 2 percentage points", Verdict.CONTRADICTED, before="20%", after="25%"),
        ),
        form=Form.POINTS,
    ),
    Family(
        "difference",
        "Absolute change",
        Kind.TEMPLATE,
        Quantity.DIFFERENCE,
        Comparator.EXACT,
        ("{DIR} by {N}", "{DIR} {N}", "a {DIR} of {N}", "an {DIR} of {N}", "{N} {DIR}"),
        "to - from must round to the stated number; the direction word must match. In 'rose "
        "by 4,000 to 65,000' (or 'an increase of 4,000 to 65,000', 'up 3 to 20') the first "
        "number is the change and the second the new level, checked against the to figure: "
        "never a range.",
        (
            Example("a rise of 7,762", Verdict.SUPPORTED, before="10000", after="17762"),
            Example("rose by 4,000 to 65,000", Verdict.CONTRADICTED, before="55000", after="65000"),
            Example("up by almost 1,000", Verdict.SUPPORTED, before="5000", after="5950"),
            Example("333 more arrests", Verdict.SUPPORTED, before="358", after="691"),
            Example("a fall of 300", Verdict.CONTRADICTED, before="1000", after="1300"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        "roughly-unchanged",
        "Broadly unchanged",
        Kind.DIRECTION,
        Quantity.DIRECTION,
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
            Example("broadly unchanged", Verdict.SUPPORTED, before="1000", after="1008"),
            Example("little changed", Verdict.NEEDS_REVIEW, before="1000", after="1015"),
            Example("virtually unchanged", Verdict.CONTRADICTED, before="100", after="110"),
        ),
    ),
    Family(
        "unchanged",
        "Unchanged, held steady",
        Kind.DIRECTION,
        Quantity.DIRECTION,
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
            Example("remained unchanged at 5", Verdict.SUPPORTED, before="5", after="5"),
            Example("held steady at 5", Verdict.CONTRADICTED, before="3", after="5"),
            Example("was flat", Verdict.NEEDS_REVIEW, before="1000", after="1005"),
            Example("stayed at 5.1%", Verdict.SUPPORTED, before="5.1%", after="5.1%"),
        ),
    ),
    Family(
        "rise",
        "Rising words",
        Kind.DIRECTION,
        Quantity.DIRECTION,
        None,
        RISING_WORDS,
        "The figure must have gone up (to > from); otherwise contradicted.",
        (
            Example(
                "increased from 12 in 2011 to 288 in 2016",
                Verdict.SUPPORTED,
                before="12",
                after="288",
                labels=("2011", "2016"),
            ),
            Example("crime rose", Verdict.CONTRADICTED, before="100", after="90"),
            Example("arrests soared", Verdict.SUPPORTED, before="358", after="691"),
        ),
        sign=1,
    ),
    Family(
        "fall",
        "Falling words",
        Kind.DIRECTION,
        Quantity.DIRECTION,
        None,
        FALLING_WORDS,
        "The figure must have gone down (to < from); otherwise contradicted.",
        (
            Example("fell", Verdict.SUPPORTED, before="100", after="90"),
            Example("plunged", Verdict.CONTRADICTED, before="100", after="120"),
            Example("dropped from 40 to 35", Verdict.SUPPORTED, before="40", after="35"),
        ),
        sign=-1,
    ),
)

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
        "base of the rate and is not a claim of its own.",
        (
            Example("a rate of 4.2 per 1,000 people", Verdict.SUPPORTED, value="4.2"),
            Example("12 offences per 100,000 people", Verdict.CONTRADICTED, value="15"),
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
