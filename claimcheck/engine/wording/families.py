"""The shape of the wording table: phrase families and their worked examples.

The table itself is data in ``claimcheck.engine.wording.phrases``; this module only says what a row
holds, so that the reader, the documentation and the tests agree on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from typing import Final

from claimcheck.engine.judge.compare import Comparator
from claimcheck.model import Quantity, Verdict


class Form(StrEnum):
    """What kind of number a template's slot takes."""

    PLAIN = "plain"  # a count or amount: 333, £3.7m, nine
    PERCENT = "percent"  # 37%, 15 per cent, 15 percent
    POINTS = "points"  # 1.3 percentage points
    FRACTION = "fraction"  # a third, two-thirds, half


class Kind(StrEnum):
    """How the reader uses a family's variants."""

    QUALIFIER = "qualifier"  # words just before a number: "more than", "almost"
    VALUE = "value"  # a number on its own, matched to a figure
    QUALIFIER_AFTER = "qualifier_after"  # words just after a number: "or more", "-plus"
    MULTIPLE_WORD = "multiple_word"  # a word that is itself a multiple: "doubled", "halved"
    TEMPLATE = "template"  # words around a number slot {N}: "{N}-fold", "one in {N}"
    SHARE_WORD = "share_word"  # a word that bounds a share: "most", "a minority of"
    DIRECTION = "direction"  # a word that says which way a figure moved
    PERIOD = "period"  # a span of time checked against year labels
    SERIES = "series"  # a statement about one label against the rest of its series
    NOT_A_CLAIM = "not_a_claim"  # durations and dates: numbers that state nothing to check


# In a phrase, an optional word for how often a change is measured, or that it ranks over all
# time ("the biggest annual rise", "the smallest monthly gain", "its largest ever increase").
PERIODIC: Final = "{PERIODIC}"
# The words PERIODIC stands for, longest first where one begins another.
PERIODIC_WORDS: Final = (
    "annual", "monthly", "quarterly", "yearly", "weekly", "daily", "year-on-year",
    "ever recorded", "ever", "recorded",
)  # fmt: skip
# In a phrase, "the", "its" or "their" before a superlative ("its biggest annual rise"), or
# none, as a headline drops it ("biggest annual rise", "lowest level on record").
THE: Final = "{THE}"
# The ids of the families that say a figure did not move: strict ("unchanged") and loose
# ("little changed", "broadly flat").
UNCHANGED: Final = "unchanged"
ROUGHLY_UNCHANGED: Final = "roughly-unchanged"
NO_CHANGE_FAMILIES: Final = (UNCHANGED, ROUGHLY_UNCHANGED)


@dataclass(frozen=True, slots=True)
class Example:
    """A worked example: a quote, the figures it rests on, and the verdict it must get.

    ``before``/``after`` are the from/to figures, ``value`` a single figure, ``part``/``whole``
    a share. ``labels`` names the periods of ``before`` and ``after``; ``series`` lists the
    labelled values of a series whose ``label`` the claim references.
    """

    quote: str
    verdict: Verdict
    before: str | None = None
    after: str | None = None
    value: str | None = None
    part: str | None = None
    whole: str | None = None
    labels: tuple[str, str] | None = None
    series: tuple[tuple[str, str], ...] = ()
    label: str | None = None


@dataclass(frozen=True, slots=True, eq=False)
class Family:
    """One family of wording: its variants, what it speaks of, and how it is judged.

    In ``variants`` the slot ``{N}`` stands for a number (digits or words), ``{M}`` for a
    second number, ``{YEAR}`` for a year, ``{UP}``/``{DOWN}``/``{DIR}`` for any rising,
    falling or either direction word, and a ``%`` after a slot asks for a percentage
    however it is written (%, per cent, percent).
    """

    id: str
    title: str
    kind: Kind
    quantity: Quantity
    comparator: Comparator | None
    variants: tuple[str, ...]
    rule: str
    examples: tuple[Example, ...]
    value: Fraction | None = None
    sign: int = 0
    form: Form | None = None
    words: Mapping[str, Fraction] = field(default_factory=dict)

    @property
    def phrases(self) -> tuple[str, ...]:
        """Every spelling the family reads: its variants and, for word families, the words."""
        return (*self.variants, *self.words)
