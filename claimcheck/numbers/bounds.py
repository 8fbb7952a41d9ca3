"""How large and how small a number claimcheck checks.

A story's statistics lie far inside these bounds (the largest sums in public finance are
trillions; the smallest rates are parts per billion). A number outside them is not checked:
in a claim file it is a problem at its line, given to ``verify`` a ``ValueError``, in an
article a mention that states no statistic, and in a quote a number the check names as one
it cannot check (the claim needs review). Keeping every number inside them keeps every
piece of arithmetic on them quick and every result printable.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final

# Numbers from 10^-DIGITS to 10^DIGITS in size (and zero) are checked.
DIGITS: Final = 40
LARGEST: Final = Fraction(10**DIGITS)
SMALLEST: Final = Fraction(1, 10**DIGITS)
# A power in the writing ("10^6", "2.5e9") is worked out only up to this many digits.
POWER_DIGITS: Final = 400


def in_range(value: Fraction) -> bool:
    """Whether ``value`` is zero or between 10^-DIGITS and 10^DIGITS in size."""
    # In whole numbers (a Fraction's own comparisons cost far more): size = n / d, d > 0.
    size, denominator = abs(value.numerator), value.denominator
    return size == 0 or denominator <= size * _POWER <= _POWER * _POWER * denominator


_POWER: Final = 10**DIGITS


def out_of_range(value: Fraction) -> str | None:
    """Why ``value`` is not checked ("too large..."), or None when it is in range."""
    if in_range(value):
        return None
    if abs(value) > LARGEST:
        return f"is too large to check (claimcheck checks numbers up to 10^{DIGITS})"
    return f"is too small to check (claimcheck checks numbers down to 10^-{DIGITS})"
