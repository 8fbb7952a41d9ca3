"""A change said in fraction or multiple words against a published percentage change.

"Shoplifting fell by a third", "Robbery almost halved" or "Arson doubled", against a table
that publishes each row's change in per cent ("Percent change 2022 to 2023") and not the two
levels: no line of periods holds the move, so the change is linked to the row's published
change as its ``figure``, and the check judges the words against it (a fall of a third is
-33.3%; ``engine/judge/change_figure.py``). The row is the one the words name (meaning
points at least those of a word of the sentence); a period the words name must be the
figure's own. Two rows named equally, or none, give nothing: a row picked by value would be
a guess.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.article.drafting.link_only import change_only
from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import SENTENCE_POINTS, meaning, when
from claimcheck.article.scan import MentionKind
from claimcheck.numbers.number import Unit

__all__ = ["change_or_fraction", "published_fraction"]

_WORDED = frozenset([MentionKind.CHANGE, MentionKind.MULTIPLE])


def change_or_fraction(
    statement: Statement, catalog: Catalog, notes: list[str], sentence_cells: Sequence[Cell]
) -> Link:
    """A statement that states only a change, linked along a line (``link_only.change_only``);
    with no line, for fraction words, the published per cent change of the row they name."""
    only = change_only(statement, catalog, notes, sentence_cells)
    return only if only.references else published_fraction(statement, catalog) or only


def published_fraction(statement: Statement, catalog: Catalog) -> Link | None:
    """The published percentage change of the row a change said in words names, or None."""
    worded = [
        m
        for m in statement.mentions
        if m.kind in _WORDED and not any(ch.isdigit() for ch in m.text)
    ]
    if len(worded) != 1 or len(statement.mentions) != 1:
        return None
    scored = [
        (meaning(cell, statement.words), cell)
        for cell in catalog.cells
        if _published_change(cell) and when(cell, statement.words) >= 0
    ]
    scored = [(points, cell) for points, cell in scored if points >= SENTENCE_POINTS]
    if not scored:
        return None
    top = max(points for points, _ in scored)
    chosen = [cell for points, cell in scored if points == top]
    if len(chosen) != 1:
        return None
    (cell,) = chosen
    reason = f"{worded[0].text!r} is a change published as {cell.ref}"
    return Link((("figure", cell.ref),), (cell,), (reason,))


def _published_change(cell: Cell) -> bool:
    in_percent = cell.is_percent or cell.figure.number.unit is Unit.PERCENT
    return cell.is_change and in_percent and cell.line is None
