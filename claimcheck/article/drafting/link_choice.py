"""Which of the cells a stated number fits equally stands out (``link.match_values``).

Among cells of one line, the one that holds the stated value itself (a round "200,000"
against 200 and 239 thousand: 200 is what it states, 239 only rounds to it), else the latest;
of one figure published in two tables (a summary and a time series), the longer line; else
none, and the draft asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.scan import Mention

__all__ = ["Choice", "one_cell"]


@dataclass(frozen=True, slots=True)
class Choice:
    cell: Cell


def one_cell(top: Sequence[tuple[int, Cell]], catalog: Catalog, mention: Mention) -> Choice | None:
    """The cell that stands out; among cells of one line that tie, the one that holds the
    stated value itself, else the latest."""
    if not top:
        return None
    lines = {cell.line for _, cell in top}
    if len(top) == 1:
        return Choice(top[0][1])
    if len(lines) == 1 and None not in lines:
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
