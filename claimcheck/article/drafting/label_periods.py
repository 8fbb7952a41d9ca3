"""The period a table's label or title names: "2015/16", "Sep 2014", "Previous 12 months".

A span of two years ("2015/16", "2015-16", "2015-6", "2015 to 2016") is one period holding
both years; a month named with a year narrows it; words such as "previous 12 months" or
"year ending" make a period relative to the release, with no year of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from claimcheck.article.drafting.quarters import quarter_months
from claimcheck.text.calendar import MONTH_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Period", "period_of"]

# A year, or a span of two ("2015/16", "2015-16", "2015-6", "2015 to 2016").
_YEAR = lazy_pattern(
    r"(?<![\d.])((?:18|19|20)\d\d)(?:\s*[/\-–]\s*(\d{1,2}|(?:18|19|20)\d\d))?(?![\d.,])"
)
_MONTH = lazy_pattern(r"\b(" + "|".join(MONTH_WORDS) + r")\b\.?", re.IGNORECASE)
_RELATIVE = lazy_pattern(
    r"\b(previous|latest|last|current|this|prior)\b.*\b(years?|months?|quarters?|periods?)\b"
    r"|\b\d+\s+months\b|\byears? (?:ending|to)\b",
    re.IGNORECASE,
)
_MONTH_NUMBER: Final = {
    word.lower(): (index % 12) + 1 if index < 12 else 0 for index, word in enumerate(MONTH_WORDS)
}
_SHORT = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
_SHORT |= {"sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12}


@dataclass(frozen=True, slots=True)
class Period:
    """The years and months a label names; ``relative`` for "previous 12 months" and the like."""

    years: frozenset[int]
    months: frozenset[int]
    relative: bool = False

    def names(self, years: Iterable[int], months: Iterable[int] = ()) -> bool:
        """Whether this period is one of ``years`` (and, when given, ``months``). A span of
        two years ("2015/16") is named by a text that names both ("2015-6", "between 2015-16
        and 2016-17"), or by one year alone ("in 2016"); not by a text that names another
        span that shares one of its years."""
        wanted = set(years)
        if wanted and not (wanted & self.years):
            return False
        if len(self.years) > 1 and len(wanted) > 1 and not self.years <= wanted:
            return False
        want_months = set(months)
        if want_months and self.months and not (want_months & self.months):
            return False
        return bool(wanted) or bool(want_months and self.months)


def _month(word: str) -> int:
    key = word.lower().rstrip(".")
    return _MONTH_NUMBER.get(key) or _SHORT.get(key, 0)


def _second_year(first: int, written: str) -> int:
    """The second year of a span written short: 2015/16 → 2016, 2015-6 → 2016, 2019/0 → 2020."""
    if len(written) == 4:
        return int(written)
    scale: int = 10 ** len(written)
    second = first // scale * scale + int(written)
    return second if second > first else second + scale


def period_of(text: str) -> Period | None:
    """The period a label names ("2015/16", "Sep 2014", "Previous 12 months"), or None."""
    years: set[int] = set()
    for match in _YEAR.finditer(text):
        first = int(match.group(1))
        years.add(first)
        second = match.group(2)
        if second is not None:
            years.add(_second_year(first, second))
    months = {_month(m.group(1)) for m in _MONTH.finditer(text)} - {0} | quarter_months(text)
    if years or months:
        return Period(frozenset(years), frozenset(months))
    if _RELATIVE.search(text):
        return Period(frozenset(), frozenset(), relative=True)
    return None
