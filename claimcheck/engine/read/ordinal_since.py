"""An ordinal before a superlative with "since": "the second lowest since 2009", "its
third-highest reading since 2015".

The rankings pass (``rankings._since``) reads the superlative and its year; this module gives it
the ordinal just before the superlative, so the statement's span (and so its text) holds the
place, and the judge ranks the label Nth rather than first (``judge/ordinal_since.py``). A
ranking the same quote says of another year ("..., with 2016 being the lowest") names the
year that beats the label: its words are taken here, so the wording table does not read them
as the label's own ranking, and the judge checks that year as the extreme of the span.
"""

from __future__ import annotations

import re

from claimcheck.engine.read.record import Quote
from claimcheck.numbers.vocab import ORDINAL_TEENS, ORDINAL_UNITS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["NAMED_EXTREME", "ORDINAL_PLACE", "ordinal_place", "ordinal_start", "take_named"]

_WORDS = "|".join(
    sorted((word for word, n in {**ORDINAL_UNITS, **ORDINAL_TEENS}.items() if n > 1), key=len)[::-1]
)
# "second", "third", "2nd", "10th": a place after the first.
_PLACE = rf"(?:{_WORDS}|[2-9](?:nd|rd|th)|1\d(?:th))"
# The ordinal and its article just before a superlative: "the second ", "its third-".
_BEFORE = lazy_pattern(rf"(?<![a-z])(?:the|its|their|a)\s+(?P<place>{_PLACE})(?:\s+|\s*-\s*)$")
# The ordinal at the start of a statement's text: "second lowest number since 2017".
ORDINAL_PLACE = lazy_pattern(rf"^(?:(?:the|its|their|a)\s+)?(?P<place>{_PLACE})(?![a-z])")
# "with 2016 being the lowest", "2016 was the highest": another year said to be the extreme.
NAMED_EXTREME = lazy_pattern(
    r"(?<![\d])(?P<year>(?:1[89]|20)\d\d)\s+(?:being|was|having\s+been)\s+the\s+"
    r"(?P<word>lowest|highest|smallest|largest|biggest|fewest|most)(?![a-z])",
    re.IGNORECASE,
)


def ordinal_start(quote: Quote, start: int) -> int | None:
    """Where an ordinal before the superlative at ``start`` begins, or None."""
    found = _BEFORE.search(quote.text, max(0, start - 30), start)
    if found is None or not quote.reading.free(found.start(), start):
        return None
    return found.start()


def ordinal_place(text: str) -> int | None:
    """The place an ordinal at the start of ``text`` names (2 for "the second"), or None."""
    found = ORDINAL_PLACE.search(text)
    if found is None:
        return None
    word = found.group("place").lower()
    table = {**ORDINAL_UNITS, **ORDINAL_TEENS}
    return table.get(word, int(word[:-2]) if word[:-2].isdigit() else None)


def take_named(quote: Quote, end: int) -> None:
    """Take the words of another year's ranking after an ordinal since-claim ending at ``end``
    ("..., with 2016 being the lowest"), within the same sentence."""
    stop = min(
        (i for i in (quote.text.find(".", end), quote.text.find(";", end)) if i >= 0),
        default=len(quote.text),
    )
    found = NAMED_EXTREME.search(quote.text, end, stop)
    if found is not None and quote.reading.free(*found.span()):
        quote.reading.take(*found.span())
