"""The scanner behind ``claimcheck._numbers``: where numbers start and how far each one runs.

Every regular expression here is anchored at a known position and bounded, so reading a number
costs time in proportion to the characters it consumes; the candidate search moves strictly
forward. A megabyte of digits, commas or letters is read in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Final

from claimcheck import _numwords
from claimcheck._numwords import WordForm

# Longer digit runs are not numbers a story states (and would make exact conversion slow).
MAX_DIGITS: Final = 40

_SPACE = r"[ \t\u00a0\u2009\u202f]"

_ARTICLE_TARGETS = "|".join(sorted(_numwords.ARTICLE_WORDS, key=len, reverse=True))
_START_WORDS = "|".join(sorted(_numwords.START_WORDS, key=len, reverse=True))

_CANDIDATE = re.compile(
    r"(?<![\w.])(?:[-−+](?=(?:US\$|[£$€])?\.?[0-9])|US\$|[£$€](?=\.?[0-9])|\.?[0-9])"
    rf"|\b(?:{_START_WORDS})(?![A-Za-z])"
    rf"|\ban?(?={_SPACE}{{1,3}}(?:{_ARTICLE_TARGETS})(?![A-Za-z]))",
    re.IGNORECASE,
)

_DIGITS = re.compile(
    r"(?P<sign>[-−+])?(?P<cur>US\$|[£$€])?"
    r"(?:(?P<int>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"
    r"|[1-9][0-9]{0,2}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?![0-9])"
    r"|[0-9]+)"
    r"(?:\.(?P<frac>[0-9]+))?"
    r"|\.(?P<lone>[0-9]+))"
)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z0-9])", re.IGNORECASE)
_SLASH = re.compile(r"/([1-9][0-9]{0,3})(?![0-9/.,])")
_SCALE_ATTACHED = re.compile(
    r"(?:trillion|billion|million|thousand|bn|mn|tn|k|m|b)(?![A-Za-z0-9])", re.IGNORECASE
)
_SCALE_SPACED = re.compile(
    rf"{_SPACE}{{1,2}}(?:trillion|billion|million|thousand|bn|mn|tn)(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"{_SPACE}{{1,2}}percentage{_SPACE}{{1,2}}points?(?![A-Za-z])"
    rf"|(?P<pct>{_SPACE}{{0,2}}%|{_SPACE}{{1,2}}per[ \u00a0-]?cent(?![A-Za-z])"
    rf"|{_SPACE}{{0,2}}percent(?![A-Za-z]))"
    rf"|{_SPACE}{{0,2}}(?:pp|ppts?)(?![A-Za-z])"
    rf"|{_SPACE}{{1,2}}points?(?![A-Za-z])",
    re.IGNORECASE,
)
_MONEY_WORD = re.compile(
    rf"{_SPACE}{{1,2}}(?P<word>pounds?|dollars?|euros?|pence)(?![A-Za-z])|(?P<p>p)(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_RATIO_LINK = re.compile(
    rf"{_SPACE}{{1,3}}(?:in|out{_SPACE}{{1,3}}of){_SPACE}{{1,3}}(?:every{_SPACE}{{1,3}})?",
    re.IGNORECASE,
)
_TIME_UNIT_AFTER = re.compile(
    rf"{_SPACE}{{1,3}}(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)

_SCALES: Final = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}
_CURRENCIES: Final = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR"}
_MONEY_WORDS: Final = {
    "pound": "GBP",
    "pounds": "GBP",
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pence": "GBP",
    "p": "GBP",
}


@dataclass(frozen=True, slots=True)
class Reading:
    """One number read from ``start`` up to ``end`` (the caller knows the start)."""

    end: int
    value: Fraction
    step: Fraction
    unit: str = "none"
    currency: str | None = None
    is_word: bool = False
    form: str = WordForm.CARDINAL
    plain_integer: bool = False  # digits only, no sign, decimals, unit or scale
    year_like: bool = False  # four plain digits between 1800 and 2199


@dataclass(frozen=True, slots=True)
class Skip:
    """Not a number, and nothing up to ``end`` can start one (an over-long digit run)."""

    end: int


def scan(text: str) -> Iterator[tuple[int, Reading]]:
    """Yield (start, reading) for every number in ``text``, left to right, without overlaps."""
    pos = 0
    size = len(text)
    while pos < size:
        m = _CANDIDATE.search(text, pos)
        if m is None:
            return
        start = m.start()
        found = read_at(text, start)
        if isinstance(found, Reading):
            yield start, found
            pos = found.end
        elif isinstance(found, Skip):
            pos = max(found.end, m.end())
        else:
            pos = m.end()


def read_at(text: str, pos: int) -> Reading | Skip | None:
    """Read the number that starts exactly at ``pos``."""
    found = _read_core(text, pos)
    if not isinstance(found, Reading):
        return found
    return _ratio(text, found)


def _read_core(text: str, pos: int) -> Reading | Skip | None:
    if pos >= len(text):
        return None
    char = text[pos]
    if (
        (char.isascii() and (char.isdigit() or char in "-+.$"))
        or char in "−£€"
        or (text.startswith("US$", pos))
    ):
        return _read_digits(text, pos)
    worded = _numwords.read_words(text, pos)
    if worded is None:
        return None
    reading = Reading(worded.end, worded.value, worded.step, is_word=True, form=worded.form)
    if worded.form != WordForm.CARDINAL:
        return reading
    return _suffixes(text, reading, has_currency=False)


def _read_digits(text: str, pos: int) -> Reading | Skip | None:
    m = _DIGITS.match(text, pos)
    if m is None:
        return None
    whole = m.group("int")
    frac = m.group("frac") if whole is not None else m.group("lone")
    if (whole is not None and len(whole) > MAX_DIGITS + MAX_DIGITS // 3) or (
        frac is not None and len(frac) > MAX_DIGITS
    ):
        return Skip(m.end())
    digits = (whole or "0").replace(",", "")
    for space in " \u00a0\u2009\u202f":
        digits = digits.replace(space, "")
    value = Fraction(int(digits))
    if frac is not None:
        step = Fraction(1, 10 ** len(frac))
        value += int(frac) * step
    else:
        step = _integer_step(digits)
    sign = m.group("sign")
    currency = _CURRENCIES.get(m.group("cur") or "")
    end = m.end()
    plain = sign is None and currency is None and frac is None
    if plain:
        ordinal = _ORDINAL_SUFFIX.match(text, end)
        if ordinal is not None:
            return Reading(ordinal.end(), value, Fraction(0), form=WordForm.ORDINAL)
        slash = _SLASH.match(text, end)
        if slash is not None and 0 < value < int(slash.group(1)) and whole is not None:
            return Reading(
                slash.end(), value / int(slash.group(1)), Fraction(0), form=WordForm.FRACTION
            )
    reading = Reading(
        end,
        value,
        step,
        unit="money" if currency else "none",
        currency=currency,
        plain_integer=plain,
        year_like=plain and whole is not None and len(whole) == 4 and 1800 <= value < 2200,
    )
    reading = _suffixes(text, reading, has_currency=currency is not None)
    if sign in ("-", "−"):
        reading = replace(reading, value=-reading.value)
    return reading


def _integer_step(digits: str) -> Fraction:
    """One unit of the last written digit; 82,000 is precise to the thousand."""
    stripped = digits.lstrip("0")
    if len(stripped) < 4:
        return Fraction(1)
    zeros = len(stripped) - len(stripped.rstrip("0"))
    return Fraction(10**zeros)


def _suffixes(text: str, reading: Reading, *, has_currency: bool) -> Reading:
    """Scale words, percent and points, and money words after the numeral."""
    end = reading.end
    scale = None
    if not reading.is_word:
        attached = _SCALE_ATTACHED.match(text, end)
        if attached is not None and (has_currency or attached.group().lower() not in ("m", "b")):
            scale = attached
        else:
            scale = _SCALE_SPACED.match(text, end)
    if scale is not None:
        word = scale.group().strip(" \t\u00a0\u2009\u202f").lower()
        size = _SCALES[word]
        reading = replace(
            reading,
            end=scale.end(),
            value=reading.value * size,
            step=reading.step * size,
            plain_integer=False,
            year_like=False,
        )
        end = scale.end()
    if not has_currency:
        pct = _PERCENT.match(text, end)
        if pct is not None:
            unit = "percent" if pct.group("pct") is not None else "points"
            return replace(reading, end=pct.end(), unit=unit, plain_integer=False, year_like=False)
        money = _MONEY_WORD.match(text, end)
        if money is not None and not (money.group("p") and reading.is_word):
            word = (money.group("word") or "p").lower()
            reading = replace(
                reading,
                end=money.end(),
                unit="money",
                currency=_MONEY_WORDS[word],
                plain_integer=False,
                year_like=False,
            )
            if word in ("p", "pence"):
                reading = replace(reading, value=reading.value / 100, step=reading.step / 100)
    return reading


def _ratio(text: str, first: Reading) -> Reading:
    """ "one in five", "1 in 14", "one out of three": the share 1/5, exact."""
    counts = first.form == WordForm.CARDINAL and first.unit == "none"
    if not counts or (not first.is_word and not first.plain_integer) or first.value <= 0:
        return first
    if first.value.denominator != 1:
        return first
    link = _RATIO_LINK.match(text, first.end)
    if link is None:
        return first
    second = _read_core(text, link.end())
    if not isinstance(second, Reading) or second.form != WordForm.CARDINAL:
        return first
    if second.unit != "none" or second.year_like or second.value.denominator != 1:
        return first
    if not (second.is_word or second.plain_integer) or first.value >= second.value:
        return first
    if _TIME_UNIT_AFTER.match(text, second.end):
        return first
    return Reading(
        second.end,
        first.value / second.value,
        Fraction(0),
        is_word=first.is_word,
        form="ratio",
    )
