"""Which way a statement says a figure moved, for tables whose cells are changes.

A table of published changes writes a fall as a negative number ("Passengers, -4"), while a
story writes it as a positive number with a falling word ("a 4% reduction"). A stated number
is compared with such a cell with the sign its nearest direction word gives it: a reduction
of 4% is -4, never +4, and "fell 1%" never stands for a row of +1. With no direction word the
number is taken as written.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.engine.wording.phrases import FALLING_WORDS, RISING_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["direction", "direction_words"]

# "more" and "less" are left out: "more than 4%" is a qualifier, not a direction.
_NOT_DIRECTIONS: Final = frozenset(["more", "less"])
_RISING: Final = frozenset(
    [w for w in RISING_WORDS if " " not in w and w not in _NOT_DIRECTIONS]
    + ["added", "adding", "adds", "add", "increasing", "upward", "upwards", "raised"]
)
_FALLING: Final = frozenset(
    [w for w in FALLING_WORDS if " " not in w and w not in _NOT_DIRECTIONS]
    + ["lost", "losing", "loses", "shed", "shedding", "sheds", "loss", "losses", "reductions"]
    + ["downward", "downwards", "decreasing", "cuts"]
)
_WORD = lazy_pattern(r"[a-z]+", re.IGNORECASE)


def direction_words() -> tuple[frozenset[str], frozenset[str]]:
    """The single words of a rise and of a fall this module reads."""
    return _RISING, _FALLING


def direction(text: str, at: int) -> int:
    """+1 when the direction word nearest to ``at`` in ``text`` is a rise, -1 a fall, 0 when
    the text has none."""
    nearest: tuple[int, int] | None = None
    for match in _WORD.finditer(text):
        word = match.group().lower()
        sign = 1 if word in _RISING else -1 if word in _FALLING else 0
        if not sign:
            continue
        distance = min(abs(match.start() - at), abs(match.end() - at))
        if nearest is None or distance < nearest[0]:
            nearest = (distance, sign)
    return 0 if nearest is None else nearest[1]
