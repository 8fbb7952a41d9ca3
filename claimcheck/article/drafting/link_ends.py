"""The period written after the base of a change belongs to the base, not to the level.

"The jobless rate rose slightly to 6% from 6.2% in March" names March once, after the base: the
base (6.2%) is March's figure and the level (6%) the figure of another month. A rounded level
fits both months' figures (6.2 and 6.3 both round to 6), and the month the clause names pulled
it to March too, so the two numbers were one figure and the rise was never checked. When the
number after "to" and the number after "from" (which a period follows) stand for one cell, the
number after "to" is moved to the cell it fits just after that one on the same line (the period
the change runs to), when there is one.
"""

from __future__ import annotations

import re

from claimcheck.article.drafting.link_result import Match, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import fits
from claimcheck.text.lazy import lazy_pattern

__all__ = ["own_ends"]

_TO = lazy_pattern(r"\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?\Z", re.IGNORECASE)
_FROM = lazy_pattern(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?\Z", re.IGNORECASE)
# "6.2% in March", "6.2% in March 2024", "6.2% a month earlier": the base's own period.
_PERIOD_AFTER = lazy_pattern(r"\s+in\s+[A-Z][a-z]+\b")


def own_ends(matches: list[Match], statement: Statement, catalog: Catalog) -> list[Match]:
    """The matches, the level of "to X from Y in PERIOD" moved off the base's cell."""
    result = list(matches)
    for at, level in enumerate(result):
        if not _TO.search(statement.text, 0, level.mention.start - statement.start):
            continue
        base = next((m for m in result if m is not level and m.cell.ref == level.cell.ref), None)
        if base is None or base.mention.start < level.mention.end:
            continue
        offset = base.mention.start - statement.start
        if not _FROM.search(statement.text, 0, offset):
            continue
        if not _PERIOD_AFTER.match(statement.text, base.mention.end - statement.start):
            continue
        after = _next(base.cell, catalog)
        if after is not None and fits(level.mention, after):
            result[at] = Match(level.mention, after, level.points, level.base)
    return result


def _next(cell: Cell, catalog: Catalog) -> Cell | None:
    """The cell just after ``cell`` on its line."""
    line = catalog.line(cell)
    cells = [member for member in line if member is not None]
    later = [member for member in cells if member.order > cell.order]
    return min(later, key=lambda member: member.order) if later else None
