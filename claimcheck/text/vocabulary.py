"""The words and character classes that the article scanner and the checking engine share.

Each list is written once here and imported by both sides, so that the two never disagree on
what is a length of time, a year, a space or a dash. Month names live in ``calendar``.

Decisions taken when the separate copies were merged (each has a test in
tests/test_vocabulary.py):

- Years run from 1800 to 2199 everywhere. The engine used to stop at 2099, which made
  "by 2100" (a common horizon for projections) an amount to check; plain four-digit counts in
  that range are still told apart from years by the words around them.
- A length of time is a number followed by one of ``DURATION_UNITS`` (singular or plural),
  optionally "calendar" or "financial" first: "five financial years", "12 months", "3 nights",
  "10 yrs". The scanner, the engine and the number reader (which will not read "one in five
  years" as a share) all use ``DURATION_AFTER``.
- A length of time can be the statistic itself ("the median wait was 6.2 weeks", "the
  workweek was unchanged at 34.5 hours"): a decimal always; a whole number when its words
  name a measured time (``MEASURED_TIME``) and the number is stated as a level or a base
  (``LEVEL_BEFORE_TIME``). The engine asks this of a quote, the scanner of a sentence.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final

from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "A_DURATION_AFTER",
    "DASH",
    "DASH_CHARS",
    "DIGIT_GROUP_SPACE",
    "DIGIT_GROUP_SPACE_CHARS",
    "DOUBLE_QUOTES",
    "DURATION_AFTER",
    "DURATION_UNITS",
    "DURATION_WORD",
    "FIRST_YEAR",
    "FORECAST_NOUNS",
    "LAST_YEAR",
    "LEVEL_BEFORE_TIME",
    "MEASURED_TIME",
    "QUOTE_MARKS",
    "SERIES_BEGAN",
    "SINGLE_QUOTES",
    "SPACE",
    "SPACE_CHARS",
    "SPACE_OR_DASH",
    "YEAR",
    "YEAR_DIGITS",
    "counted_in_a_year",
    "counts_in_a_year",
    "duration_after",
    "is_year",
    "year_pair",
]

# Spaces inside a line: space, tab, no-break space, thin space, narrow no-break space.
SPACE_CHARS: Final = " \t\u00a0\u2009\u202f"
SPACE: Final = r"[ \t\u00a0\u2009\u202f]"
# Spaces that may group the digits of a number ("1 000 000"): never a tab.
DIGIT_GROUP_SPACE_CHARS: Final = " \u00a0\u2009\u202f"
DIGIT_GROUP_SPACE: Final = r"[ \u00a0\u2009\u202f]"

# Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar,
# minus sign: what a story's copy and its claim file write for "-".
DASH_CHARS: Final = "-‐‑‒–—―−"
DASH: Final = "[" + re.escape(DASH_CHARS) + "]"
SPACE_OR_DASH: Final = "[" + re.escape(SPACE_CHARS + DASH_CHARS) + "]"

# The quote marks that open and close quoted words and sentences in copy.
QUOTE_MARKS: Final = "\"'“”‘’"
# Quote marks of every style, grouped by what they stand for, for folding to one style.
SINGLE_QUOTES: Final = "'‘’‚‛′`´"
DOUBLE_QUOTES: Final = '"“”„‟″«»'

# Years: four digits from FIRST_YEAR to LAST_YEAR.
# The nouns of a forecast a figure is compared with ("missing expectations", "above the 2.9%
# forecast", "beat estimates"): the checker's comparisons and drafting's cuts read the same.
FORECAST_NOUNS: Final = r"(?:expectations|forecasts?|estimates|consensus|predictions?)"

# The start of a series said in words after "since": "since records began", "since comparable
# records began", "since estimates were first published", "since the series started", "since
# the figures started being collated". A superlative since the start is a record over the
# whole series (docs/policy.md).
_GATHERED = r"(?:kept|collected|collated|published|compiled|recorded|made|produced)"
SERIES_BEGAN: Final = (
    r"(?:the\s+)?(?:(?:comparable|official|modern|national|current)\s+)?"
    r"(?:records?|figures|data|estimates|statistics|series|survey)\s+"
    rf"(?:(?:first\s+)?(?:began|begun|started|start)(?:\s+being\s+{_GATHERED})?"
    rf"|(?:were|was)\s+(?:first|initially)(?:\s+{_GATHERED})?)"
)

FIRST_YEAR: Final = 1800
LAST_YEAR: Final = 2199
YEAR_DIGITS: Final = r"(?:1[89]|2[01])[0-9]{2}"
YEAR: Final = lazy_pattern(YEAR_DIGITS)
# "from 1847 in 2019 to 8203 in 2021": a year-like number at an end of a change, followed by
# the year it was counted in (with or without its noun: "from 1847 permits in 2019"), is a
# count; no date is "from 1847 in 2019". "from 1990 levels in 2020" keeps its year.
_CHANGE_END_BEFORE = lazy_pattern(r"\b(?:from|to)\s+\Z", re.IGNORECASE)
# A plural a year qualifies rather than counts: "1990 levels", "2010 prices".
_NOT_QUALIFIED = r"(?!(?:levels|figures|prices|rates|terms|values|standards|numbers|totals)\b)"
_IN_A_YEAR_AFTER = lazy_pattern(
    rf"(?:\s+{_NOT_QUALIFIED}[a-z]+s)?\s+(?:in|during)\s+(?:the\s+year\s+)?{YEAR_DIGITS}(?!\d)",
    re.IGNORECASE,
)
# "1847 permits in 2019": a number, the plural it counts and the year it was counted in.
_NOUN_IN_A_YEAR_AFTER = lazy_pattern(
    rf"\s+{_NOT_QUALIFIED}[a-z]+s\s+(?:in|during|for)\s+(?:the\s+year\s+)?\d{{4}}(?!\d)"
)


def counts_in_a_year(text: str, end: int) -> bool:
    """Whether the year-like number ending at ``end`` is followed by the plural it counts and
    the year it was counted in ("1847 permits in 2019"), so it is a count, not a year."""
    return _NOUN_IN_A_YEAR_AFTER.match(text, end) is not None


def counted_in_a_year(text: str, start: int, end: int) -> bool:
    """Whether the year-like number ``text[start:end]`` is a count stated with its own year at
    one end of a change ("rose from 1847 in 2019 to 8203 in 2021"), not a year."""
    return (
        _CHANGE_END_BEFORE.search(text, max(0, start - 6), start) is not None
        and _IN_A_YEAR_AFTER.match(text, end) is not None
    )


def is_year(written: str) -> bool:
    """Whether a number written as ``written`` ("2016") can be a year: four plain digits."""
    return YEAR.fullmatch(written) is not None


# "2014/2015": a financial or academic year written in full, two years one apart, which the
# number reader would take for a fraction.
_YEAR_PAIR: Final = lazy_pattern(r"((?:1[89]|2[01])\d\d)\s*/\s*((?:1[89]|2[01])\d\d)")


def year_pair(written: str) -> int | None:
    """The first year of ``written`` when it is a year written in full with the next one
    ("2014/2015" gives 2014); None otherwise ("1/4", "2014/2016")."""
    found = _YEAR_PAIR.fullmatch(written)
    if found is None or int(found.group(2)) != int(found.group(1)) + 1:
        return None
    return int(found.group(1))


# Units of time, singular then plural.
DURATION_UNITS: Final = (
    ("year", "years"),
    ("yr", "yrs"),
    ("month", "months"),
    ("week", "weeks"),
    ("fortnight", "fortnights"),
    ("day", "days"),
    ("night", "nights"),
    ("hour", "hours"),
    ("minute", "minutes"),
    ("second", "seconds"),
    ("decade", "decades"),
    ("century", "centuries"),
    ("quarter", "quarters"),
)


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_SINGULAR: Final = _alternation([one for one, _ in DURATION_UNITS])
# A unit of time as a word on its own, singular or plural.
DURATION_WORD: Final = (
    rf"(?:{_alternation([form for pair in DURATION_UNITS for form in pair])})(?![A-Za-z])"
)
# After a number: "12 months", "five-year", "three financial years", "10\u00a0yrs".
DURATION_AFTER: Final = lazy_pattern(
    rf"(?:{SPACE}{{1,3}}|{SPACE}{{0,2}}-{SPACE}{{0,2}})"
    rf"(?:(?:calendar|financial){SPACE}{{1,3}})?{DURATION_WORD}",
    re.IGNORECASE,
)
# After "half": "half an hour", "half a century".
A_DURATION_AFTER: Final = lazy_pattern(
    rf"{SPACE}{{1,2}}an?{SPACE}{{1,2}}(?:{_SINGULAR})(?![A-Za-z])", re.IGNORECASE
)


# A number straight after a unit in the singular makes it a name: "Year 11", "Week 52"
# ("5 years 3 months" is still a length of time).
_NAMED_AFTER: Final = lazy_pattern(rf"{SPACE}{{1,2}}\d")


def duration_after(text: str, end: int, written: str) -> re.Match[str] | None:
    """The unit of time after the number ``written`` that ends at ``end``, if one follows:
    "five years", "12-month", "half an hour"."""
    found = DURATION_AFTER.match(text, end)
    if found is None and written.lower() == "half":
        found = A_DURATION_AFTER.match(text, end)
    if (
        found is not None
        and not found.group().lower().endswith("s")
        and "-" not in found.group()
        and _NAMED_AFTER.match(text, found.end())
    ):
        return None  # "4,100 Year 11 pupils": a school year names the group, no length of time
    return found


# Words that name a time measured: "the median wait was 6 weeks", "the average workweek".
MEASURED_TIME: Final = lazy_pattern(
    r"(?<![a-z])(?:wait|waits|waiting|stay|stays|delay|delays|response|journey|journeys"
    r"|length|duration|average|median|mean|time|times|workweek|workweeks)(?![a-z])"
)
# Words that state a number as a level or a base: "was 6", "stood at 6", "to 18", "from 14".
LEVEL_BEFORE_TIME: Final = lazy_pattern(
    r"(?<![a-z])(?:was|were|is|are|stood\s+at|at|averaged|(?<!up\s)to|from|against"
    r"|compared\s+(?:with|to))\s+$"
)


def measured_time(written: str, value: Fraction, before: str, speaks_of_measures: bool) -> bool:
    """Whether the number ``written`` before a unit of time is a measurement to check rather
    than a span: a decimal always, a whole number stated as a level or a base (``before`` is
    the lower-case text just before it) where the words speak of a measured time."""
    if value.denominator != 1 and "." in written:
        return True
    return speaks_of_measures and LEVEL_BEFORE_TIME.search(before) is not None
