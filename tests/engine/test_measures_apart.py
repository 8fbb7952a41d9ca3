"""A ranking down a column whose lines are different measures ("Live births", "Birth
rate per 1,000 people", "Median age of mothers (years)") needs review: a count, a rate and an
average are no series to rank or follow in time (``engine/judge/measures_apart.py``,
``text/measures.py``). The figures and sentences are the project's own."""

from __future__ import annotations

import pytest
from _wording import check_case, ser

from claimcheck.model import Verdict
from claimcheck.text.measures import kind_of_measure, mixed_measures

MEASURES = (
    ("Live births", 612000),
    ("Birth rate per 1,000 people", "10.9"),
    ("Median age of mothers (years)", 31),
)
AREAS = (("Northvale", 612), ("Eastmoor", 480), ("Southby", 220))
YEARS = (("2021", "10.9"), ("2022", "10.4"), ("2023", "10.1"))

CASES = [
    ("live births were the highest", ser("Live births", *MEASURES), Verdict.NEEDS_REVIEW,
     "different measures"),
    ("live births were the lowest", ser("Live births", *MEASURES), Verdict.NEEDS_REVIEW,
     "different measures"),
    # a record down such a column follows no periods
    ("the birth rate was a record high", ser("Birth rate per 1,000 people", *MEASURES),
     Verdict.NEEDS_REVIEW, "not periods"),
    # lines of one measure are categories, ranked as before
    ("Northvale had the highest count", ser("Northvale", *AREAS), Verdict.SUPPORTED, ""),
    ("Southby had the highest count", ser("Southby", *AREAS), Verdict.CONTRADICTED, ""),
    # periods are a line in time, whatever their words
    ("the rate was the lowest on record", ser("2023", *YEARS), Verdict.SUPPORTED, ""),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "figures", "verdict", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_column_of_measures_is_no_series(
    quote: str, figures: dict[str, object], verdict: Verdict, words: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, finding.explanation
    assert words in finding.explanation


@pytest.mark.parametrize(
    ("label", "kinds"),
    [
        ("Live births", set()),
        ("Northvale", set()),
        ("Unemployment rate (%)", {"percentage", "rate"}),
        ("Birth rate per 1,000 people", {"rate"}),
        ("Average weekly pay (£)", {"average", "money"}),
        ("Median wait (weeks)", {"average", "time"}),
        ("Net revision (thousands)", {"change"}),
    ],
)
def test_the_kind_of_figure_a_label_names(label: str, kinds: set[str]) -> None:
    assert kind_of_measure(label) == kinds


@pytest.mark.parametrize(
    ("labels", "header", "mixed"),
    [
        (["Live births", "Deaths", "Total fertility rate"], "", True),
        (["Live births", "Deaths", "Stillbirths"], "", False),
        (["Live births", "Deaths", "Stillbirths"], "Measure", True),
        (["Northvale", "Eastmoor", "Total"], "Area", False),
        (["Northvale rate", "Eastmoor rate"], "", False),
    ],
)
def test_lines_of_different_measures(labels: list[str], header: str, mixed: bool) -> None:
    assert (mixed_measures(labels, header) is not None) is mixed
