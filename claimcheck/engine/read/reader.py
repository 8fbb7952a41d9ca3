"""Read the statements out of a claim's wording, using the wording table.

The reader knows nothing of the figures: it says what the words state ("more than 4×",
"a fall of 45%", "the most common") and which numbers are only labels, dates or lengths of
time. Matching those statements against figures is the job of ``engine.judge``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from fractions import Fraction
from functools import cache
from itertools import pairwise

from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.read.asides import YEAR, YEAR_TAIL, mark_asides, mark_labels
from claimcheck.engine.read.candidates import (
    NUMBER_FAMILIES,
    SHARE_WORDS,
    TIME_FAMILIES,
    Families,
    possible_literals,
    possible_templates,
    words_present,
)
from claimcheck.engine.read.extras import mark_extras
from claimcheck.engine.read.mentions import Aside, Mention, Reading, fold, form_of, number_form
from claimcheck.engine.read.ranges import mark_ranges
from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.families import Family, Kind
from claimcheck.engine.wording.templates import Template, alternation, direction, literal
from claimcheck.numbers.bounds import in_range
from claimcheck.numbers.number import Number, NumberMatch, Unit, find_numbers

__all__ = ["Mention", "Reading", "read"]

_ONE_OF = re.compile(r"(?<![A-Za-z])one\s+of\s+$")
# "more" and "less" say too little on their own ("more sophisticated"); they count as a
# direction only inside a template such as "333 more" or "15% less".
_WEAK_DIRECTION = frozenset({"more", "less"})
_AT_NUMBER = re.compile(r"\s+(?:an?\s+)?(?:[£$€]\s*)?\d")
_UP_DOWN = re.compile(r"(?<![A-Za-z])(?:up|down)(?![A-Za-z])")
_UP_DOWN_AFTER = re.compile(r"\s+(?:by|from|on|compared|again|year|sharply|slightly)(?![A-Za-z])")
_UP_DOWN_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:is|was|are|were|been|be|went|gone|go|goes|going|came|come|shot|moved)\s+$"
)


def read(wording: str, labels: Collection[str] = ()) -> Reading:
    """Every statement in ``wording``; ``labels`` are the labels of the referenced figures."""
    text = fold(wording)
    reading = Reading()
    numbers = [m for m in find_numbers(wording) if m.end > m.start and in_range(m.number.value)]
    present = words_present(text)
    _numbered(reading, wording, text, numbers, TIME_FAMILIES, present)
    _literals(reading, wording, text, TIME_FAMILIES, present)
    mark_labels(reading, wording, text, labels)
    mark_asides(reading, wording, text, numbers)
    _multiple_words(reading, wording, text, numbers)
    mark_ranges(reading, wording, text, numbers)
    mark_extras(
        reading,
        wording,
        text,
        numbers,
        lambda family, span, stated, number, sign: _mention(
            reading, wording, text, family, span, stated, number=number, sign=sign
        ),
    )
    _numbered(reading, wording, text, numbers, NUMBER_FAMILIES, present)
    _rates(reading, wording, text, numbers)
    _plain_numbers(reading, wording, text, numbers)
    _literals(reading, wording, text, SHARE_WORDS, present)
    _directions(reading, wording, text)
    reading.mentions.sort(key=lambda mention: mention.start)
    return reading


_QUALIFIERS = [family for family in phrases.QUALIFIERS if family.kind is Kind.QUALIFIER]
_AFTER = [family for family in phrases.QUALIFIERS if family.kind is Kind.QUALIFIER_AFTER]


def _qualifier(text: str, start: int) -> tuple[Family, int] | None:
    """A qualifier ending just before ``start`` ("more than", "almost"), and where it begins."""
    # One pattern for every family: the leftmost qualifier wins, and of two starting at the
    # same place, the family listed first.
    found = _QUALIFIER_PATTERN.search(text, max(0, start - 40), start)
    if found is None:
        return None
    return _QUALIFIERS[int(str(found.lastgroup)[1:])], found.start()


def _qualifier_after(text: str, end: int) -> tuple[Family, int] | None:
    for family, pattern in _AFTER_PATTERNS:
        found = pattern.match(text, end, min(len(text), end + 20))
        if found:
            return family, found.end()
    return None


_QUALIFIER_PATTERN = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(
        f"(?P<q{index}>{alternation(family.variants)})" for index, family in enumerate(_QUALIFIERS)
    )
    + r")\s+(?:an?\s+)?$"
)
_AFTER_PATTERNS = [
    (
        family,
        re.compile(
            r"(?:\s+|\s*-\s*)(?:"
            + alternation(variant.lstrip("-") for variant in family.variants)
            + r")(?![A-Za-z])"
        ),
    )
    for family in _AFTER
]


def _mention(
    reading: Reading,
    wording: str,
    text: str,
    family: Family,
    span: tuple[int, int],
    stated: Stated,
    *,
    number: Number | None = None,
    sign: int = 0,
    year: int | None = None,
    qualify: bool = True,
) -> None:
    start, end = span
    comparator = family.comparator
    qualifier: Family | None = None
    if qualify:
        before = _qualifier(text, start)
        after = _qualifier_after(text, end)
        if before is not None and reading.free(before[1], start):
            qualifier, start = before
        elif after is not None and reading.free(end, after[1]):
            qualifier, end = after
        if qualifier is not None:
            comparator = qualifier.comparator
    reading.take(start, end)
    reading.mentions.append(
        Mention(
            family,
            start,
            end,
            wording[start:end],
            stated,
            comparator,
            number,
            sign,
            qualifier,
            year,
        )
    )


def _literals(
    reading: Reading, wording: str, text: str, families: Families, present: frozenset[str]
) -> None:
    for family, pattern in possible_literals(families, present):
        for found in pattern.finditer(text):
            if not reading.free(found.start(), found.end()):
                continue
            if family.kind is Kind.SERIES and _ONE_OF.search(text, 0, found.start()):
                # "one of the most common" ranks nothing: it is not a claim about the series.
                reading.take(found.start(), found.end())
                continue
            sign = direction(found) or family.sign
            value = family.value if family.value is not None else Fraction(0)
            qualify = family.kind is Kind.SHARE_WORD
            _mention(
                reading,
                wording,
                text,
                family,
                found.span(),
                Stated(value),
                sign=sign,
                qualify=qualify,
            )


def _numbered(
    reading: Reading,
    wording: str,
    text: str,
    numbers: list[NumberMatch],
    families: Families,
    present: frozenset[str],
) -> None:
    for index, match in enumerate(numbers):
        if not reading.free(match.start, match.end):
            continue
        possible = possible_templates(families, form_of(match.number), present)
        if not possible:
            continue
        # The qualifier before a number is the same whichever template is tried.
        qualifier = _qualifier(text, match.start)
        for template in possible:
            if _try(reading, wording, text, numbers, index, template, qualifier):
                break


def _try(
    reading: Reading,
    wording: str,
    text: str,
    numbers: list[NumberMatch],
    index: int,
    template: Template,
    qualifier: tuple[Family, int] | None,
) -> bool:
    match = numbers[index]
    number = match.number
    family = template.family
    is_year = family.kind in (Kind.SERIES, Kind.PERIOD) and "{YEAR}" in template.variant
    if is_year and not YEAR.fullmatch(number.text):
        return False
    before = None
    inner: Family | None = None
    if template.before is not None:
        if qualifier is not None:
            # A qualifier between the template's words and the number: "up by almost 1,000".
            before = template.match_before(text, qualifier[1])
            inner = qualifier[0] if before is not None else None
        if before is None:
            before = template.match_before(text, match.start)
        if before is None:
            return False
    after = template.match_after(text, match.end)
    if template.after is not None and after is None:
        return False
    start = before.start() if before else match.start
    end = after.end() if after else match.end
    if is_year and (tail := YEAR_TAIL.match(text, end)):
        end = tail.end()
    sign = (direction(before) if before else 0) or (direction(after) if after else 0)
    stated = Stated(number.value, number.step)
    if template.second:
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        if following is None or after is None or following.start != end:
            return False
        if not reading.free(following.start, following.end):
            return False
        stated = Stated(number.value, number.step, following.number.value, following.number.step)
        end = following.end
    if not reading.free(start, end):
        return False
    year = int(number.value) if is_year else None
    qualify = family.kind not in (Kind.SERIES, Kind.PERIOD)
    if qualify and inner is not None:
        reading.take(start, end)
        reading.mentions.append(
            Mention(
                family,
                start,
                end,
                wording[start:end],
                stated,
                inner.comparator,
                number,
                sign,
                inner,
                year,
            )
        )
        return True
    _mention(
        reading,
        wording,
        text,
        family,
        (start, end),
        stated,
        number=number,
        sign=sign,
        year=year,
        qualify=qualify,
    )
    return True


def _multiple_words(reading: Reading, wording: str, text: str, numbers: list[NumberMatch]) -> None:
    for family, pattern, values in _multiple_patterns():
        for found in pattern.finditer(text):
            if not reading.free(found.start(), found.end()):
                continue
            if any(m.start < found.start() < m.end for m in numbers):
                # "four-fold" inside "twenty-four-fold": the {N}-fold template reads the whole.
                continue
            value = values.get(_SPACES.sub(" ", found.group(0)))
            if value is None:
                continue
            _mention(reading, wording, text, family, found.span(), Stated(value))


_SPACES = re.compile(r"[\s-]+")


@cache
def _multiple_patterns() -> tuple[tuple[Family, re.Pattern[str], dict[str, Fraction]], ...]:
    """Each multiple-word family's pattern, and its words' values by their spaced form."""
    found = []
    for family in phrases.MULTIPLES:
        if family.kind is not Kind.MULTIPLE_WORD:
            continue
        values: dict[str, Fraction] = {}
        for word, value in family.words.items():
            values.setdefault(_SPACES.sub(" ", word), value)  # the first spelling wins
        found.append((family, literal(tuple(family.words)), values))
    return tuple(found)


@cache
def _family(family_id: str) -> Family:
    return phrases.family(family_id)


def _plain_numbers(reading: Reading, wording: str, text: str, numbers: list[NumberMatch]) -> None:
    for index, match in enumerate(numbers):
        if not reading.free(match.start, match.end):
            continue
        number = match.number
        kind = number_form(number)
        pair = _ratio_pair(reading, text, numbers, index)
        if pair is not None:
            stated, end = pair
            _mention(
                reading, wording, text, _family("one-in"), (match.start, end), stated, number=number
            )
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
        _mention(reading, wording, text, family, (match.start, match.end), stated, number=number)


_PER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:per|for\s+every)\s+")


def _rates(reading: Reading, wording: str, text: str, numbers: list[NumberMatch]) -> None:
    """'4.2 per 1,000 people': the rate is the statement, its base only says what per."""
    for first, second in pairwise(numbers):
        if not (reading.free(first.start, first.end) and reading.free(second.start, second.end)):
            continue
        if not _PER.fullmatch(text, first.end, second.start):
            continue
        if number_form(first.number) != "cardinal" or YEAR.fullmatch(second.number.text):
            continue
        reading.take(second.start, second.end)
        reading.asides.append(
            Aside(second.start, second.end, second.number.text, "the base of a rate")
        )
        _mention(
            reading,
            wording,
            text,
            _family("rate"),
            (first.start, first.end),
            Stated(first.number.value, first.number.step),
            number=first.number,
        )


_PAIR = re.compile(r"\s+(?:in|out\s+of)(?:\s+every)?\s+")


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
def _direction_patterns() -> tuple[tuple[Family, re.Pattern[str]], ...]:
    return tuple(
        (family, literal(tuple(w for w in family.variants if w not in _WEAK_DIRECTION)))
        for family in phrases.CHANGES
        if family.kind is Kind.DIRECTION
    )


def _directions(reading: Reading, wording: str, text: str) -> None:
    for family, pattern in _direction_patterns():
        for found in pattern.finditer(text):
            start, end = found.span()
            if not reading.free(start, end):
                continue
            if found.group(0).endswith(" at") and not _AT_NUMBER.match(text, end):
                # "stayed at 5" says no change; "stayed at home" does not.
                continue
            if _UP_DOWN.fullmatch(found.group(0)) and not (
                _UP_DOWN_AFTER.match(text, end)
                or _UP_DOWN_BEFORE.search(text, max(0, start - 20), start)
            ):
                continue
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
