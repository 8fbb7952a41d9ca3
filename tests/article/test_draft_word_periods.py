"""Columns whose periods are named by words ("Previous year", "This year", "Same period last
year") are one line per row, run from the earlier to the later
(``article/drafting/relative_periods.py``, ``link_table``).

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed

from claimcheck.article.drafting.relative_periods import relative_in_time

POOLS = (
    "Swimming pool admissions,,\n"
    "Pool,Previous year,This year\n"
    'Riverside,"52,300","58,100"\n'
    'Hillcrest,"17,400","16,950"\n'
)
REVERSED = (
    "Swimming pool admissions,,\n"
    "Pool,Current year,Same period last year\n"
    'Riverside,"58,100","52,300"\n'
    'Hillcrest,"16,950","17,400"\n'
)


@pytest.mark.parametrize("table", [POOLS, REVERSED])
@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Admissions at Riverside rose from 52,300 to 58,100.", "riverside"),
        ("Hillcrest admissions slipped to 16,950, from 17,400.", "hillcrest"),
        ("Riverside admissions reached 58,100, up from 52,300.", "riverside"),
    ],
)
def test_word_named_periods_are_a_line(tmp_path: Path, table: str, sentence: str, row: str) -> None:
    earlier, later = (
        ("previous_year", "this_year")
        if table == POOLS
        else ("same_period_last_year", "current_year")
    )
    expected = [("from", f"p.{earlier}[{row.title()}]"), ("to", f"p.{later}[{row.title()}]")]
    assert_listed(
        tmp_path, {"p.csv": table}, sentence + "\n", {sentence.rstrip("."): (expected, "supported")}
    )


@pytest.mark.parametrize(
    ("titles", "ordered"),
    [
        (["Previous year", "This year"], ["Previous year", "This year"]),
        (["This year", "Last year"], ["Last year", "This year"]),
        (["Latest 12 months", "Previous 12 months"], ["Previous 12 months", "Latest 12 months"]),
        (["2023", "2024"], ["2023", "2024"]),
        (["This year", "Next year"], ["This year", "Next year"]),
    ],
)
def test_the_earlier_word_comes_first(titles: list[str], ordered: list[str]) -> None:
    assert relative_in_time(titles) == ordered
