"""Numbers a quote repeats from the name of a referenced figure's line.

A release table may name a line by a threshold or a band: "Surgeries taking fewer than one
new patient a week", "Ferries more than 10 minutes late", "Households with 3 or more
cars". A story that states the line's figure repeats those words ("41 per cent took fewer
than one new patient a week"), and the number inside them is part of what the figure
is of, not a second statement to check against it. A number counts as the line's when the
word before it, the number and the word after it stand in that order in the line's name
(with at most one word of the name between the number and the word after: "fewer than one
visit a month" repeats "fewer than one home visit a month"): three words in order is a
phrase, where one word alone could be a coincidence.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from claimcheck.engine.read.asides import mark_labels
from claimcheck.engine.read.mentions import Aside, Reading
from claimcheck.engine.read.record import Quote
from claimcheck.numbers.number import NumberMatch
from claimcheck.text.lazy import lazy_pattern

__all__ = ["in_name", "mark_line_names", "mark_names", "name_words", "phrase_around"]

_WORD = lazy_pattern(r"[a-z0-9]+(?:[.,][0-9]+)*")
_BEFORE = lazy_pattern(r"([a-z0-9]+)[^\w]{1,3}$")
_AFTER = lazy_pattern(r"[^\w]{1,3}([a-z0-9]+)")


def name_words(name: str) -> str:
    """A line's name as its words, spaced and in lower case ("fewer_than_one_visit": "fewer
    than one visit"), with thousands separators left out ("1,000": "1000")."""
    words = _WORD.findall(name.lower().replace("_", " "))
    return " " + " ".join(word.replace(",", "") for word in words) + " "


def mark_names(quote: Quote) -> None:
    """The reader's pass for both: numbers in the referenced figures' labels ("aged 16 to
    24", ``asides.mark_labels``), then numbers in their lines' names."""
    mark_labels(quote.reading, quote.wording, quote.text, quote.labels)
    mark_line_names(quote.reading, quote.wording, quote.text, quote.numbers, quote.names)


def phrase_around(text: str, start: int, end: int) -> tuple[str, str, str] | None:
    """The word before a number, the number (without thousands separators) and the word
    after it, in lower-case ``text``; None when either word is missing."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    after = _AFTER.match(text, end)
    if before is None or after is None:
        return None
    return before[1], text[start:end].replace(",", ""), after[1]


def in_name(before: str, said: str, after: str, name: str) -> bool:
    """Whether the word before, the number and the word after stand in that order in the
    name, with at most one word of the name between the number and the word after ("fewer
    than one visit a month" in "fewer than one home visit a month")."""
    head = f" {before} {said} "
    at = name.find(head)
    while at >= 0:
        if after in name[at + len(head) :].split()[:2]:
            return True
        at = name.find(head, at + 1)
    return False


def mark_line_names(
    reading: Reading,
    wording: str,
    text: str,
    numbers: Sequence[NumberMatch],
    names: Collection[str],
) -> None:
    """Take each free number whose phrase (word, number, word) is in one of ``names``
    (already ``name_words``), so no statement reads it."""
    if not names:
        return
    for match in numbers:
        if not reading.free(match.start, match.end):
            continue
        around = phrase_around(text, match.start, match.end)
        if around is None:
            continue
        name = next((name for name in names if in_name(*around, name)), None)
        if name is None:
            continue
        reading.take(match.start, match.end)
        shown = wording[match.start : match.end]
        reading.asides.append(
            Aside(
                match.start,
                match.end,
                shown,
                f"{shown} is part of the name of a referenced line ({name.strip()})",
            )
        )
