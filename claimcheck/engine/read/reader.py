"""Read the statements out of a claim's wording, using the wording table.

The reader knows nothing of the figures: it says what the words state ("more than 4×",
"a fall of 45%", "the most common") and which numbers are only labels, dates or lengths of
time. Matching those statements against figures is the job of ``engine.judge``.

Reading is a fixed sequence of passes, declared in ``PASSES``. Each pass claims the spans it
reads (``Reading.take``), and a later pass reads only what is still free, so the order says
which reading wins where two could apply: time phrases before dates, labels and asides before
any amount, ranges before the words that are themselves multiples, the table's templates
before bare numbers, and bare direction words last. ``tests/engine/test_reader_passes.py``
holds an example for each of these dependencies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from itertools import pairwise

from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.read.asides import YEAR, mark_asides
from claimcheck.engine.read.candidates import (
    NUMBER_FAMILIES,
    SHARE_WORDS,
    TIME_FAMILIES,
    words_present,
)
from claimcheck.engine.read.change_by import mark_change_by
from claimcheck.engine.read.direction_context import attributive, rate_after
from claimcheck.engine.read.extras import mark_extras
from claimcheck.engine.read.line_names import mark_names
from claimcheck.engine.read.mentions import Aside, Mention, Reading, fold, number_form
from claimcheck.engine.read.pace import pace_of_rate
from claimcheck.engine.read.particles import no_move
from claimcheck.engine.read.ranges import mark_ranges
from claimcheck.engine.read.rankings import mark_rankings
from claimcheck.engine.read.received import received
from claimcheck.engine.read.record import Quote, record
from claimcheck.engine.read.templated import read_literals, read_templates
from claimcheck.engine.read.year_levels import mark_year_levels
from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.families import Family, Kind
from claimcheck.engine.wording.pace_phrases import PACE_IDS
from claimcheck.engine.wording.templates import first_words, literal
from claimcheck.numbers.bounds import out_of_range
from claimcheck.numbers.number import NumberMatch, Unit, find_numbers
from claimcheck.numbers.rate_base import is_rate_base
from claimcheck.text.lazy import lazy_pattern

__all__ = ["PASSES", "Mention", "Pass", "Reading", "read"]

# "more" and "less" say too little on their own ("more sophisticated"); they count as a
# direction only inside a template such as "333 more" or "15% less".
_WEAK_DIRECTION = frozenset({"more", "less"})
_AT_NUMBER = lazy_pattern(r"\s+(?:an?\s+)?(?:[£$€]\s*)?\d")


@dataclass(frozen=True, slots=True)
class Pass:
    """One step of reading a quote: its name, what it claims or marks, and the function."""

    name: str
    reads: str
    run: Callable[[Quote], None]


def read(wording: str, labels: Collection[str] = (), names: Collection[str] = ()) -> Reading:
    """Every statement in ``wording``; ``labels`` and ``names`` (``line_names.name_words``)
    are the labels and line names of the referenced figures."""
    text = fold(wording)
    reading = Reading()
    numbers = []
    for match in find_numbers(wording):
        if match.end <= match.start:
            continue
        if (why := out_of_range(match.number.value)) is None:
            numbers.append(match)
            continue
        # Kept out of every statement, and said: a silent gap would read as nothing to check.
        shown = wording[match.start : match.end]
        reading.unchecked.append(Aside(match.start, match.end, shown, f"{shown} {why}"))
        reading.take(match.start, match.end)
    quote = Quote(
        wording=wording,
        text=text,
        numbers=numbers,
        present=words_present(text),
        labels=labels,
        reading=reading,
        names=names,
    )
    for step in PASSES:
        step.run(quote)
    quote.reading.mentions.sort(key=lambda mention: mention.start)
    return quote.reading


def _time_templates(quote: Quote) -> None:
    read_templates(quote, TIME_FAMILIES)


def _time_words(quote: Quote) -> None:
    read_literals(quote, TIME_FAMILIES)


def _asides(quote: Quote) -> None:
    mark_asides(quote.reading, quote.wording, quote.text, quote.numbers)


def _ranges(quote: Quote) -> None:
    mark_ranges(quote.reading, quote.wording, quote.text, quote.numbers)


def _extras(quote: Quote) -> None:
    mark_extras(
        quote.reading,
        quote.wording,
        quote.text,
        quote.numbers,
        lambda family, span, stated, number, sign: record(
            quote, family, span, stated, number=number, sign=sign
        ),
    )


def _number_templates(quote: Quote) -> None:
    read_templates(quote, NUMBER_FAMILIES)


def _share_words(quote: Quote) -> None:
    read_literals(quote, SHARE_WORDS)


def _multiple_words(quote: Quote) -> None:
    reading, text, numbers = quote.reading, quote.text, quote.numbers
    for family, pattern, values, needs in _multiple_patterns():
        if not any(map(text.__contains__, needs)):
            continue  # none of the family's words: nothing to find
        for found in pattern.finditer(text):
            if not reading.free(found.start(), found.end()):
                continue
            if any(m.start < found.start() < m.end for m in numbers):
                # "four-fold" inside "twenty-four-fold": the {N}-fold template reads the whole.
                continue
            value = values.get(_SPACES.sub(" ", found.group(0)))
            if value is None:
                continue
            record(quote, family, found.span(), Stated(value))


_SPACES = lazy_pattern(r"[\s-]+")


@cache
def _multiple_patterns() -> tuple[
    tuple[Family, re.Pattern[str], dict[str, Fraction], tuple[str, ...]], ...
]:
    """Each multiple-word family's pattern, its words' values by their spaced form, and the
    words one of which a text must hold for the pattern to match (``first_words``)."""
    found = []
    for family in phrases.MULTIPLES:
        if family.kind is not Kind.MULTIPLE_WORD:
            continue
        values: dict[str, Fraction] = {}
        for word, value in family.words.items():
            values.setdefault(_SPACES.sub(" ", word), value)  # the first spelling wins
        words = tuple(family.words)
        found.append((family, literal(words), values, first_words(words)))
    return tuple(found)


@cache
def _family(family_id: str) -> Family:
    return phrases.family(family_id)


def _plain_numbers(quote: Quote) -> None:
    reading, text, numbers = quote.reading, quote.text, quote.numbers
    for index, match in enumerate(numbers):
        if not reading.free(match.start, match.end):
            continue
        number = match.number
        kind = number_form(number)
        pair = _ratio_pair(reading, text, numbers, index)
        if pair is not None:
            stated, end = pair
            record(quote, _family("one-in"), (match.start, end), stated, number=number)
            continue
        if kind == "ratio":
            family = _family("one-in")
        elif kind == "fraction":
            family = _family("fraction-of")
        elif number.unit is Unit.MONEY:
            family = _family("money")
        elif number.is_word:
            family = _family("number-words")
        else:
            family = _family("value")
        stated = Stated(number.value, number.step)
        record(quote, family, (match.start, match.end), stated, number=number)


_PER = lazy_pattern(r"\s+(?:[a-z]+\s+){0,2}?(?:per|for\s+every)\s+")
# "12 pupils in every 10,000": a count over a round base of a thousand or more (rate_base)
_IN_EVERY = lazy_pattern(r"\s+(?:[a-z]+\s+){0,2}?(?:in|out\s+of)(?:\s+every)?\s+")


# "£1,200 per head", "3.1 a person", "per capita": a rate per one of something.
_PER_HEAD = lazy_pattern(
    r"\s+(?:[a-z]+\s+)?(?:per|a|for\s+each|for\s+every)\s+(?:head|person|capita|resident|"
    r"pupil|patient|household|inhabitant|citizen)(?![a-z])"
)


# "the injury rate per 10,000 journeys": a number after "per" is a base, never a claim.
_PER_BEFORE = lazy_pattern(r"(?<![a-z])(?:per|for\s+every)\s+\Z")


def _rates(quote: Quote) -> None:
    """'4.2 per 1,000 people': the rate is the statement, its base only says what per."""
    reading, text, numbers = quote.reading, quote.text, quote.numbers
    for match in numbers:
        if (
            reading.free(match.start, match.end)
            and _PER_HEAD.match(text, match.end)
            and number_form(match.number) == "cardinal"
            and not YEAR.fullmatch(match.number.text)
        ):
            stated = Stated(match.number.value, match.number.step)
            record(quote, _family("rate"), (match.start, match.end), stated, number=match.number)
    for first, second in pairwise(numbers):
        if not (reading.free(first.start, first.end) and reading.free(second.start, second.end)):
            continue
        if not _PER.fullmatch(text, first.end, second.start) and not (
            _IN_EVERY.fullmatch(text, first.end, second.start) and is_rate_base(second.number.value)
        ):
            continue
        if number_form(first.number) != "cardinal" or YEAR.fullmatch(second.number.text):
            continue
        reading.take(second.start, second.end)
        reading.asides.append(
            Aside(second.start, second.end, second.number.text, "the base of a rate")
        )
        record(
            quote,
            _family("rate"),
            (first.start, first.end),
            Stated(first.number.value, first.number.step),
            number=first.number,
            base=second.number.value,
        )
    for match in numbers:
        if (
            reading.free(match.start, match.end)
            and _PER_BEFORE.search(text, max(0, match.start - 12), match.start)
            and not YEAR.fullmatch(match.number.text)
        ):
            reading.take(match.start, match.end)
            why = "the base of a rate"
            reading.asides.append(Aside(match.start, match.end, match.number.text, why))


_PAIR = lazy_pattern(r"\s+(?:in|out\s+of)(?:\s+every)?\s+")


def _ratio_pair(
    reading: Reading, text: str, numbers: list[NumberMatch], index: int
) -> tuple[Stated, int] | None:
    """'one out of every ten' when the number reader gave the two numbers apart."""
    if index + 1 >= len(numbers):
        return None
    first, second = numbers[index], numbers[index + 1]
    gap = _PAIR.fullmatch(text, first.end, second.start)
    if gap is None or not reading.free(second.start, second.end):
        return None
    if YEAR.fullmatch(second.number.text) or second.number.value <= 0:
        return None
    if number_form(first.number) != "cardinal" or first.number.value > second.number.value:
        return None
    ratio = first.number.value / second.number.value
    return Stated(ratio), second.start + len(second.number.text.split()[0])


@cache
def _direction_patterns() -> tuple[tuple[Family, re.Pattern[str], tuple[str, ...]], ...]:
    """Each direction family's pattern, and the words one of which a text must hold for it
    to match (``first_words``)."""
    found = []
    for family in phrases.CHANGES:
        if family.kind is Kind.DIRECTION:
            words = tuple(w for w in family.variants if w not in _WEAK_DIRECTION)
            found.append((family, literal(words), first_words(words)))
    return tuple(found)


def _directions(quote: Quote) -> None:
    reading, wording, text = quote.reading, quote.wording, quote.text
    for family, pattern, needs in _direction_patterns():
        if not any(map(text.__contains__, needs)):
            continue  # none of the family's words: nothing to find
        for found in pattern.finditer(text):
            start, end = found.span()
            if not reading.free(start, end):
                continue
            if found.group(0).endswith(" at") and not _AT_NUMBER.match(text, end):
                # "stayed at 5" says no change; "stayed at home" does not.
                continue
            if no_move(text, start, end):
                continue  # "up" alone, "cut off from the opportunity" (``particles``)
            if family.sign and (rate_after(quote, end) or attributive(text, start, end)):
                continue
            if received(text, start, end):
                continue  # "20.5% of entries gained an A grade": obtained, not a rise
            if family.id in PACE_IDS and not pace_of_rate(text, start, end):
                continue  # "consumers slowed their spending": no rate moved (``pace``)
            reading.take(start, end)
            reading.mentions.append(
                Mention(
                    family,
                    start,
                    end,
                    wording[start:end],
                    Stated(Fraction(0)),
                    None,
                    sign=family.sign,
                )
            )


PASSES: tuple[Pass, ...] = (
    Pass(
        "rankings",
        "superlatives the table's spellings miss ('its lowest reading since May 2011', "
        "'their lowest in nearly five decades') and those that only describe a group ('in the "
        "most isolated villages', 'the poorest fifth')",
        mark_rankings,
    ),
    Pass("levels of a year", "'remained below the 2019 rate': a fall from 2019", mark_year_levels),
    Pass(
        "time templates",
        "periods and claims about a series that hold a number: 'since 2003', 'over the last "
        "five years', 'the highest since 2010'",
        _time_templates,
    ),
    Pass(
        "time words",
        "periods and series claims without a number: 'a record high', 'the most common'",
        _time_words,
    ),
    Pass(
        "labels",
        "marks numbers in a referenced figure's label or line name ('aged 16 to 24')",
        mark_names,
    ),
    Pass(
        "asides",
        "marks ordinals, dates, lengths of time and words that only look like amounts",
        _asides,
    ),
    Pass(
        "ranges",
        "two numbers with the unit written once: '40-50%', '3 to 4 times', 'three- to "
        "four-fold', 'cut by 5 to 10 per cent'",
        _ranges,
    ),
    Pass(
        "multiple words",
        "words that are themselves multiples: 'doubled', 'four-fold', 'halved'",
        _multiple_words,
    ),
    Pass(
        "extras",
        "wordings the templates cannot spell: 'one-in-five', 'half a percentage point', "
        "'rose 24 times'",
        _extras,
    ),
    Pass(
        "number templates",
        "the table's templates around a number: 'rose by 45%', '3 times as many', 'more than 600'",
        _number_templates,
    ),
    Pass(
        "changes by",
        "a change word and its number with words between: 'pushed up costs by 74 per cent', "
        "'edging up slightly, by 0.4%'",
        mark_change_by,
    ),
    Pass(
        "rates",
        "'4.2 per 1,000 people': the rate, with its base marked as an aside",
        _rates,
    ),
    Pass(
        "plain numbers",
        "any number still free, as a value, ratio, fraction, sum of money or number word",
        _plain_numbers,
    ),
    Pass(
        "share words", "shares without a number: 'most', 'a majority', 'a minority'", _share_words
    ),
    Pass("directions", "bare direction words: 'rose', 'fell', 'unchanged'", _directions),
)
"""The passes, in the order they run; each reads only what the earlier ones left free."""
