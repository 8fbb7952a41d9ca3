"""The scanner and the engine read lengths of time, years and months with one vocabulary
(claimcheck.text.vocabulary and claimcheck.text.calendar), so they agree on each of them.

The scanner's side: ``claimcheck.scan`` marks the number as not a statistic. The engine's side:
``claimcheck.verify`` sets the number aside, so that the claim's only statement is the amount
it checks (640) and the finding is supported.
"""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

import claimcheck
from claimcheck.numbers.number import find_numbers
from claimcheck.text import vocabulary as v
from claimcheck.text.calendar import MONTH_WORDS

# (phrase after "640 offences", the number in it, whether it only dates or times the claim)
AGREE = [
    pytest.param("over the last 5 years", "5", True, id="years"),
    pytest.param("within 12 months", "12", True, id="months"),
    pytest.param("in 3 weeks", "3", True, id="weeks"),
    pytest.param("in 2 fortnights", "2", True, id="fortnights"),
    pytest.param("across 4 days", "4", True, id="days"),
    pytest.param("over 3 nights", "3", True, id="nights"),
    pytest.param("within 6 hours", "6", True, id="hours"),
    pytest.param("in 9 minutes", "9", True, id="minutes"),
    pytest.param("in 30 seconds", "30", True, id="seconds"),
    pytest.param("over 2 decades", "2", True, id="decades"),
    pytest.param("over 2 centuries", "2", True, id="centuries"),
    pytest.param("in 3 quarters", "3", True, id="quarters"),
    pytest.param("in 5 yrs", "5", True, id="abbreviated-years"),
    pytest.param("over a 5-year period", "5", True, id="hyphenated-year"),
    pytest.param("over 5 financial years", "5", True, id="financial-years"),
    pytest.param("over 3 calendar years", "3", True, id="calendar-years"),
    pytest.param("over five years", "five", True, id="years-in-words"),
    pytest.param("in half an hour", "half", True, id="half-an-hour"),
    pytest.param("in 1800", "1800", True, id="first-year"),
    pytest.param("in 2016", "2016", True, id="a-year"),
    pytest.param("by 2100", "2100", True, id="a-projection-year"),
    pytest.param("in 2199", "2199", True, id="last-year"),
    pytest.param("on 12 May", "12", True, id="day-before-month"),
    pytest.param("on May 12", "12", True, id="day-after-month"),
    pytest.param("on 3 Sept", "3", True, id="abbreviated-month"),
    pytest.param("in 1799", "1799", False, id="before-first-year"),
    pytest.param("in 2200", "2200", False, id="after-last-year"),
    pytest.param("in 3 towns", "3", False, id="not-a-unit-of-time"),
    pytest.param("in 5 yearbooks", "5", False, id="unit-inside-a-word"),
    # a time that is the statistic itself: a decimal, or a level of a measured time
    pytest.param("as the workweek stayed at 34.5 hours", "34.5", False, id="decimal-hours"),
    pytest.param("as the average workweek held at 34 hours", "34", False, id="level-of-hours"),
    pytest.param("while the median wait rose to 18 days", "18", False, id="level-of-days"),
    pytest.param("with stays of 3 days", "3", True, id="span-of-days"),
]


def _scanner_sets_aside(phrase: str, written: str) -> bool:
    mentions = [m for m in claimcheck.scan(f"There were 640 offences {phrase}.") if m.text != "640"]
    assert [m.text for m in mentions] == [written]
    return not mentions[0].statistical


def _engine_sets_aside(phrase: str) -> bool:
    finding = claimcheck.verify(f"640 offences {phrase}", value=640)
    return [s.stated for s in finding.statements] == ["640"]


@pytest.mark.parametrize(("phrase", "written", "aside"), AGREE)
def test_scanner_and_engine_agree(phrase: str, written: str, aside: bool) -> None:
    assert _scanner_sets_aside(phrase, written) is aside
    assert _engine_sets_aside(phrase) is aside


@pytest.mark.parametrize(
    ("written", "year"),
    [
        pytest.param("1799", False, id="1799"),
        pytest.param("1800", True, id="1800"),
        pytest.param("2099", True, id="2099"),
        pytest.param("2100", True, id="2100"),
        pytest.param("2199", True, id="2199"),
        pytest.param("2200", False, id="2200"),
        pytest.param("016", False, id="three-digits"),
        pytest.param("20160", False, id="five-digits"),
    ],
)
def test_year_range(written: str, year: bool) -> None:
    assert v.is_year(written) is year
    assert (v.FIRST_YEAR <= int(written) <= v.LAST_YEAR and len(written) == 4) is year
    (match,) = find_numbers(written)
    assert match.number.value == Fraction(int(written))


def test_every_month_is_a_date_to_both() -> None:
    for month in MONTH_WORDS:
        phrase = f"on 3 {month}"
        assert _scanner_sets_aside(phrase, "3"), month
        assert _engine_sets_aside(phrase.lower()), month


def test_duration_words_come_in_pairs() -> None:
    pattern = re.compile(v.DURATION_WORD, re.IGNORECASE)
    for singular, plural in v.DURATION_UNITS:
        assert pattern.fullmatch(singular)
        assert pattern.fullmatch(plural)
        assert pattern.fullmatch(singular.upper())
    assert pattern.fullmatch("yearbook") is None


def test_space_and_dash_classes() -> None:
    assert re.fullmatch(v.SPACE + "+", v.SPACE_CHARS)
    assert re.fullmatch(v.DIGIT_GROUP_SPACE + "+", v.DIGIT_GROUP_SPACE_CHARS)
    assert "\t" not in v.DIGIT_GROUP_SPACE_CHARS  # "1\t000" is two numbers
    assert re.fullmatch(v.DASH + "+", v.DASH_CHARS)
    assert not set(v.SINGLE_QUOTES) & set(v.DOUBLE_QUOTES)
