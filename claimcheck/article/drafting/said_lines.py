"""Which of the lines a change's words name equally is the one they name in full.

"Hospital admissions rose by a third", against a table with the lines "Number of
hospital admissions" and "Hospital admission rate", names both by "hospital admissions";
but only the first is said in full: the rate's own word ("rate") is not in the sentence. A
line's own words are those every figure of it has, less those every line of its table has (the
period columns' "autumn term"). Among lines the words name equally, those whose own words the
clause itself says all (not the rest of its sentence: "most admissions were to general
wards, where they rose by 18%" says nothing of all admissions) are the ones it speaks of;
when none is, all stay.

Two lines that are one figure published in two tables (a headline table that rounds, 52,400,
and a data table that gives it exactly, 52,386) are one line to a change: the exact one is
proposed, since a change worked out from rounded figures can miss the stated one.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.article.drafting.link_result import Statement
from claimcheck.article.drafting.link_table import Catalog, Cell

__all__ = ["one_figure", "said_in_full"]


def said_in_full(names: Sequence[str], statement: Statement, catalog: Catalog) -> list[str]:
    """``names`` narrowed to the lines the statement says in full, and to the exact one of
    a figure published in two tables (see the module)."""
    said = statement.words.clause
    full = [name for name in names if _own_words(name, catalog) <= said]
    return one_figure(full or list(names), catalog)


def one_figure(names: Sequence[str], catalog: Catalog) -> list[str]:
    """``names``, or the exact one of them when they are one figure in several tables."""
    if len(names) > 1 and _twins(names, catalog):
        return [max(names, key=lambda name: (_precision(name, catalog), _length(name, catalog)))]
    return list(names)


def _cells(name: str, catalog: Catalog) -> list[Cell]:
    return [cell for cell in catalog.lines.get(name, ()) if cell is not None]


def _own_words(name: str, catalog: Catalog) -> frozenset[str]:
    cells = _cells(name, catalog)
    if not cells:
        return frozenset()
    own = frozenset.intersection(*(cell.words for cell in cells))
    source = cells[0].figure.source.id
    others = [
        frozenset.intersection(*(cell.words for cell in members))
        for line, members in ((n, _cells(n, catalog)) for n in catalog.lines)
        if members and members[0].figure.source.id == source and line != name
    ]
    everywhere = frozenset.intersection(*others) if others else frozenset()
    return own - everywhere


def _twins(names: Sequence[str], catalog: Catalog) -> bool:
    """Whether the lines are one figure in several tables: their latest two cells name the
    same periods, with values within half a per cent of each other, in different tables."""
    ends = []
    for name in names:
        cells = _cells(name, catalog)
        if len(cells) < 2:
            return False
        ends.append(cells[-2:])
    if len({cells[0].figure.source.id for cells in ends}) != len(ends):
        return False
    first = ends[0]
    for cells in ends[1:]:
        for mine, theirs in zip(first, cells, strict=True):
            if mine.period is None or mine.period != theirs.period:
                return False
            value, other = mine.figure.number.value, theirs.figure.number.value
            if abs(value - other) * 200 > abs(value):
                return False
    return True


def _precision(name: str, catalog: Catalog) -> int:
    """Finer written figures rank higher (a step of 1 above a step of 100)."""
    steps = [cell.figure.number.step for cell in _cells(name, catalog)]
    finest = min(steps) if steps else 0
    return -int(finest * 10**6) if finest else 0


def _length(name: str, catalog: Catalog) -> int:
    return len(_cells(name, catalog))
