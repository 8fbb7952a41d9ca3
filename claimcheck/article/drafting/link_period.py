"""A level linked by its value to another period than the one its sentence names.

"Operators added 313,000 crossings in January", against a line whose February figure is
313 and whose January figure is 239: the value points at February, the words at January. A
draft that follows the value hides the reporter's slip behind a supported verdict. When a
single number's sentence names a period (a month or a year) other than the figure's own, and
not the figure's own as well (a span, "between August and September"), and the same line has
exactly one figure for the period named, that figure is proposed instead, so the check says
whether the number holds for the period the story gives. With two numbers the period may be
the other's ("1.76, against 1.69 in 2020"), so the link is left as it is.
"""

from __future__ import annotations

from claimcheck.article.drafting.join_periods import NUMBERS, named
from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.text.lazy import lazy_pattern

__all__ = ["at_named_period"]

# A year as a reporter writes it, with or without a comma after it ("in 2025, making").
_YEAR = lazy_pattern(r"(?<![\d,.])((?:19|20)\d\d)(?![\d%])")


def at_named_period(found: Link, statement: Statement, catalog: Catalog) -> Link:
    """``found``, or the same line's figure for the period the statement names."""
    if len(found.references) != 1 or len(found.cells) != 1:
        return found
    [(role, _)] = found.references
    cell = found.cells[0]
    if role != "figure" or cell.line is None or cell.period is None:
        return found
    if len(statement.mentions) != 1 or _names_own(statement, cell):
        return found  # another number may own the period; "between August and September"
    period = named(statement, cell)
    if period is None:
        return found
    years, months = period
    wanted = [other for other in catalog.cells if _is_period(other, cell, years, months)]
    if len(wanted) != 1:
        return found
    chosen = wanted[0]
    why = (
        f"the sentence names {chosen.column_title or chosen.figure.label}: {chosen.ref}, not "
        f"{cell.ref}, whose value the number has"
    )
    return Link(references=(("figure", chosen.ref),), cells=(chosen,), reasons=(why,))


def _names_own(statement: Statement, cell: Cell) -> bool:
    """Whether the statement names the cell's own period too (a span: "between August and
    September" names September as well as August)."""
    own = cell.period
    if own is None:
        return False
    years = {int(year) for year in _YEAR.findall(statement.text)}
    if not own.months:
        return bool(own.years & years)
    said = period_of(NUMBERS.sub(" ", statement.text))
    months = said.months if said is not None else frozenset()
    return bool(own.months & months) and (not years or bool(own.years & years))


def _is_period(other: Cell, cell: Cell, years: frozenset[int], months: frozenset[int]) -> bool:
    period = other.period
    return (
        other.line == cell.line
        and other is not cell
        and period is not None
        and period.years == years
        and (period.months == months if months else not period.months)
    )
