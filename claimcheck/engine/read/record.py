"""How a pass records a statement: with the qualifier ("more than", "almost") around it.

Every pass that finds a statement hands it to ``record``, which looks for a qualifier just
before it ("more than 4 times") or just after ("5%-plus"), takes the span, and adds the
``Mention``. ``qualifier`` is also used by the template pass, which tries a qualifier between a
template's words and its number ("up by almost 1,000").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.read.mentions import Mention, Reading
from claimcheck.engine.read.particles import up_to_is_a_move
from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.families import Family, Kind
from claimcheck.engine.wording.templates import alternation
from claimcheck.numbers.number import Number, NumberMatch
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Qualifier", "Quote", "qualifier", "record"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One wording being read, with what every pass needs to know about it."""

    wording: str
    text: str  # the folded wording: lower case, plain hyphens, the same offsets
    numbers: list[NumberMatch]
    present: frozenset[str]  # the table's literal words that occur in the wording
    labels: Collection[str]  # the labels of the figures the claim references
    reading: Reading
    names: Collection[str] = ()  # the names of their lines, as words (``name_words``)


@dataclass(frozen=True, slots=True)
class Qualifier:
    """A qualifier family found in the wording, and where its words begin (or end)."""

    family: Family
    edge: int


_QUALIFIERS = [family for family in phrases.QUALIFIERS if family.kind is Kind.QUALIFIER]
_AFTER = [family for family in phrases.QUALIFIERS if family.kind is Kind.QUALIFIER_AFTER]

_QUALIFIER_PATTERN = lazy_pattern(
    r"(?<![A-Za-z])(?:"
    + "|".join(
        f"(?P<q{index}>{alternation(family.variants)})" for index, family in enumerate(_QUALIFIERS)
    )
    + r")\s+(?:an?\s+)?$"
)
_AFTER_PATTERNS = [
    (
        family,
        lazy_pattern(
            r"(?:\s+|\s*-\s*)(?:"
            + alternation(variant.lstrip("-") for variant in family.variants)
            + r")(?![A-Za-z])"
        ),
    )
    for family in _AFTER
]


def qualifier(text: str, start: int) -> Qualifier | None:
    """A qualifier ending just before ``start`` ("more than", "almost"), and where it begins."""
    # The pattern ends in a space before ``start``: without one there, nothing to search.
    if start <= 0 or not text[start - 1].isspace():
        return None
    # One pattern for every family: the leftmost qualifier wins, and of two starting at the
    # same place, the family listed first.
    found = _QUALIFIER_PATTERN.search(text, max(0, start - 40), start)
    if found is None:
        return None
    if text.startswith("up to", found.start()) and up_to_is_a_move(text, found.start()):
        return None  # "picked up to 4.0%": a rise to a level (``particles``)
    return Qualifier(_QUALIFIERS[int(str(found.lastgroup)[1:])], found.start())


def _qualifier_after(text: str, end: int) -> Qualifier | None:
    for family, pattern in _AFTER_PATTERNS:
        found = pattern.match(text, end, min(len(text), end + 20))
        if found:
            return Qualifier(family, found.end())
    return None


def record(
    quote: Quote,
    family: Family,
    span: tuple[int, int],
    stated: Stated,
    *,
    number: Number | None = None,
    sign: int = 0,
    year: int | None = None,
    qualify: bool = True,
    number_at: int | None = None,
    base: Fraction | None = None,
) -> None:
    """Take ``span`` (widened by a qualifier around it) and add its statement.

    ``number_at`` is where the number starts when words of the statement stand before it
    ("grew in number by nearly 30%"): a qualifier just before it, inside the span,
    qualifies the statement too."""
    reading, text = quote.reading, quote.text
    start, end = span
    comparator = family.comparator
    found: Family | None = None
    if qualify:
        before = qualifier(text, start)
        after = _qualifier_after(text, end)
        inner = qualifier(text, number_at) if number_at is not None else None
        if before is not None and reading.free(before.edge, start):
            found, start = before.family, before.edge
        elif after is not None and reading.free(end, after.edge):
            found, end = after.family, after.edge
        elif inner is not None and inner.edge >= start:
            found = inner.family
        if found is not None:
            comparator = found.comparator
    reading.take(start, end)
    reading.mentions.append(
        Mention(
            family,
            start,
            end,
            quote.wording[start:end],
            stated,
            comparator,
            number,
            sign,
            found,
            year,
            base,
        )
    )
