"""'The previous year' over periods that end in a month is the period 12 months before, of
the same kind (``article/drafting/rolling_years.py``).

A line of rolling years ("Year ending March 2023", "Year ending June 2023", ...) has a quarter
between neighbours: a change "on the previous year" runs from the same months a year back,
never from the column just before, nor from a calendar year beside them. Where the line has no
such period, or the earlier level stated fits another column, nothing is proposed.

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed

ROLLING = (
    "Visitors staying overnight, thousands,,,,,\n"
    "Measure,Year ending March 2023,Year ending June 2023,Year ending September 2023,"
    "Year ending December 2023,Year ending March 2024\n"
    "Overnight visitors,412,398,405,420,436\n"
)
MIXED = (
    "Visitors staying overnight, thousands,,,\n"
    "Measure,2023,Year ending December 2023,Year ending March 2024\n"
    "Overnight visitors,420,420,436\n"
)
MONTHS = (
    "Station footfall,\n"
    "Month,Entries\n"
    'April 2023,"61,200"\n'
    'March 2024,"63,900"\n'
    'April 2024,"64,800"\n'
)
REF = "v.overnight_visitors[Year ending {}]"
CHANGE = [("from", REF.format("March 2023")), ("to", REF.format("March 2024"))]


@pytest.mark.parametrize(
    ("tables", "article", "quote", "expected"),
    [
        (
            {"v.csv": ROLLING},
            "Overnight visitors rose by 24,000 compared with a year earlier.\n",
            "Overnight visitors rose by 24,000 compared with a year earlier",
            (CHANGE, "supported"),
        ),
        (
            {"v.csv": ROLLING},
            "There were 436,000 overnight visitors in the year ending March 2024, up from "
            "412,000 the previous year.\n",
            "There were 436,000 overnight visitors in the year ending March 2024, up from "
            "412,000 the previous year",
            (CHANGE, "supported"),
        ),
        (
            {"v.csv": ROLLING},
            "There were 436,000 overnight visitors in the year ending March 2024, up from "
            "420,000 the previous year.\n",
            "up from 420,000 the previous year",
            ([], "unsourced"),
        ),
        (
            {"v.csv": MIXED},
            "Overnight visitors were up 4% on the previous year, at 436,000.\n",
            "Overnight visitors were up 4% on the previous year, at 436,000",
            ([], "unsourced"),
        ),
        (
            {"v.csv": ROLLING},
            "There were 436,000 overnight visitors in the year ending March 2024, up from "
            "420,000 in the year ending December 2023.\n",
            "There were 436,000 overnight visitors in the year ending March 2024, up from "
            "420,000 in the year ending December 2023",
            (
                [("from", REF.format("December 2023")), ("to", REF.format("March 2024"))],
                "supported",
            ),
        ),
        (
            {"s.csv": MONTHS},
            "In April 2024 there were 64,800 entries, up 6% on a year earlier.\n",
            "In April 2024 there were 64,800 entries, up 6% on a year earlier",
            ([("from", "s.entries[April 2023]"), ("to", "s.entries[April 2024]")], "supported"),
        ),
    ],
)
def test_the_previous_year_is_twelve_months_back(
    tmp_path: Path,
    tables: dict[str, str],
    article: str,
    quote: str,
    expected: tuple[list[tuple[str, str]], str],
) -> None:
    assert_listed(tmp_path, tables, article, {quote: expected})
