"""A change over a span given as a length ("in a decade", "over five years") runs from the
period that many years before its level (``span_back``).

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case, drafted_article

from claimcheck.article.drafting.span_back import span_years
from claimcheck.model import Verdict

FERRIES = (
    "Ferry crossings cancelled, Westport harbour\n"
    "Year,Cancelled crossings\n"
    "2013,150\n2014,156\n2015,171\n2016,180\n2017,190\n2018,204\n2019,226\n"
    "2020,240\n2021,262\n2022,281\n2023,310\n2024,322\n"
)
GAPPED = "Year,Cancelled crossings\n2012,140\n2018,281\n2023,310\n2024,322\n"
LINE = "ferries.cancelled_crossings"

CASES = [
    Case(
        "in-a-decade-runs-ten-years-back",
        {"ferries.csv": FERRIES},
        "Cancelled crossings hit a record high in 2024, having more than doubled in a decade.",
        "in 2024, having more than doubled in a decade",
        {"from": f"{LINE}[2014]", "to": f"{LINE}[2024]"},
        "runs 10 years back",
        Verdict.SUPPORTED,
    ),
    Case(
        "over-the-past-five-years",
        {"ferries.csv": FERRIES},
        "Cancelled crossings rose by 42% over the past five years to 322 in 2024.",
        "Cancelled crossings rose by 42% over the past five years to 322 in 2024",
        {"from": f"{LINE}[2019]", "to": f"{LINE}[2024]"},
        "runs 5 years back",
        Verdict.SUPPORTED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_spans_back(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)


def test_a_line_without_the_start_of_the_span_links_nothing(tmp_path: Path) -> None:
    text, _ = drafted_article(
        tmp_path,
        {"ferries.csv": GAPPED},
        "Cancelled crossings rose by 14% over the past five years to 322 in 2024.",
    )
    assert "the line has no figure for 2019" in text
    assert "[2023]" not in text


@pytest.mark.parametrize(
    ("clause", "years"),
    [
        ("more than doubled in a decade", 10),
        ("rose by a third over the last five years", 5),
        ("fell in three decades", 30),
        ("rose 4% over the year", None),
        ("the biggest rise in five years", None),
        ("the first fall in a decade", None),
        ("people aged over 65 years", None),
    ],
)
def test_the_length_of_a_span(clause: str, years: int | None) -> None:
    assert span_years(clause) == years


WAITS = (
    "Month,Patients waiting (millions)\n"
    "Jan 2019,3.90\nFeb 2019,4.12\nMar 2019,4.20\nJan 2024,6.10\nFeb 2024,6.25\nMar 2024,6.31\n"
)
WAITING = "waits.patients_waiting_millions"


def test_since_then_runs_from_the_period_the_sentence_before_names(tmp_path: Path) -> None:
    assert_case(
        tmp_path,
        Case(
            "since-then",
            {"waits.csv": WAITS},
            "The waiting list reached 6.31 million in March 2024. In February 2019, a year "
            "before the pandemic, it stood at 4.12 million.\n\nSince then, the list has grown "
            "by more than two million.",
            "Since then, the list has grown by more than two million",
            {"from": f"{WAITING}[Feb 2019]", "to": f"{WAITING}[Mar 2024]"},
            "the period the sentence before names",
            Verdict.SUPPORTED,
        ),
    )


def test_since_the_figures_started_being_collated_reaches_the_first_year(tmp_path: Path) -> None:
    assert_case(
        tmp_path,
        Case(
            "since-collated",
            {"ferries.csv": FERRIES},
            "Cancelled crossings rose to 322 in 2024. This is the largest number since the "
            "figures started being collated in 2013.",
            "This is the largest number since the figures started being collated in 2013",
            {"from": f"{LINE}[2013]", "to": f"{LINE}[2024]"},
            "from 2013",
            Verdict.SUPPORTED,
        ),
    )
