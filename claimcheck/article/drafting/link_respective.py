"""A list said "respectively": each number paired with the period or group named in the same
place of the other list, never by value.

"Thefts rose to 320 and 410 in 2019 and 2020 respectively" names one line and two years: the
first number is the line's 2019 figure, the second its 2020 figure, checked as ``figures:`` in
that order. Linked by value as a change from 2019 to 2020, the same sentence with the numbers
named the other way round was held to the right pair and passed. When the periods named are
not as many as the numbers, or the line has no figure for one of them, the pairing is not
settled and nothing is proposed. Two numbers in time order that are each their period's figure
are a change ``from`` the first ``to`` the second, the same pairing, which also checks the words
of change ("rose to ..."). Groups ("78.1% and 72.3% for men and women respectively")
are paired by the order their names come in the sentence (``groups_in_order``), a name found
only as a whole word ("men" is not inside "women").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.link_result import Link, Match, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import fits
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["groups_in_order", "in_named_year", "periods_in_order", "said_respectively"]

_RESPECTIVELY = lazy_pattern(r"\brespectively\b", re.IGNORECASE)
_YEAR = lazy_pattern(r"(?<![\d,.£$€])((?:19|20)\d\d)(?![\d%,.]\d)")
_WORD = lazy_pattern(r"[a-z][a-z'-]*")
_LISTED = frozenset([MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT, MentionKind.SHARE])


def said_respectively(statement: Statement) -> bool:
    return _RESPECTIVELY.search(statement.text) is not None


def _listed(statement: Statement) -> list[Mention]:
    """The numbers of the list, in the order the sentence states them (years are periods)."""
    return sorted(
        (m for m in statement.mentions if m.kind in _LISTED),
        key=lambda m: m.start,
    )


def _named_years(statement: Statement, numbers: Sequence[Mention]) -> list[int]:
    """The years the statement names, in order, leaving out any stated as a number."""
    taken = [(m.start - statement.start, m.end - statement.start) for m in numbers]
    return [
        int(found.group(1))
        for found in _YEAR.finditer(statement.text)
        if not any(a <= found.start() < b for a, b in taken)
    ]


def periods_in_order(
    statement: Statement, matches: Sequence[Match], catalog: Catalog
) -> Link | None:
    """The figures of a list said "respectively" whose numbers are linked along one line in
    two periods or more, each number paired with the year named in its place; a link with no
    references and a question when the pairing is not settled; None when the statement is no
    such list."""
    if not said_respectively(statement):
        return None
    lines = {m.cell.line for m in matches}
    if len(lines) != 1 or None in lines:
        return None
    (line,) = lines
    assert line is not None
    numbers = _listed(statement)
    years = _named_years(statement, numbers)
    if len({m.cell.order for m in matches}) < 2 and not (len(numbers) == len(years) >= 2):
        return None  # one period linked, and no list of periods to pair with
    cells = [_in_year(catalog, line, year) for year in years]
    if len(years) != len(numbers) or len(set(years)) != len(years) or None in cells:
        return Link(
            todos=(
                "a list said 'respectively' whose numbers and named periods do not pair one "
                f"to one on {line}: pair each number with its period and reference each",
            )
        )
    chosen = [cell for cell in cells if cell is not None]
    if len(chosen) == 2 and chosen[0].order < chosen[1].order and all(map(fits, numbers, chosen)):
        # the list in time order, each number its period's figure: a change from the first to
        # the second, which checks the words of change too ("rose to ... respectively")
        reason = f"change along {line}: '{years[0]}' to '{years[1]}', named in the list's order"
        return Link((("from", chosen[0].ref), ("to", chosen[1].ref)), tuple(chosen), (reason,))
    return Link(
        tuple(("figures", cell.ref) for cell in chosen),
        tuple(chosen),
        tuple(
            f"{number.text} is {cell.ref}: '{year}' is named in its place of the list"
            for number, cell, year in zip(numbers, chosen, years, strict=True)
        ),
    )


def _in_year(catalog: Catalog, line: str, year: int) -> Cell | None:
    found = [
        cell
        for cell in catalog.lines.get(line, ())
        if cell is not None and cell.period is not None and cell.period.names([year])
    ]
    return found[0] if len(found) == 1 else None


def _first_places(text: str) -> dict[str, int]:
    """Where each concept of a text is first said, word by word ("men" says "man")."""
    places: dict[str, int] = {}
    for word in _WORD.finditer(text):
        for name in concepts(word.group()):
            places.setdefault(name, word.start())
    return places


def _place(word: str, said: dict[str, int], text: str) -> int | None:
    """Where a concept of a cell's labels is first said: as a word's concept, else as the
    start of a word ("cyclist" in "cyclists")."""
    if word in said:
        return said[word]
    found = re.search(rf"(?<![a-z]){re.escape(word)}", text)
    return None if found is None else found.start()


def groups_in_order(
    match: Match, statement: Statement, matches: Sequence[Match]
) -> tuple[Match, ...]:
    """The numbers of a list said "respectively", each of another group (a line or a row of its
    own), paired with the groups in the order the sentence names them; empty when the
    statement is no such list or a group's name is not found."""
    if not said_respectively(statement):
        return ()
    chosen = sorted({id(m.mention): m for m in matches}.values(), key=lambda m: m.mention.start)
    refs = {m.cell.ref for m in chosen}
    if len(chosen) < 2 or len(refs) != len(chosen) or match not in chosen:
        return ()
    if any(m.cell.is_change != chosen[0].cell.is_change for m in chosen):
        return ()
    text = statement.text.lower()
    said = _first_places(text)
    common = frozenset.intersection(*(m.cell.words for m in chosen))
    named = []
    for m in chosen:
        places = [
            place
            for word in m.cell.words - common
            if (place := _place(word, said, text)) is not None
        ]
        if not places:
            return ()
        named.append((min(places), m.cell))
    if len({place for place, _ in named}) != len(named):
        return ()  # two groups named at one place: the order is not settled
    order = [cell for _, cell in sorted(named, key=lambda item: item[0])]
    return tuple(replace(m, cell=cell) for m, cell in zip(chosen, order, strict=True))


def in_named_year(found: Link, statement: Statement, catalog: Catalog) -> Link:
    """``found``, with each figure of a list said "respectively" of groups taken in the one
    year the statement names ("77.5% and 72.3% for men and women respectively in 2023": the
    men's figure of 2023, not the 77.5% of 2022 the value points at); a question when a
    group's line has no figure for that year, or when the list names no year and its figures
    are of different periods."""
    roles = {role for role, _ in found.references}
    if roles != {"figures"} or not said_respectively(statement):
        return found
    years = set(_named_years(statement, _listed(statement)))
    periods = {cell.column_title for cell in found.cells if cell.line is not None}
    if not years and len(periods) > 1:
        # "77.5% and 72.3% for men and women respectively", of two years: which is meant?
        return Link(todos=("the list's figures are of different periods and it names none",))
    if len(years) != 1:
        return found
    (year,) = years
    cells: list[Cell] = []
    for cell in found.cells:
        if cell.period is not None and cell.period.names([year]):
            cells.append(cell)
            continue
        other = None if cell.line is None else _in_year(catalog, cell.line, year)
        if other is None:
            return Link(todos=(f"{cell.ref} is not of '{year}', the year the list names",))
        cells.append(other)
    if all(a is b for a, b in zip(cells, found.cells, strict=True)):
        return found
    reasons = tuple(f"{cell.ref}, of '{year}', the year the list names" for cell in cells)
    return Link(tuple(("figures", cell.ref) for cell in cells), tuple(cells), reasons)
