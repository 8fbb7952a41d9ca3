"""Approximation words and the ties they make (``link.match_values``).

A qualifier such as "almost", "about" or "nearly" widens the values a number can stand for
("almost 9,000" fits anything from 8,100 up to 9,000), so a second row or a second year of the
same row can fit as well as the figure the reporter read. Among cells the words fit equally, a
figure that is the written value itself, or lies within the number's written precision
("8,960" for "almost 9,000" written to the thousand), beats one that fits only by the
qualifier's slack. The period the clause names still comes first: the slack only breaks ties
meaning and period leave.

"Some 4,210" and "an estimated 4,210" are not "about 4,210": they report a figure (the
source's own estimate) as written, so a number with one of them is as precise as a plain one
when the draft asks whether a single matching figure can be a coincidence.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final

from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.scan import Mention

__all__ = ["closeness", "plain", "rise_read_as_fall", "signed_fall"]

# qualifiers that report the figure as written: the source's estimate, not a rounding
_AS_WRITTEN: Final = frozenset(["some", "an estimated", "estimated"])


def plain(mention: Mention) -> bool:
    """Whether a number is written without an approximation ("4,210", "some 4,210", "an
    estimated 4,210")."""
    return mention.qualifier is None or mention.qualifier.lower() in _AS_WRITTEN


def closeness(mention: Mention, cell: Cell) -> int:
    """How near a cell's figure is to a qualified number: 2 the written value itself, 1 within
    its written precision, 0 only within the qualifier's slack (and 0 for a number with no
    qualifier, whose fits are all within its precision)."""
    if mention.qualifier is None:
        return 0
    actual = abs(cell.figure.number.value)
    if actual == mention.value:
        return 2
    half = mention.step / 2
    return 1 if mention.value - half <= actual < mention.value + half else 0


def signed_fall(actual: Fraction, sign: int) -> bool:
    """Whether a figure is a fall a loss word states by its size: a negative figure (a count
    or a level is never below zero, so it is a change, whatever its table's headings say)
    against a statement that says a fall ("shed 14,000 jobs", "6,000 posts were lost",
    "2,100 fewer")."""
    return sign < 0 and actual < 0


def rise_read_as_fall(cell: Cell, sign: int, catalog: Catalog) -> bool:
    """Whether a positive figure would be read against a loss word on a line of changes: a
    line with a negative figure holds changes (a count never falls below zero), so its
    positive figures are rises, which "lost 4,000 jobs" never states."""
    if sign >= 0 or cell.is_change or cell.line is None or cell.figure.number.value <= 0:
        return False
    line = catalog.lines.get(cell.line, ())
    return any(other is not None and other.figure.number.value < 0 for other in line)
