"""A change and its number with words between: "pushed up costs by 74 per cent",
"edging up slightly, by 0.4%", "raised its key rate by 0.5 percent", "the decrease was 0.3%".

The table's templates spell a change word next to its number ("rose by 45%"). Newsrooms put
the object of the verb, an adverb or a comma between; the number after "by" still belongs to
the change the verb names, so it is a stated change with the verb's sign, and a number that
does not fit is contradicted rather than left unmatched. The verb must stand in the same
clause: at most a few words before "by", with no other number between.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.read.asides import YEAR
from claimcheck.engine.read.mentions import Reading, number_form
from claimcheck.engine.read.record import Quote, qualifier, record
from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.templates import alternation
from claimcheck.numbers.number import NumberMatch, Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["LOWERING_VERBS", "RAISING_VERBS", "mark_change_by"]

RAISING_VERBS: Final = ("pushed up", "pushing up", "raised", "raising", "lifted", "boosted")
"""Verbs that raise something else ("raised rates by"): a rise, like the rising words."""
LOWERING_VERBS: Final = ("pushed down", "pushing down", "lowered", "cutting", "reducing")
"""Verbs that lower something else ("lowered its forecast by"): a fall."""

_UP = alternation((*phrases.RISING_WORDS, *RAISING_VERBS))
_DOWN = alternation((*phrases.FALLING_WORDS, *LOWERING_VERBS))
# The verb, then up to four words (an object, an adverb, a comma), then "by" at the number.
# Or, without 'by', words that only add to the change: "down a further 2%", "up another 300".
_VERB_THEN_BY = lazy_pattern(
    rf"(?<![a-z])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?![a-z])"
    r"(?:(?P<between>(?:,?\s+[a-z'’]+){0,4}?),?\s+by"
    r"|(?P<filler>(?:\s+by)?\s+(?:a\s+further|another|an\s+additional|an\s+extra|a\s+total\s+of))"
    # "the decrease was 0.3%": a change noun, then a verb of being, then its amount
    r"|(?P<copula>\s+(?:was|were|is|amounted\s+to|came\s+to)))"
    r"\s+$"
)
# ``_VERB_THEN_BY`` ends in 'by' or in one of these words: a text holding none cannot match.
_NEEDS = ("by", "further", "another", "additional", "extra", "total", "was", "were", "is", "to")
# The change nouns a verb of being may join to their amount ("the rise was 5%"); "growth was
# 2.1%" names a rate, not a change between the figures, and stays a number on its own.
_NOUNS = frozenset(
    ("increase", "rise", "jump", "fall", "drop", "decline", "decrease", "reduction", "cut")
)
# "the rise was driven by", "the fall is explained by": 'by' names who or what, not an amount.
_AGENT = lazy_pattern(
    r"(?<![a-z])(?:was|were|is|are|be|been|being|driven|caused|led|explained|fuelled|fueled|"
    r"accounted|offset|matched|mirrored|followed|helped|hit|affected)(?![a-z])"
)
_RANGE_AFTER = lazy_pattern(r"\s*(?:-|to\s)\s*\d|[\s-]+years?(?![a-z])")
_WEAK = frozenset({"more", "less", "higher", "lower", "fewer", "up", "down", "growth"})


def mark_change_by(quote: Quote) -> None:
    """Record each free number after 'by' whose change verb stands earlier in the clause."""
    reading, text = quote.reading, quote.text
    if not any(map(text.__contains__, _NEEDS)):
        return  # neither 'by' nor a word that adds to a change: nothing to read
    for index, match in enumerate(quote.numbers):
        if not reading.free(match.start, match.end):
            continue  # read already (``_clear`` asks again, for the numbers before it)
        family_id = _family_of(match)
        if family_id is None:
            continue
        start = match.start
        qualified = qualifier(text, start)
        head = qualified.edge if qualified is not None else start
        found = _nearest_verb(text, max(0, head - 60), head)
        if found is None or not _clear(reading, quote.numbers, index, found, match):
            continue
        word = found.group("up") or found.group("down")
        between = found.group("between") or ""
        if found.group("copula") and word not in _NOUNS:
            continue  # "growth was 2.1%", "prices rose was": no change noun before the verb
        if word in _WEAK and not (between.strip(" ,") or found.group("filler")):
            continue  # "up by 5%" is the table's own template
        if _AGENT.search(between):
            continue  # "the rise was driven by 16 to 24-year-olds": 'by' names a cause
        if family_id == "difference" and _RANGE_AFTER.match(text, match.end):
            continue
        sign = 1 if found.group("up") else -1
        family = phrases.family(family_id)
        stated = Stated(match.number.value, match.number.step)
        begin = found.start() if reading.free(found.start(), match.start) else match.start
        record(
            quote,
            family,
            (begin, match.end),
            stated,
            number=match.number,
            sign=sign,
            number_at=match.start,
        )


_VERB = lazy_pattern(rf"(?<![a-z])(?:{_UP}|{_DOWN})(?![a-z])")


def _nearest_verb(text: str, low: int, head: int) -> re.Match[str] | None:
    """The change word nearest before 'by': in "crime fell, while thefts rose sharply by 5%"
    the 5% belongs to 'rose', not to 'fell'."""
    starts = [found.start() for found in _VERB.finditer(text, low, head)]
    for start in reversed(starts):
        found = _VERB_THEN_BY.match(text, start, head)
        if found is not None:
            return found
    return None


def _clear(
    reading: Reading,
    numbers: list[NumberMatch],
    index: int,
    found: re.Match[str],
    match: NumberMatch,
) -> bool:
    """The number is free, and no other amount stands between the verb and it (an ordinal
    may: "fell for a third month, by 0.2%")."""
    if not reading.free(match.start, match.end):
        return False
    return not any(
        other.start >= found.start() and number_form(other.number) != "ordinal"
        for other in numbers[:index]
    )


def _family_of(match: NumberMatch) -> str | None:
    """The change family a number after 'by' states: a percentage, points, a fraction ('by
    about a third') or an amount ('by £2bn', 'by 4,000'); None for a year or an ordinal."""
    number = match.number
    if number.unit is Unit.PERCENT:
        return "percent-change"
    if number.unit is Unit.POINTS:
        return "points"
    form = number_form(number)
    if form == "fraction":
        return "fraction-change"
    if form != "cardinal" or YEAR.fullmatch(number.text):
        return None
    if number.unit not in (Unit.NONE, Unit.MONEY):
        return None
    return "difference"
