"""Ranges with the unit written once: "40-50%", "40 to 50 per cent", "40-50 people".

The number reader gives the two ends apart ("40" and "50%"); read together they state one
range, judged by the "between" family: the figure must lie from the low end to the high end.
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck._numbers import NumberMatch, Unit
from claimcheck.engine import phrases
from claimcheck.engine._asides import YEAR
from claimcheck.engine._compare import Comparator, Stated
from claimcheck.engine._mentions import Mention, Reading, number_form

__all__ = ["mark_ranges"]

_GAP = re.compile(r"\s*-\s*|\s+to\s+")
# "from 40 to 50" is a change, and "between 40 and 50" is the between family's own template.
_NOT_A_RANGE_BEFORE = re.compile(r"(?<![a-z])(?:from|between)\s+$")


def mark_ranges(reading: Reading, wording: str, text: str, numbers: list[NumberMatch]) -> None:
    """Read every free pair of numbers joined by a hyphen or 'to' as one range."""
    for first, second in pairwise(numbers):
        if not (reading.free(first.start, first.end) and reading.free(second.start, second.end)):
            continue
        if not _GAP.fullmatch(text, first.end, second.start):
            continue
        low, high = first.number, second.number
        if number_form(low) != "cardinal" or number_form(high) != "cardinal":
            continue
        if YEAR.fullmatch(low.text) or YEAR.fullmatch(high.text):
            continue
        if low.unit is not Unit.NONE and low.unit is not high.unit:
            continue
        if high.unit not in (Unit.NONE, Unit.PERCENT) or not 0 <= low.value < high.value:
            continue
        if low.text[:1] in "+-−" or high.text[:1] in "+-−":
            continue
        if _NOT_A_RANGE_BEFORE.search(text, max(0, first.start - 12), first.start):
            continue
        start, end = first.start, second.end
        reading.take(start, end)
        reading.mentions.append(Mention(
            phrases.family("between"), start, end, wording[start:end],
            Stated(low.value, low.step, high.value, high.step), Comparator.BETWEEN, high,
        ))
