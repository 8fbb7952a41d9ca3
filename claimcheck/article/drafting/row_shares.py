"""A table row printed as a line: two counts and the share between them, one share claim.

A story that prints a table as lines ("4 Northfield Council 2,310 46 2.0%") gives, for each
row, a count of a whole ("2,310 applications"), a count of a part of it ("46 refused") and
the share the part is of the whole ("2.0%"). Linking reads the first count as a figure of its
own; the line says more: its share. When all three numbers of a line are figures of one row
of one table (the row the line names, in one period: the same label), the percentage is
a figure of that row published in per cent, and the smaller count is that percentage of the
larger within the percentage's written precision, the claim becomes ``part`` (the smaller
count) and ``whole`` (the larger), so the check holds both counts and the share together.

Meaning, not value alone: the three cells share the row the line's first count was linked to
by its words, and the table itself publishes the share. Anything less (a second count of
another row, no published share, two pairs that fit) leaves the claim as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_part_of import in_per_cent, share_fits
from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import within
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.numbers.number import Unit

__all__ = ["with_row_shares"]


@dataclass(frozen=True, slots=True)
class _Pair:
    """A count stated on the line and the cell of the row it is."""

    mention: Mention
    cell: Cell


def with_row_shares(text: str, drafted: list[Drafted], catalog: Catalog | None) -> list[Drafted]:
    """The drafted claims with each table row printed as a line read as its share
    (``part`` and ``whole``) when the row's table publishes that share."""
    if catalog is None:
        return drafted
    return [_row_share(text, claim, catalog) or claim for claim in drafted]


def _row_share(text: str, claim: Drafted, catalog: Catalog) -> Drafted | None:
    link = claim.link
    if len(link.cells) != 1 or [role for role, _ in link.references] != ["figure"]:
        return None
    if "\n" in text[claim.start : claim.end].strip():
        return None  # a line of a table, never a sentence across lines
    shares = [m for m in claim.mentions if in_per_cent(m)]
    counts = [m for m in claim.mentions if m.kind is MentionKind.COUNT]
    if len(shares) != 1 or len(counts) != 2 or len(claim.mentions) != 3:
        return None
    row = _row(link.cells[0], catalog)
    pairs = [_Pair(m, cell) for m in counts for cell in row if _count_fits(m, cell)]
    if len(pairs) != 2 or pairs[0].mention is pairs[1].mention or pairs[0].cell == pairs[1].cell:
        return None
    share = shares[0]
    published = [cell for cell in row if _is_percent(cell) and _stated(share, cell)]
    whole, part = sorted(pairs, key=lambda pair: pair.cell.figure.number.value, reverse=True)
    if len(published) != 1 or not whole.cell.figure.number.value:
        return None
    if not share_fits(share, part.cell.figure.number.value / whole.cell.figure.number.value):
        return None
    reasons = (
        f"{share.text} is {part.cell.ref} as a share of {whole.cell.ref}: the line prints one "
        f"row of the table, its two counts and the share between them",
        f"the table publishes that share as {published[0].ref}, which agrees",
    )
    references = (("part", part.cell.ref), ("whole", whole.cell.ref))
    return replace(claim, link=Link(references, (part.cell, whole.cell), reasons))


def _row(cell: Cell, catalog: Catalog) -> Sequence[Cell]:
    """The cells of the cell's row: its table, its label and its period."""
    figure = cell.figure
    return [
        other
        for other in catalog.cells
        if other.figure.source.id == figure.source.id
        and other.figure.label is not None
        and other.figure.label == figure.label
        and other.period == cell.period
        and not other.is_change
    ]


def _is_percent(cell: Cell) -> bool:
    return cell.is_percent or cell.figure.number.unit is Unit.PERCENT


def _count_fits(mention: Mention, cell: Cell) -> bool:
    return (
        not _is_percent(cell)
        and cell.figure.number.unit is not Unit.MONEY
        and _stated(mention, cell)
    )


def _stated(mention: Mention, cell: Cell) -> bool:
    return within(mention.value, mention.step, None, cell.figure.number.value)
