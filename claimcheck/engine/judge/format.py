"""Numbers written for editors: thousands separators, a sensible number of decimals."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction


def number(value: Fraction, decimals: int = 2) -> str:
    """``value`` rounded half up to at most ``decimals`` places: 640/151 -> '4.24', 2300 -> '2,300'.

    A small value that would round to nothing keeps enough places to show its first digit.
    """
    if value.denominator == 1:
        return f"{value.numerator:,}"
    places = decimals
    while True:
        text = _rounded(value, places)
        if text.strip("-0.,") or places >= 8:
            return text
        places += 1


def _rounded(value: Fraction, places: int) -> str:
    numerator, denominator = value.numerator, value.denominator
    if places <= _PLACES and denominator < _DENOMINATOR and abs(numerator) < _LARGEST * denominator:
        # Rounded in whole numbers: the same digits as the decimal division below, which is
        # exact to 60 digits, far more than these values and places can tell apart.
        scaled, rest = divmod(abs(numerator) * 10**places, denominator)
        if 2 * rest >= denominator:
            scaled += 1
        whole, part = divmod(scaled, 10**places)
        sign = "-" if numerator < 0 else ""
        text = f"{sign}{whole:,}.{part:0{places}d}" if places else f"{sign}{whole:,}"
    else:
        with localcontext() as context:
            context.prec = 60
            exact = Decimal(numerator) / Decimal(denominator)
            quantum = Decimal(1).scaleb(-places)
            rounded = exact.quantize(quantum, rounding=ROUND_HALF_UP)
        text = f"{rounded:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# Where whole-number rounding gives the decimal division's digits: a 60-digit quotient of a
# value under 10^40 with a denominator under 10^10 is nearer to the exact value than any
# rounding boundary at up to 8 places is to it, so both round alike.
_PLACES = 8
_DENOMINATOR = 10**10
_LARGEST = 10**40


def signed(value: Fraction, decimals: int = 1) -> str:
    """A change with its sign: '+2,300', '-45', '0'."""
    text = number(value, decimals)
    return text if value <= 0 else f"+{text}"


def signed_change(value: Fraction) -> str:
    """A change in a working, signed, in plain digits however large: '+98,913', '-0.07'."""
    return signed(value, 2)


def ratio(value: Fraction) -> str:
    """A multiple: '4.24×', '24×', '0.5×'."""
    return f"{number(value, 2)}×"


def percent(value: Fraction, decimals: int = 1) -> str:
    """A percentage given on the 0-100 scale: '37%', '16.7%'."""
    return f"{number(value, decimals)}%"


def signed_percent(value: Fraction, decimals: int = 1) -> str:
    """A percentage change: '+2,300%', '-45%'."""
    return f"{signed(value, decimals)}%"


def points(value: Fraction, decimals: int = 2) -> str:
    """A difference between percentages: '5 points', '1.3 points', '1 point'."""
    size = number(abs(value), decimals)
    return f"{size} point" if abs(value) == 1 else f"{size} points"


_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}


def money(value: Fraction, currency: str | None) -> str:
    """An amount with its currency: '£1,200,000', '-$500'."""
    symbol = _SYMBOLS.get(currency or "", "")
    text = number(abs(value), 2)
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol}{text}" if symbol else f"{sign}{text} {currency}".strip()


def fraction(value: Fraction) -> str:
    """An exact fraction for tools: '640/151', '24'."""
    return str(value)


_SMALL = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
}


def count_words(value: int) -> str:
    """Small counts as words, as style guides ask: 5 -> 'five', 12 -> '12'."""
    return _SMALL.get(value, f"{value:,}")
