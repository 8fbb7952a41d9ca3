"""Rankings said of a category: the category's cell, and the engine ranks it down the column.

"Harwick issued the fewest fines", "prices were highest in the North", "births fell most
among mothers aged 35 to 39" and "the two most common offences were theft and violence" rank
categories (lines of a table) at one label. The draft links the category the words name to its
cell, at the label the sentence's period names (else the table's one label), and the check
ranks that cell against the other lines at the same label (``engine.judge.across``). A group
("the two most common") links each member it names, as ``figures:``.

The words decide, as everywhere in drafting: the ranking is read by the engine's own reader,
a category is named when its whole name is in the clause (a longer name that holds a shorter
one wins: "North East" over "North"), and the cells must all sit at one label of one table.
Where the words name more categories than the ranking speaks of, or the label is not one,
nothing is proposed and the draft says why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.article.drafting.link_places import missing_place, no_line_for
from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Catalog, Cell, clean_label, period_of
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.rank_group import group_size, rows_ranked
from claimcheck.engine.judge.across import RANKED
from claimcheck.engine.judge.lines import aggregate_rule
from claimcheck.engine.read.mentions import number_form
from claimcheck.engine.read.reader import read

__all__ = ["rank_link", "ranking_size"]

_GROUPS = frozenset({"rank-high", "rank-low"})


@dataclass(frozen=True, slots=True)
class _Named:
    """A cell whose category the clause names, where its name starts in the clause."""

    cell: Cell
    category: str
    at: int


def ranking_size(clause: str) -> int | None:
    """How many categories a ranking in ``clause`` speaks of: 1 for a superlative or a place
    ("the second highest"), N for a group ("the two most common"); None with no ranking."""
    ranks = [m for m in read(clause).mentions if m.family.id in RANKED]
    if len(ranks) != 1:
        return None
    rank = ranks[0]
    group = rank.number is not None and number_form(rank.number) == "cardinal"
    if rank.family.id in _GROUPS and group:
        value = rank.stated.value
        return int(value) if value.denominator == 1 and value >= 1 else None
    return 1


def _category(cell: Cell) -> str:
    """The category a cell is the figure of: its line's name when its label is a period (a
    row of a table of categories), else its row label."""
    label = clean_label(cell.figure.label or "")
    if label and period_of(label) is None:
        return label
    return cell.figure.name.replace("_", " ")


def _said_at(clause: str, words: frozenset[str], category: str) -> int | None:
    """Where the clause says the category's whole name, or None."""
    literal = re.search(rf"(?<![a-z0-9]){re.escape(category.lower())}(?![a-z0-9])", clause.lower())
    if literal is not None:
        return literal.start()
    own = concepts(category)
    if not own or not own <= words:
        return None
    first = min((clause.lower().find(word[:4]) for word in own), default=-1)
    return max(first, 0)


def _periods_of_its_own(cell: Cell, catalog: Catalog) -> bool:
    """Whether the cell's line holds figures at other labels too."""
    if cell.line is None:
        return False
    return sum(1 for member in catalog.lines.get(cell.line, ()) if member is not None) > 1


def _named(clause: str, catalog: Catalog) -> list[_Named]:
    words = concepts(clause)
    found = []
    for cell in catalog.cells:
        if _periods_of_its_own(cell, catalog):
            continue  # its ranking runs along its periods, not down the column
        category = _category(cell)
        if not category or aggregate_rule(category) is not None:
            continue
        at = _said_at(clause, words, category)
        if at is not None:
            found.append(_Named(cell, category, at))
    # "North East" holds "North": a name inside a longer named one is not named itself
    return [
        one
        for one in found
        if not any(
            other.category != one.category and concepts(one.category) < concepts(other.category)
            for other in found
        )
    ]


def _columns(named: Sequence[_Named]) -> dict[tuple[str, str], list[_Named]]:
    """The named cells by the label they sit at: a row's period, or a column's name when the
    rows are the categories."""
    groups: dict[tuple[str, str], list[_Named]] = {}
    for one in named:
        figure = one.cell.figure
        by_row = clean_label(figure.label or "") == one.category
        key = (figure.source.id, figure.name if by_row else figure.label or "")
        groups.setdefault(key, []).append(one)
    return groups


def rank_link(
    text: str, start: int, end: int, sentence: tuple[int, int], catalog: Catalog
) -> Link | None:
    """The cells of the categories a ranking clause names; None when it holds no ranking or
    names no category (a line with periods of its own is ranked along them, not down)."""
    clause = text[start:end]
    size = ranking_size(clause)
    if size is None:
        return None
    named = _named(clause, catalog)
    if not named:
        return None
    period = period_of(clause) or period_of(text[sentence[0] : sentence[1]])
    if period is not None and (period.years or period.months):
        named = [
            one
            for one in named
            if one.cell.period is None or one.cell.period.names(period.years, period.months)
        ]
    columns = _columns(named)
    # a group's quote may name only some of its members ("the two most common were thefts")
    fitting = {
        key: group
        for key, group in columns.items()
        if 1 <= len({one.category for one in group}) <= size
    }
    if len(fitting) != 1:
        why = (
            f"the ranking speaks of {size} categor{'y' if size == 1 else 'ies'}, and the words "
            "name no single label of one table holding that many; add references"
        )
        return Link(todos=(why,))
    (group,) = fitting.values()
    members = sorted({one.category: one for one in group}.values(), key=lambda one: one.at)
    cells = tuple(one.cell for one in members)
    place = missing_place(clause, cells, catalog)
    if place is not None:
        # "Across the nation, the number of X rose, the highest in a decade" against a
        # county's table: the nation's figures are not these (``link_places``)
        return Link(todos=(no_line_for(place),))
    wanted = group_size(clause)
    by_row = clean_label(cells[0].figure.label or "") == members[0].category
    if wanted is not None and wanted != rows_ranked(cells[0], by_row, catalog):
        # "the highest of all 43 forces" against a table of three: another ranking (rank_group)
        why = (
            f"the ranking runs over {wanted} categories, and the table holds another number; "
            "add the full table or confirm by hand"
        )
        return Link(todos=(why,))
    label = cells[0].figure.label or cells[0].column_title
    shown = ", ".join(one.category for one in members)
    reason = f"a ranking of {shown} at {label!r}: checked against every line at that label"
    role = "figure" if len(cells) == 1 else "figures"
    return Link(tuple((role, cell.ref) for cell in cells), cells, (reason,))
