"""Properties of the number reader: spans, round trips, rounding, robustness and linear cost."""

from __future__ import annotations

import time
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.numbers.number import find_numbers, parse_number


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_text_never_raises_and_spans_slice(text: str) -> None:
    parse_number(text)
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.number.text
        assert m.start < m.end


_NEWSY = st.lists(
    st.sampled_from(
        [
            *"0123456789 ,.-−–%£$€/:abcdefmknpt",
            *("one", "third", "million", " in ", " per cent", "\u00a0", "\u2009", "٣", "²"),
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400)
@given(_NEWSY)
def test_numberish_text_spans_slice_and_do_not_overlap(text: str) -> None:
    end = 0
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.number.text
        assert m.start >= end
        end = m.end


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_integers_round_trip(n: int) -> None:
    number = parse_number(str(n))
    assert number is not None
    assert number.value == n


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(0, 8))
def test_decimals_round_trip(mantissa: int, places: int) -> None:
    written = f"{Decimal(mantissa).scaleb(-places):f}"
    number = parse_number(written)
    assert number is not None
    assert number.value == Fraction(mantissa, 10**places)
    assert number.step == Fraction(1, 10**places) or places == 0


@given(
    st.fractions(min_value=-(10**9), max_value=10**9),
    st.integers(0, 6),
)
def test_a_value_rounding_to_a_written_number_is_contained(value: Fraction, places: int) -> None:
    step = Fraction(1, 10**places)
    # round half up: the interval [x - step/2, x + step/2) is half open
    rounded = (value / step + Fraction(1, 2)).__floor__() * step
    written = f"{Decimal(rounded.numerator) / Decimal(rounded.denominator):.{places}f}"
    number = parse_number(written)
    assert number is not None
    assert number.value == rounded
    assert number.contains(value)


@given(st.integers(1, 10**9))
def test_comma_grouped_integers_read_whole(n: int) -> None:
    written = f"{n:,}"
    matches = find_numbers(f"a total of {written} crimes")
    assert [m.number.value for m in matches] == [n]


def _timed(text: str) -> float:
    start = time.process_time()
    find_numbers(text)
    return time.process_time() - start


def test_a_megabyte_without_spaces_is_fast() -> None:
    # Generous limits: the point is that nothing is quadratic (that would take minutes).
    for text in ("9" * 1_000_000, "x" * 1_000_000, "£" * 1_000_000, "-" * 1_000_000):
        assert _timed(text) < 5.0
    for text in ("a" * 1_000_000, "one" * 300_000, "1." * 100_000):
        assert _timed(text) < 10.0


def test_dense_numbers_are_read_in_linear_time() -> None:
    small, large = "1,000" * 4_000, "1,000" * 40_000
    _timed(small)
    assert _timed(large) < 30 * _timed(small) + 1.0


def test_cost_is_linear() -> None:
    unit = "In 2016, a total of 640 crimes were recorded compared to 151 in 2011. " * 10
    small = unit * 100
    large = unit * 1000
    _timed(small)  # warm up
    assert _timed(large) < 30 * _timed(small) + 0.2


def test_unicode_digits_and_spaces_do_not_crash() -> None:
    text = "٣٤ ٥ and 12\u00a0000 and 1\u2009000 and ²³ and 5\u202f%"
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.number.text


def test_huge_numbers_are_not_converted() -> None:
    text = "1" * 5000 + " and 7"
    assert [m.number.value for m in find_numbers(text)] == [7]
