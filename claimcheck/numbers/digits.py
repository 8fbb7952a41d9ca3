"""Numbers written in digits, with what can follow them: "1,072,000", "£3.7m", "12.5%",
"21st", "3/4", "2 1/2", "1.3e6", "5bn", "20 million pounds".

Every pattern is anchored where the number starts and bounded, so a read costs time in
proportion to the characters it consumes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Final

from claimcheck.numbers.words import WordForm, read_and_fraction, read_words

# Longer digit runs are not numbers a story states (and would make exact conversion slow).
MAX_DIGITS: Final = 40

_S = r"[ \t\u00a0\u2009\u202f]"

VULGAR: Final = {
    "½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "¼": Fraction(1, 4),
    "¾": Fraction(3, 4), "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5), "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅐": Fraction(1, 7),
    "⅛": Fraction(1, 8), "⅜": Fraction(3, 8), "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
    "⅑": Fraction(1, 9), "⅒": Fraction(1, 10),
}  # fmt: skip

_DOTTED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){2,}(?![0-9])")
_DIGITS = re.compile(
    r"(?P<sign>[-−+])?(?:(?P<cur>US\$|[£$€]|USD|GBP|EUR)[ \u00a0]?)?"
    r"(?:(?P<int>[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])"  # Indian grouping: 12,34,567
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"
    r"|[1-9][0-9]{0,2}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?![0-9])"
    r"|[0-9]+)"
    r"(?:\.(?P<frac>[0-9]+))?"
    r"|\.(?P<lone>[0-9]+))"
)
_EXPONENT = re.compile(
    r"(?:[eE]|[ ]?[x×][ ]?10(?:\^|(?=[-−])))(?P<exp>[-−+]?[0-9]{1,3})(?![0-9A-Za-z])"
)
_POWER = re.compile(r"\^(?P<p>[-+−]?[0-9]{1,2})(?![0-9])")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z0-9])", re.IGNORECASE)
_SLASH = re.compile(r"/([1-9][0-9]{0,3})(?![0-9/.,])")
_MIXED = re.compile(rf"{_S}{{1,2}}([1-9])/([1-9][0-9]?)(?![0-9/.,])")
_SCALE_ATTACHED = re.compile(
    r"(?P<s>(?i:trillion|billion|million|thousand|hundred|lakh|crore|bn|mn|tn|bln|tln|mil)"
    r"|MM|k|K|m|M|b|B|T)(?![A-Za-z0-9])"
)
_SCALE_SPACED = re.compile(
    rf"{_S}{{1,2}}(?P<s>(?i:trillion|billion|million|thousand|hundred|lakh|crore|bn|mn|tn|bln"
    r"|tln|dozens?|dozs|dzs)|MM)(?![A-Za-z0-9])"
)
_LETTER_SPACED = re.compile(rf"{_S}{{1,2}}(?P<s>k|K|M)(?![A-Za-z0-9])")
_PERCENT = re.compile(
    # Points, however the percent is spelt before them: "1.4 percentage pts", "0.24 per cent
    # points", "0.47 percent points", "1.4% points".
    # "0.3 percentage-points" joins them with a hyphen.
    rf"(?:{_S}{{1,2}}(?:percentage|per[ \u00a0-]?cent|percent)|{_S}{{0,2}}%)"
    rf"(?:{_S}{{1,2}}|-)(?:points?|pts?)(?![A-Za-z])"
    rf"|(?P<pct>{_S}{{0,2}}%|{_S}{{1,2}}per[ \u00a0-]?cent(?![A-Za-z])"
    rf"|{_S}{{0,2}}percent(?![A-Za-z])"
    rf"|{_S}{{0,1}}(?-i:pc)(?![A-Za-z0-9]))"  # "12pc", "12 pc": per cent in UK papers
    rf"|{_S}{{0,2}}(?:pp|ppts?)(?![A-Za-z])"
    rf"|{_S}{{1,2}}points?(?![A-Za-z])",
    re.IGNORECASE,
)
_MONEY_WORD = re.compile(
    rf"{_S}{{1,2}}(?P<word>(?i:pounds?|dollars?|euros?|pence))(?![A-Za-z])"
    rf"|{_S}?(?P<mega>M)?(?P<iso>USD|GBP|EUR|AUD)(?![A-Za-z0-9])|(?P<p>p)(?![A-Za-z0-9])"
)
# "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50."
_SUBUNIT_LINK = re.compile(rf"{_S}{{1,2}}(?:and{_S}{{1,2}})?(?=[0-9A-Za-z])")
_SUBUNIT_DIGITS = re.compile(r"[0-9]{1,2}(?![0-9,.][0-9])")
_SUBUNIT_END = re.compile(rf"{_S}{{0,2}}(?:(?i:cents?|pence|p)(?![A-Za-z])|(?=[.,;!?)]|$))")
# "3 hundred and 21", "4 thousand 3 hundred"
_COMPOUND_LINK = re.compile(rf"{_S}{{1,2}}(?:and{_S}{{1,2}})?(?=[0-9])")
_COMPOUND_AND = re.compile(rf"{_S}{{1,2}}and{_S}{{1,2}}(?=[a-z])")
_COMPOUND_DIGITS = re.compile(rf"[0-9]{{1,3}}(?![0-9,.])(?:{_S}{{1,2}}(?P<h>hundred)(?![A-Za-z]))?")
# "1.8m tall" is a height, not 1.8 million
_MEASURED_AFTER = re.compile(
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


_ZERO: Final = Fraction(0)
_ONE: Final = Fraction(1)
# The patterns after a number are tried only where the next character can begin what they
# match: a letter (told by ``str.isalpha``, which also covers the non-ASCII letters that an
# ignore-case pattern matches, such as the Kelvin sign), a gap, "/" or a digit after a gap for
# a rank, fraction or mixed number ("21st", "3/4", "2 1/2"), and these for an exponent
# ("1.3e6", "3 x 10^6").
_GAPS: Final = frozenset(" \t\u00a0\u2009\u202f")
_NONZERO_DIGITS: Final = frozenset("123456789")
_EXPONENT_FIRST: Final = frozenset("eE x×")
_TIMES: Final = frozenset("x×")
_TENS: Final = tuple(Fraction(10**zeros) for zeros in range(16))
# Small whole numbers already made exact (they recur: years, counts, percentages).
_INTEGERS: Final[dict[int, Fraction]] = {}
_DECIMAL_STEPS: Final = tuple(Fraction(1, 10**places) for places in range(16))
# The first character of a suffix after a gap of one or two: a scale ("3 million"), per cent
# or points ("37 per cent"), or money ("20 pounds", "5 USD"); the scale and money words are
# read ignoring case (and the Kelvin sign is a capital k then).
_SUFFIX_WORD_FIRST: Final = frozenset("tTbBmMhHlLcCdDkKpPeEUGA%\u212a")


@dataclass(slots=True)
class Reading:
    """One number read from a start position up to ``end``.

    Not frozen, because a frozen dataclass is several times slower to build, but never changed
    once built: a change makes a new one with ``dataclasses.replace``.
    """

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


def _bracketed(text: str, pos: int, end: int, currency: str | None) -> bool:
    """Accounts write a loss as ($99.99); "(£1,748 billion)" with a scale word is an aside."""
    return bool(
        currency
        and pos > 0
        and text[pos - 1] == "("
        and text[end : end + 1] == ")"
        and not any(char.isalpha() for char in text[pos:end])
    )


def read_digits(text: str, pos: int) -> Reading | Skip | list[Reading] | None:
    """Read the number in digits that starts exactly at ``pos``."""
    if text.find(".", pos + 1, pos + 4) >= 0:
        dotted = _DOTTED.match(text, pos)
        if dotted is not None:
            # 192.168.1.2 or 1.2.3: separate integers, not a decimal
            return _dotted(text, pos, dotted.end())
    m = _DIGITS.match(text, pos)
    if m is None:
        return None
    sign, cur, whole, frac, lone = m.groups()
    if whole is None:
        frac = lone
    end = m.end()
    if end - pos > MAX_DIGITS and (
        (whole is not None and len(whole) > MAX_DIGITS + MAX_DIGITS // 3)
        or (frac is not None and len(frac) > MAX_DIGITS)
    ):
        return Skip(end)
    digits = whole or "0"
    if not digits.isdigit():
        digits = digits.replace(",", "")
        for space in " \u00a0\u2009\u202f":
            digits = digits.replace(space, "")
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
    currency = _CURRENCIES.get(cur, cur) if cur else None
    plain = sign is None and currency is None and frac is None
    after = text[end : end + 1]
    if (
        currency is None
        and frac is None
        and whole is not None
        and (after.isalpha() or after == "/" or (after in _GAPS and _mixed_may_follow(text, end)))
    ):
        special = _after_plain(text, pos, end, value)
        if special is not None:
            if sign in ("-", "−"):
                special = replace(special, value=-special.value)
            return special
    if after == "^":
        power = _POWER.match(text, end)
        if power is not None and value != 0:
            value = value ** int(power.group("p").replace("−", "-"))
            step, end, plain = _ZERO, power.end(), False
            after = text[end : end + 1]
    reading = Reading(
        end,
        value,
        step,
        "money" if currency else "none",
        currency,
        False,
        WordForm.CARDINAL,
        plain,
        plain and size == 4 and 1800 <= number < 2200,
    )
    exponent = None
    if after in _EXPONENT_FIRST and (after != " " or text[end + 1 : end + 2] in _TIMES):
        exponent = _EXPONENT.match(text, end)
    if exponent is not None:
        times = Fraction(10) ** int(exponent.group("exp").replace("−", "-"))
        reading = replace(
            reading,
            end=exponent.end(),
            value=value * times,
            step=step * times,
            plain_integer=False,
            year_like=False,
        )
    else:
        vulgar = VULGAR.get(after)
        if vulgar is not None and frac is None:
            reading = replace(
                reading, end=end + 1, value=value + vulgar, step=Fraction(0), plain_integer=False
            )
    reading = suffixes(text, reading, currency=currency, decimal=frac is not None)
    if sign in ("-", "−") or _bracketed(text, pos, reading.end, currency):
        # a minus sign, or an amount in brackets as accounts write a loss: ($99.99)
        reading = Reading(
            reading.end,
            -reading.value,
            reading.step,
            reading.unit,
            reading.currency,
            reading.is_word,
            reading.form,
            reading.plain_integer,
            reading.year_like,
        )
    return reading


def _moved(
    reading: Reading,
    end: int,
    value: Fraction,
    step: Fraction,
    unit: str,
    currency: str | None = None,
) -> Reading:
    """``reading`` with a suffix read up to ``end``: no longer a plain integer or a year."""
    return Reading(
        end,
        value,
        step,
        unit,
        currency or reading.currency,
        reading.is_word,
        reading.form,
        False,
        False,
    )


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


def _dotted(text: str, pos: int, end: int) -> list[Reading]:
    readings = []
    start = pos
    for part in text[pos:end].split("."):
        stop = start + len(part)
        readings.append(Reading(stop, Fraction(int(part)), Fraction(1)))
        start = stop + 1
    return readings


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
    elif not (after == "%" or after.isalpha()):
        return reading
    if not reading.is_word:
        scale = _scale(text, reading.end, currency=currency, decimal=decimal)
        if scale is not None:
            size = _SCALES[scale.group("s").lower()]
            reading = _moved(
                reading, scale.end(), reading.value * size, reading.step * size, reading.unit
            )
            mixed = read_and_fraction(text, reading.end)
            if mixed is not None and size > 12:
                fraction, stop = mixed
                reading = replace(reading, end=stop, value=reading.value + fraction * size)
            elif size in (100, 1000) and scale.group("s").isalpha() and not decimal:
                reading = _compound(text, reading, size)
    if currency:
        return reading
    pct = _PERCENT.match(text, reading.end)
    if pct is not None:
        unit = "percent" if pct.group("pct") is not None else "points"
        return _moved(reading, pct.end(), reading.value, reading.step, unit)
    money = _MONEY_WORD.match(text, reading.end)
    if money is None or (money.group("p") and reading.is_word):
        return reading
    word = (money.group("word") or money.group("p") or "").lower()
    paid_in = money.group("iso") or _MONEY_WORDS[word]
    reading = _moved(reading, money.end(), reading.value, reading.step, "money", paid_in)
    if word in ("p", "pence"):
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
