"""Which of the cells a stated number fits equally stands out (``link.match_values``).

Among cells of one line, the one whose period is written right after the number ("around
316,000 in 2011, up to 320,600 in 2021": 2011, though both years are in the clause and
"around 316,000" also fits 2021's figure; a year written there that none of them has leaves
the draft to ask), else the one that holds the stated value itself (a round "200,000"
against 200 and 239 thousand: 200 is what it states, 239 only rounds to it), else the latest;
of one figure published in two tables (a summary and a time series), the longer line; else
none, and the draft asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.article.drafting.link_table import Catalog, Cell, Period, period_of
from claimcheck.article.scan import Mention
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Choice", "one_cell"]


@dataclass(frozen=True, slots=True)
class Choice:
    cell: Cell


# "316,000 in 2011", "316,000 people in the year to March 2011", "4.1% (2019)": the period a
# number is written with, up to two words after it
_OWN_PERIOD = lazy_pattern(
    r"\A\s*(?:[a-z]+\s+){0,2}?(?:\(|(?:in|during|for)\s+(?:the\s+year\s+(?:to|ending)\s+)?)"
    r"((?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d(?:[/-]\d{1,4})?)\b"
)


def one_cell(
    top: Sequence[tuple[int, Cell]], catalog: Catalog, mention: Mention, after: str = ""
) -> Choice | None:
    """The cell that stands out; among cells of one line that tie, the one whose period is
    written right after the number (``after``: the statement's text after it), else the one
    that holds the stated value itself, else the latest."""
    if not top:
        return None
    lines = {cell.line for _, cell in top}
    if len(top) == 1:
        return Choice(top[0][1])
    if len(lines) == 1 and None not in lines:
        written = _written_period(after)
        if written is not None:
            named = [cell for _, cell in top if _has(cell, written)]
            return Choice(named[0]) if len(named) == 1 else None
        # a round number ("200,000") rounds from several periods' figures; the one that is
        # the number itself is what it states, not a figure it only rounds from
        exact = [cell for _, cell in top if abs(cell.figure.number.value) == mention.value]
        if len(exact) == 1:
            return Choice(exact[0])
        return Choice(max((cell for _, cell in top), key=lambda cell: cell.order))
    cells = [cell for _, cell in top]
    if _twins(cells):
        # One figure published in two tables (a summary and a time series): either gives the
        # same check; the longer line also serves the series words a sentence may hold.
        return Choice(max(cells, key=lambda cell: len(catalog.line(cell))))
    return None


def _written_period(after: str) -> Period | None:
    """The period a number is written with, from the text just after it."""
    match = _OWN_PERIOD.search(after)
    return period_of(match.group(1)) if match is not None else None


def _has(cell: Cell, period: Period) -> bool:
    return cell.period is not None and cell.period.names(period.years, period.months)


def _twins(cells: Sequence[Cell]) -> bool:
    """The same figure in several tables: one period, words in common, and one value, or
    values within half a per cent of each other (a headline table rounds what a data table
    gives exactly: 52,400 and 52,386), which the stated number fits alike."""
    first = cells[0]
    value = first.figure.number.value
    return (
        first.period is not None
        and all(cell.period == first.period for cell in cells)
        and all(abs(cell.figure.number.value - value) * 200 <= abs(value) for cell in cells)
        and all(cell.words & first.words for cell in cells)
        and len({cell.figure.source.id for cell in cells}) == len(cells)
    )
