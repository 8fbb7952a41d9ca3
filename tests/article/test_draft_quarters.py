"""Quarters and halves written in words ("the fourth quarter", "the first half of 2024") name
columns labelled "Q4", "2024 Q1", "4th Quarter" or by months ("Oct-Dec") (``quarters``).
The sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

from claimcheck.article.drafting.link_table import period_of

SALES = "Home sales by quarter\nMeasure,2024 Q3,2024 Q4,2025 Q1\nSales,410,410,395\n"
CALLS = "Calls answered\nMeasure,Jul-Sep,Oct-Dec\nCalls,720,720\n"

CASES = [
    ("ordinal-quarter-and-year", {"sales.csv": SALES},
     "There were 410 sales in the fourth quarter of 2024.", {"figure": "sales.sales[2024 Q4]"}),
    ("third-quarter", {"sales.csv": SALES}, "Some 410 sales were made in the third quarter.",
     {"figure": "sales.sales[2024 Q3]"}),
    ("months-label", {"calls.csv": CALLS}, "The line answered 720 calls in the third quarter.",
     {"figure": "calls.jul_sep[Calls]"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "tables", "article", "references"), CASES, ids=[c[0] for c in CASES]
)
def test_a_quarter_in_words_names_its_column(
    name: str, tables: dict[str, str], article: str, references: dict[str, str], tmp_path: Path
) -> None:
    text, report = drafted(tmp_path, Case(name, tables, article, "", {}, "", None))
    (finding,) = report.claims
    assert {source.role: source.ref for source in finding.sources} == references, text


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Q2", {4, 5, 6}),
        ("4th Quarter", {10, 11, 12}),
        ("Quarter 1", {1, 2, 3}),
        ("the second half of the year", {7, 8, 9, 10, 11, 12}),
        ("a quarter of all calls", None),
        ("half of the homes", None),
    ],
)
def test_quarter_labels(text: str, months: set[int] | None) -> None:
    period = period_of(text)
    assert (period.months if period is not None else None) == months
