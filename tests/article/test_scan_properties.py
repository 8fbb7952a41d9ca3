"""Scanning any text: spans always slice to their text, nothing raises, cost stays linear."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.article.scan import scan

_PIECES = st.sampled_from(
    [
        *"0123456789 ,.-−–—%£$€/:()#'\"“”\n",
        "\u00a0",
        "\u2009",
        "\u202f",
        "٣",
        "²",
        "½",
        "one",
        "third",
        "million",
        " in ",
        " per cent",
        "more than ",
        "doubled",
        "aged ",
        "June ",
        "0808 800 5000",
        "http://x.org/",
        "<p>",
        "</p>",
        "&amp;",
        "&#44;",
        "<script>",
    ]
)


def _check(text: str) -> None:
    end = 0
    for mention in scan(text):
        assert text[mention.start : mention.end] == mention.text
        assert mention.start < mention.end
        assert mention.start >= end or mention.kind == "multiple"
        end = max(end, mention.end)


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_newsy_fragments_and_markup(text: str) -> None:
    _check(text)


@given(st.integers(min_value=-(10**60), max_value=10**60))
def test_huge_numbers(n: int) -> None:
    text = f"a total of {n:,} crimes and {n} more"
    _check(text)


def test_unicode_digits_spaces_dashes_and_minus_signs() -> None:
    text = "٣٤ cases, 12\u00a0000 and 1\u2009000 people, 2011–2016, −5%, 10\u202f% and ²³"
    _check(text)
    values = [m.value for m in scan(text) if m.statistical]
    assert values == [12000, 1000, -5, 10]


def test_a_megabyte_without_spaces() -> None:
    for text in ("7" * 1_000_000, "x" * 1_000_000, "<" * 1_000_000, "&" * 1_000_000):
        start = time.process_time()
        _check(text)
        assert time.process_time() - start < 10.0  # generous: the point is nothing quadratic


def test_dense_numbers_cost_is_linear() -> None:
    small, large = "12, " * 2_000, "12, " * 20_000
    started = time.process_time()
    scan(small)
    once = time.process_time() - started
    started = time.process_time()
    scan(large)
    assert time.process_time() - started < 30 * once + 1.0
