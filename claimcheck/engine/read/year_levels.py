"""A level said to be below or above the level of a named year, with no number: "the rate
remained below the 2019 rate", "births are still below the number registered in 2019",
"sales stayed above their 2015 level".

Such words compare the referenced figures: the later one (``to``) against the one of the year
named (``from``). "Below" is read as a fall from that year and "above" as a rise, each with the
year as the base of the change (``base-year``), so the check holds the direction against the
two figures and the year against the ``from`` label. A number after the word ("below 5%",
"above 2,000") is a bound on a value, which the number templates read; only a year in a
phrase that names a level of that year counts here: after "the", "its" or "their" with a
word for a level ("the 2019 rate", "its 2015 level"), or after "in", "of" or "for" at the
end of a phrase ("the number of permits issued in 2018").
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache

from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.read.record import Quote, record
from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.families import Family
from claimcheck.text.lazy import lazy_pattern

__all__ = ["BELOW_YEAR", "mark_year_levels", "named_year"]

_LEVEL = (
    r"(?:levels?|rates?|figures?|totals?|numbers?|counts?|peaks?|average|values?|amounts?|sums?"
    r"|shares?|proportions?|percentages?)"
)


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)\d\d)(?![\d%]|[.,]\d|\s*(?:%|per\b|percent))"


BELOW_YEAR = lazy_pattern(
    r"(?<![a-z])(?P<word>below|above|beneath|under)\s+"
    r"(?:(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?" + _year("a") + r"\s+" + _LEVEL + r"(?![a-z])"
    r"|" + _year("b") + r"\s+" + _LEVEL + r"(?![a-z])"
    r"|(?:the|its|their)\s+"
    + _LEVEL
    + r"\s+(?:[a-z-]+\s+){0,5}?(?:in|of|for|during)\s+"
    + _year("c")
    + r")",
    re.IGNORECASE,
)
_YEAR_GROUPS = ("a", "b", "c")
_UP = ("above",)


@cache
def _family(family_id: str) -> Family:
    return phrases.family(family_id)


def mark_year_levels(quote: Quote) -> None:
    """Read "below the 2019 rate" as a fall from 2019, "above its 2015 level" as a rise."""
    reading, text = quote.reading, quote.text
    if not any(map(text.__contains__, ("below", "above", "beneath", "under"))):
        return
    for found in BELOW_YEAR.finditer(text):
        if not reading.free(*found.span()):
            continue
        family = _family("rise" if found.group("word").lower() in _UP else "fall")
        year = named_year(found)
        record(
            quote, family, found.span("word"), Stated(Fraction(0)), sign=family.sign, qualify=False
        )
        base = (found.end("word") + 1, found.end())
        record(quote, _family("base-year"), base, Stated(Fraction(year)), year=year, qualify=False)


def named_year(found: re.Match[str]) -> int:
    """The year a match of ``BELOW_YEAR`` names ("below the 2019 rate": 2019)."""
    return int(next(found.group(name) for name in _YEAR_GROUPS if found.group(name)))
