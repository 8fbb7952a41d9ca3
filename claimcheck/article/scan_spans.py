"""Numbers that are no statistic: phone numbers, identifiers such as ISBNs, clock times, web
addresses, dates and year labels. Each check starts from a number already found and looks only
at the few characters around it, so the cost grows with the numbers in a text, not with its length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from fractions import Fraction
from typing import Final

from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import DIGIT_GROUP_SPACE, QUOTE_MARKS, YEAR_DIGITS

_SP = DIGIT_GROUP_SPACE

# UK numbers (0808 800 5000, 0800 1111, 0121 626 5000, 07700 900123), +44 forms and
# North American 555-123-4567. At least seven digits, starting with 0 or a country code.
PHONE: Final = lazy_pattern(
    rf"(?<![\w.,£$€])(?:(?:\+[1-9][0-9]{{0,2}}{_SP}?(?:\(0\){_SP}?)?[1-9][0-9]{{1,4}}"
    rf"|\(0[0-9]{{2,4}}\)|0[0-9]{{2,4}})(?:[{_SP[1:-1]}-]?[0-9]{{3,4}}){{1,2}}"
    rf"|(?:1-)?[2-9][0-9]{{2}}-[0-9]{{3}}-[0-9]{{4}})(?![0-9])"
)
# 10:30, 10.30am, 5pm, 5 p.m., 17:45
TIME: Final = lazy_pattern(
    rf"(?<![\w.:])(?P<h>[0-2]?[0-9])(?:[:.](?P<m>[0-5][0-9]))?{_SP}?"
    r"(?P<ampm>[aApP]\.[mM]\.|[aApP][mM]\b)"
    rf"|(?<![\w.:])(?P<h2>[0-2]?[0-9]):(?P<m2>[0-5][0-9])(?![0-9:])"
)
MONTHS: Final = month_pattern()
_MONTH_BEFORE = lazy_pattern(rf"\b(?:{MONTHS})\.?,?{_SP}{{1,2}}(?:the{_SP})?$")
_MONTH_AFTER = lazy_pattern(rf"(?:st|nd|rd|th)?(?:{_SP}of)?{_SP}{{1,2}}(?:{MONTHS})\b")
# a month's full name and a full stop: the end of a sentence ("in March. 14 people"), never a
# date, which abbreviates with a full stop ("Mar. 14")
_SENTENCE_END = lazy_pattern(
    r"\A(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\."
)
_DATE_TOKEN = lazy_pattern(
    rf"[0-3]?[0-9]/[01]?[0-9]/(?:[12][0-9])?[0-9]{{2}}|{YEAR_DIGITS}-[01][0-9]-[0-3][0-9]"
    rf"|[0-3]?[0-9]\.[01]?[0-9]\.{YEAR_DIGITS}"
)
_YEAR_LABEL_TOKEN = lazy_pattern(rf"{YEAR_DIGITS}[/\-–](?:[0-9]{{2}}|{YEAR_DIGITS})(?:s|'s)?")
# Book and serial numbers: four or more hyphenated digit groups (978-3-16-148410-0,
# 0-8044-2957-X), or any digits, dots, slashes and hyphens after "ISBN", "ISSN" or "DOI".
IDENTIFIER: Final = lazy_pattern(
    r"(?<![\w.,-])[0-9]{1,7}(?:-[0-9]{1,7}){2,6}-(?:[0-9]{1,7}|[Xx])(?![\w-])"
)
_ID_KEYWORD_BEFORE = lazy_pattern(rf"\b(?:ISBN|ISSN|DOI)(?:-|:?{_SP}{{0,2}})$", re.IGNORECASE)
_ID_AFTER_KEYWORD = lazy_pattern(
    rf"(?:1[03]:?{_SP}{{1,2}}(?=[0-9]))?[0-9](?:[0-9./-]{{0,40}}[0-9Xx])?(?![\w-])"
)
_ORDINAL_ENDING = lazy_pattern(r"(?:st|nd|rd|th)$")
_URL_TOKEN = lazy_pattern(
    r"://|^www\.|@|\.(?:com|org|net|gov|edu|uk|io|html?|php|aspx?)(?:\b|/)", re.IGNORECASE
)
_TOKEN_EDGE = QUOTE_MARKS + "()[]{}<>,;:.!?"
_UP_TO_LAST_SPACE = lazy_pattern(r".*\s", re.DOTALL)
_NON_SPACE = lazy_pattern(r"\S*")


@dataclass(frozen=True, slots=True)
class Special:
    """A phone number, clock time or identifier found as a whole."""

    start: int
    end: int
    kind: str
    value: Fraction


def special_at(text: str, start: int) -> Special | None:
    """A phone number, identifier or clock time beginning with the number at ``start``."""
    if _ID_KEYWORD_BEFORE.search(text, max(0, start - 12), start):
        return _identifier(text, start, _ID_AFTER_KEYWORD)
    at = start - 1 if start > 0 and text[start - 1] == "(" else start
    phone = PHONE.match(text, at)
    if phone is not None and sum(ch.isdigit() for ch in phone.group()) >= 7:
        digits = "".join(ch for ch in phone.group() if ch.isascii() and ch.isdigit())
        return Special(at, phone.end(), "phone", Fraction(int(digits)))
    identifier = _identifier(text, start, IDENTIFIER)
    if identifier is not None:
        return identifier
    time = TIME.match(text, start)
    if time is None:
        return None
    hour = int(time.group("h") or time.group("h2"))
    minute = int(time.group("m") or time.group("m2") or 0)
    ampm = (time.group("ampm") or "").lower()
    if hour > 24 or (ampm and (hour > 12 or hour == 0)):
        return None
    if ampm.startswith("p") and hour < 12:
        hour += 12
    return Special(start, time.end(), "time", Fraction(hour * 60 + minute, 60))


def _identifier(text: str, start: int, pattern: re.Pattern[str]) -> Special | None:
    """An ISBN, ISSN or other hyphenated serial number beginning at ``start``."""
    found = pattern.match(text, start)
    if found is None:
        return None
    digits = "".join(ch for ch in found.group() if ch.isdigit())
    return Special(start, found.end(), "other", Fraction(int(digits or "0")))


class Tokens:
    """The run of non-space characters around each number, read once per run, left to right.

    Numbers must be asked for in order; each run is found and tested once, so the cost is
    linear however long a run without spaces is.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._end = 0
        self._token = ""
        self._url = False

    def around(self, start: int, end: int) -> tuple[str, bool]:
        """The token holding ``text[start:end]`` (edge punctuation removed), and whether it is
        a web or e-mail address."""
        if start >= self._end or end > self._end:
            text = self._text
            space = _UP_TO_LAST_SPACE.match(text, min(self._end, start), start)
            left = min(self._end, start) if space is None else space.end()
            right = _NON_SPACE.match(text, end).end()  # type: ignore[union-attr]
            self._token = text[left:right].strip().strip(_TOKEN_EDGE)
            self._url = in_url(self._token)
            self._end = right
        return self._token, self._url


def in_url(token: str) -> bool:
    """Whether the token is a web or e-mail address (its digits are no statistic)."""
    return _URL_TOKEN.search(token) is not None


def date_part(text: str, start: int, end: int, token: str) -> str | None:
    """'date' for a day of a date, 'year' for a year in a date or label, else None."""
    if _YEAR_LABEL_TOKEN.fullmatch(token):
        return "year"
    if _DATE_TOKEN.fullmatch(token):
        return "year" if end - start == 4 else "date"
    before = _MONTH_BEFORE.search(text, max(0, start - 16), start)
    if before is not None and _SENTENCE_END.search(before.group()):
        before = None  # "... in January. Four people ...": a sentence ends after the month
    after = _MONTH_AFTER.match(text, end)
    if before is None and after is None:
        return None
    digits = _ORDINAL_ENDING.sub("", text[start:end])
    if len(digits) == 4 and digits.isdigit():  # "2024", never the word "Four"
        return "year"
    return "date" if digits.isdigit() and 1 <= int(digits) <= 31 else None


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

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start
