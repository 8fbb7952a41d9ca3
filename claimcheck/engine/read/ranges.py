"""Ranges with the unit written once: "40-50%", "40 to 50 per cent", "40-50 people".

The number reader gives the two ends apart ("40" and "50%"); read together they state one
range, judged by the "between" family: the figure must lie from the low end to the high end.
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck.engine.judge.compare import Comparator, Stated
from claimcheck.engine.read.asides import YEAR
from claimcheck.engine.read.extras import HOW_OFTEN
from claimcheck.engine.read.mentions import Mention, Reading, number_form
from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.families import Family, Kind
from claimcheck.engine.wording.templates import alternation
from claimcheck.numbers.number import NumberMatch, Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["mark_ranges"]

# A suspended hyphen joins a range like "to": "three- to four-fold", "16- to 24-year-olds".
_GAP = lazy_pattern(r"\s*-\s*|-?\s+to\s+")
# "from 40 to 50" is a change, and "between 40 and 50" is the between family's own template.
_NOT_A_RANGE_BEFORE = lazy_pattern(r"(?<![a-z])(?:from|between)\s+$")
# "rose by 4,000 to 65,000", "an increase of 4,000 to 65,000", "up 3 to 20": after a change
# word the first number is the change and the second the new level, never a range. A
# qualifier may stand between ("rose by almost 4,000 to 65,000").
_QUALIFIER = alternation(
    variant
    for family in phrases.QUALIFIERS
    for variant in family.variants
    if family.kind is Kind.QUALIFIER
)
_CHANGE_BEFORE = lazy_pattern(
    rf"(?<![a-z])(?:(?P<up>{alternation(phrases.RISING_WORDS)})|"
    rf"(?P<down>{alternation(phrases.FALLING_WORDS)})|by)"
    rf"(?:\s+(?:by|of))?(?:\s+(?:{_QUALIFIER}))?\s+$"
)

_TIMES_AFTER = lazy_pattern(r"\s+times(?![A-Za-z])|[\s-]*fold(?![A-Za-z])")
_DIRECTION = lazy_pattern(
    rf"(?<![a-z])(?:{alternation(phrases.RISING_WORDS)}|{alternation(phrases.FALLING_WORDS)})"
    r"(?![a-z])"
)


def mark_ranges(reading: Reading, wording: str, text: str, numbers: list[NumberMatch]) -> None:
    """Read every free pair of numbers joined by a hyphen or 'to' as one range."""
    for first, second in pairwise(numbers):
        if not _could_be_range(reading, text, first, second):
            continue
        low, high = first.number, second.number
        if (
            high.unit is Unit.NONE
            and (times := _TIMES_AFTER.match(text, second.end))
            and not (HOW_OFTEN.match(text, times.end()))
        ):
            # "3.5 to 4 times", "(rose) three- to four-fold": a range of multiples.
            family = "n-fold" if "fold" in times.group(0) else "n-times"
            _multiple_range(reading, wording, phrases.family(family), first, second, times.end())
            continue
        change = _change_before(text, first)
        if change is not None:
            if low.unit is Unit.NONE and high.unit is Unit.PERCENT:
                # "cut by 5 to 10 per cent": a range of percentage changes.
                _change_range(reading, wording, change, first, second)
            continue
        start, end = first.start, second.end
        reading.take(start, end)
        reading.mentions.append(
            Mention(
                phrases.family("between"),
                start,
                end,
                wording[start:end],
                Stated(low.value, low.step, high.value, high.step),
                Comparator.BETWEEN,
                high,
            )
        )


def _could_be_range(reading: Reading, text: str, first: NumberMatch, second: NumberMatch) -> bool:
    """Two free plain numbers, low before high, joined as a range and not 'from' or 'between'."""
    if not (reading.free(first.start, first.end) and reading.free(second.start, second.end)):
        return False
    if not _GAP.fullmatch(text, first.end, second.start):
        return False
    low, high = first.number, second.number
    if number_form(low) != "cardinal" or number_form(high) != "cardinal":
        return False
    if YEAR.fullmatch(low.text) or YEAR.fullmatch(high.text):
        return False
    if low.unit is not Unit.NONE and low.unit is not high.unit:
        return False
    if high.unit not in (Unit.NONE, Unit.PERCENT) or not 0 <= low.value < high.value:
        return False
    if low.text[:1] in "+-−" or high.text[:1] in "+-−":
        return False
    return not _NOT_A_RANGE_BEFORE.search(text, max(0, first.start - 12), first.start)


def _change_before(text: str, first: NumberMatch) -> re.Match[str] | None:
    """The change words before a pair ("rose by", "up"): then it is a change, not a range."""
    change = _CHANGE_BEFORE.search(text, max(0, first.start - 40), first.start)
    if (
        change is not None
        and not (change.group("up") or change.group("down"))
        and (_DIRECTION.search(text, max(0, change.start() - 40), change.start()) is None)
        and first.number.unit is Unit.NONE
    ):
        # "by 16 to 17-year-olds": no change word and the unit written once, so still a range;
        # "cut by 0.25 percent to 3.5 percent" writes the unit twice: a change, then a level.
        return None
    return change


def _change_range(
    reading: Reading,
    wording: str,
    change: re.Match[str],
    first: NumberMatch,
    second: NumberMatch,
) -> None:
    """'cut by 5 to 10 per cent': the percentage change must lie in the range."""
    sign = 1 if change.group("up") else -1 if change.group("down") else 0
    start = change.start() if sign else first.start
    end = second.end
    if not reading.free(start, end):
        return
    low, high = first.number, second.number
    reading.take(start, end)
    reading.mentions.append(
        Mention(
            phrases.family("percent-change"),
            start,
            end,
            wording[start:end],
            Stated(low.value, low.step, high.value, high.step),
            Comparator.BETWEEN,
            high,
            sign,
        )
    )


def _multiple_range(
    reading: Reading,
    wording: str,
    family: Family,
    first: NumberMatch,
    second: NumberMatch,
    end: int,
) -> None:
    """'3.5 to 4 times': the ratio to / from must lie in the range."""
    if not reading.free(first.start, end):
        return
    low, high = first.number, second.number
    reading.take(first.start, end)
    reading.mentions.append(
        Mention(
            family,
            first.start,
            end,
            wording[first.start : end],
            Stated(low.value, low.step, high.value, high.step),
            Comparator.BETWEEN,
            high,
        )
    )
