"""Runs and spans of time that qualify a claim: read by a statement, or the claim needs review.

Every row is our own sentence with its reason."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, ch, check_case, ser

from claimcheck.model import Verdict

TWO_YEARS = (("2022", 410), ("2023", 380))
FALLING = (("2019", 500), ("2020", 470), ("2021", 450), ("2022", 410), ("2023", 380))

# quote, figures, verdict, reason
CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "For the fifth straight year, fewer ferries ran late",
        ch(410, 380, ("2022", "2023")),
        Verdict.NEEDS_REVIEW,
        "the run comes before its direction; two figures show one fall",
    ),
    (
        "It was the fourth year in a row that admissions dropped",
        ch(410, 380, ("2022", "2023")),
        Verdict.NEEDS_REVIEW,
        "a run of four years on two figures",
    ),
    (
        "the ratio set a record low for the third year running",
        ser("2023", *TWO_YEARS),
        Verdict.NEEDS_REVIEW,
        "the record is checked, the run of records is not",
    ),
    (
        "the lowest it has stood for at least 60 years",
        ser("2023", *TWO_YEARS),
        Verdict.NEEDS_REVIEW,
        "words between the superlative and the span: the span is unread",
    ),
    (
        "the weakest monthly growth in more than a year",
        ser("2023", *TWO_YEARS),
        Verdict.NEEDS_REVIEW,
        "'in more than a year' needs the months before",
    ),
    (
        "has fallen for four years in a row",
        ser("2023", *FALLING),
        Verdict.SUPPORTED,
        "the wording table reads the whole run, and the series shows it",
    ),
    (
        "the lowest in four years",
        ser("2023", *FALLING),
        Verdict.SUPPORTED,
        "the years-low statement reads the span",
    ),
    (
        "over the past 12 months, 380 burglaries were recorded",
        {"value": 380},
        Verdict.SUPPORTED,
        "a span with no superlative or record is a length of time, not a claim",
    ),
    (
        "most councils raised fees over the past 12 months",
        {"part": 200, "whole": 300},
        Verdict.SUPPORTED,
        "'most' is a share word here, not a superlative, so the span is a length of time",
    ),
    (
        "the bank raised rates for the third time in a row, to 4.25%",
        ch("4%", "4.25%", ("May", "June")),
        Verdict.NEEDS_REVIEW,
        "an ordinal with 'time in a row' is a run of rises; two figures show one",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "reason"),
    CASES,
    ids=[case_id(row[0], row[2]) for row in CASES],
)
def test_runs_and_spans(quote: str, figures: dict[str, Any], verdict: Verdict, reason: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{reason}: {finding.explanation}"
    # the run is what needs review: unread, or read apart from its one direction
    # (engine/judge/runs.py) and not settled by the figures
    unread = [
        item
        for item in finding.statements
        if item.rule_id == "series.span-unchecked"
        or (str(item.rule_id).startswith("in-a-row.") and item.verdict is Verdict.NEEDS_REVIEW)
    ]
    assert bool(unread) == (verdict is Verdict.NEEDS_REVIEW), reason
