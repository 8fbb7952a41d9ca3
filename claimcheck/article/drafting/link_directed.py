"""Lines named by a direction: "States with increases" and "States with decreases".

A table may split one count by the way something moved: the number of states whose deaths
rose and the number whose deaths fell, schools with more pupils and schools with fewer. The
two lines share every other word, so the words of "27 states reported increases" name both
alike once direction words are set aside, and the number's value would choose. When the
clause says one direction and a line's name says the other, that line is not the one meant,
whatever value it holds:

- a cell whose line is named by the opposite direction is never linked by value;
- the line of the same table and column named by the clause's direction, its other words the
  same, is proposed instead, so the check shows the editor the figure the words name (an
  honest contradicted when a story swapped the two counts).

A clause that says both directions, or neither, leaves the cells as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.article.drafting.link_moves import direction_words
from claimcheck.article.drafting.link_result import Statement
from claimcheck.article.drafting.link_table import Catalog, Cell, clean_label
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Directed", "directed_cells", "line_sign"]

_WORD = lazy_pattern(r"[a-z]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Directed:
    """The cells left to link by value, and the cell the clause's direction names instead
    when every cell of the stated value was named by the other direction."""

    cells: list[Cell]
    named: Cell | None = None


def _sign_and_rest(label: str) -> tuple[int, str]:
    """The direction a line's name says (+1, -1 or 0) and its other words."""
    rising, falling = direction_words()
    signs: set[int] = set()
    rest: list[str] = []
    for word in _WORD.findall(clean_label(label).lower()):
        if word in rising:
            signs.add(1)
        elif word in falling:
            signs.add(-1)
        else:
            rest.append(word)
    return (signs.pop() if len(signs) == 1 else 0), " ".join(rest)


def line_sign(cell: Cell) -> int:
    """The direction a cell's line is named by: +1 ("with increases"), -1, or 0."""
    return _sign_and_rest(cell.figure.label or "")[0]


def _clause_sign(statement: Statement) -> int:
    rising, falling = direction_words()
    words = {word.lower() for word in _WORD.findall(statement.text)}
    up, down = bool(words & rising), bool(words & falling)
    return 1 if up and not down else -1 if down and not up else 0


def directed_cells(fitting: Sequence[Cell], statement: Statement, catalog: Catalog) -> Directed:
    """The cells of the stated value a direction in the clause leaves (see the module)."""
    clause = _clause_sign(statement)
    if not clause:
        return Directed(list(fitting))
    kept: list[Cell] = []
    opposite: list[Cell] = []
    for cell in fitting:
        sign, _ = _sign_and_rest(cell.figure.label or "")
        (opposite if sign == -clause else kept).append(cell)
    if kept or not opposite:
        return Directed(kept)
    named = {_other(cell, clause, catalog) for cell in opposite} - {None}
    return Directed([], named.pop() if len(named) == 1 else None)


def _other(cell: Cell, clause: int, catalog: Catalog) -> Cell | None:
    """The cell beside ``cell`` in its column whose line the clause's direction names."""
    _, rest = _sign_and_rest(cell.figure.label or "")
    found = [
        other
        for other in catalog.cells
        if other.figure.source.id == cell.figure.source.id
        and other.figure.name == cell.figure.name
        and other.ref != cell.ref
        and _sign_and_rest(other.figure.label or "") == (clause, rest)
    ]
    return found[0] if len(found) == 1 else None
