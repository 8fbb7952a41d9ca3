"""Numbers as newsrooms write them: exact values that carry the precision they were written with.

"4.2" stands for [4.15, 4.25), "37%" for [36.5, 37.5), "1.13 million" for
[1,125,000, 1,135,000) and "82,000" for [81,500, 82,500): the rule statcheck applies to
reported statistics, so a rounded figure in a story is not called wrong for being rounded.

The interface:
- ``Number``: one written number, exact, with its ``unit``, ``currency`` and ``form``.
- ``NumberMatch``: a number found in running text, with its span.
- ``parse_number(text)``: a whole string such as "12.5%", "£3.7m", "1,072,000", "nine".
- ``find_numbers(text)``: every number in running text, left to right, linear time.

The reading itself lives in ``numbers.reader`` (where numbers start), ``numbers.digits`` (digits and
what follows them) and ``numbers.words`` with ``numbers.vocab`` (numbers in words).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from claimcheck.numbers import reader as _numreader


class Unit(StrEnum):
    """What a number counts, as far as its own writing says."""

    NONE = "none"
    PERCENT = "percent"
    POINTS = "points"
    MONEY = "money"


class Form(StrEnum):
    """How a number reads: a plain amount, a fraction, a rank, or "one in five"."""

    CARDINAL = "cardinal"
    FRACTION = "fraction"  # "a third", "two-thirds", "3/4": exact
    ORDINAL = "ordinal"  # "21st", "the third year", "twenty-fifth"
    RATIO = "ratio"  # "one in five", "1 in 14", "one out of three": the value is 1/5


@dataclass(frozen=True, slots=True)
class Number:
    """A number as written, exact, with the precision it was written with.

    ``value`` has any scale word applied ("£3.7m" is 3,700,000; "1.13 million" is 1,130,000).
    For a percentage it is the number before the sign ("12.5%" is 12.5). ``step`` is one unit
    of the last written significant digit, scale applied ("4.2": 1/10; "82,000": 1,000;
    "£3.7m": 100,000); the number stands for the interval [value - step/2, value + step/2).
    ``step`` is 0 for a number known exactly (a fraction word such as "a third").
    """

    value: Fraction
    step: Fraction
    text: str
    unit: Unit = Unit.NONE
    currency: str | None = None
    is_word: bool = False
    form: Form = Form.CARDINAL
    # What a source declares of its own rounding (a claim file's ``rounded:``): True when even
    # its whole numbers are rounded to their written precision, False when every figure is
    # exact as printed, None when the written form decides.
    rounded: bool | None = None

    @property
    def low(self) -> Fraction:
        return self.value - self.step / 2

    @property
    def high(self) -> Fraction:
        return self.value + self.step / 2

    def contains(self, value: Fraction) -> bool:
        """Whether ``value`` rounds to this number at its written precision."""
        if self.step == 0:
            return value == self.value
        return self.low <= value < self.high


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number found in running text; ``text[start:end]`` is exactly ``number.text``."""

    start: int
    end: int
    number: Number

    @property
    def form(self) -> Form:
        return self.number.form


def parse_number(text: str) -> Number | None:
    """Read a whole string as one number, or None when it is not exactly one number."""
    stripped = text.strip()
    if not stripped:
        return None
    offset = text.index(stripped[0])
    at = _numreader.read_at(text, offset)
    if len(at.readings) != 1 or at.end != offset + len(stripped):
        return None
    return _number(text, offset, at.readings[0])


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in ``text``, left to right, without overlaps, in time linear in its length."""
    found: list[NumberMatch] = []
    append = found.append
    for start, reading in _numreader.scan(text):
        match = NumberMatch(start, reading.end, _number(text, start, reading))
        append(match)
    return found


_UNITS: dict[str, Unit] = {unit.value: unit for unit in Unit}
_FORMS: dict[str, Form] = {form.value: form for form in Form}


def _number(text: str, start: int, reading: _numreader.Reading) -> Number:
    return Number(
        reading.value,
        reading.step,
        text[start : reading.end],
        _UNITS[reading.unit],
        reading.currency,
        reading.is_word,
        _FORMS[reading.form],
    )
