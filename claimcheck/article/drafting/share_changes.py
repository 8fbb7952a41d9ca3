"""A share of a change a table publishes: "more than three quarters of the fall came from X".

A release table often gives each row's change beside its levels ("Change 2023 to 2024"),
while the earlier level of a part is blank. A share of the change just spoken of ("two
thirds of the drop came from buses") is then the part's published change
over the whole's, both cells of one change column:

- the whole is the published change of the line the story has just spoken of (the one line
  the sentence before linked), on its own row;
- the part is the change, in the same column, of the one other row the clause's own words
  name (words of its label the whole's label does not have);
- both moved the same way, and the stated share fits the part over the whole.

Otherwise nothing is proposed. The check then works out the share; of a fall it says whether
it can (``link_shares`` derives the changes when both levels of each line are given).
"""

from __future__ import annotations

from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_shares import share_mention
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import within
from claimcheck.text.lazy import lazy_pattern

__all__ = ["share_of_published_change"]

_TOKEN = lazy_pattern(r"[a-z0-9]+")


def share_of_published_change(statement: Statement, catalog: Catalog) -> Link | None:
    """Part and whole, two published change cells (see the module), or None."""
    mention = share_mention(statement)
    if mention is None:
        return None
    wholes = {
        cell.ref: cell
        for line in sorted(statement.words.thread)
        for cell in _changes_of(line, catalog)
    }
    if len(wholes) != 1:
        return None
    (whole,) = wholes.values()
    part = _named_part(statement, catalog, whole)
    if part is None:
        return None
    part_change, whole_change = part.figure.number.value, whole.figure.number.value
    if not whole_change or (part_change < 0) != (whole_change < 0):
        return None
    share = part_change / whole_change
    if not within(mention.value, mention.step, mention.qualifier, share):
        return None
    reason = (
        f"{mention.text!r} of the change {whole.ref} would be the change {part.ref} "
        f"({float(share):.1%}), both published"
    )
    return Link((("part", part.ref), ("whole", whole.ref)), (part, whole), (reason,))


def _changes_of(line: str, catalog: Catalog) -> list[Cell]:
    """The published changes, as amounts, on the row of a line's latest level."""
    latest = catalog.latest(line)
    if latest is None:
        return []
    return [
        cell
        for cell in catalog.cells
        if cell.is_change
        and cell.line is None
        and not cell.is_percent
        and cell.figure.source.id == latest.figure.source.id
        and cell.figure.name == latest.figure.name
    ]


def _named_part(statement: Statement, catalog: Catalog, whole: Cell) -> Cell | None:
    """The one other row's change in the whole's column that the clause's words name most."""
    scored = [
        (len((cell.words - whole.words) & statement.words.clause), cell)
        for cell in catalog.cells
        if cell.is_change
        and cell.line is None
        and cell.ref != whole.ref
        and cell.figure.source.id == whole.figure.source.id
        and cell.column_title == whole.column_title
    ]
    top = max((points for points, _ in scored), default=0)
    named = [cell for points, cell in scored if points == top]
    if len(named) > 1:
        # rows named alike ("EU", "EU15", "EU8"): the one whose own label words the clause
        # writes in full
        said = _tokens(statement.text)
        named = [cell for cell in named if _tokens(_label(cell)) - _tokens(_label(whole)) <= said]
    return named[0] if top and len(named) == 1 else None


def _label(cell: Cell) -> str:
    """The row's name (the cell's label is its change column's title)."""
    return cell.figure.name.replace("_", " ")


def _tokens(text: str) -> frozenset[str]:
    return frozenset(_TOKEN.findall(text.lower()))
