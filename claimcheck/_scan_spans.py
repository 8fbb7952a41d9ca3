"""Stretches of an article that hold digits but no statistic: phone numbers, clock times, web
addresses, dates and year labels. The scanner finds these first and reads numbers around them.

Each pattern is bounded (no quantifier repeats over characters another one can take), so a
search over the whole text is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from fractions import Fraction
from typing import Final

_SP = r"[ \u00a0\u2009\u202f]"

# UK numbers (0808 800 5000, 0800 1111, 0121 626 5000, 07700 900123), +44 forms and
# North American 555-123-4567. At least seven digits, starting with 0 or a country code.
PHONE: Final = re.compile(
    rf"(?<![\w.,£$€])(?:(?:\+[1-9][0-9]{{0,2}}{_SP}?(?:\(0\){_SP}?)?[1-9][0-9]{{1,4}}"
    rf"|\(0[0-9]{{2,4}}\)|0[0-9]{{2,4}})(?:[{_SP[1:-1]}-]?[0-9]{{3,4}}){{1,2}}"
    rf"|[2-9][0-9]{{2}}-[0-9]{{3}}-[0-9]{{4}})(?![0-9])"
)

MONTHS: Final = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)

# 10:30, 10.30am, 5pm, 5 p.m., 17:45
TIME: Final = re.compile(
    rf"(?<![\w.:])(?P<h>[0-2]?[0-9])(?:[:.](?P<m>[0-5][0-9]))?{_SP}?"
    r"(?P<ampm>[ap]\.?m\b\.?)"
    rf"|(?<![\w.:])(?P<h2>[0-2]?[0-9]):(?P<m2>[0-5][0-9])(?![0-9:])",
    re.IGNORECASE,
)

URL: Final = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}"
    r"|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.(?:com|org|net|gov|co\.uk|org\.uk|uk|io)"
    r"(?:/[^\s<>\"']{0,2000})?",
    re.IGNORECASE,
)

# 10 March 2017, 10th March, March 10, 2017-03-10, 10/03/2017
DATE: Final = re.compile(
    rf"(?<![\w.])[0-3]?[0-9](?:st|nd|rd|th)?(?:{_SP}of)?{_SP}{{1,2}}(?:{MONTHS})\b\.?"
    rf"|\b(?:{MONTHS})\.?{_SP}{{1,2}}[0-3]?[0-9](?:st|nd|rd|th)?(?![0-9]|{_SP}?(?:%|per))"
    r"|(?<![\w.])[12][0-9]{3}-[01][0-9]-[0-3][0-9](?![0-9])"
    r"|(?<![\w./])[0-3]?[0-9]/[01]?[0-9]/(?:[12][0-9])?[0-9]{2}(?![0-9/])",
)

# Years with a month before them ("June 2016") or a label after them (2011/12, 2012-13).
YEAR_LABEL: Final = re.compile(
    rf"\b(?:{MONTHS})\.?,?{_SP}{{1,2}}(?:1[89]|2[01])[0-9]{{2}}(?![0-9])"
    r"|(?<![\w.,])(?:1[89]|2[01])[0-9]{2}[/\-–](?:[0-9]{2}|(?:1[89]|2[01])[0-9]{2})(?![0-9])",
)


@dataclass(frozen=True, slots=True)
class Special:
    """A phone number or clock time found as a whole."""

    start: int
    end: int
    kind: str
    value: Fraction


def _phone_value(text: str) -> Fraction:
    digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())
    return Fraction(int(digits)) if digits else Fraction(0)


def specials(text: str) -> list[Special]:
    """Phone numbers and clock times, left to right, without overlaps."""
    found: list[Special] = []
    for m in PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group())
        if digits >= 7:
            found.append(Special(m.start(), m.end(), "phone", _phone_value(m.group())))
    phones = Intervals([(s.start, s.end) for s in found])
    for m in TIME.finditer(text):
        if phones.overlaps(m.start(), m.end()):
            continue
        hour = int(m.group("h") or m.group("h2"))
        minute = int(m.group("m") or m.group("m2") or 0)
        ampm = (m.group("ampm") or "").lower()
        if hour > 24 or (ampm and hour > 12):
            continue
        if ampm.startswith("p") and hour < 12:
            hour += 12
        found.append(Special(m.start(), m.end(), "time", Fraction(hour * 60 + minute, 60)))
    found.sort(key=lambda s: s.start)
    return found


class Intervals:
    """Sorted, non-overlapping spans, asked whether a span overlaps one of them."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    @classmethod
    def of(cls, pattern: re.Pattern[str], text: str) -> Intervals:
        return cls([(m.start(), m.end()) for m in pattern.finditer(text)])

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start
