"""The words that say a line moved by direction alone or not at all, from the wording table.

Drafting reads these words in two places: a statement with a level that says it has not moved
("unchanged over the year at 4.1%", ``join_change``) and a sentence with no number that says
a line moved only by direction ("the jobless rate edged down", "rent arrears held steady",
``records``). Both take them from the checking engine's own wording table
(``claimcheck/engine/wording``, docs/wording.md): its ``unchanged`` and ``roughly-unchanged``
rows, and the multi-word rising and falling phrases of a small move ("edged up", "ticked
down"). So a draft proposes a no-change or small-move claim only in words the check reads as
one, and a word added to the table is read by drafting too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from claimcheck.engine.wording.families import NO_CHANGE_FAMILIES
from claimcheck.engine.wording.phrases import FALLING_WORDS, RISING_WORDS, family
from claimcheck.text.lazy import lazy_pattern

__all__ = ["DIRECTION_ONLY", "NO_CHANGE", "NO_CHANGE_WORDS", "SMALL_MOVES", "no_change_words"]

# The first words of the table's phrases of a small move: "edged up", "ticking down".
_SMALL_MOVE_VERBS: Final = ("edged", "edging", "edges", "ticked", "ticking")


def no_change_words() -> tuple[str, ...]:
    """The spellings of "no change" the wording table reads (its ``unchanged`` and
    ``roughly-unchanged`` rows), without slots and without the words that count only before
    a number ("stayed at"): words that say a line has not moved."""
    found: list[str] = []
    for family_id in NO_CHANGE_FAMILIES:
        for phrase in family(family_id).phrases:
            if "{" in phrase or phrase.endswith(" at"):
                continue
            found.append(phrase)
    return tuple(dict.fromkeys(found))


NO_CHANGE_WORDS: Final = no_change_words()
SMALL_MOVES: Final = tuple(
    phrase
    for phrase in (*RISING_WORDS, *FALLING_WORDS)
    if " " in phrase and phrase.split()[0] in _SMALL_MOVE_VERBS
)


def _alternation(phrases: Iterable[str]) -> str:
    """A regular expression for any of ``phrases``, the longest first, spaces as any space."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + r")\b"


NO_CHANGE: Final = lazy_pattern(_alternation(NO_CHANGE_WORDS), re.IGNORECASE)
DIRECTION_ONLY: Final = lazy_pattern(_alternation((*NO_CHANGE_WORDS, *SMALL_MOVES)), re.IGNORECASE)
