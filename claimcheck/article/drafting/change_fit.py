"""Whether a stated change is the change between two cells of a line.

The change stated beside a level ("a 3.4 percent fall", "down 70", "3.1% lower than in 2001")
fits the move from an earlier cell to the level's cell when it goes the way its direction
word says and its size is the move within the change's written precision, or within what the
two cells' own rounding leaves open (a percentage worked out from unrounded figures). A
percentage said of a rate in per cent may be a change in points.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from claimcheck.article.drafting.link_table import Cell
from claimcheck.article.drafting.link_values import within
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.numbers.number import Unit

__all__ = ["change_fits"]


def change_fits(change: Mention, sign: int, earlier: Cell, level: Cell) -> bool:
    """Whether the stated change is the change from ``earlier`` to ``level``, in the direction
    its word says and within its written precision, or within what the two cells' own rounding
    leaves open (a percentage worked out from unrounded figures)."""
    before, after = earlier.figure.number, level.figure.number
    moved = after.value - before.value
    if not moved or (moved > 0) != (sign > 0):
        return False
    corners = [
        (b, a)
        for b in (before.value - before.step / 2, before.value, before.value + before.step / 2)
        for a in (after.value - after.step / 2, after.value, after.value + after.step / 2)
    ]
    sizes: list[Fraction] = []
    if change.kind is MentionKind.PERCENT:
        if all(b > 0 for b, _ in corners):
            sizes = [abs(a - b) / b * 100 for b, a in corners]
        if level.is_percent or after.unit is Unit.PERCENT:
            points = [abs(a - b) for b, a in corners]  # a change in points, said in per cent
            if _fit(change, points):
                return True
    elif change.kind in (MentionKind.COUNT, MentionKind.CHANGE, MentionKind.MONEY):
        sizes = [abs(a - b) for b, a in corners]
    return _fit(change, sizes)


def _fit(change: Mention, sizes: Sequence[Fraction]) -> bool:
    """Whether a stated number stands for one of ``sizes``, or lies between the least and the
    greatest of them."""
    if not sizes:
        return False
    if any(within(change.value, change.step, change.qualifier, size) for size in sizes):
        return True
    return min(sizes) <= change.value <= max(sizes)
