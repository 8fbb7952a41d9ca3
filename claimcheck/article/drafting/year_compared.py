"""A level said below or above the level of a named year, in a sentence with no statistic:
"the rate remained below the 2019 rate", "births are still below the number registered in
2019".

The check reads such words as a fall (below) or a rise (above) from the year named
(``engine.read.year_levels``), so a draft links them ``from`` the figure of that year ``to``
the figure they speak of: the other year the sentence names ("the 2021 rate remained below the
rate observed in 2019"), else the latest of the line. The line is the one the words name by
meaning (``records.link_series``); when no line stands out, when the line has no figure for
the year named, or when that figure is not earlier than the other, nothing is proposed and the
claim asks for references.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.article.drafting.records import SeriesClause, link_series
from claimcheck.engine.read.year_levels import BELOW_YEAR, named_year

__all__ = ["compared_link", "compared_year"]

_TODO = (
    "a level compared with the level of a year: the line has no figure for that year before "
    "the one it speaks of; add references"
)


def compared_year(text: str, start: int, end: int) -> re.Match[str] | None:
    """The words of ``text[start:end]`` that set a level below or above a year's, or None."""
    return BELOW_YEAR.search(text, start, end)


def compared_link(text: str, clause: SeriesClause, linked: Link, catalog: Catalog) -> Link:
    """``linked`` (a line named by the words of the clause) run from the year they compare
    with to the other year they name, else to the line's latest figure. The words of the
    comparison name the line first ("below the number of permits issued in 2018"), when
    they name one."""
    span = (clause.start, clause.end)
    found = compared_year(text, *span)
    if found is None:
        return linked
    own = link_series(text, replace(clause, start=found.start(), end=found.end()), span, catalog)
    linked = own if own.cells else linked
    if not linked.cells or linked.cells[-1].line is None:
        return linked
    line = linked.cells[-1].line
    year = named_year(found)
    cells = [cell for cell in catalog.lines.get(line, ()) if cell is not None]
    first = _of_year(cells, year)
    rest = f"{text[span[0] : found.start()]} {text[found.end() : span[1]]}"
    period = period_of(rest)
    others = sorted(period.years) if period is not None else []
    last = _of_year(cells, others[-1]) if others else (cells[-1] if cells else None)
    if first is None or last is None or first.order >= last.order:
        return Link(todos=(_TODO,))
    reason = f"a level set against the level of {year} along {line}: {year} to "
    reason += last.column_title if others == [] and _year(last) is None else str(_year(last))
    return Link((("from", first.ref), ("to", last.ref)), (first, last), (reason,))


def _year(cell: Cell) -> int | None:
    if cell.period is None or len(cell.period.years) != 1 or cell.period.months:
        return None
    return next(iter(cell.period.years))


def _of_year(cells: list[Cell], year: int) -> Cell | None:
    return next((cell for cell in cells if _year(cell) == year), None)
