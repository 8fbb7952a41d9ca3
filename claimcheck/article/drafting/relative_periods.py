"""Columns named by words, not years: "Previous year" and "This year", "Same period last year"
and "Latest period", "Last year" and "Current year".

A workbook that labels its two periods this way holds one line per row across them, as one
labelled "2023" and "2024" does: "rose from 41,200 to 45,900" and "down to 11,800, from 12,300"
run from the earlier column to the later. The earlier is the one whose label says so
("previous", "last", "prior", "preceding", "earlier", "before", "ago"); the line runs from it
whatever order the table prints them in. Titles that name years, or several earlier or several
later periods, are left in their order.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.article.drafting.label_periods import period_of
from claimcheck.text.lazy import lazy_pattern

__all__ = ["relative_in_time"]

_EARLIER: Final = lazy_pattern(
    r"\b(?:previous|last|prior|preceding|earlier|before|ago)\b", re.IGNORECASE
)


def relative_in_time(titles: list[str]) -> list[str]:
    """``titles`` (period titles of a table's columns) in time when exactly two name their
    periods by words alone, one earlier and one later; else as given."""
    periods = [period_of(title) for title in titles]
    if len(titles) != 2 or not all(p is not None and p.relative for p in periods):
        return titles
    earlier = [title for title in titles if _EARLIER.search(title)]
    if len(earlier) != 1:
        return titles
    return [earlier[0], *(title for title in titles if title != earlier[0])]
