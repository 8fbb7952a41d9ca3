"""Rows of the wording table: the qualifiers ("more than", "almost", "about", "-plus") that may
stand before or after any number and replace its family's comparison.

Part of the one table in ``claimcheck.engine.wording.phrases``, which lists every row.
"""

from __future__ import annotations

from typing import Final

from claimcheck.engine.judge.compare import Comparator
from claimcheck.engine.wording.families import Example, Family, Kind
from claimcheck.model import Quantity, Verdict

__all__ = ["QUALIFIERS"]

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
            "exceeded",
            "exceeds",
            "surpassed",
        ),
        "Strictly greater than N; anything else is contradicted. A verb of passing a line "
        "('exceeded 5%', 'surpassed 300') is the same bound.",
        (
            Example("has more than quadrupled", Verdict.SUPPORTED, before="151", after="640"),
            Example("more than quadrupled", Verdict.CONTRADICTED, before="150", after="600"),
            Example("more than 600 crimes", Verdict.SUPPORTED, value="640"),
            Example("over 700 crimes", Verdict.CONTRADICTED, value="640"),
            Example("deaths exceeded 300", Verdict.SUPPORTED, value="310"),
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
        "N or less; above N is contradicted. After a verb of motion that takes 'up' ('picked "
        "up to 4.0%', 'ticked up to', 'shot up to', 'crept back up to', 'went up to') the "
        "words are a move to a level, not a ceiling: 'up' is a rise and N the level reached, "
        "as in 'rose to N'. After a modal or 'to' ('could go up to', 'expected to shoot up "
        "to') and after any other word ('by up to', 'of up to', 'rise up to') 'up to' stays "
        "the ceiling.",
        (
            Example("up to 700 arrests", Verdict.SUPPORTED, value="700"),
            Example("as many as 650 crimes", Verdict.CONTRADICTED, value="651"),
            Example("the rate picked up to 4.0%", Verdict.SUPPORTED, before="3.8%", after="4.0%"),
            Example(
                "the rate ticked up to 4.4%", Verdict.CONTRADICTED, before="3.8%", after="4.0%"
            ),
            Example("the rate crept up to 3.8%", Verdict.CONTRADICTED, before="4.0%", after="3.8%"),
            Example("fares rose by up to 6%", Verdict.SUPPORTED, before="100", after="105.5"),
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
