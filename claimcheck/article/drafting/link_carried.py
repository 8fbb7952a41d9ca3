"""Changes whose subject is carried from elsewhere: the clause before, or another group.

A bare change with no words of its own ("..., a rise of 4,150", "..., a decrease of 2.8% since
2019": nothing but numbers, periods, direction and little words) speaks of the line the
sentence's other linked numbers sit on (a clause with words of its own, "lower than the
national average increase", or a sentence whose numbers sit on several lines, carries nothing):

- between the earliest and the latest of those numbers, when there are several;
- the periods the clause names, on that line, against the linked number ("since 2017");
- else the period before the linked number, or the one after it, whichever change is what
  is stated (a value chooses between two periods of the line the words gave, never a line);
  when neither is, the period before (the usual "there were N, a rise of M"), so the check
  shows the difference.

A change said "in" a year ("after a 6% rise in 2019") runs into that year, from the one
before, when it fits. A sentence's published change off any line ("Percentage change 2014 to
2015") stands for its row's line at the latest level. An amount ("£5,000 higher", "41 fewer",
``amount_moves``) is linked only when it is the difference of the two cells and its words name
no span of another length. A multiple or a per cent that compares two groups rather than two
periods is ``link_groups``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.article.drafting.join_periods import other_base, stepped_back, year_back
from claimcheck.article.drafting.link_result import Link, Statement, change_link
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import stated_fits, when, within
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.numbers.vocab import SCALES, TEENS, TENS, UNITS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["carried"]

# The words of a number and of its unit, from the number reader's own vocabulary.
_UNIT_WORDS = ("hundred", "half", "third", "quarter", "fold", "per", "cent", "percent", "points?")
_NUMBER_WORDS = lazy_pattern(
    r"\b(?:"
    + "|".join(sorted((*UNITS, *TEENS, *TENS, *SCALES, *_UNIT_WORDS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)

_AMOUNTS = frozenset([MentionKind.COUNT, MentionKind.MONEY])
_IN_YEAR = lazy_pattern(r"\b(?:in|during)\s+(?:18|19|20)\d\d\b", re.IGNORECASE)
_BASE = lazy_pattern(r"\b(?:than|since|from|on|compared|against|versus|vs)\b", re.IGNORECASE)
# The words of a base of comparison one step or a year back, which name no subject: "a figure
# £3,000 more than the same month 12 months before", "up on the previous quarter"; nor do
# the words that set a change after another ("after a 6% rise in 2019").
_BASE_WORDS = lazy_pattern(
    r"\b(?:a\s+)?figure\b|\b(?:the\s+)?same\s+(?:month|quarter|week|period|time)\b"
    r"|\b(?:earlier|previous|preceding|prior|before|ago|following|after)\b",
    re.IGNORECASE,
)


def _own_words(statement: Statement) -> frozenset[str]:
    """The words of a clause besides its numbers, direction and little words: a clause with
    any ("below the regional rise of six per cent") has a subject of its
    own, and carries none."""
    text = statement.text
    for mention in sorted(statement.mentions, key=lambda m: -m.start):
        start = mention.start - statement.start
        text = text[:start] + " " + text[start + len(mention.text) :]
    return concepts(_BASE_WORDS.sub(" ", _NUMBER_WORDS.sub(" ", text)))


def carried(statement: Statement, catalog: Catalog, sentence_cells: Sequence[Cell]) -> Link | None:
    """The change of the line the sentence's other linked numbers sit on (see the module)."""
    levels = [_level_of(cell, catalog) for cell in sentence_cells]
    found = {c.ref: c for c in levels if c is not None}
    anchors = sorted(found.values(), key=lambda cell: cell.order)
    lines = {cell.line for cell in anchors}
    if len(lines) != 1 or None in lines or _own_words(statement):
        return None
    anchor = anchors[-1]
    pair = _pair(statement, catalog, anchors)
    if pair is None:
        return None
    if _amounts(statement) and (not _fits(statement, *pair) or other_base(statement, anchor, 0)):
        # an amount that is not the move of the line, or is said over a span of another
        # length ("900 fewer over two years"), runs from another base
        return None
    return change_link(pair[0], pair[1], statement, [], [], anchor.line)


def _level_of(cell: Cell, catalog: Catalog) -> Cell | None:
    """The cell a sentence's linked number places on a line: the cell itself, or for a
    published change off any line ("Percentage change 2014 to 2015"), the latest level of its
    row's line, the period it runs to."""
    if cell.line is not None or not cell.is_change:
        return cell
    rows = [
        other
        for other in catalog.cells
        if other.line is not None
        and not other.is_change
        and other.figure.source.id == cell.figure.source.id
        and other.figure.name == cell.figure.name
    ]
    lines = {other.line for other in rows}
    if len(lines) != 1:
        return None
    return max(rows, key=lambda other: other.order)


def _in_year(statement: Statement) -> bool:
    """Whether the change is said "in" or "during" a year, with no base of comparison
    ("than", "since", "from", "on"): the year is when it happened, its later end."""
    return _IN_YEAR.search(statement.text) is not None and _BASE.search(statement.text) is None


def _fits(statement: Statement, first: Cell, last: Cell) -> bool:
    """Whether the stated change is the change from ``first`` to ``last``: an amount
    ("£5,000 higher") the difference of the two, anything else as ``stated_fits`` reads it."""
    moved = abs(last.figure.number.value - first.figure.number.value)
    amounts = _amounts(statement)
    if amounts:
        return all(within(m.value, m.step, m.qualifier, moved) for m in amounts)
    return stated_fits(statement.mentions, first, last)


def _amounts(statement: Statement) -> list[Mention]:
    return [m for m in statement.mentions if m.kind in _AMOUNTS]


def _pair(
    statement: Statement, catalog: Catalog, anchors: Sequence[Cell]
) -> tuple[Cell, Cell] | None:
    """The two cells of the line the change runs between (see the module)."""
    anchor = anchors[-1]
    line = [cell for cell in catalog.line(anchor) if cell is not None]
    named = [cell for cell in line if cell.ref != anchor.ref and when(cell, statement.words) > 0]
    level = stepped_back(statement, line, anchor)
    if level is not None:
        # "up 8% on the previous year": from the period before the level the clause names
        before = catalog.before(level)
        return None if before is None else (before, level)
    if len(anchors) >= 2:
        return anchors[0], anchor  # "... 2,120 in 2019 and 3,070 in 2021, a rise of 950"
    if len(named) == 1 and _in_year(statement):
        # "a 6% rise in 2019": the year a change is said in is its later end
        before = catalog.before(named[0])
        fitting = before is not None and _fits(statement, before, named[0])
        return (before, named[0]) if before is not None and fitting else None
    if len(named) == 1:
        return (named[0], anchor) if named[0].order < anchor.order else (anchor, named[0])
    if named:
        return None
    back = year_back(statement, anchor, catalog)
    if back is not None:
        return back, anchor  # "£3,000 more than the same month 12 months before"
    return _next_to(statement, catalog, anchor)


def _next_to(statement: Statement, catalog: Catalog, anchor: Cell) -> tuple[Cell, Cell] | None:
    """The period before the linked number, or the one after it, whichever change is what is
    stated; when neither is, the period before."""
    before = catalog.before(anchor)
    members = catalog.line(anchor)
    after = members[anchor.order + 1] if anchor.order + 1 < len(members) else None
    pairs = [(before, anchor)] if before is not None else []
    pairs += [(anchor, after)] if after is not None else []
    fitting = [pair for pair in pairs if _fits(statement, *pair)]
    if len(fitting) == 1:
        return fitting[0]
    return None if before is None else (before, anchor)
