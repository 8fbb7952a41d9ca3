"""A change said after the earlier level, when the later one was the sentence before's.

Local stories often give the latest figure first and the year before in the next sentence,
with the change after it: "Wardens logged 4,310 fly-tips in the year to March. Over the
same months a year earlier they logged 3,980 - a rise of 330." The change runs from the level just
stated (the earlier period) to the figure of the sentence before (the later one), not into
the level: read as a change into it, the tables hold no earlier figure, and the change was
left as a question.

A change beside its level is linked ``from`` the level ``to`` the next period of its line when

- the level's line has no figure before the level's period (so the change cannot run into
  it) and no change column, and holds a figure for the next period;
- that line is one the sentence before spoke of (the story's thread);
- the direction word agrees with the move from the level to the next figure; and
- the level's words place it as the base of a comparison ("in the same period", "a year
  earlier", "the previous year", "last year"), or the stated change fits the move within its
  written precision.

A wrong size then shows as contradicted, as the reporter wrote it; a level whose words do
not place it as a base ("In 2016 there were 3,980, a rise of 330") and whose change does not
fit is left as a question, since the change may run from a year the tables do not hold.
"""

from __future__ import annotations

import re

from claimcheck.article.drafting.change_fit import change_fits
from claimcheck.article.drafting.join_change import level_and_change
from claimcheck.article.drafting.link_result import Link, Statement, line_name, period_words
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.text.lazy import lazy_pattern

__all__ = ["to_later"]

_AS_BASE = lazy_pattern(
    r"\b(?:(?:the\s+)?same\s+(?:period|time|months?|quarter|twelve\s+months|12\s+months)"
    r"|(?:a|one)\s+year\s+(?:earlier|before|ago|previously)"
    r"|(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|twelve\s+months|12\s+months|period)"
    r"|last\s+year|the\s+year\s+before)\b",
    re.IGNORECASE,
)


def to_later(statement: Statement, catalog: Catalog) -> Link | None:
    """The link of a change stated after the earlier level, to the figure the sentence before
    spoke of (see the module), or None."""
    found = level_and_change(statement, catalog)
    if found is None:
        return None
    level, change, sign = found
    line = catalog.line(level)
    if (
        level.line is None
        or level.line not in statement.words.thread
        or catalog.before(level) is not None
        or level.order + 1 >= len(line)
        or any(c.is_change and c.figure.name == level.figure.name for c in catalog.cells)
    ):
        return None
    later = line[level.order + 1]
    if later is None:
        return None
    moved = later.figure.number.value - level.figure.number.value
    if not moved or (moved > 0) != (sign > 0):
        return None
    at = change.start - statement.start
    based = _AS_BASE.search(statement.text, 0, at) is not None
    if not based and not change_fits(change, sign, level, later):
        return None
    reason = (
        f"{change.text} runs from the level stated before it ({period_words(level)}) to the "
        f"figure the sentence before spoke of, along {line_name(later)}: "
        f"{period_words(level)} to {period_words(later)}"
    )
    return Link((("from", level.ref), ("to", later.ref)), (level, later), (reason,), ())
