"""The wording table: every phrase family claimcheck reads, as data.

Each family lists its spellings (British and US), the quantity it speaks of, the comparator
that judges it and worked examples with the verdict they must get. Adding a phrase is a line
in the module for its kind of family plus an example; docs/wording.md is generated from this
table (``python -m claimcheck.engine.wording.docs > docs/wording.md``). The rows sit in one
module per kind of family to keep each module short: ``qualifiers``, ``change_phrases``
(multiples and changes), ``amount_phrases`` (shares and values), ``time_phrases`` (periods),
``series_phrases`` and ``negation``; the words they are built from are in ``words``.
``FAMILIES`` lists every row, in the order docs/wording.md shows them.
"""

from __future__ import annotations

from typing import Final

from claimcheck.engine.wording.amount_phrases import SHARES, VALUES
from claimcheck.engine.wording.change_phrases import CHANGES, MULTIPLES
from claimcheck.engine.wording.families import Family
from claimcheck.engine.wording.negation import NEGATIONS
from claimcheck.engine.wording.qualifiers import QUALIFIERS
from claimcheck.engine.wording.ranking_phrases import READ_BY_PASSES
from claimcheck.engine.wording.series_phrases import SERIES
from claimcheck.engine.wording.time_phrases import PERIODS
from claimcheck.engine.wording.words import (
    FALLING_MULTIPLES,
    FALLING_WORDS,
    MULTIPLE_WORDS,
    RISING_MULTIPLES,
    RISING_WORDS,
)

__all__ = [
    "CHANGES",
    "FALLING_MULTIPLES",
    "FALLING_WORDS",
    "FAMILIES",
    "MULTIPLES",
    "MULTIPLE_WORDS",
    "NEGATIONS",
    "PERIODS",
    "QUALIFIERS",
    "RISING_MULTIPLES",
    "RISING_WORDS",
    "SERIES",
    "SHARES",
    "VALUES",
    "family",
]

FAMILIES: Final[tuple[Family, ...]] = (
    *QUALIFIERS,
    *MULTIPLES,
    *CHANGES,
    *SHARES,
    *VALUES,
    *PERIODS,
    *SERIES,
    *READ_BY_PASSES,
    *NEGATIONS,
)
"""Every phrase family, in the order docs/wording.md lists them."""


def family(family_id: str) -> Family:
    """The family with this id."""
    for candidate in FAMILIES:
        if candidate.id == family_id:
            return candidate
    raise KeyError(family_id)
