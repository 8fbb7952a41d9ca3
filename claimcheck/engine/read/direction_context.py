"""What the words around a direction word say about it: a participle used as an adjective
("towards increased equality") and a direction word that gives the pace of the number after it
("grew at only two percent"). Neither is a change of the figures; ``reader`` skips them."""

from __future__ import annotations

from claimcheck.engine.read.record import Quote
from claimcheck.text.lazy import lazy_pattern

__all__ = ["attributive", "rate_after"]

# "towards increased wage equality", "due to reduced funding": a participle after a preposition
# or an article describes the noun after it; it says nothing about the figures.
_ATTRIBUTIVE_BEFORE = lazy_pattern(
    r"(?<![a-z])(?:to|towards|toward|of|for|with|by|from|into|amid|despite|the|an?)\s+$"
)
_ATTRIBUTIVE_AFTER = lazy_pattern(r"\s+(?!(?:by|from|to|in|on|at|over|since|than)(?![a-z]))[a-z]")
# "grew at 2%", "rising at only 3 per cent": the number after "at" is the rate, a level.
_AT_RATE = lazy_pattern(r"\s+at\s+(?:(?:only|just|about|around|roughly|an?|annual)\s+)*")
# "at a modest", "at a rather soft": up to two words describing the number after "at a".
_AT_DESCRIBED = lazy_pattern(r"\s+at\s+an?\s+(?:[a-z]+[\s-]+){1,2}(?=[£$€]?\d)")
_MEASURE_NOUN = lazy_pattern(r"(?<![a-z])(?:growth|gains?)$")
_PACE_AFTER = lazy_pattern(
    r"\s*(?:(?:annual(?:i[sz]ed)?|yearly|quarterly|monthly|seasonally[\s-]+adjusted)\s+)?"
    r"(?:pace|rate|clip)(?![a-z])"
)


def attributive(text: str, start: int, end: int) -> bool:
    """'towards increased equality': an -ed word used as an adjective, not a change."""
    return (
        text[start:end].endswith("ed")
        and _ATTRIBUTIVE_BEFORE.search(text, max(0, start - 12), start) is not None
        and _ATTRIBUTIVE_AFTER.match(text, end) is not None
    )


def rate_after(quote: Quote, end: int) -> bool:
    """'grew at only two percent': the direction word gives the pace of the number after it.

    Words may describe the number ("grew at a modest 2.1% annual pace", "left growth at a
    rather soft 52,000") when a pace or rate follows it, or when the direction word is a noun
    naming the measure ("growth at", "gains at").
    """
    text = quote.text
    at = _AT_RATE.match(text, end)
    if at is not None and any(m.start == at.end() for m in quote.numbers):
        return True
    described = _AT_DESCRIBED.match(text, end)
    if described is None:
        return False
    number = next((m for m in quote.numbers if m.start == described.end()), None)
    if number is None:
        return False
    noun = _MEASURE_NOUN.search(text, max(0, end - 8), end) is not None
    return noun or _PACE_AFTER.match(text, number.end) is not None
