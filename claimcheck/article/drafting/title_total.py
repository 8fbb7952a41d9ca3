"""A measure named only in a table's title: a clause that names no category takes the Total.

A table whose title names the measure ("Knife crime offences recorded by the police") and
whose rows are categories (forces, regions, offence groups) with a "Total" row holds the
measure of the whole in that row; no row label says "knife" or "crime". A clause that says
the measure ("Knife crime rose 7%", "around 4,400 knife offences") and names no row of the
table speaks of the whole, so the Total row is the line its words name: for a level in the
ranking by meaning, and for a change stated alone as the line it is measured along. A clause
that names a row ("knife crime in Westmoor") is left to that row; a table with no total line,
or two tables whose titles the clause says, are left to the other rules.
"""

from __future__ import annotations

import re

from claimcheck.article.drafting.link_named import name_text, name_words
from claimcheck.article.drafting.link_result import Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_words import concepts
from claimcheck.text.lazy import lazy_pattern

__all__ = ["title_total"]

_TOTAL = lazy_pattern(r"\A\s*(?:the\s+)?(?:total|all)\b", re.IGNORECASE)


def title_total(statement: Statement, catalog: Catalog) -> str | None:
    """The total line of the one table whose title the clause says while naming none of its
    rows (see the module); None otherwise."""
    clause = statement.words.clause
    tables: dict[str, list[Cell]] = {}
    for cell in catalog.cells:
        if cell.line is not None:
            tables.setdefault(cell.figure.source.id, []).append(cell)
    found: list[str] = []
    for source_id, cells in tables.items():
        title = concepts(catalog.headings.get(source_id, "")) | cells[0].title_words
        if not title & clause:
            continue
        totals = {cell.line for cell in cells if _TOTAL.match(name_text(cell))}
        others = [cell for cell in cells if cell.line not in totals]
        if len(totals) != 1 or not others or any(name_words(c) & clause for c in others):
            continue
        found.extend(line for line in totals if line is not None)
    return found[0] if len(found) == 1 else None
