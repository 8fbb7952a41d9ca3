"""Numbers written in words: "nine", "twenty-four", "two hundred and eighty-eight", "a third".

The reader walks a bounded run of words after a start position and stops at the first word
that cannot continue the number, so its cost is proportional to the words it reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Final

UNITS: Final = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS: Final = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: Final = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: Final = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
ORDINAL_UNITS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
ORDINAL_TEENS: Final = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
ORDINAL_TENS: Final = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
ORDINAL_SCALES: Final = {
    "hundredth": 100,
    "thousandth": 10**3,
    "millionth": 10**6,
    "billionth": 10**9,
}
# Denominators of fractions: singular after "a"/"one", plural after larger numerators.
DENOMINATORS: Final = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "twelfth": 12,
    "twentieth": 20,
    "hundredth": 100,
    "thousandth": 1000,
}
PLURAL_DENOMINATORS: Final = {
    "halves": 2,
    "thirds": 3,
    "quarters": 4,
    "fourths": 4,
    "fifths": 5,
    "sixths": 6,
    "sevenths": 7,
    "eighths": 8,
    "ninths": 9,
    "tenths": 10,
    "twelfths": 12,
    "twentieths": 20,
    "hundredths": 100,
    "thousandths": 1000,
}

# Words that can open a number; the candidate search looks for these.
START_WORDS: Final = frozenset(
    [*UNITS, *TEENS, *TENS, *ORDINAL_UNITS, *ORDINAL_TEENS, *ORDINAL_TENS, "half", "dozen"]
)
# Words that "a"/"an" can introduce as a number: "a third", "a dozen", "a million".
ARTICLE_WORDS: Final = frozenset(["hundred", "dozen", *SCALES, *DENOMINATORS])

_WORD = re.compile(r"[A-Za-z]{1,12}(?![A-Za-z])")
_SEP = re.compile(r"[ \t\n\u00a0\u2009\u202f]{1,3}|-(?=[A-Za-z])")


class WordForm:
    """How a worded number reads (mirrors ``claimcheck._numbers.Form`` by value)."""

    CARDINAL: Final = "cardinal"
    FRACTION: Final = "fraction"
    ORDINAL: Final = "ordinal"


@dataclass(frozen=True, slots=True)
class WordNumber:
    end: int
    value: Fraction
    step: Fraction
    form: str


def _word_at(text: str, pos: int) -> tuple[str, int] | None:
    m = _WORD.match(text, pos)
    if m is None:
        return None
    return m.group().lower(), m.end()


def _next_word(text: str, pos: int) -> tuple[str, int, int] | None:
    """The word after a separator at ``pos``: (word, start, end)."""
    sep = _SEP.match(text, pos)
    if sep is None:
        return None
    hit = _word_at(text, sep.end())
    if hit is None:
        return None
    return hit[0], sep.end(), hit[1]


def read_words(text: str, pos: int) -> WordNumber | None:
    """Read a worded number starting exactly at ``pos``, or None."""
    first = _word_at(text, pos)
    if first is None:
        return None
    word, end = first
    if word in ("a", "an"):
        return _after_article(text, end)
    if word == "half":
        return _half(text, end)
    return _compound(text, pos)


def _after_article(text: str, end: int) -> WordNumber | None:
    nxt = _next_word(text, end)
    if nxt is None:
        return None
    word, _start, stop = nxt
    if word in DENOMINATORS:
        return WordNumber(stop, Fraction(1, DENOMINATORS[word]), Fraction(0), WordForm.FRACTION)
    if word in ARTICLE_WORDS:
        return _compound(text, end, leading=1)
    return None


def _half(text: str, end: int) -> WordNumber:
    # "half a million" is 500,000; "half" alone is one half.
    nxt = _next_word(text, end)
    if nxt is not None and nxt[0] == "a":
        scale = _next_word(text, nxt[2])
        if scale is not None and scale[0] in SCALES:
            size = SCALES[scale[0]]
            return WordNumber(scale[2], Fraction(size, 2), Fraction(size, 10), WordForm.CARDINAL)
    return WordNumber(end, Fraction(1, 2), Fraction(0), WordForm.FRACTION)


def _compound(text: str, pos: int, leading: int | None = None) -> WordNumber | None:
    """Cardinals and ordinals: "twenty-four", "two hundred and eighty-eight", "twenty-fifth".

    ``leading`` stands for an "a" already read ("a hundred", "a million").
    """
    total = 0  # completed scale groups
    group = leading or 0  # the group below the current scale
    last = "unit" if leading else ""  # kind of the last word read
    scale_cap = 10**15  # scales must fall: "two million three thousand"
    step_scale = 1  # scale applied after the last digit-bearing word
    end = pos
    cursor = pos
    first_word = leading is None
    while True:
        if first_word:
            hit = _word_at(text, cursor)
            if hit is None:
                return None
            word, stop = hit
            first_word = False
        else:
            nxt = _next_word(text, cursor)
            if nxt is None:
                break
            word, _start, stop = nxt
        if word == "and" and last in ("hundred", "scale"):
            after = _next_word(text, stop)
            if after is None or not (
                after[0] in UNITS
                or after[0] in TEENS
                or after[0] in TENS
                or after[0] in ORDINAL_UNITS
                or after[0] in ORDINAL_TEENS
                or after[0] in ORDINAL_TENS
            ):
                break
            cursor = stop
            last = "and"
            continue
        fraction = _fraction(word, group, total, last)
        if fraction is not None:
            return WordNumber(stop, fraction, Fraction(0), WordForm.FRACTION)
        small_ok = last in ("", "hundred", "scale", "and")
        if word in UNITS and (small_ok or last == "tens") and not (word == "zero" and last):
            group += UNITS[word]
            last = "unit"
            step_scale = 1
        elif word in TEENS and small_ok:
            group += TEENS[word]
            last = "teen"
            step_scale = 1
        elif word in TENS and small_ok:
            group += TENS[word]
            last = "tens"
            step_scale = 1
        elif word == "hundred" and last in ("unit", "teen", "tens") and group < 100:
            group *= 100
            last = "hundred"
        elif word == "dozen" and ((last in ("unit", "teen", "tens") and group < 100) or not last):
            group = (group or 1) * 12
            last = "scale"
            cursor = end = stop
            break
        elif (
            word in SCALES
            and last in ("unit", "teen", "tens", "hundred")
            and (SCALES[word] < scale_cap)
        ):
            total += group * SCALES[word]
            group = 0
            scale_cap = SCALES[word]
            step_scale = SCALES[word]
            last = "scale"
        elif word in ORDINAL_UNITS and (small_ok or last == "tens"):
            return _ordinal(stop, total + group + ORDINAL_UNITS[word])
        elif word in ORDINAL_TEENS and small_ok:
            return _ordinal(stop, total + group + ORDINAL_TEENS[word])
        elif word in ORDINAL_TENS and small_ok:
            return _ordinal(stop, total + group + ORDINAL_TENS[word])
        elif word in ORDINAL_SCALES and last in ("unit", "teen", "tens", "hundred"):
            return _ordinal(stop, total + group * ORDINAL_SCALES[word])
        else:
            break
        cursor = end = stop
    if last in ("", "and") or end == pos:
        return None
    value = total + group
    step = Fraction(step_scale)
    return WordNumber(end, Fraction(value), step, WordForm.CARDINAL)


def _fraction(word: str, group: int, total: int, last: str) -> Fraction | None:
    """A fraction such as "one third" or "two-thirds" when ``word`` is a denominator."""
    if total or last not in ("unit", "teen") or group == 0:
        return None
    if group == 1 and word in DENOMINATORS:
        return Fraction(1, DENOMINATORS[word])
    if group > 1 and word in PLURAL_DENOMINATORS:
        return Fraction(group, PLURAL_DENOMINATORS[word])
    return None


def _ordinal(end: int, value: int) -> WordNumber:
    return WordNumber(end, Fraction(value), Fraction(0), WordForm.ORDINAL)
