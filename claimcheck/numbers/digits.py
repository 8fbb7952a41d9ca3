"""Numbers written in digits: "1,072,000", "£3.7", "-12.5", "21st", "3/4", "2 1/2", "1.3e6",
"10^6", "2½", "192.168.1.2"; ``numbers.suffixes`` reads the words after them ("5bn", "12.5%",
"20 million pounds").

Every pattern is anchored where the number starts and bounded, so a read costs time in
proportion to the characters it consumes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from typing import Final

from claimcheck.numbers.bounds import POWER_DIGITS
from claimcheck.numbers.reading import NOTHING, Found, Reading, negated
from claimcheck.numbers.suffixes import suffixes
from claimcheck.numbers.words import WordForm
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import (
    DIGIT_GROUP_SPACE,
    DIGIT_GROUP_SPACE_CHARS,
    FIRST_YEAR,
    LAST_YEAR,
    SPACE,
    SPACE_CHARS,
)

# Longer digit runs are not numbers a story states (and would make exact conversion slow).
MAX_DIGITS: Final = 40

_S = SPACE
__all__ = ["MAX_DIGITS", "VULGAR", "integer_step", "read_digits"]

VULGAR: Final = {
    "½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "¼": Fraction(1, 4),
    "¾": Fraction(3, 4), "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5), "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅐": Fraction(1, 7),
    "⅛": Fraction(1, 8), "⅜": Fraction(3, 8), "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
    "⅑": Fraction(1, 9), "⅒": Fraction(1, 10),
}  # fmt: skip

_DOTTED = lazy_pattern(r"[0-9]{1,3}(?:\.[0-9]{1,3}){2,}(?![0-9])")
_DIGITS = lazy_pattern(
    rf"(?P<sign>[-−+])?(?:(?P<cur>US\$|[£$€]|USD|GBP|EUR){DIGIT_GROUP_SPACE}?)?"
    r"(?:(?P<int>[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])"  # Indian grouping: 12,34,567
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"
    rf"|[1-9][0-9]{{0,2}}(?:{DIGIT_GROUP_SPACE}[0-9]{{3}})+(?![0-9])"
    r"|[0-9]+)"
    r"(?:\.(?P<frac>[0-9]+))?"
    r"|\.(?P<lone>[0-9]+))"
)
_EXPONENT = lazy_pattern(
    r"(?:[eE]|[ ]?[x×][ ]?10(?:\^|(?=[-−])))(?P<exp>[-−+]?[0-9]{1,3})(?![0-9A-Za-z])"
)
_POWER = lazy_pattern(r"\^(?P<p>[-+−]?[0-9]{1,2})(?![0-9])")
_ORDINAL_SUFFIX = lazy_pattern(r"(?:st|nd|rd|th)(?![A-Za-z0-9])", re.IGNORECASE)
_SLASH = lazy_pattern(r"/([1-9][0-9]{0,3})(?![0-9/.,])")
_MIXED = lazy_pattern(rf"{_S}{{1,2}}([1-9])/([1-9][0-9]?)(?![0-9/.,])")

_CURRENCIES: Final = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR"}

_ZERO: Final = Fraction(0)
_ONE: Final = Fraction(1)
# The patterns after a number are tried only where the next character can begin what they
# match: a letter (told by ``str.isalpha``, which also covers the non-ASCII letters that an
# ignore-case pattern matches, such as the Kelvin sign), a gap, "/" or a digit after a gap for
# a rank, fraction or mixed number ("21st", "3/4", "2 1/2"), and these for an exponent
# ("1.3e6", "3 x 10^6").
_GAPS: Final = frozenset(SPACE_CHARS)
_NONZERO_DIGITS: Final = frozenset("123456789")
_EXPONENT_FIRST: Final = frozenset("eE x×")
_TIMES: Final = frozenset("x×")
_MINUS: Final = frozenset("-−")
_TENS: Final = tuple(Fraction(10**zeros) for zeros in range(16))
# Small whole numbers already made exact (they recur: years, counts, percentages).
_INTEGERS: Final[dict[int, Fraction]] = {}
_DECIMAL_STEPS: Final = tuple(Fraction(1, 10**places) for places in range(16))


def read_digits(text: str, pos: int) -> Found:
    """Read the number in digits that starts exactly at ``pos``.

    The digits first ("1,072,000", "£3.7", "-12"), then what is written right after them: a
    rank, fraction or mixed number ("21st", "3/4", "2 1/2"), an exponent or a vulgar fraction
    ("1.3e6", "2½"), and the words of ``numbers.suffixes`` ("5bn", "12.5%", "20 pounds").
    """
    if text.find(".", pos + 1, pos + 4) >= 0:
        dotted = _DOTTED.match(text, pos)
        if dotted is not None:
            # 192.168.1.2 or 1.2.3: separate integers, not a decimal
            return _dotted(text, pos, dotted.end())
    m = _DIGITS.match(text, pos)
    if m is None:
        return NOTHING
    sign, cur, whole, frac, lone = m.groups()
    if whole is None:
        frac = lone
    end = m.end()
    if end - pos > MAX_DIGITS and _too_long(whole, frac):
        return Found((), end)  # an over-long run of digits: skipped whole
    currency = _CURRENCIES.get(cur, cur) if cur else None
    reading = _base(text, end, _digits(whole), frac, currency, plain=sign is None and not cur)
    after = text[end : end + 1]
    if (after.isalpha() or after == "/" or after in _GAPS) and not (cur or frac or not whole):
        special = _after_plain(text, pos, end, reading.value)
        if special is not None:
            negative = sign in _MINUS
            return Found((negated(special) if negative else special,), special.end)
    after = text[reading.end : reading.end + 1]
    if after in _EXPONENT_FIRST or after in VULGAR:
        reading = _exponent(text, reading, decimal=frac is not None)
    reading = suffixes(text, reading, currency=currency, decimal=frac is not None)
    if sign in _MINUS or (cur and _bracketed(text, pos, reading.end)):
        # a minus sign, or an amount in brackets as accounts write a loss: ($99.99)
        reading = negated(reading)
    return Found((reading,), reading.end)


# What may stand before an accounts loss in brackets: nothing, or a verb or sign that gives a
# value ("was", "of", ":", "=").
_LOSS_BEFORE = lazy_pattern(
    r"(?:\A|(?<![\w'’])(?:was|is|were|are|be|been|of|at|to|totalled|totaled|reported)|[:=])\s*\Z",
    re.IGNORECASE,
)


def _too_long(whole: str | None, frac: str | None) -> bool:
    """Whether the digits are too many to be a number a story states."""
    return (whole is not None and len(whole) > MAX_DIGITS + MAX_DIGITS // 3) or (
        frac is not None and len(frac) > MAX_DIGITS
    )


def _digits(whole: str | None) -> str:
    """The digits of the integer part alone: "1,072,000" gives "1072000", none gives "0"."""
    digits = whole or "0"
    if not digits.isdigit():
        digits = digits.replace(",", "")
        for space in DIGIT_GROUP_SPACE_CHARS:
            digits = digits.replace(space, "")
    return digits


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether the amount from ``start`` to ``end`` stands in brackets as accounts write a loss:
    alone ("($99.99)", a table's cell) or as the value a verb or a colon gives ("revenue was
    ($99.99)"). With a scale word ("(£1,935 billion)"), or after a name or a noun it describes
    ("Northern Ireland (£460) was lowest"), it is an aside in prose, not a loss."""
    return (
        start > 0
        and text[start - 1] == "("
        and text[end : end + 1] == ")"
        and not any(char.isalpha() for char in text[start:end])
        and _LOSS_BEFORE.search(text, max(0, start - 24), start - 1) is not None
    )


def _base(
    text: str, end: int, digits: str, frac: str | None, currency: str | None, *, plain: bool
) -> Reading:
    """The numeral's own value and precision, raised to a power written after it ("10^6");
    ``plain`` when no sign or currency came before it."""
    number = int(digits)
    size = len(digits)
    if frac is None:
        step = _ONE if size < 4 else integer_step(digits)
        value = _INTEGERS.get(number) or _integer(number)
    else:
        places = len(frac)
        scale = 10**places
        step = _DECIMAL_STEPS[places] if places < len(_DECIMAL_STEPS) else Fraction(1, scale)
        value = Fraction(number * scale + int(frac), scale)
    plain = plain and frac is None
    if text[end : end + 1] == "^":
        power = _POWER.match(text, end)
        if power is not None and value != 0 and _small_power(value, power.group("p")):
            value = value ** int(power.group("p").replace("−", "-"))
            step, end, plain = _ZERO, power.end(), False
    return Reading(
        end,
        value,
        step,
        "money" if currency else "none",
        currency,
        False,
        WordForm.CARDINAL,
        plain,
        plain and size == 4 and FIRST_YEAR <= number <= LAST_YEAR,
    )


def _exponent(text: str, reading: Reading, *, decimal: bool) -> Reading:
    """An exponent ("1.3e6", "3 x 10^6") or a vulgar fraction ("2½") right after the numeral."""
    end = reading.end
    after = text[end : end + 1]
    if after in _EXPONENT_FIRST and (after != " " or text[end + 1 : end + 2] in _TIMES):
        exponent = _EXPONENT.match(text, end)
        if exponent is not None:
            times = Fraction(10) ** int(exponent.group("exp").replace("−", "-"))
            return replace(
                reading,
                end=exponent.end(),
                value=reading.value * times,
                step=reading.step * times,
                plain_integer=False,
                year_like=False,
            )
    vulgar = VULGAR.get(after)
    if vulgar is not None and not decimal:
        return replace(
            reading, end=end + 1, value=reading.value + vulgar, step=_ZERO, plain_integer=False
        )
    return reading


def _integer(number: int) -> Fraction:
    value = Fraction(number)
    if number < 10_000:
        _INTEGERS[number] = value
    return value


def _mixed_may_follow(text: str, end: int) -> bool:
    """Whether a digit follows the gap after ``end``, as in "2 1/2"."""
    char = text[end + 1 : end + 2]
    if char in _GAPS:
        char = text[end + 2 : end + 3]
    return char in _NONZERO_DIGITS


def _dotted(text: str, pos: int, end: int) -> Found:
    readings = []
    start = pos
    for part in text[pos:end].split("."):
        stop = start + len(part)
        readings.append(Reading(stop, Fraction(int(part)), Fraction(1)))
        start = stop + 1
    return Found(tuple(readings), readings[-1].end)


def _after_plain(text: str, pos: int, end: int, value: Fraction) -> Reading | None:
    """Ranks, fractions and mixed numbers after a plain integer: "21st", "3/4", "2 1/2"."""
    after = text[end : end + 1]
    ordinal = _ORDINAL_SUFFIX.match(text, end) if after.isalpha() else None
    if ordinal is not None:
        return Reading(ordinal.end(), value, Fraction(0), form=WordForm.ORDINAL)
    slash = _SLASH.match(text, end) if after == "/" else None
    after_slash = pos > 0 and text[pos - 1] == "/"
    if text[pos] in "-−+":
        pos += 1
    if slash is not None and not after_slash and 0 < value < int(slash.group(1)):
        return Reading(slash.end(), value / int(slash.group(1)), Fraction(0), form="fraction")
    mixed = _MIXED.match(text, end) if after in _GAPS else None
    if mixed is not None and int(mixed.group(1)) < int(mixed.group(2)):
        part = Fraction(int(mixed.group(1)), int(mixed.group(2)))
        return Reading(mixed.end(), value + part, Fraction(0))
    return None


def integer_step(digits: str) -> Fraction:
    """One unit of the last written digit; 82,000 is precise to the thousand."""
    stripped = digits.lstrip("0")
    if len(stripped) < 4:
        return _ONE
    zeros = len(stripped) - len(stripped.rstrip("0"))
    return _TENS[zeros] if zeros < len(_TENS) else Fraction(10**zeros)


def _small_power(value: Fraction, power: str) -> bool:
    """Whether ``value`` to ``power`` has few enough digits to work out (``numbers.bounds``)."""
    size = max(len(str(value.numerator)), len(str(value.denominator)))
    return size * abs(int(power.replace("−", "-"))) <= POWER_DIGITS
