"""A number said of no place, found on one place's line of a table of places: which place?

A table of a country's nations and regions ("United Kingdom", "England", "Wales", "London",
"North East") gives the same measure for each place. A statement that names no place and
says no line's name ("Average prices rose by 2.2% to £252,000") most often speaks of the
whole country, the table's largest nation line; when its number is found on another line
(England's), the story may have given a part's figure as the whole's, and a link to the part
would call that error supported. So nothing is proposed, and the comment says whose figure
the number is, for the reporter to confirm. A statement that says the line's name ("London
house prices", "the North-East", "English prices"), or names any place (``link_places``),
is left to the other rules; so is a figure on the whole's own line, and any table that is
not one of places (fewer than two lines that name a nation alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.place_nations import NATION_WORDS, nations_of
from claimcheck.text.lazy import lazy_pattern

__all__ = ["part_not_named", "wholes"]

_WORD = lazy_pattern(r"[a-z]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def _line(cell: Cell) -> str:
    """The name of a cell's line: its row label, or the row its figure is named after."""
    figure = cell.figure
    if figure.label is None or figure.label == cell.column_title or cell.period is not None:
        return figure.name.replace("_", " ")
    return figure.label


@lru_cache(maxsize=512)
def _said(name: str, text: str) -> bool:
    """Whether a line's name is said whole in ``text``, in any case, a hyphen for a space."""
    words = name.lower().split()
    if not words:
        return False
    pattern = r"(?<![a-z])" + r"[\s-]+".join(re.escape(word) for word in words) + r"(?![a-z])"
    return re.search(pattern, text.lower()) is not None


def _rank(nations: frozenset[int]) -> float:
    """How large a nation line is: the UK, then Great Britain, then two nations together,
    then one."""
    if 0 in nations:
        return 0
    if 1 in nations:
        return 1
    return 2 if len(nations) > 1 else 3


def wholes(catalog: Catalog) -> dict[str, str]:
    """The name of the largest nation line of each table of places, by source id: a table
    with fewer than two lines that name a nation alone has none. One pass over the cells."""
    found: dict[str, dict[str, frozenset[int]]] = {}
    for cell in catalog.cells:
        name = _line(cell)
        nations = nations_of(name)
        if nations and not _words(name) - NATION_WORDS - {"note"}:
            found.setdefault(cell.figure.source.id, {})[name] = nations
    return {
        table: min(lines, key=lambda name: _rank(lines[name]))
        for table, lines in found.items()
        if len(set(lines.values())) >= 2
    }


def part_not_named(
    text: str, cells: Iterable[Cell], tables: dict[str, str], named: bool
) -> str | None:
    """The comment for a statement that names no place (``named`` false) and whose cells lie
    on a part's line of a table of places (``tables``: each one's whole, from ``wholes``; see
    the module); None otherwise."""
    if named:
        return None
    for cell in cells:
        whole = tables.get(cell.figure.source.id)
        line = _line(cell)
        if whole is None or line == whole:
            continue
        if _said(line, text) or nations_of(line) & nations_of(text):
            continue
        shown, total = (name.title() for name in (line, whole))
        return (
            f"the words name no place, and the number is {shown}'s figure, not {total}'s: "
            f"confirm which place the story means and add the reference"
        )
    return None
