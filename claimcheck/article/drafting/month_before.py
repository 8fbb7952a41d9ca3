"""The month a statement's sentence, or the sentence before it, names: the row of a long
table of months a number with no period of its own stands for.

"The trust's figures for June came out on Thursday. They show 91.6% of patients were seen
within four hours": the level names no period, and the same value may stand in two months'
rows of a table with one row per month (a value to one decimal repeats over a few years of
months). The month named in the rest of its sentence, else in the sentence before, breaks the
tie among the rows the value fits; it never makes a row fit that the value does not, so it
can only choose between figures the check would call alike. A month is a capitalised month
word after "in", "for", "during", "of", "last", "this" or "since" ("may" the verb is no
month), with its year when one follows; exactly one month must be named, else none is taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from claimcheck.article.drafting.label_periods import Period, period_of
from claimcheck.article.drafting.link_table import Cell
from claimcheck.text.calendar import MONTH_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["month_before", "of_month_before"]

_NAMES = "|".join(sorted((w for w in MONTH_WORDS if w[:1].isupper()), key=len, reverse=True))
_MONTH: Final = lazy_pattern(
    rf"\b(?i:in|for|during|of|last|this)\s+((?:{_NAMES})\.?(?:\s+(?:19|20)\d\d)?)\b"
    rf"(?!\s*[-–/]|\s+to\b)"
)
# The end of a sentence: a full stop, question or exclamation mark and a space before a
# capital, or a line break (a headline or a paragraph).
_END = lazy_pattern(r"[.!?][\"'”’)]*\s+(?=[A-Z\"'“‘(])|\n")
_REACH = 400


def month_before(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> Period | None:
    """The one month the rest of the sentence names, else the one the sentence before names
    (with its year when written), or None."""
    start, end = sentence
    rest = text[start : clause[0]] + " " + text[clause[1] : end]
    own = _one_month(rest)
    if own is not None:
        return own
    before = text[max(0, start - _REACH) : start].rstrip()
    ends = list(_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    elif start > _REACH:
        return None  # the sentence before is longer than the reach: not read
    return _one_month(before)


def _one_month(text: str) -> Period | None:
    found = {" ".join(m.group(1).split()) for m in _MONTH.finditer(text)}
    if len(found) != 1:
        return None
    period = period_of(found.pop())
    return period if period is not None and len(period.months) == 1 else None


def of_month_before(
    top: Sequence[tuple[int, Cell]], period: Period | None
) -> list[tuple[int, Cell]]:
    """The scored cells of ``top`` (cells one value fits alike) whose period is ``period``'s
    month; all of ``top`` when none or several are."""
    if period is None:
        return list(top)
    named = [
        (points, cell)
        for points, cell in top
        if cell.period is not None
        and cell.period.months
        and cell.period.names(period.years, period.months)
    ]
    return named if len(named) == 1 else list(top)
