"""A row said not to have moved, against a table that publishes its change: "burglaries in
Eastvale stayed the same", "the figure for Eastvale was unchanged".

A table of places or categories with one period's counts and a percentage-change column has
no line of periods to run a no-change claim along, so such a clause named no line. The row
the clause names (every word of its label is in the clause) has its published change; the
claim references that cell alone, and the check reads a change of 0% as a move from 100 to
100, so "stayed the same" is supported against it and contradicted against a change of 12%
(``engine/judge/unchanged.py``). Proposed only when exactly one such change cell is named.
"""

from __future__ import annotations

from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.no_change import NO_CHANGE
from claimcheck.numbers.number import Unit

__all__ = ["published_no_change"]


def published_no_change(said: str, catalog: Catalog) -> Link | None:
    """The published change of the one row ``said`` (a clause with no number) names and says
    did not move, or None."""
    if NO_CHANGE.search(said) is None:
        return None
    words = concepts(said)
    named = [cell for cell in catalog.cells if _a_change_of(cell, words, catalog)]
    if len(named) != 1:
        return None
    cell = named[0]
    reason = f"a row said not to have moved, and its published change {cell.ref}"
    return Link((("figure", cell.ref),), (cell,), (reason,))


def _a_change_of(cell: Cell, words: frozenset[str], catalog: Catalog) -> bool:
    """Whether ``cell`` is a published percentage change of a row every word of whose label
    is in ``words``, in a table some other word of the clause names."""
    if not cell.is_change or cell.line is not None:
        return False
    if not (cell.is_percent or cell.figure.number.unit is Unit.PERCENT):
        return False
    row = concepts(cell.name or cell.figure.label or "")
    if not row or not row <= words:
        return False
    written = concepts(catalog.texts.get(cell.figure.source.id, "")) | cell.words
    return bool(written & (words - row))
