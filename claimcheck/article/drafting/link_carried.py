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

A multiple or a per cent that compares two groups rather than two periods is
``link_groups``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.article.drafting.join_periods import stepped_back
from claimcheck.article.drafting.link_result import Link, Statement, change_link
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import stated_fits, when
from claimcheck.article.drafting.link_words import concepts
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


def _own_words(statement: Statement) -> frozenset[str]:
    """The words of a clause besides its numbers, direction and little words: a clause with
    any ("below the regional rise of six per cent") has a subject of its
    own, and carries none."""
    text = statement.text
    for mention in sorted(statement.mentions, key=lambda m: -m.start):
        start = mention.start - statement.start
        text = text[:start] + " " + text[start + len(mention.text) :]
    return concepts(_NUMBER_WORDS.sub(" ", text))


def carried(statement: Statement, catalog: Catalog, sentence_cells: Sequence[Cell]) -> Link | None:
    """The change of the line the sentence's other linked numbers sit on (see the module)."""
    anchors = sorted({c.ref: c for c in sentence_cells}.values(), key=lambda cell: cell.order)
    lines = {cell.line for cell in anchors}
    if len(lines) != 1 or None in lines or _own_words(statement):
        return None
    anchor = anchors[-1]
    line = [cell for cell in catalog.line(anchor) if cell is not None]
    named = [cell for cell in line if cell.ref != anchor.ref and when(cell, statement.words) > 0]
    level = stepped_back(statement, line, anchor)
    if level is not None:
        # "up 8% on the previous year": from the period before the level the clause names
        before = catalog.before(level)
        if before is None:
            return None
        pair = (before, level)
    elif len(anchors) >= 2:
        pair = (anchors[0], anchor)  # "... 2,120 in 2019 and 3,070 in 2021, a rise of 950"
    elif len(named) == 1:
        pair = (named[0], anchor) if named[0].order < anchor.order else (anchor, named[0])
    elif named:
        return None
    else:
        before = catalog.before(anchor)
        members = catalog.line(anchor)
        after = members[anchor.order + 1] if anchor.order + 1 < len(members) else None
        pairs = [(before, anchor)] if before is not None else []
        pairs += [(anchor, after)] if after is not None else []
        fitting = [pair for pair in pairs if stated_fits(statement.mentions, *pair)]
        if len(fitting) == 1:
            pair = fitting[0]
        elif before is not None:
            pair = (before, anchor)
        else:
            return None
    return change_link(pair[0], pair[1], statement, [], [], anchor.line)
