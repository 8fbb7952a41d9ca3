"""Which figure of a ``figures:`` list a number can state: by kind, never by verdict.

A claim file lists its figures in the order its editor chose ("the level, then its change"),
which need not be the order the sentence states them ("dipped by 1 cent to $25.24"). Bound by
position alone, a true sentence would be held against the wrong figures. So a number bound by
order must also fit its figure:

- the same kind of unit: a percentage (or points) against a percentage or points, money against
  the same currency (a plain number fits any figure: stories drop units);
- the same scale: the number and the figure within a factor of ten of each other ("1 cent" is no
  reading of $25.24);
- a level against a level: a number stated as where something ended ("to $25.24", "at 6.3%")
  does not state a change: a negative figure, or one its name or label calls a change
  ("over_the_month_change", "Net increase").

When the order puts a number against a figure it cannot fit and exactly one other assignment fits
every number, that assignment binds; otherwise the order stands. Fitting looks at units and
sizes only, never at whether the number matches, so a wrong number cannot choose the figure
that makes it right ("1,240, 72 and 385" for 1,240, 385 and 72 stays wrong). A list the
sentence itself orders ("... respectively") binds by order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from itertools import permutations

from claimcheck.claimfile.records import Reference
from claimcheck.numbers.number import Number, NumberMatch, Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["by_fit"]

_SCALE = Fraction(10)
_MOST_FIGURES = 6  # beyond this many figures the order stands (6! assignments at most)
_RESPECTIVELY = lazy_pattern(r"(?<![a-z])respectively(?![a-z])", re.IGNORECASE)
# "to $25.24", "at 6.3%", "reached 41,000": the words before a level.
_LEVEL = lazy_pattern(
    r"(?<![a-z])(?:to|at|reached|reaching|stood\s+at|stands\s+at|standing\s+at)\s+"
    r"(?:(?:about|around|nearly|almost|some|just|over|under)\s+)?\Z",
    re.IGNORECASE,
)
_PERCENTISH = frozenset({Unit.PERCENT, Unit.POINTS})
# A figure named as a change: "payroll_change", "Net increase", "difference".
_CHANGE_NAME = lazy_pattern(
    r"(?<![a-z])(?:change|changes|increase|decrease|rise|fall|difference|growth)(?![a-z])",
    re.IGNORECASE,
)


def by_fit(
    text: str, numbers: Sequence[NumberMatch], references: Sequence[Reference]
) -> list[int | None]:
    """Each number's figure when there are as many numbers as figures: by order, unless the
    order misfits and exactly one other assignment fits every number."""
    order: list[int | None] = list(range(len(numbers)))
    if _RESPECTIVELY.search(text) or len(references) > _MOST_FIGURES:
        return order
    fit = [[_fits(text, match, ref) for ref in references] for match in numbers]
    if all(fit[i][i] for i in range(len(numbers))):
        return order
    fitting = [
        chosen
        for chosen in permutations(range(len(references)))
        if all(fit[i][index] for i, index in enumerate(chosen))
    ]
    return list(fitting[0]) if len(fitting) == 1 else order


def _fits(text: str, match: NumberMatch, reference: Reference) -> bool:
    stated, figure = match.number, reference.figure.number
    if not _same_unit(stated, figure):
        return False
    if _LEVEL.search(text, 0, match.start) and _a_change(reference):
        return False
    low, high = sorted((abs(stated.value), abs(figure.value)))
    return low == 0 or high / low <= _SCALE


def _same_unit(stated: Number, figure: Number) -> bool:
    if stated.unit is Unit.NONE or figure.unit is Unit.NONE:
        return True
    if stated.unit in _PERCENTISH or figure.unit in _PERCENTISH:
        return stated.unit in _PERCENTISH and figure.unit in _PERCENTISH
    return stated.currency == figure.currency


def _a_change(reference: Reference) -> bool:
    """Whether a figure is a change: negative, or named so by its name, label or reference."""
    figure = reference.figure
    if figure.number.value < 0:
        return True
    names = (reference.written, figure.name, figure.label or "")
    return any(_CHANGE_NAME.search(name.replace("_", " ")) for name in names)
