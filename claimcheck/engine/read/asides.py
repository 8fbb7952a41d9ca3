"""Numbers that state nothing to check: labels of the figures, dates, lengths of time."""

from __future__ import annotations

import re
from collections.abc import Collection
from fractions import Fraction
from functools import lru_cache

from claimcheck.engine.read.mentions import Aside, Reading, number_form
from claimcheck.engine.read.names import name_spans
from claimcheck.numbers.number import NumberMatch, Unit
from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import (
    MEASURED_TIME,
    counted_in_a_year,
    counts_in_a_year,
    duration_after,
    measured_time,
    year_pair,
)
from claimcheck.text.vocabulary import YEAR as YEAR

_MONTHS = month_pattern(lower=True)
_DATE_BEFORE = lazy_pattern(
    rf"(?<![A-Za-z])(?:{_MONTHS}|in|since|from|until|till|by|to|between|and|during|before|"
    rf"after|of|year|the|early|late|mid|end|start|spring|summer|autumn|winter),?[\s-]+"
    # "in January, 2020": a comma may stand between the month and the year
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$"
)
# The second half of a financial or academic year: the "/12" of "2011/12", "-13" of "2012-13".
YEAR_TAIL = lazy_pattern(r"[/-]\d{2}(?:\d{2})?(?![\d%])")
# "crime rose over 2016, ...": a year after "over" that ends its clause is the period; "over
# 2000 people" is a count.
_OVER_BEFORE = lazy_pattern(r"(?<![a-z])over\s+\Z")
_CLAUSE_END = lazy_pattern(r"\s*(?:[,.;:)!?]|\Z|(?:and|but|while|as|when|compared)\b)")
# "the rate is lower than 2019, when ...": a year after a comparative and "than" that ends its
# clause is the period compared with; "more than 2000 people" is a count.
_THAN_BEFORE = lazy_pattern(
    r"(?<![a-z])(?:higher|lower|greater|smaller|bigger|larger|better|worse|up|down)\s+than"
    r"\s+(?:in\s+)?\Z"
)
# "the count for 2019 rose to 4.07": a year after "for" with a verb straight after it is
# the period the subject is of; "for 2000 people" is a count.
_FOR_BEFORE = lazy_pattern(r"(?<![a-z])for\s+\Z")
_VERB_AFTER = lazy_pattern(
    r"\s+(?:was|were|is|are|has|had|have|rose|fell|increased|decreased|grew|dropped|declined"
    r"|climbed|stood|reached|jumped|edged|slipped)(?![a-z])"
)
# "the peak 2013 price", "its revised 2020 estimate": a year between a word qualifying a noun
# and that noun, in the singular (a plural after it, "the remaining 1847 permits", is counted).
_QUALIFIED_BEFORE = lazy_pattern(r"(?<![a-z])(?:the|its|their|this|that|his|her|our)\s+[a-z]+\s+\Z")
_SINGULAR_AFTER = lazy_pattern(
    r"\s+(?!(?:was|were|is|are|and|or|in|of|to|on|for|at|by|from|with|than|had|has|have|as)"
    r"(?![a-z]))[a-z]+(?<!s)(?![a-z'-])"
)
_ONE_DIGIT_TAIL = lazy_pattern(r"[/-](\d)(?![\d%]|[.,]\d)")


def _year_of(value: Fraction) -> int:
    """The year a period starts in: 2021 of "2021-22", 2007 of "07/08"."""
    year = int(value)
    if year >= 100:
        return year
    return 2000 + year if year < 50 else 1900 + year


def _next_year_digit(text: str, end: int, year: Fraction) -> bool:
    """Whether "-6" after 2015 is the last digit of the next year ("2015-6", "1997/8")."""
    tail = _ONE_DIGIT_TAIL.match(text, end)
    return tail is not None and int(tail.group(1)) == (int(year) + 1) % 10


# A year and the next written as one period: "2021-22", "2021/22", "2021/2022". Wherever it
# stands ("up 4% (2021-22)"), a year followed by the next is a period, never two amounts.
_YEAR_NEXT = lazy_pattern(r"[/-](\d{2}|\d{4})(?![\d%]|[.,]\d)")
# A school or financial year written short: "07/08", "19/20", "07-08" (a hyphen only after a
# date word: "aged 19-20" is a band). Not inside a date ("12/07/08") nor before a unit.
_SHORT_YEAR = lazy_pattern(r"(?<![\d/.,-])(\d{2})([/-])(\d{2})(?![\d%/]|[.,]\d)")


_SHORT_YEAR_BEFORE = lazy_pattern(
    r"(?<![a-z])(?:in|since|from|until|by|to|between|and|during|year|fy)\s+\Z", re.IGNORECASE
)


def _with_next_year(text: str, match: NumberMatch) -> int | None:
    """Where a year followed by the next ends ("2021-22"), or None."""
    if not YEAR.fullmatch(match.number.text):
        return None
    tail = _YEAR_NEXT.match(text, match.end)
    if tail is None:
        return None
    following = int(match.number.value) + 1
    written = int(tail.group(1))
    wanted = following % 100 if len(tail.group(1)) == 2 else following
    return tail.end() if written == wanted else None


def period_end(text: str, match: NumberMatch) -> int | None:
    """Where a school or financial year starting at ``match`` ends ("2021-22", "07/08"), or
    None when the number starts none."""
    found = _period_of(text, match)
    return found[0] if found is not None else None


def _period_of(text: str, match: NumberMatch) -> tuple[int, int] | None:
    """Where a school or financial year starting at ``match`` ends, and its first year."""
    end = _with_next_year(text, match)
    if end is not None:
        return end, int(match.number.value)
    return _short_year(text, match)


def _short_year(text: str, match: NumberMatch) -> tuple[int, int] | None:
    """Where a short academic or financial year ("07/08") that starts at ``match`` ends, and
    the year it starts in. Written with a leading zero ("07/08") it is a year wherever it
    stands; otherwise ("19/20", "19-20") only after a date word or an opening bracket, as a
    score ("19/20") or a band ("aged 19-20") is no period."""
    found = _SHORT_YEAR.match(text, match.start)
    if found is None or int(found.group(3)) != (int(found.group(1)) + 1) % 100:
        return None
    dated = _SHORT_YEAR_BEFORE.search(text, max(0, match.start - 20), match.start) is not None
    opened = text[max(0, match.start - 1) : match.start] == "("
    if not (dated or opened or (found.group(1)[0] == "0" and found.group(2) == "/")):
        return None
    return found.end(), _year_of(Fraction(found.group(1)))


@lru_cache(maxsize=1024)
def _label(label: str) -> tuple[str, re.Pattern[str] | None]:
    """A label's pattern (None without a digit), and a piece of text every match holds."""
    if not any(ch.isdigit() for ch in label):
        return "", None
    needle = max((part.strip() for part in re.split(r"[/\-–]", label.lower())), key=len)
    return needle, _label_pattern(label)


def _label_pattern(label: str) -> re.Pattern[str]:
    parts = re.split(r"[/\-–]", label.lower())
    body = r"\s*[/\-–]\s*".join(re.escape(part.strip()) for part in parts)
    return re.compile(rf"(?<![\w/.,-]){body}(?![\w/%-]|[.,]\d)")


def mark_labels(reading: Reading, wording: str, text: str, labels: Collection[str]) -> None:
    for label in sorted(labels, key=len, reverse=True):
        needle, pattern = _label(label)
        if pattern is None or needle not in text:
            continue
        for found in pattern.finditer(text):
            if reading.free(found.start(), found.end()):
                reading.take(found.start(), found.end())
                reading.asides.append(
                    Aside(
                        found.start(),
                        found.end(),
                        wording[found.start() : found.end()],
                        f"the label {label} of a referenced figure",
                    )
                )


# "half" of a period ("the first half of 2016") is a word, not an amount. ("one" as a pronoun,
# "one of the", "one or both", is a name rule in ``engine.read.names``, shared with the scanner.)
_PERIOD_HALF_BEFORE = lazy_pattern(r"(?<![A-Za-z])(?:first|second|last|latter|former)\s+$")


_DAY_AFTER = lazy_pattern(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?![A-Za-z])")
_DAY_BEFORE = lazy_pattern(rf"(?<![A-Za-z])(?:{_MONTHS})\.?\s+$")


def _day_of_month(text: str, match: NumberMatch) -> bool:
    value = match.number.value
    if value.denominator != 1 or not 1 <= value <= 31 or not text[match.start].isdigit():
        return False
    return bool(
        _DAY_AFTER.match(text, match.end)
        or _DAY_BEFORE.search(text, max(0, match.start - 12), match.start)
    )


def _measured(text: str, match: NumberMatch) -> bool:
    """Whether a number before a unit of time is a measurement to check, not a span
    ("the median wait was 6.2 weeks", "stays rose to 18 days from 14 days"); the scanner asks
    the same of a sentence (``claimcheck.text.vocabulary.measured_time``)."""
    before = text[max(0, match.start - 30) : match.start]
    number = match.number
    return measured_time(number.text, number.value, before, _speaks_of_measures(text))


@lru_cache(maxsize=8)
def _speaks_of_measures(text: str) -> bool:
    """Whether the quote names a measured time anywhere: asked for every number, searched once
    a quote (a search for each number made reading quadratic in the quote's length)."""
    return MEASURED_TIME.search(text) is not None


def _duration(reading: Reading, text: str, match: NumberMatch) -> int | None:
    """Where '12 months' ends, when a plain number is followed by a unit of time."""
    if match.number.unit is not Unit.NONE or _measured(text, match):
        return None
    found = duration_after(text, match.end, match.number.text)
    if found is None or not reading.free(match.start, found.end()):
        return None
    return found.end()


def _word_not_amount(text: str, match: NumberMatch) -> str | None:
    word = text[match.start : match.end]
    before = text[max(0, match.start - 20) : match.start]
    if word == "half" and _PERIOD_HALF_BEFORE.search(before):
        return "part of a period ('the first half')"
    if _day_of_month(text, match):
        return "a date"
    return None


def mark_names(reading: Reading, wording: str, text: str) -> None:
    """Set aside numbers that name or bound a group: 'Covid-19', 'aged 16 to 24', 'Year 6'."""
    for span in name_spans(text):
        if reading.free(span.start, span.end):
            reading.take(span.start, span.end)
            reading.asides.append(
                Aside(span.start, span.end, wording[span.start : span.end], span.why)
            )


def _a_date(text: str, match: NumberMatch) -> bool:
    """Whether a number is a year used as a date: a year written in full with the next
    ("2014/2015"), or four digits after a date word ("in 2019") that counts nothing, after
    "over" or a comparative's "than" at its clause's end, between a qualifying word and its
    singular noun ("the peak 2013 price"), or after "for" before a verb."""
    if year_pair(match.number.text) is not None:
        return True
    if not YEAR.fullmatch(match.number.text):
        return False
    start, end = match.start, match.end
    if _DATE_BEFORE.search(text, max(0, start - 40), start):
        return not counts_in_a_year(text, end) and not counted_in_a_year(text, start, end)
    if _OVER_BEFORE.search(text, max(0, start - 8), start) or _THAN_BEFORE.search(
        text, max(0, start - 20), start
    ):
        return _CLAUSE_END.match(text, end) is not None
    if _QUALIFIED_BEFORE.search(text, max(0, start - 30), start) and _SINGULAR_AFTER.match(
        text, end
    ):
        return True
    return bool(_FOR_BEFORE.search(text, max(0, start - 8), start) and _VERB_AFTER.match(text, end))


def mark_asides(reading: Reading, wording: str, text: str, numbers: list[NumberMatch]) -> None:
    """Set aside ordinals, durations, dates and words that only look like amounts."""
    mark_names(reading, wording, text)
    for match in numbers:
        if not reading.free(match.start, match.end):
            continue
        period = _period_of(text, match)
        if period is not None:
            end, first = period
            reading.take(match.start, end)
            reading.asides.append(
                Aside(match.start, end, wording[match.start : end], "a date", first)
            )
            continue
        why = _word_not_amount(text, match)
        if why is not None:
            pass
        elif number_form(match.number) == "ordinal":
            why = "an ordinal (a rank or a date), not an amount"
        elif _duration(reading, text, match) is not None:
            why = "a length of time"
        elif _a_date(text, match):
            why = "a date"
        if why is not None:
            end = match.end
            if why == "a date" and (tail := YEAR_TAIL.match(text, end)):
                end = tail.end()
            elif why == "a date" and _next_year_digit(text, end, match.number.value):
                end += 2  # "2015-6": a school or financial year written short
            duration = _duration(reading, text, match)
            if why == "a length of time" and duration is not None:
                end = duration
            reading.take(match.start, end)
            year = int(match.number.value) if YEAR.fullmatch(match.number.text) else None
            year = year_pair(match.number.text) or year
            reading.asides.append(
                Aside(
                    match.start,
                    end,
                    wording[match.start : end],
                    why,
                    year if why == "a date" else None,
                )
            )
