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

A multiple that compares two groups rather than two periods ("an exclusion rate three times
higher than the school population") needs a line for each group: the one the words before
"than" name and the one the words after it name. When either is not named, nothing is
proposed: a change over time on a line the words did not name would be a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.article.drafting.link_named import name_words
from claimcheck.article.drafting.link_result import Link, Statement, change_link
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.article.drafting.link_values import stated_fits, when
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.scan import MentionKind
from claimcheck.numbers.vocab import SCALES, TEENS, TENS, UNITS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["carried", "groups"]

# The words of a number and of its unit, from the number reader's own vocabulary.
_UNIT_WORDS = ("hundred", "half", "third", "quarter", "fold", "per", "cent", "percent", "points?")
_NUMBER_WORDS = lazy_pattern(
    r"\b(?:"
    + "|".join(sorted((*UNITS, *TEENS, *TENS, *SCALES, *_UNIT_WORDS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)

_THAN = lazy_pattern(r"\bthan\b", re.IGNORECASE)
# After "than", words that make it a comparison in time, not between groups.
_IN_TIME = lazy_pattern(
    r"\s*(?:(?:in|on|at|during|for)\s+)?(?:the\s+|a\s+|one\s+|that\s+|its\s+)?"
    r"(?:previous|last|prior|year|month|quarter|decade|week|before|earlier|ever|then|previously"
    r"|pre-|a\s+year|(?:\w+\s+)?(?:years?|months?|decades?)\s+(?:ago|earlier|before))",
    re.IGNORECASE,
)


def _own_words(statement: Statement) -> frozenset[str]:
    """The words of a clause besides its numbers, direction and little words: a clause with
    any ("lower than the national average increase of nine per cent") has a subject of its
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
    if len(anchors) >= 2:
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


def groups(statement: Statement, catalog: Catalog) -> Link | None:
    """For a multiple comparing two groups: the two lines the words name, or a Link with only
    the reason nothing is proposed; None when the statement compares no groups."""
    multiples = [m for m in statement.mentions if m.kind is MentionKind.MULTIPLE]
    if not multiples:
        return None
    # the "than" after the multiple ("three times higher than"), not a qualifier before it
    # ("more than tripled")
    than = _THAN.search(statement.text, multiples[0].end - statement.start)
    if than is None:
        return None
    after = statement.text[than.end() :]
    if _IN_TIME.match(after) or period_of(after) is not None:
        return None
    subject = _line(concepts(statement.text[: than.start()]), catalog, statement)
    other = _line(concepts(after), catalog, statement)
    if (
        subject is None
        or other is None
        or (subject.line or subject.ref) == (other.line or other.ref)
    ):
        return Link(
            todos=(
                "a multiple comparing two groups: the words do not name a table line for "
                "each; add references",
            )
        )
    reason = f"{subject.ref} against {other.ref}: two groups the words name"
    return Link((("from", other.ref), ("to", subject.ref)), (other, subject), (reason,))


def _line(words: frozenset[str], catalog: Catalog, statement: Statement) -> Cell | None:
    """The one cell whose line's whole name is in ``words`` and said most fully ("Black
    Caribbean pupils" names "Black Caribbean" over "All pupils"), in the period named or
    latest."""
    found: dict[str, list[Cell]] = {}
    size: dict[str, int] = {}
    for cell in catalog.cells:
        name = name_words(cell)
        if name and name <= words:
            found.setdefault(cell.line or cell.ref, []).append(cell)
            size[cell.line or cell.ref] = len(name)
    most = [key for key in found if size[key] == max(size.values(), default=0)]
    if len(most) != 1:
        return None  # no line, or several said as fully
    cells = found[most[0]]
    named = [cell for cell in cells if when(cell, statement.words) > 0]
    chosen = named or cells
    return max(chosen, key=lambda cell: cell.order) if len(chosen) == 1 or chosen[0].line else None
