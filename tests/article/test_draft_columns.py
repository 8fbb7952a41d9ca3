"""Drafting over columns that are no period, tables that repeat a figure, and years that are
where a comparison starts (article/drafting/link_table.py, link.py, plan.py).

- A "Percent change" column beside year columns is a cell of its own, off the row's line: a
  change never runs from a year into it, and "rose 4.0%" links to it (with the level beside
  it, when the sentence states one: join_change).
- One figure published in two tables (a summary and a time series) is one choice, not a tie.
- "the lowest since 2006" names where the comparison starts, not the claim's period; a "since"
  before the superlative ("fallen 5.6% since 2019 and the lowest on record") is the change's own.

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case

from claimcheck.model import Verdict

BY_KIND = (
    "Table 3: Casualties by kind, 2022 and 2023\n"
    "Kind,2022,2023,Percent change\n"
    'All casualties,"2,500","2,600",4.0\n'
    "Cyclists,400,380,-5.0\n"
    "Walkers,,610,1.7\n"
)
BY_YEAR = (
    "Casualties on the county's roads\nYear,Casualties\n"
    '2019,"2,700"\n2020,"2,350"\n2021,"2,420"\n2022,"2,500"\n2023,"2,600"\n'
)
SALES = "Year,Homes sold\n" + "".join(
    f"{year},{900 - (year - 2000) * 10}\n" for year in range(2000, 2024)
)

CASES = [
    Case(
        "percent-change-column-alone",
        {"kinds.csv": BY_KIND},
        "Walker casualties (610) increased 1.7 percent.",
        # the level and its change are one claim (join_change): ``figures`` lists the level
        # and the published change, and the last of the two is the one the dict keeps
        "Walker casualties (610) increased 1.7 percent",
        {"figures": "kinds.walkers[Percent change]"},
        "610 is kinds.walkers[2023] and 1.7 percent its published change",
        Verdict.SUPPORTED,
    ),
    Case(
        "one-figure-in-two-tables",
        {"kinds.csv": BY_KIND, "years.csv": BY_YEAR},
        "There were 2,600 casualties in 2023.",
        "There were 2,600 casualties in 2023",
        {"figure": "years.casualties[2023]"},
        "2,600 is years.casualties[2023]",
        Verdict.SUPPORTED,
    ),
    Case(
        "since-year-is-no-period-of-the-claim",
        {"sales.csv": SALES},
        "Home sales fell again last year and are the lowest since 2006.",
        "Home sales fell again last year",
        {"from": "sales.homes_sold[2022]", "to": "sales.homes_sold[2023]"},
        "2022",
        None,
    ),
    Case(
        "since-year-of-the-change-itself",
        {"sales.csv": SALES},
        "Home sales have fallen 5.6% since 2019 and are the lowest on record.",
        "Home sales have fallen 5.6% since 2019",
        {"from": "sales.homes_sold[2019]", "to": "sales.homes_sold[2023]"},
        "2019",
        None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_columns_and_anchor_years(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)
