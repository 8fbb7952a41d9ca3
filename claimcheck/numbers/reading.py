"""What the number readers hand back: ``Reading`` (one number read up to ``end``) and ``Found``
(every number read at one place, and where the search may go on)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Final

from claimcheck.numbers.words import WordForm

__all__ = ["NOTHING", "Found", "Reading", "found", "moved", "negated"]


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
    year_like: bool = False  # four plain digits that can be a year (text.vocabulary)


@dataclass(slots=True)
class Found:
    """The numbers read at one place, left to right, and where the search for more may resume.

    Not frozen, for speed, as ``Reading``; never changed once built.

    Usually one reading; none when the place starts no number (``end`` is then past what can
    be skipped, such as an over-long run of digits, or 0); several for "192.168.1.2", which is
    four integers, not a decimal.
    """

    readings: tuple[Reading, ...] = ()
    end: int = 0


NOTHING: Final = Found()


def found(reading: Reading) -> Found:
    """One number."""
    return Found((reading,), reading.end)


def moved(
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


def negated(reading: Reading) -> Reading:
    """``reading`` with its sign turned: "-3", "minus 3", "(£3)"."""
    return Reading(
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
