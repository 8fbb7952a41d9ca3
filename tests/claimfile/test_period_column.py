"""A "Measure, Period, Value" table whose measures repeat: each row is named by its measure
and the period in the column of text beside it (``claimfile/tables/period_column.py``). The
tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.claimfile.tables import read_table
from claimcheck.claimfile.tables.layout import TableOptions

LONG = (
    "Measure,Period,Value\n"
    "Jobless rate (%),Mar 2025,5.2\n"
    "Jobless rate (%),Feb 2025,5.0\n"
    "Hires (thousands),Mar 2025,310\n"
)


def _rows(tmp_path: Path, text: str) -> tuple[list[str], dict[str, str]]:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    table = read_table(path, "t.csv", "t", TableOptions())
    return [row.label for row in table.rows], table.repeated


def test_repeated_measures_are_named_with_their_period(tmp_path: Path) -> None:
    labels, repeated = _rows(tmp_path, LONG)
    assert labels == [
        "Jobless rate (%), Mar 2025",
        "Jobless rate (%), Feb 2025",
        "Hires (thousands), Mar 2025",
    ]
    assert repeated == {}


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (LONG.replace(",Feb 2025,", ",Mar 2025,"), "the period does not tell the rows apart"),
        (LONG.replace("Feb 2025", "revised"), "a row's text is no period"),
        (LONG.replace("Jobless rate (%),Feb", "Vacancies (thousands),Feb"), "no label repeats"),
    ],
)
def test_other_tables_keep_their_labels(tmp_path: Path, text: str, why: str) -> None:
    labels, _ = _rows(tmp_path, text)
    assert all(", " not in label for label in labels), why


@pytest.mark.parametrize(
    "period", ["2024", "Feb 2025", "2024 Q3", "Q3 2024", "2023/24", "Dec 2024 to Feb 2025"]
)
def test_a_period_in_text(tmp_path: Path, period: str) -> None:
    text = f"Measure,Period,Value\nRate (%),{period},5.2\nRate (%),2019,5.0\n"
    labels, _ = _rows(tmp_path, text)
    assert labels[0] == f"Rate (%), {period}"
