"""Units given above a table's figures reach the draft: a section row's percentage makes "up
to 5.7% from 5.6%" a move between two rates, and a series download with no header row is
read as one series whose month labels ("2024 NOV") are the months a story names. The tables
and sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case

from claimcheck.model import Verdict

SURVEY = (
    '"Summary table: household survey, seasonally adjusted",,\n'
    "Category,Nov. 2024,Dec. 2024\n"
    '"SURVEY OF HOUSEHOLDS (percent)",,\n'
    "Vacancy rate,4.9,5.2\n"
    '"Movers (over-the-month change, in thousands)",,\n'
    "Movers,41,-12\n"
)
DOWNLOAD = (
    '"Title","Rent index annual rate 00: all homes 2020=100"\n'
    '"CDID","ZR7Q"\n'
    '"Source dataset ID","RX01"\n'
    '"PreUnit",""\n'
    '"Unit","%"\n'
    '"Release date","16-01-2025"\n'
    '"Next release","13 February 2025"\n'
    '"Important notes",""\n'
    '"2024 OCT","3.3"\n'
    '"2024 NOV","3.1"\n'
    '"2024 DEC","3.6"\n'
)

CASES = [
    Case(
        "a-rate-under-a-section-in-percent",
        {"survey.csv": SURVEY},
        "The vacancy rate edged up to 5.2% from 4.9% in December.",
        "The vacancy rate edged up to 5.2% from 4.9% in December",
        {"from": "survey.vacancy_rate[Nov. 2024]", "to": "survey.vacancy_rate[Dec. 2024]"},
        "both in per cent",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-month-of-a-series-download",
        {"rents.csv": DOWNLOAD},
        "The rent index annual rate stood at 3.6% in December 2024.",
        "The rent index annual rate stood at 3.6% in December 2024",
        {"figure": "rents.rent_index_annual_rate_00_all_homes_2020_100[2024 DEC]"},
        "",
        Verdict.SUPPORTED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_units_above_the_figures(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)
