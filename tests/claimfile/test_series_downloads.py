"""Units written above a table's header and series downloads with no header row: a unit in a
title or section row holds for the figures below it; a statistics office's download of one
series (metadata rows, then a period and its figure per row) is read as one labelled series.

The tables are written for these tests, in CSV and in a workbook."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from _sheets import workbook

from claimcheck.claimfile.tables import TableOptions, read_table
from claimcheck.claimfile.tables.cells import NO_UNIT, Unit, section_unit_of, unit_of
from claimcheck.claimfile.tables.layout import Table

Rows = Sequence[Sequence[Any]]


def _write(tmp_path: Path, kind: str, rows: Rows) -> Path:
    if kind == "xlsx":
        return workbook(tmp_path / "t.xlsx", {"Data": rows})
    text = "".join(",".join(f'"{value}"' for value in row) + "\n" for row in rows)
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _read(path: Path) -> Table:
    return read_table(path, str(path), path.name, TableOptions())


def _cell(table: Table, row: str, column: int = 0) -> str:
    index = [line.label for line in table.rows].index(row)
    return table.entries[index, column].text


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Spending (£000s)", Unit(scale="thousand", currency="£")),
        ("£'000", Unit(scale="thousand", currency="£")),
        ("Cost £000", Unit(scale="thousand", currency="£")),
        ("Budget (£m)", Unit(scale="million", currency="£")),
        ("Fee (£)", Unit(currency="£")),
        ("Prices from £1,000", NO_UNIT),
    ],
)
def test_money_in_thousands_written_with_zeros(text: str, unit: Unit) -> None:
    assert unit_of(text) == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("SURVEY OF HOMES (percent)", Unit(percent=True)),
        ("Rates of response, per cent", Unit(percent=True)),
        ("Arrivals (in thousands)", Unit(scale="thousand")),
        ("Spending, £m", Unit(scale="million", currency="£")),
        # a section that names counts beside its percentages, or a change, gives no unit
        ("Number and percentage (%) of households", NO_UNIT),
        ("Percentage change on the year", NO_UNIT),
        ("HOURS AND PAY", NO_UNIT),
    ],
)
def test_the_unit_a_section_row_gives(text: str, unit: Unit) -> None:
    assert section_unit_of(text) == unit


SECTIONS: Rows = [
    ["Summary of the survey", "", ""],
    ["Measure", "Mar 2024", "Apr 2024"],
    ["RESPONSE (percent)", "", ""],
    ["Response rate", "61.5", "62.0"],
    ["Arrivals (change on the month, in thousands)", "", ""],
    ["Arrivals", "12", "-3"],
    ["HOURS", "", ""],
    ["Hours a week", "31.4", "31.6"],
]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_section_rows_unit_holds_until_the_next_section(tmp_path: Path, kind: str) -> None:
    table = _read(_write(tmp_path, kind, SECTIONS))
    assert _cell(table, "Response rate", 1) == "62.0%"
    assert _cell(table, "Arrivals", 1) == "-3 thousand"
    assert _cell(table, "Hours a week", 1) == "31.6"


def _download(periods: Rows, unit: str = "%", pre: str = "") -> list[list[Any]]:
    return [
        ["Title", "Price rise of goods 00: all goods 2020=100"],
        ["CDID", "ZZ9A"],
        ["Source dataset ID", "PG01"],
        ["PreUnit", pre],
        ["Unit", unit],
        ["Release date", "14-05-2025"],
        ["Next release", "11 June 2025"],
        ["Important notes", ""],
        *[list(row) for row in periods],
    ]


MONTHS: Rows = [["2024 NOV", "2.5"], ["2024 DEC", "2.9"], ["2025 JAN", "3.1"]]
QUARTERS: Rows = [["2024 Q3", "120"], ["2024 Q4", "124"]]
YEARS: Rows = [["2023", "2.8"], ["2024", "2.4"]]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize(
    ("periods", "unit", "pre", "row", "text"),
    [
        (MONTHS, "%", "", "2025 JAN", "3.1%"),
        (YEARS, "%", "", "2023", "2.8%"),
        (QUARTERS, "Thousands", "", "2024 Q4", "124 thousand"),
        (QUARTERS, "m", "£", "2024 Q3", "£120m"),
        (QUARTERS, "", "", "2024 Q3", "120"),
    ],
)
def test_a_series_download_is_one_labelled_series(
    tmp_path: Path, kind: str, periods: Rows, unit: str, pre: str, row: str, text: str
) -> None:
    table = _read(_write(tmp_path, kind, _download(periods, unit, pre)))
    assert not table.problems
    assert [line.label for line in table.rows] == [period for period, _ in periods]
    assert len(table.columns) == 1
    assert table.columns[0].label.startswith("Price rise of goods 00: all goods")
    assert table.label_header == "Period"
    assert "ZZ9A" in table.title
    assert _cell(table, row) == text


@pytest.mark.parametrize(
    "rows",
    [
        # a table with a header row of its own is read as it is
        [["Title", "Value"], ["2024 NOV", "2.5"]],
        # metadata with no code or unit row is a note, not a download
        [["Title", "Some figures"], ["Month", "Value"], ["2024 NOV", "2.5"]],
        # the first figure row is labelled by no period
        [["Title", "Rates"], ["Unit", "%"], ["Region", "Rate"], ["North", "2.5"]],
    ],
)
def test_other_layouts_are_not_series_downloads(tmp_path: Path, rows: Rows) -> None:
    table = _read(_write(tmp_path, "csv", rows))
    assert table.label_header != "Period"


def test_a_unit_in_the_sheets_name_holds_for_its_figures(tmp_path: Path) -> None:
    rows = [["Region", "2023", "2024"], ["North", "120", "131"]]
    path = workbook(tmp_path / "t.xlsx", {"Arrivals (thousands)": rows})
    table = _read(path)
    assert _cell(table, "North", 1) == "131 thousand"
