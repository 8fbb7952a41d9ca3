"""Quarters and halves of a year as the months they cover (``link_table.period_of``).

A release labels its quarters "Q4", "2019 Q3", "Quarter 2", "4th Quarter" or by months
("Oct-Dec", already months); a story writes them in words: "the fourth quarter", "the third
quarter of 2019", "the first half". Each is read as its months, so a sentence's "fourth
quarter" names a column "Q4" or "Oct-Dec" as a month names a monthly column. A quarter needs
its ordinal or number ("a quarter of pupils" is a share, "last quarter" a relative period);
a half needs "first" or "second" ("half of all fines" is a share).
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.text.lazy import lazy_pattern

__all__ = ["quarter_months"]

_ORDINALS: Final = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
_QUARTER = lazy_pattern(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarters?\b"
    r"|\bq([1-4])\b|\bquarter\s+([1-4])\b",
    re.IGNORECASE,
)
_HALF = lazy_pattern(r"\b(first|second|1st|2nd)[\s-]+half\b|\bh([12])\b", re.IGNORECASE)


def quarter_months(text: str) -> frozenset[int]:
    """The months of every quarter and half of a year ``text`` names."""
    months: set[int] = set()
    for match in _QUARTER.finditer(text):
        word, digit, number = match.groups()
        quarter = _ORDINALS[word.lower()] if word else int(digit or number)
        months.update(range(3 * quarter - 2, 3 * quarter + 1))
    for match in _HALF.finditer(text):
        word, digit = match.groups()
        half = _ORDINALS[word.lower()] if word else int(digit)
        months.update(range(6 * half - 5, 6 * half + 1))
    return frozenset(months)
