"""Superlatives a headline writes without an article, read as the superlative they are.

Part of the rankings pass (``rankings.mark_rankings``), before its other headline ranks:

- **on record**: "sees lowest fertility rate on record", "the highest jobless rate ever
  recorded": "highest" or "lowest", up to four words naming the measure (no change word), then
  "on record" or "ever recorded": a record high or low over the whole series, as "a record
  low" is;
- **in N years**: "lowest birth rate in three years", "its highest jobless rate for 5 years": a
  span of years with words naming the measure between, as "the lowest in three years" is;
- **bare**: "reports highest regional jobless rate", "Lowest birth rate in Wales": a
  superlative with no article, at the start of the quote or after a verb of reporting or having,
  ranks its series as "the highest" does. A time word later in the clause ("since", "in five
  years", "ever", "decades") leaves it to the readings of spans and records, and a hyphen after
  it ("highest-paid") is a compound adjective, not a ranking.
"""

from __future__ import annotations

from fractions import Fraction
from functools import cache

from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.read.record import Quote, record
from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.families import Family
from claimcheck.text.lazy import lazy_pattern

__all__ = ["mark_headline_superlatives"]

_HIGH = ("highest", "largest", "biggest", "greatest")
_LOW = ("lowest", "smallest", "fewest")
_WORD = "|".join((*_HIGH, *_LOW))
# A word naming the measure between the superlative and "on record": no clause break, no number.
_MEASURE = r"(?:\s+(?!on\s|ever\s|since\s|in\s|for\s)[a-z][a-z'-]*){0,4}?"
# Only the words of a level: "the largest number of notices ever recorded" is read by the
# series rows, which rank it along the line's own years.
_ON_RECORD = lazy_pattern(
    rf"(?<![a-z-])(?:(?:the|its|their)\s+)?(?P<word>highest|lowest)(?!-)(?P<middle>{_MEASURE})"
    r"\s+(?:on\s+record|ever\s+recorded)(?![a-z])"
)
# A change word among them ranks changes ("their highest ever recorded increase"): not a level.
_CHANGE = lazy_pattern(
    r"(?<![a-z])(?:rise|rises|increase|increases|jump|growth|fall|falls|drop|drops|decline"
    r"|declines|decrease|decreases|gain|gains)(?![a-z])"
)
_COUNTS = {
    word: Fraction(index + 1)
    for index, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    )
}
_IN_YEARS = lazy_pattern(
    rf"(?<![a-z-])(?:(?:the|its|their)\s+)?(?P<word>{_WORD})(?!-)"
    r"(?:\s+(?!on\s|ever\s|since\s|in\s|for\s)[a-z][a-z'-]*){1,4}?"
    r"\s+(?:in|for)\s+(?P<count>\d{1,3}|[a-z]+)\s+years(?![a-z])"
)
# Verbs after which a headline drops the article before a superlative.
_VERBS = (
    r"reports|reported|records|recorded|sees|saw|has|had|hits|hit|posts|posted|logs|logged"
    r"|registers|registered|suffers|suffered|shows|showed|with"
)
_BARE = lazy_pattern(
    rf"(?:^|(?<![a-z])(?:{_VERBS})\s+)(?P<sup>(?P<word>{_WORD}))(?=\s+[a-z])"
    # a time word later in the clause makes it a claim about a span: other readings take it
    r"(?![^,.;:]*?(?<![a-z])(?:since|ever|record|years?|decades?|months?|weeks?)(?![a-z]))"
)


@cache
def _family(family_id: str) -> Family:
    return phrases.family(family_id)


def mark_headline_superlatives(quote: Quote) -> None:
    """Read "lowest ... on record" and a bare headline superlative (see the module)."""
    reading, text = quote.reading, quote.text
    if not any(word in text for word in (*_HIGH, *_LOW)):
        return
    for found in _ON_RECORD.finditer(text):
        if _CHANGE.search(found.group("middle")) is None and reading.free(*found.span()):
            family = "record-high" if found.group("word") == "highest" else "record-low"
            record(quote, _family(family), found.span(), Stated(Fraction(0)), qualify=False)
    for found in _IN_YEARS.finditer(text):
        count = found.group("count")
        years = Fraction(count) if count.isdigit() else _COUNTS.get(count)
        if years is not None and years > 1 and reading.free(*found.span()):
            family = "years-high" if found.group("word") in _HIGH else "years-low"
            record(quote, _family(family), found.span(), Stated(years), qualify=False)
    for found in _BARE.finditer(text):
        span = found.span("sup")
        if reading.free(*span):
            family = "series-max" if found.group("word") in _HIGH else "series-min"
            record(quote, _family(family), span, Stated(Fraction(0)), qualify=False)
