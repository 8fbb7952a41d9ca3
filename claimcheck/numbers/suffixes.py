"""What can follow a number: scale words and letters ("3 million", "£3.7m", "5bn"), per cent
and points ("12.5%", "3 percentage points"), money words ("20 pounds", "5 USD", "50p"), cents
and pence ("3 dollars 50 cents") and digits joined by scale words ("3 hundred and 21").

Every pattern is anchored where the suffix starts and bounded.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from typing import Final

from claimcheck.numbers.reading import Reading, moved
from claimcheck.numbers.words import WordForm, read_and_fraction, read_words
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import SPACE, SPACE_CHARS

__all__ = ["suffixes"]

_S = SPACE
_GAPS: Final = frozenset(SPACE_CHARS)
_SCALE_ATTACHED = lazy_pattern(
    r"(?P<s>(?i:trillion|billion|million|thousand|hundred|lakh|crore|bn|mn|tn|bln|tln|mil)"
    r"|MM|k|K|m|M|b|B|T)(?![A-Za-z0-9])"
)
_SCALE_SPACED = lazy_pattern(
    rf"{_S}{{1,2}}(?P<s>(?i:trillion|billion|million|thousand|hundred|lakh|crore|bn|mn|tn|bln"
    r"|tln|dozens?|dozs|dzs)|MM)(?![A-Za-z0-9])"
)
_LETTER_SPACED = lazy_pattern(rf"{_S}{{1,2}}(?P<s>k|K|M)(?![A-Za-z0-9])")
_PERCENT = lazy_pattern(
    # Points, however the percent is spelt before them: "1.4 percentage pts", "0.24 per cent
    # points", "0.47 percent points", "1.4% points"; "0.3 percentage-points" with a hyphen.
    rf"(?:(?:{_S}{{1,2}}|-)(?:percentage|per[ \u00a0-]?cent|percent)|{_S}{{0,2}}%)"
    rf"(?:{_S}{{1,2}}|-)(?:points?|pts?)(?![A-Za-z])"
    # "a 5-percent decrease", "a 12-per-cent rise": a hyphen before the word, as US copy joins
    rf"|(?P<pct>{_S}{{0,2}}%|(?:{_S}{{1,2}}|-)per[ \u00a0-]?cent(?![A-Za-z])"
    rf"|(?:{_S}{{0,2}}|-)percent(?![A-Za-z])"
    rf"|{_S}{{0,1}}(?-i:pc)(?![A-Za-z0-9]))"  # "12pc", "12 pc": per cent in UK papers
    rf"|{_S}{{0,2}}(?:pp|ppts?)(?![A-Za-z])"
    rf"|{_S}{{1,2}}points?(?![A-Za-z])",
    re.IGNORECASE,
)
_MONEY_WORD = lazy_pattern(
    rf"(?:{_S}{{1,2}}|-)(?P<word>(?i:pounds?|dollars?|euros?|pence|cents?))(?![A-Za-z])"
    rf"|{_S}?(?P<mega>M)?(?P<iso>USD|GBP|EUR|AUD)(?![A-Za-z0-9])|(?P<p>p)(?![A-Za-z0-9])"
)
_HYPHEN_SUBUNIT = lazy_pattern(r"-(?i:cents?|pence)(?![A-Za-z])")
# "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50."
_SUBUNIT_LINK = lazy_pattern(rf"{_S}{{1,2}}(?:and{_S}{{1,2}})?(?=[0-9A-Za-z])")
_SUBUNIT_DIGITS = lazy_pattern(r"[0-9]{1,2}(?![0-9,.][0-9])")
_SUBUNIT_END = lazy_pattern(rf"{_S}{{0,2}}(?:(?i:cents?|pence|p)(?![A-Za-z])|(?=[.,;!?)]|$))")
# "3 hundred and 21", "4 thousand 3 hundred"
_COMPOUND_LINK = lazy_pattern(rf"{_S}{{1,2}}(?:and{_S}{{1,2}})?(?=[0-9])")
_COMPOUND_AND = lazy_pattern(rf"{_S}{{1,2}}and{_S}{{1,2}}(?=[a-z])")
_COMPOUND_DIGITS = lazy_pattern(
    rf"[0-9]{{1,3}}(?![0-9,.])(?:{_S}{{1,2}}(?P<h>hundred)(?![A-Za-z]))?"
)
# "1.8m tall" is a height, not 1.8 million
_MEASURED_AFTER = lazy_pattern(
    rf"{_S}{{1,2}}(?:tall|high|long|wide|deep|away|across|above|below|in\s+(?:height|length))\b"
)


_SCALES: Final = {
    "hundred": 100,
    "thousand": 10**3,
    "k": 10**3,
    "lakh": 10**5,
    "million": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "mil": 10**6,
    "mm": 10**6,
    "crore": 10**7,
    "billion": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "tln": 10**12,
    "t": 10**12,
    "dozen": 12,
    "dozens": 12,
    "dozs": 12,
    "dzs": 12,
}
# Single letters read as scales only where they cannot be a unit: after a currency ("£3m",
# "$2T", "€10K"), or for "m"/"b" after a decimal ("1.5m people"); "M" as in "10M" always.
_LETTER_NEEDS: Final = {
    "m": "decimal",
    "b": "decimal",
    "B": "decimal",
    "T": "currency",
    "K": "currency",
    "MM": "currency",
}
_MONEY_WORDS: Final = {
    "pound": "GBP",
    "pounds": "GBP",
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pence": "GBP",
    "p": "GBP",
    # cents are hundredths of a dollar in most stories that count them; against a figure in
    # euros the currencies differ and the check asks rather than converts
    "cents": "USD",
    "cent": "USD",
}


# The first character of a suffix after a gap of one or two: a scale ("3 million"), per cent
# or points ("37 per cent"), or money ("20 pounds", "5 USD"); the scale and money words are
# read ignoring case (and the Kelvin sign is a capital k then).
_SUFFIX_WORD_FIRST: Final = frozenset("tTbBmMhHlLcCdDkKpPeEUGA%\u212a")


def _scale(text: str, end: int, *, currency: str | None, decimal: bool) -> re.Match[str] | None:
    after = text[end : end + 1]
    attached = _SCALE_ATTACHED.match(text, end) if after.isalpha() else None
    if attached is not None:
        need = _LETTER_NEEDS.get(attached.group("s"))
        if need is None:
            return attached
        if need == "currency" and currency:
            return attached
        if need == "decimal" and (currency or decimal):
            measured = attached.group("s") == "m" and not currency
            if measured and _MEASURED_AFTER.match(text, attached.end()):
                return None
            return attached
        return None
    if after not in _GAPS:
        return None
    spaced = _SCALE_SPACED.match(text, end)
    if spaced is None and decimal:
        return _LETTER_SPACED.match(text, end)  # "2.33 k", "1,674,200.5 M"
    return spaced


def suffixes(text: str, reading: Reading, *, currency: str | None, decimal: bool) -> Reading:
    """Scale words, percent and points, and money words after the numeral."""
    end = reading.end
    after = text[end : end + 1]
    if after in _GAPS:
        word = text[end + 1 : end + 2]
        if word in _GAPS:
            word = text[end + 2 : end + 3]
        if word not in _SUFFIX_WORD_FIRST:
            return reading
    elif after == "-" and not currency:
        # "a 5-percent decrease", "a 6-cent rise": per cent or money joined by a hyphen
        pct = _PERCENT.match(text, end)
        if pct is not None and pct.group("pct") is not None:
            return moved(reading, pct.end(), reading.value, reading.step, "percent")
        if pct is not None:
            return moved(reading, pct.end(), reading.value, reading.step, "points")
        # "a 6-cent rise" is money; "a 20-pound bag" may be a weight, so only cents and pence
        return _money(text, reading) if _HYPHEN_SUBUNIT.match(text, end) else reading
    elif not (after == "%" or after.isalpha()):
        return reading
    if not reading.is_word:
        reading = _scaled(text, reading, currency=currency, decimal=decimal)
    if currency:
        return reading
    pct = _PERCENT.match(text, reading.end)
    if pct is not None:
        unit = "percent" if pct.group("pct") is not None else "points"
        return moved(reading, pct.end(), reading.value, reading.step, unit)
    return _money(text, reading)


def _scaled(text: str, reading: Reading, *, currency: str | None, decimal: bool) -> Reading:
    """A scale after the numeral: "3 million", "£3.7m", "2.5 billion and a half", "3 hundred
    and 21"."""
    scale = _scale(text, reading.end, currency=currency, decimal=decimal)
    if scale is None:
        return reading
    size = _SCALES[scale.group("s").lower()]
    reading = moved(reading, scale.end(), reading.value * size, reading.step * size, reading.unit)
    mixed = read_and_fraction(text, reading.end)
    if mixed is not None and size > 12:
        fraction, stop = mixed
        return replace(reading, end=stop, value=reading.value + fraction * size)
    if size in (100, 1000) and scale.group("s").isalpha() and not decimal:
        return _compound(text, reading, size)
    return reading


def _money(text: str, reading: Reading) -> Reading:
    """A money word or code after the number: "20 pounds", "50p", "5 USD", "3 dollars 50"."""
    money = _MONEY_WORD.match(text, reading.end)
    if money is None or (money.group("p") and reading.is_word):
        return reading
    word = (money.group("word") or money.group("p") or "").lower()
    paid_in = money.group("iso") or _MONEY_WORDS[word]
    reading = moved(reading, money.end(), reading.value, reading.step, "money", paid_in)
    if word in ("p", "pence", "cents", "cent"):
        return replace(reading, value=reading.value / 100, step=reading.step / 100)
    if money.group("mega"):
        return replace(reading, value=reading.value * 10**6, step=reading.step * 10**6)
    if money.group("iso"):
        scale = _SCALE_SPACED.match(text, reading.end)
        if scale is not None and scale.group("s").lower() in ("million", "billion", "thousand"):
            size = _SCALES[scale.group("s").lower()]
            return replace(
                reading, end=scale.end(), value=reading.value * size, step=reading.step * size
            )
    return _subunits(text, reading)


def _subunits(text: str, reading: Reading) -> Reading:
    """Cents or pence after whole units: "3 dollars 50 cents", "15 dollars and 50."."""
    link = _SUBUNIT_LINK.match(text, reading.end)
    if link is None or reading.value.denominator != 1:
        return reading
    at = link.end()
    digits = _SUBUNIT_DIGITS.match(text, at)
    if digits is not None:
        cents, stop = int(digits.group()), digits.end()
    else:
        worded = read_words(text, at)
        if worded is None or worded.form != WordForm.CARDINAL or worded.value >= 100:
            return reading
        cents, stop = int(worded.value), worded.end
    end = _SUBUNIT_END.match(text, stop)
    if end is None:
        return reading
    return replace(
        reading, end=end.end(), value=reading.value + Fraction(cents, 100), step=Fraction(1, 100)
    )


def _compound(text: str, reading: Reading, size: int) -> Reading:
    """ "3 hundred and 21", "4 thousand 3 hundred and 21": digits joined by scale words."""
    for _ in range(2):
        link = _COMPOUND_LINK.match(text, reading.end)
        if link is None:
            return _compound_words(text, reading, size)
        part = _COMPOUND_DIGITS.match(text, link.end())
        if part is None:
            return _compound_words(text, reading, size)
        value = int(part.group().split()[0]) * (100 if part.group("h") else 1)
        if value == 0 or value >= size or (part.group("h") and size != 1000):
            return reading
        reading = replace(reading, end=part.end(), value=reading.value + value, step=Fraction(1))
        size = 100 if part.group("h") else 1
    return reading


def _compound_words(text: str, reading: Reading, size: int) -> Reading:
    """ "3 hundred and one": a worded remainder after a scale word in digits."""
    link = _COMPOUND_AND.match(text, reading.end)
    if link is None:
        return reading
    worded = read_words(text, link.end())
    if worded is None or worded.form != WordForm.CARDINAL or not 0 < worded.value < size:
        return reading
    return replace(reading, end=worded.end, value=reading.value + worded.value, step=Fraction(1))
