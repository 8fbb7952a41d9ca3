"""An aside inside a statement that is a statement of its own.

"Cyclist deaths (812 fatalities - the most since 1995) rose 2.1 percent" states three things:
the level (812), where the level stands in its series (the most since 1995) and the change
(rose 2.1 percent). Read as one quote, the record, which the tables may not reach back to,
makes the check of the level and the change need review, and the change cannot be linked
beside a level and a record. So the sentence is cut into three statements whose quotes are
contiguous spans of the text: "Cyclist deaths (812 fatalities", "the most since 1995" and
"rose 2.1 percent".

An aside is the words between brackets, or between two dashes, after the level (and a dash,
comma or semicolon) or alone: "(the highest since 1990)", "- 812, the most since 1995 -". It
is a statement of its own when it places the level in its series (series words: a record,
the highest since a year) or compares it ("twice the 2010 figure", "more than in 2019"). A
bracket holding only the level ("Cyclist deaths (812 fatalities) rose 2.1 percent") is no aside
of this kind: the level and its change stay one claim (``join_change``). The words after the
aside must state a number: they are the statement the subject before the aside makes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.article.drafting.records import names_series
from claimcheck.article.scan import Mention
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Aside", "aside", "states_series"]

# Brackets, or two dashes with spaces around them, holding an aside.
_BRACKETS = lazy_pattern(r"\((?P<inside>[^()]{3,160})\)")
_DASHES = lazy_pattern(r"\s[-–—]\s(?P<inside>[^–—()]{3,160}?)\s[-–—]\s")
# Where the level in an aside ends and the statement about it begins.
_SEPARATOR = lazy_pattern(r"\s+[-–—]\s+|[,;]\s+")
# Words that compare the level with another figure: "twice the 2010 figure", "more than in 2019".
_COMPARISON = lazy_pattern(
    r"\b(?:than|compared\s+(?:with|to)|twice|double|treble|triple|half|times|same\s+as"
    r"|up\s+from|down\s+from)\b",
    re.IGNORECASE,
)

# "the most since 1995", "the least on record": a place in the series said by quantity, which
# the engine reads as series words too.
_MOST = lazy_pattern(
    r"\b(?:the\s+)?(?:most|least)\b[^,;()]{0,40}?\b(?:since|on\s+record|ever)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Aside:
    """An aside that is a statement of its own: where the statement before it ends
    (``head_end``, after the level when the aside holds one), the aside's own span, and where
    the statement after it starts."""

    head_end: int
    start: int
    end: int
    tail_start: int


def aside(text: str, start: int, end: int, stated: Sequence[Mention]) -> Aside | None:
    """The first aside of ``text[start:end]`` that is a statement of its own, with a stated
    number after it; None when there is none."""
    for pattern in (_BRACKETS, _DASHES):
        for found in pattern.finditer(text, start, end):
            inner_start, inner_end = found.span("inside")
            if not _has(stated, found.end(), end):
                continue
            own = _own(text, inner_start, inner_end, stated)
            if own is None:
                continue
            head_end = own[0] if own[0] > inner_start else found.start()
            return Aside(head_end, own[0], own[1], found.end())
    return None


def _own(text: str, start: int, end: int, stated: Sequence[Mention]) -> tuple[int, int] | None:
    """The span of the statement an aside makes: after its level and separator when it opens
    with a level ("812 fatalities - the most since 1995"), else the whole aside; None when it
    places nothing in a series and compares nothing."""
    begin = start
    if _has(stated, start, end):
        separator = next(
            (
                cut
                for cut in _SEPARATOR.finditer(text, start, end)
                if _has(stated, start, cut.start())
            ),
            None,
        )
        if separator is None:
            return None  # "(812 fatalities)": the level alone
        begin = separator.end()
    if states_series(text, begin, end) or _COMPARISON.search(text, begin, end) is not None:
        return begin, end
    return None


def states_series(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` places a figure in its series: series words ("the highest
    since 1990", "a record low") or "the most since 1995"."""
    return names_series(text, start, end) or _MOST.search(text, start, end) is not None


def _has(stated: Sequence[Mention], start: int, end: int) -> bool:
    return any(start <= m.start and m.end <= end for m in stated)
