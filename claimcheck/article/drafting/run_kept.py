"""Series words that qualify the change they sit in stay in its quote.

"The recycling rate dropped for the third consecutive year to 41.2%, from 42.5% in 2020" is one
statement: the run ("for the third consecutive year") says how the fall between the two figures
stands against the years before, and the two ends that follow it ("to 41.2%, from 42.5%") are
that same fall. Cut in two, the ends were a claim the tables bear out on their own, supported,
while the statement as a whole needs the years of the run, which the tables may not hold: a
claim passed that the reporter's sentence does not. Kept in one quote, the check holds the two
ends against their figures and the run against the whole line, and says supported only when
both hold.

The same holds for a first time said of the move ("rose for the first time in four years to
4.1 per 1,000"). Series words set off by a dash or after the level ("fell to 7.0 - the lowest
since 1962", "a record low for the third year running, with 2.2 per 1,000") are statements of
their own and are left to ``plan_series``.
"""

from __future__ import annotations

import re

from claimcheck.text.lazy import lazy_pattern

__all__ = ["qualifies_change"]

# The series words of a run or a first time, said as an adverbial of the verb: "for the third
# consecutive year", "for the sixth year running", "for the first time in four years".
_ADVERBIAL = lazy_pattern(
    r"\s*for\s+the\s+(?:first\s+time|\w+\s+(?:(?:straight|consecutive|successive)\s+)?"
    r"(?:year|month|quarter|time)s?(?:\s+(?:running|in\s+a\s+row))?)\b",
    re.IGNORECASE,
)
# A verb of change just before the series words: "dropped for the ...", "has risen for the ...".
_VERB_BEFORE = lazy_pattern(
    r"\b(?:rose|risen|rises|rising|fell|fallen|falls|falling|increased|increases|decreased"
    r"|decreases|declined|declines|dropped|drops|grew|grown|climbed|slipped|slid|edged\s+(?:up"
    r"|down)|ticked\s+(?:up|down)|went\s+(?:up|down)|gone\s+(?:up|down))\s*\Z",
    re.IGNORECASE,
)
# The change's own ends or amount right after them: "to 41.2%", ", from 42.5", "by 3%".
_ENDS_AFTER = lazy_pattern(r"\s*,?\s*(?:to|from|by)\s+(?:about\s+|around\s+|almost\s+)?[£$€]?\d")


def qualifies_change(text: str, start: int, end: int) -> bool:
    """Whether the series words ``text[start:end]`` qualify the change verb just before them and
    the change's ends or amount follow them: one statement, kept in one quote."""
    if _ADVERBIAL.match(text, start, end) is None:
        return False
    if _VERB_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    return _ENDS_AFTER.match(text, end) is not None
