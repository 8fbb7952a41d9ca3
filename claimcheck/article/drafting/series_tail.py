"""Series words that end a statement, before a clause of its own joined by "and".

"The rate rose by 1.3% to 16.1, reaching the highest level since 1949 and the mean age of
mothers rose to 30.5" holds two statements: the rise to 16.1 with the record it reached, and the
mean age. The series words after the comma ("reaching the highest level since 1949") state no
number, so the rule that cuts at "and" only between two numbers did not cut there, and the
record and the second statement made one quote, checked against one line. Here the series words
close the statement before them, and the clause after "and", which opens with a subject of its
own ("the", "its", "their" and at most ten words before its verb) and states a number, is a
statement of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.article.drafting.asides import states_series
from claimcheck.article.drafting.clauses import finite_verb
from claimcheck.article.scan import Mention
from claimcheck.text.lazy import lazy_pattern

__all__ = ["after_series", "series_tail"]

# A subject of its own after "and": an article or possessive and at most ten words, no comma.
_SUBJECT_AFTER = lazy_pattern(r"(?:the|its|their|this|these)\s+(?:[^\s,;]+\s+){0,9}", re.IGNORECASE)


def after_series(text: str, start: int, at: int, after: int, end: int) -> bool:
    """Whether the "and" at ``at:after`` follows series words in a clause of their own (after a
    comma) and opens a clause with a subject of its own."""
    comma = text.rfind(",", start, at)
    if comma == -1 or not states_series(text, comma, at):
        return False
    verb = finite_verb(text, after, end)
    return verb is not None and _SUBJECT_AFTER.fullmatch(text, after, verb.start()) is not None


def series_tail(
    text: str, left: tuple[int, int], right: tuple[int, int], stated: Sequence[Mention]
) -> bool:
    """Whether ``left`` holds only series words after the statement before (no number of its
    own) and ``right`` states a number: the series words end the statement before."""
    return not _has(stated, *left) and states_series(text, *left) and _has(stated, *right)


def _has(stated: Sequence[Mention], start: int, end: int) -> bool:
    return any(start <= m.start and m.end <= end for m in stated)
