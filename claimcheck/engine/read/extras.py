"""Wordings the table's templates cannot spell, read before the templates are tried.

- "one-in-five", "a one-in-five chance": a share written with hyphens.
- "half a percentage point", "a quarter of a point": a fraction of a point is a number of
  points, not a fractional change ("rose by half" is +50%; "by half a point" is +0.5 points).
- "ticked up a percentage point", "fell by a point": "a" (or "one") before "(percentage)
  point(s)", after a rising or falling word, is one point, to the half point that words
  name points by ("half a point", "a point and a half"): a rise of 0.1 points contradicts
  it. Without the direction word before it, "a point" is too often no amount ("at a point
  where") to be read.
- "rose 24 times", "increased 24 times": a multiple, read like "24 times more" (with the
  same note: some readers take it as 25 times as many), not a rise of 24. A bare "more than
  4 times" or "almost 5 times" is read the same way, but "five times a day" is not.

Each is handed to ``add``, the reader's own way of recording a statement (it looks for a
qualifier such as "almost" or "about" before it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction
from itertools import pairwise

from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.read.asides import YEAR
from claimcheck.engine.read.mentions import Reading, number_form
from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.families import Family
from claimcheck.engine.wording.templates import alternation
from claimcheck.numbers.number import Number, NumberMatch, Unit, parse_number
from claimcheck.text.lazy import lazy_pattern

__all__ = ["HOW_OFTEN", "Add", "mark_extras"]

Add = Callable[[Family, tuple[int, int], Stated, Number | None, int], None]

_HYPHEN_PAIR = lazy_pattern(r"\s*-\s*(?:in|out\s*-\s*of)\s*-\s*")
_OF_A_POINT = lazy_pattern(r"(?:\s+of)?\s+an?\s+(?:percentage\s+)?point(?![A-Za-z])")
_A_POINT = lazy_pattern(
    r"(?<![a-z])(?P<a>a|one)\s+(?:full\s+)?(?:percentage[\s-]+)?points?(?![a-z])", re.IGNORECASE
)
# Words name points by halves ("half a point", "a point", "a point and a half"), so "a point"
# stands for 0.75 up to 1.25 points: a rise of 0.1 points is not "a point".
_HALF_POINT = Fraction(1, 2)
_UP = alternation(phrases.RISING_WORDS)
_DOWN = alternation(phrases.FALLING_WORDS)
_DIRECTION_BEFORE = lazy_pattern(rf"(?<![A-Za-z])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:\s+by)?\s+$")
_RISE_BEFORE = lazy_pattern(
    r"(?<![A-Za-z])(?:rose|risen|increased|grew|grown|jumped|soared|climbed|surged|"
    r"multiplied|gone\s+up|went\s+up)(?:\s+by)?(?:\s+(?:about|around|almost|nearly|some|"
    r"roughly|over|more\s+than))?\s+$"
)
_TIMES = lazy_pattern(
    r"\s+times(?![A-Za-z])(?!\s+(?:as|more|higher|bigger|larger|greater|"
    r"the|that|what)(?![A-Za-z]))"
)

_X_MORE = lazy_pattern(r"\s?[x×]\s+(?:more|higher|bigger|larger|greater)(?![A-Za-z])")
# "five times a day", "three times in a row": how often something happened, not a multiple.
HOW_OFTEN = lazy_pattern(
    r"\s+(?:a|an|per|each|every|in\s+a\s+row|in\s+succession|on\s+the\s+trot|so\s+far|"
    r"already|this\s+(?:year|month|week)|last\s+(?:year|month|week)|during|while|when)"
    r"(?![A-Za-z])"
)


def mark_extras(
    reading: Reading, wording: str, text: str, numbers: list[NumberMatch], add: Add
) -> None:
    """Record the statements of the wordings above; ``text`` is the folded wording."""
    if "point" in text:
        _a_point(reading, text, add)
    for first, second in pairwise(numbers):
        _one_in(reading, text, first, second, add)
    for match in numbers:
        if not reading.free(match.start, match.end):
            continue
        number = match.number
        if number_form(number) == "fraction":
            _fraction_of_point(reading, text, match, add)
        elif number_form(number) == "cardinal" and number.unit is Unit.NONE:
            _times(reading, text, match, add)


def _one_in(reading: Reading, text: str, first: NumberMatch, second: NumberMatch, add: Add) -> None:
    """'one-in-five': a share written with hyphens."""
    if not (reading.free(first.start, first.end) and reading.free(second.start, second.end)):
        return
    if not _HYPHEN_PAIR.fullmatch(text, first.end, second.start):
        return
    if number_form(first.number) != "cardinal" or YEAR.fullmatch(second.number.text):
        return
    if second.number.value <= 0 or not 0 < first.number.value <= second.number.value:
        return
    add(
        phrases.family("one-in"),
        (first.start, second.end),
        Stated(first.number.value / second.number.value),
        first.number,
        0,
    )


def _fraction_of_point(reading: Reading, text: str, match: NumberMatch, add: Add) -> None:
    """'(rose by) half a percentage point': a number of points."""
    point = _OF_A_POINT.match(text, match.end)
    if point is None:
        return
    head = _DIRECTION_BEFORE.search(text, max(0, match.start - 30), match.start)
    start = head.start() if head else match.start
    sign = 0 if head is None else (1 if head.group("up") else -1)
    if reading.free(start, point.end()):
        add(
            phrases.family("points"),
            (start, point.end()),
            Stated(match.number.value),
            match.number,
            sign,
        )


def _a_point(reading: Reading, text: str, add: Add) -> None:
    """'ticked up a percentage point': one point, after a direction word."""
    for found in _A_POINT.finditer(text):
        head = _DIRECTION_BEFORE.search(text, max(0, found.start() - 30), found.start())
        if head is None or not reading.free(head.start(), found.end()):
            continue
        one = parse_number("one")
        assert one is not None
        written = replace(one, text=found.group("a"))
        sign = 1 if head.group("up") else -1
        stated = Stated(one.value, _HALF_POINT)
        add(phrases.family("points"), (head.start(), found.end()), stated, written, sign)


def _times(reading: Reading, text: str, match: NumberMatch, add: Add) -> None:
    """'3x more', 'rose 24 times', 'more than 4 times': a multiple, not how often."""
    number = match.number
    if (x_more := _X_MORE.match(text, match.end)) and number.value > 1:
        # "3x more", "3× higher": read as "3 times more", with its note.
        if reading.free(match.start, x_more.end()):
            add(
                phrases.family("n-times-more"),
                (match.start, x_more.end()),
                Stated(number.value, number.step),
                number,
                0,
            )
        return
    times = _TIMES.match(text, match.end)
    if times is None or number.value <= 1:
        return
    if _RISE_BEFORE.search(text, max(0, match.start - 40), match.start) is None and (
        HOW_OFTEN.match(text, times.end())
    ):
        # "five times a day", "three times in a row": how often, not a multiple.
        return
    if reading.free(match.start, times.end()):
        add(
            phrases.family("n-times-more"),
            (match.start, times.end()),
            Stated(number.value, number.step),
            number,
            0,
        )
