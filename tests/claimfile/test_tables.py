"""Table files read as a newsroom receives them: the layout found whatever the file type."""

from __future__ import annotations

from pathlib import Path

import pytest
from _sheets import workbook

from claimcheck.claimfile.tables import TableError, TableOptions, read_table
from claimcheck.claimfile.tables.cells import marker_of, number_text, unit_of
from claimcheck.claimfile.tables.labels import find_label, label_key
from claimcheck.claimfile.tables.layout import Table
from claimcheck.claimfile.tables.xlsx import display

RELEASE = (
    "Table 2: Offences recorded by the police, Eastshire [note 1],,\n"
    "Number of offences,,\n"
    "Offence group,Apr 2021 to Mar 2022,Apr 2022 to Mar 2023\n"
    'Burglary [note 2],"1,204",998\n'
    "Robbery,[c],57\n"
    "Arson,..,14\n"
    "Source: Eastshire Constabulary,,\n"
    "[note 1] Figures exclude fraud.,,\n"
)


def _read(path: Path, **options: object) -> Table:
    return read_table(path, str(path), path.name, TableOptions(**options))  # type: ignore[arg-type]


def _csv(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _cell(table: Table, row: str, column: str) -> str:
    found_row, found_column = table.find_row(row), table.find_column(column)
    assert found_row.index is not None
    assert found_column.index is not None
    return table.entries[found_row.index, found_column.index].text


def test_the_header_is_found_past_title_rows_and_notes_are_skipped(tmp_path: Path) -> None:
    table = _read(_csv(tmp_path, RELEASE))
    assert table.label_header == "Offence group"
    assert [column.label for column in table.columns] == [
        "Apr 2021 to Mar 2022",
        "Apr 2022 to Mar 2023",
    ]
    assert [row.label for row in table.rows] == ["Burglary", "Robbery", "Arson"]
    assert _cell(table, "burglary", "apr 2021 to mar 2022") == "1,204"
    assert table.problems == []


@pytest.mark.parametrize("first", ["2.4 million", "£3.7bn", "650k", "-48,000", "1.2 Billion"])
def test_a_figure_with_a_scale_word_is_no_header(tmp_path: Path, first: str) -> None:
    # A two-column list of figures under a title: the first figure row is data, not names.
    text = (
        f'Release figures, May 2025\nMeasure,Value\nPeople out of work,"{first}"\nVacancies,812\n'
    )
    table = _read(_csv(tmp_path, text))
    assert table.label_header == "Measure"
    assert [row.label for row in table.rows] == ["People out of work", "Vacancies"]


def test_markers_are_kept_with_their_meaning(tmp_path: Path) -> None:
    table = _read(_csv(tmp_path, RELEASE))
    robbery = table.entries[1, 0]
    assert robbery.marker is not None
    assert robbery.marker.explain() == "the source marks this figure [c], confidential"
    assert table.entries[2, 0].marker is not None


def test_a_long_table_whose_figures_look_like_years(tmp_path: Path) -> None:
    table = _read(_csv(tmp_path, "Year,Homes built\n2019,2000\n2020,1950\n"))
    assert table.label_header == "Year"
    assert [row.label for row in table.rows] == ["2019", "2020"]


def test_dates_show_as_dates(tmp_path: Path) -> None:
    import datetime

    rows = [["Area", datetime.datetime(2024, 3, 31)], ["North", 5]]
    table = _read(workbook(tmp_path / "t.xlsx", {"S": rows}))
    assert [column.label for column in table.columns] == ["2024-03-31"]


def test_the_header_row_can_be_given(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Note,\nYear,Count\n2020,5\n")
    assert [row.label for row in _read(path, header_row=2).rows] == ["2020"]


def test_a_range_reads_part_of_a_sheet(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "t.xlsx",
        {"Data": [["Title"], [], [None, "Area", 2022, 2023], [None, "North", 5, 6], ["x", "y"]]},
    )
    table = _read(path, range="B3:D4")
    assert [row.label for row in table.rows] == ["North"]
    assert _cell(table, "North", "2023") == "6"


@pytest.mark.parametrize(
    ("header", "cell", "written"),
    [
        ("Rate (%)", "12.5", "12.5%"),
        ("Exclusion rate, per cent", "0.07", "0.07%"),
        ("Change (percentage points)", "1.5", "1.5 percentage points"),
        ("Change in rate (pp)", "-0.4", "-0.4 percentage points"),
        ("Gap, % points", "2.25", "2.25 percentage points"),
        ("Score (points)", "71", "71"),
        ("Spending (£m)", "3.7", "£3.7m"),
        ("Spending £bn", "-1.2", "-£1.2bn"),
        ("Population (thousands)", "1,072", "1,072 thousand"),
        ("Jobs ('000)", "248", "248 thousand"),
        ("Households 000s", "1,072", "1,072 thousand"),
        ("Jobs, monthly change (in thousands)", "248", "248 thousand"),
        ("Change in miles driven (billion)", "325", "325 billion"),
        ("Change in miles driven (billion miles)", "107.2", "107.2 billion"),
        ("Deaths (per million people)", "12", "12"),
        ("Miles driven, in million", "3.1", "3.1 million"),
        ("Passengers (millions of journeys)", "1,460", "1,460 million"),
        ("Budget ($bn)", "4.5", "$4.5bn"),
        ("Deaths per million people", "12", "12"),
        ("Sales of million-pound homes", "412", "412"),
        ("Price (£)", "4.20", "£4.20"),
        ("Rate per 1,000 births", "3.9", "3.9"),
        ("Count", "1,316 [note 4]", "1,316"),
        ("Count", "57 (p)", "57"),
    ],
)  # fmt: skip
def test_units_in_headers_are_applied_to_the_cells(header: str, cell: str, written: str) -> None:
    assert number_text(cell, unit_of(header)) == written


@pytest.mark.parametrize(
    ("text", "row", "column", "written"),
    [
        # a unit in a title row holds for every figure
        ("Ferry crossings (thousands),,\nRoute,2022,2023\nNorth,12,14\n", "North", "2023",
         "14 thousand"),
        # a unit over the label column holds for every figure
        ("Route (millions),2022,2023\nNorth,1.2,1.4\n", "North", "2023", "1.4 million"),
        # a column's own unit comes first
        ("Route (millions),2022,Share (%)\nNorth,1.2,40\n", "North", "Share (%)", "40%"),
        # a rate's base is no scale
        ("Rate per million people,,\nRoute,2022,2023\nNorth,12,14\n", "North", "2023", "14"),
        # a section row's unit holds for the rows under it, up to the next section row
        ("Sector,May,June\n\"Payrolls (monthly change, in thousands)\",,\nFarms,12,14\n"
         "Hourly pay,,\nShops,11.20,11.30\n", "Farms", "June", "14 thousand"),
        ("Sector,May,June\n\"Payrolls (monthly change, in thousands)\",,\nFarms,12,14\n"
         "Hourly pay,,\nShops,11.20,11.30\n", "Shops", "June", "11.30"),
        ("Sector,May,June\nSpending (£ million),,\nFarms,12,14\n", "Farms", "May", "£12m"),
        # written with no empty cells after it
        ("Sector,May,June\nSpending (£ million)\nFarms,12,14\n", "Farms", "May", "£12m"),
    ],
)  # fmt: skip
def test_units_over_the_table_apply_to_its_cells(
    tmp_path: Path, text: str, row: str, column: str, written: str
) -> None:
    assert _cell(_read(_csv(tmp_path, text)), row, column) == written


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("[x]", "not available"),
        ("[c]", "confidential"),
        ("[z]", "not applicable"),
        ("..", "not available"),
        (":", "not available"),
        ("-", "nil or not applicable"),
        ("[note 3]", "with no figure, only note 3"),
        ("<5", "a figure below 5, not published exactly"),
        ("Suppressed", "suppressed"),
    ],
)
def test_markers(text: str, meaning: str) -> None:
    found = marker_of(text)
    assert found is not None
    assert found.meaning == meaning


@pytest.mark.parametrize("text", ["12", "1,204", "-3", "12 [x]", "n/a 3"])
def test_figures_are_not_markers(text: str) -> None:
    assert marker_of(text) is None


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("north east", "North East"),
        ("North–East", "North-East"),
        ("  North   East ", "North East"),
        ("Children’s homes", "Children's homes"),
        ("Total recorded crime", "Total recorded crime [note 3]"),
        ("2021", "2021 [1]"),
        ("States with decreases", "States with decreases [2]"),
        ("Unemployment rate", "Unemployment rate (percent)"),
    ],
)
def test_labels_match_ignoring_case_space_dashes_quotes_and_notes(written: str, label: str) -> None:
    assert find_label(written, ["Other", label], "row").index == 1


def test_a_near_miss_suggests_the_label() -> None:
    found = find_label("Nort East", ["North East", "London"], "row")
    assert found.message == "no row 'Nort East' (did you mean 'North East'?)"
    assert label_key("“Quoted” — label") == '"quoted"-label'


def test_a_two_row_header_with_merged_cells(tmp_path: Path) -> None:
    rows = [
        ["Table 5: Pupils by sex"],
        ["Region", "Boys", None, "Girls", None],
        [None, 2022, 2023, 2022, 2023],
        ["North", 10, 11, 12, 13],
    ]
    path = workbook(tmp_path / "t.xlsx", {"Pupils": rows}, merged=["B2:C2", "D2:E2"])
    table = _read(path)
    assert [column.label for column in table.columns] == [
        "Boys 2022",
        "Boys 2023",
        "Girls 2022",
        "Girls 2023",
    ]
    assert _cell(table, "North", "Girls 2023") == "13"


def test_a_workbook_shows_cells_in_their_number_format(tmp_path: Path) -> None:
    rows = [["Area", "Share", "Count", "Rate"], ["North", 0.125, 46496, 1.5]]
    formats = {"B2": "0.0%", "C2": "#,##0", "D2": "0.00"}
    table = _read(workbook(tmp_path / "t.xlsx", {"S": rows}, formats))
    assert [entry.text for entry in table.entries.values()] == ["12.5%", "46,496", "1.50"]
    assert table.provenance(0, 0) == "t.xlsx, sheet 'S', cell B2 ('North', 'Share')"


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (0.125, "0.0%", "12.5%"),
        (0.5, "0%", "50%"),
        (1234.5, "#,##0.0", "1,234.5"),
        (2.25, "0.0", "2.3"),
        (1.44, "General", "1.44"),
        (2023.0, "General", "2023"),
        (3.7, '"£"#,##0.0', "£3.7"),
        (-3.0, "0.0", "-3.0"),
        ("1,072", "@", "1,072"),
    ],
)
def test_display(value: object, number_format: str, shown: str) -> None:
    assert display(value, number_format) == shown


def test_a_named_sheet_and_a_missing_one(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "t.xlsx",
        {"Contents": [["About"]], "Table 3": [["Area", 2023], ["Wales", 1.39]]},
    )
    assert _cell(_read(path, sheet="table 3"), "Wales", "2023") == "1.39"
    with pytest.raises(TableError) as caught:
        _read(path, sheet="Table 4")
    assert str(caught.value) == f"{path}:1:1: no sheet 'Table 4' (sheets: 'Contents', 'Table 3')"


def test_cover_contents_and_notes_sheets_are_passed_over(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "t.xlsx",
        {
            "Cover_sheet": [["Births in a made-up country"]],
            "Table_of_contents": [["Table 1", "Births"]],
            "Notes": [["Note number", "Note text"], ["note 1", "Provisional"]],
            "Table_1": [["Year", "Births"], [2023, 591]],
        },
    )
    assert _read(path).sheet == "Table_1"


def test_no_header_row_shows_the_first_rows(tmp_path: Path) -> None:
    with pytest.raises(TableError, match=r"no header row found .* row 1: '2011', '151'"):
        _read(_csv(tmp_path, "2011,151\n2016,640\n"))


def test_a_formula_with_no_saved_result(tmp_path: Path) -> None:
    path = workbook(tmp_path / "t.xlsx", {"S": [["Area", "Total"], ["North", "=1+2"]]})
    table = _read(path)
    assert table.entries[0, 0].formula == "=1+2"


def test_a_spreadsheet_saved_as_csv_is_named(tmp_path: Path) -> None:
    book = workbook(tmp_path / "t.xlsx", {"S": [["Area", "Total"]]})
    path = tmp_path / "t.csv"
    path.write_bytes(book.read_bytes())
    with pytest.raises(TableError, match=r"a zip file .* saved with a \.csv name"):
        _read(path)


def test_an_old_xls_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0rest")
    with pytest.raises(TableError, match=r"old Excel \.xls workbooks are not read"):
        _read(path)


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (60 * 1024 * 1024))
    with pytest.raises(TableError, match="would expand to more than"):
        _read(path)


def test_a_damaged_workbook_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(TableError, match="cannot read the workbook"):
        _read(path)


def test_a_data_package(tmp_path: Path) -> None:
    (tmp_path / "births.csv").write_text("year,births\n2022,612930\n2023,604318\n", "utf-8")
    (tmp_path / "datapackage.json").write_text(
        '{"name": "b", "resources": [{"name": "births", "path": "births.csv", "schema": '
        '{"fields": [{"name": "year", "type": "year"}, '
        '{"name": "births", "title": "Live births", "type": "integer"}]}}]}',
        "utf-8",
    )
    table = _read(tmp_path / "datapackage.json")
    assert [column.label for column in table.columns] == ["Live births"]
    assert _cell(table, "2023", "live births") == "604318"


def test_a_remote_data_package_resource_is_not_fetched(tmp_path: Path) -> None:
    (tmp_path / "datapackage.json").write_text(
        '{"resources": [{"path": "https://example.org/b.csv"}]}', "utf-8"
    )
    with pytest.raises(TableError, match="claimcheck reads no network"):
        _read(tmp_path / "datapackage.json")


def test_an_ods_sheet(tmp_path: Path) -> None:
    import zipfile

    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        '<office:spreadsheet><table:table table:name="Rates">'
        "<table:table-row><table:table-cell><text:p>Area</text:p></table:table-cell>"
        "<table:table-cell><text:p>2023</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>Wales</text:p></table:table-cell>"
        '<table:table-cell office:value-type="float" office:value="1.39"><text:p>1.39</text:p>'
        '</table:table-cell><table:table-cell table:number-columns-repeated="1000"/>'
        "</table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    path = tmp_path / "t.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("content.xml", content)
    table = _read(path)
    assert table.provenance(0, 0) == "t.ods, sheet 'Rates', cell B2 ('Wales', 2023)"
