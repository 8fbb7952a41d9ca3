"""Release tables as newsrooms receive them: workbooks of several tables, codes before names,
notes written beside a table. Each layout in CSV and in a workbook written here."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from _sheets import workbook
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.claimfile.loader import load
from claimcheck.claimfile.table_sources import load_with_tables, sources_block, table_sources
from claimcheck.claimfile.tables import TableOptions, read_table, table_sheets
from claimcheck.claimfile.tables.label_column import is_code
from claimcheck.claimfile.tables.layout import Table
from claimcheck.errors import ClaimFileError

Rows = Sequence[Sequence[Any]]


def _read(path: Path, sheet: str | None = None) -> Table:
    return read_table(path, str(path), path.name, TableOptions(sheet=sheet))


def _write(tmp_path: Path, kind: str, rows: Rows) -> Path:
    """The rows as a CSV file or as the only sheet of a workbook."""
    if kind == "xlsx":
        path = workbook(tmp_path / "t.xlsx", {"Data": rows})
        _text_ties(path)
        return path
    text = "".join(",".join(_csv(value) for value in row) + "\n" for row in rows)
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _text_ties(path: Path) -> None:
    """A tie written "=3" is text in a release workbook, not a formula: store it so."""
    import openpyxl  # type: ignore[import-untyped]

    book = openpyxl.load_workbook(path)
    for row in book["Data"].iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    book.save(path)


def _csv(value: object) -> str:
    text = "" if value is None else str(value)
    return f'"{text}"' if "," in text else text


CODED: Rows = [
    ["Table 4: Households by district", None, None, None],
    ["Area code", "Area name", 2015, 2025],
    ["X01000001", "Moorland", 41200, 43900],
    ["X01000002", "Fenside", 18750, 18100],
    ["X02000009", "Lakes and Dales", 9300, 9810],
]
RANKED: Rows = [
    ["Rank", "Library", "Loans", "Visits"],
    [1, "Quayside Library", 84210, 120400],
    [2, "Hill Street Library", 61007, 98330],
    ["=3", "Old Mill Library", 40000, 51000],
    ["=3", "Park Lane Library", 40000, 47650],
]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_rows_are_keyed_by_the_names_beside_area_codes(tmp_path: Path, kind: str) -> None:
    table = _read(_write(tmp_path, kind, CODED))
    assert [row.label for row in table.rows] == ["Moorland", "Fenside", "Lakes and Dales"]
    assert [column.label for column in table.columns] == ["2015", "2025"]
    # the code stays an alternate label: a reference may still write it
    assert table.find_row("X01000002").index == 1
    assert table.find_row("Fenside").index == 1


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_rows_are_keyed_by_names_beside_ranks_even_when_ranks_tie(
    tmp_path: Path, kind: str
) -> None:
    table = _read(_write(tmp_path, kind, RANKED))
    assert [row.label for row in table.rows][2:] == ["Old Mill Library", "Park Lane Library"]
    assert not table.repeated  # "=3" twice is no repeated label any more
    assert [column.label for column in table.columns] == ["Loans", "Visits"]  # no rank column


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_header_word_alone_does_not_move_the_labels(tmp_path: Path, kind: str) -> None:
    # "Code" over a column of names, and a second text column: the names in column A stay
    rows = [
        ["Code", "Kind", "Count"],
        ["Brookfield", "Village", 120],
        ["Stonegate", "Town", 940],
    ]
    assert [row.label for row in _read(_write(tmp_path, kind, rows)).rows] == [
        "Brookfield",
        "Stonegate",
    ]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_years_are_periods_not_codes(tmp_path: Path, kind: str) -> None:
    rows = [["Year", "Month", "Visitors"], [2023, "June", 410], [2024, "June", 455]]
    table = _read(_write(tmp_path, kind, rows))
    assert [row.label for row in table.rows] == ["2023", "2024"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("E06000057", True),
        ("W92000004", True),
        ("A01", True),
        ("12", True),
        ("=3", True),
        ("2021", False),
        ("North East", False),
        ("Aged 16-24", False),
    ],
)
def test_codes(text: str, code: bool) -> None:
    assert is_code(text) is code


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.from_regex(r"[A-Z][0-9]{8}", fullmatch=True), st.integers(0, 1_000)),
        min_size=1,
        max_size=8,
        unique_by=lambda row: row[0],
    )
)
def test_any_coded_csv_is_keyed_by_its_names(rows: list[tuple[str, int]]) -> None:
    lines = ["Code,Name,Count"]
    lines += [
        f"{code},Place {chr(65 + index)}lands,{count}" for index, (code, count) in enumerate(rows)
    ]
    from claimcheck.claimfile.tables.csvfile import parse_csv
    from claimcheck.claimfile.tables.layout import lay_out

    table = lay_out(parse_csv("\n".join(lines) + "\n", "t.csv"), "t.csv", TableOptions())
    assert [row.alias for row in table.rows] == [code for code, _ in rows]
    assert all(row.label.startswith("Place ") for row in table.rows)
    assert not table.problems


NOTED: Rows = [
    [None, "Table 1: Ferry crossings", None],
    [None, "Route", "Crossings"],
    [None, "North route", 3120],
    [None, "South route", 2875],
    ["Source: Harbour Board returns, 2024", None, None],
    ["[note 1] Crossings cancelled for weather are not counted.", None, None],
]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_note_in_column_a_under_a_table_in_column_b(tmp_path: Path, kind: str) -> None:
    table = _read(_write(tmp_path, kind, NOTED))
    assert not table.problems
    assert [row.label for row in table.rows] == ["North route", "South route"]
    assert [column.label for column in table.columns] == ["Crossings"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_claim_file_reads_a_table_with_a_note_beside_it(tmp_path: Path, kind: str) -> None:
    path = _write(tmp_path, kind, NOTED)
    story = tmp_path / "story.yaml"
    story.write_text(
        f"sources:\n  ferry:\n    table: {path.name}\n"
        "claims:\n  - id: north\n    quote: 3,120 crossings\n"
        '    figure: ferry["North route", Crossings]\n',
        encoding="utf-8",
    )
    assert load(story).claims[0].id == "north"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_row_with_figures_and_no_label_is_still_a_problem_at_its_cell(
    tmp_path: Path, kind: str
) -> None:
    rows = [*NOTED[:4], [None, None, 77]]
    story = tmp_path / "story.yaml"
    path = _write(tmp_path, kind, rows)
    story.write_text(f"sources:\n  ferry:\n    table: {path.name}\nclaims: []\n", encoding="utf-8")
    with pytest.raises(ClaimFileError) as raised:
        load(story)
    message = str(raised.value)
    assert path.name in message
    assert "this row has no label" in message
    if kind == "xlsx":
        assert "sheet 'Data', cell B5" in message


def _release(path: Path) -> Path:
    return workbook(
        path,
        {
            "Cover": [["Harbour statistics 2024"], ["Published by the Harbour Board"]],
            "Contents": [["Sheet", "Title"], ["T1", "Crossings"], ["T2", "Passengers"]],
            "Notes": [["Note number", "Note text"], ["note 1", "Counts are rounded."]],
            "T1": [["Route", "2023", "2024"], ["North route", 3010, 3120]],
            "T2": [["Route", "Passengers (thousands)"], ["North route", 402.5]],
        },
    )


def test_every_sheet_with_a_table_is_found(tmp_path: Path) -> None:
    assert table_sheets(_release(tmp_path / "harbour.xlsx"), "harbour.xlsx") == ["T1", "T2"]


def test_every_table_sheet_becomes_a_source_with_its_sheet(tmp_path: Path) -> None:
    _release(tmp_path / "harbour.xlsx")
    found = table_sources([tmp_path / "harbour.xlsx"], tmp_path)
    assert [(table.id, table.sheet) for table in found] == [
        ("harbour_t1", "T1"),
        ("harbour_t2", "T2"),
    ]
    block = sources_block(found)
    assert '    sheet: "T2"' in block
    assert '    title: "harbour.xlsx, sheet T2"' in block


def test_a_workbook_of_one_table_keeps_the_files_name(tmp_path: Path) -> None:
    workbook(tmp_path / "one.xlsx", {"Contents": [["Sheet"], ["T1"]], "T1": CODED})
    (table,) = table_sources([tmp_path / "one.xlsx"], tmp_path)
    assert (table.id, table.sheet) == ("one", None)


def test_a_check_with_a_workbook_reads_each_sheet_with_its_cell(tmp_path: Path) -> None:
    _release(tmp_path / "harbour.xlsx")
    story = tmp_path / "story.yaml"
    story.write_text(
        "claims:\n  - id: people\n    quote: 402,500 passengers\n"
        '    figure: harbour_t2["North route", "Passengers"]\n',
        encoding="utf-8",
    )
    loaded = load_with_tables(story, [tmp_path / "harbour.xlsx"])
    figure = next(f for f in loaded.figures.values() if f.source.id == "harbour_t2")
    assert figure.cell is not None
    assert "sheet 'T2', cell B2" in figure.cell
