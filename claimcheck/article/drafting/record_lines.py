"""The line a series statement is linked along: its two ends, and how to tell lines apart.

A record is linked ``from`` the period before ``to`` the latest figure of its line (or the
period its words name): the check then holds the record against the whole line
(``records``, ``series_reach``).
"""

from __future__ import annotations

from fractions import Fraction

from claimcheck.article.drafting.link_result import Link, period_words
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import Words

__all__ = ["line_source", "line_values", "record_pair"]


def line_source(catalog: Catalog, name: str) -> str | None:
    """The id of the source a line is read from."""
    cells = [cell for cell in catalog.lines[name] if cell is not None]
    return cells[0].figure.source.id if cells else None


def line_values(catalog: Catalog, name: str) -> tuple[tuple[str, Fraction], ...]:
    """A line's figures as (period, value), to tell one table given twice from two tables."""
    return tuple(
        (cell.column_title, cell.figure.number.value)
        for cell in catalog.lines[name]
        if cell is not None
    )


def record_pair(name: str, words: Words, catalog: Catalog) -> Link:
    """The two ends a record along the line ``name`` is linked by."""
    cells = [cell for cell in catalog.lines[name] if cell is not None]
    # a row of periods that ends in its change column ("Percentage change 2022 to 2023"):
    # its latest level is the period before that column
    cells = [cell for cell in cells if not cell.is_change] or cells
    named = [c for c in cells if c.period is not None and c.period.names(words.years, words.months)]
    last: Cell = named[-1] if named else cells[-1]
    first = catalog.before(last)
    while first is not None and first.is_change and not last.is_change:
        first = catalog.before(first)
    if first is None:
        # a line with no period before its latest: the figure, which cannot settle a record,
        # so the check asks for review
        reason = f"a record of {last.ref}, with no figure for the period before"
        return Link((("figure", last.ref),), (last,), (reason,))
    reason = f"a record along {name}: {period_words(first)} to {period_words(last)}"
    return Link((("from", first.ref), ("to", last.ref)), (first, last), (reason,))
