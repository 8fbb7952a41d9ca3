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

from typing import Final

from claimcheck.article.drafting.link_table import Cell
from claimcheck.article.scan import Mention

__all__ = ["closeness", "plain"]

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
