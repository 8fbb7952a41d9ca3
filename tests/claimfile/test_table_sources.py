"""Table sources in claim files: cells addressed by row and column, markers, provenance."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from _sheets import claim_file, workbook
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.claimfile.loader import load
from claimcheck.claimfile.records import ClaimFile, Role
from claimcheck.claimfile.tables.labels import label_key
from claimcheck.errors import ClaimFileError

# A wide table as releases publish them: areas as rows, years as columns, title rows above.
WIDE = [
    ["Table 3: Fertility rate by area, 2021 to 2023 [note 1]"],
    ["This sheet holds one table."],
    ["Area of residence", 2021, 2022, 2023],
    ["Northshire", 1.61, 1.57, 1.52],
    ["Southvale [note 2]", 1.48, "[c]", 1.41],
    ["Westmoor", 1.55, None, "1.50"],
    ["Source: a statistics office"],
]


def _wide(folder: Path) -> Path:
    return workbook(folder / "rates.xlsx", {"Table 3": WIDE}, {"D4": "0.00"})


def _claims(*lines: str) -> str:
    return "claims:\n" + "".join(f"  {line}\n" for line in lines)


def _problems(path: Path) -> list[str]:
    with pytest.raises(ClaimFileError) as caught:
        load(path)
    return [str(problem).replace(f"{path.parent}/", "") for problem in caught.value.problems]


def test_a_wide_table_is_addressed_by_row_and_column(tmp_path: Path) -> None:
    _wide(tmp_path)
    path = claim_file(
        tmp_path,
        "table: rates.xlsx\npublished: 2024-10-28",
        _claims(
            "- id: fell",
            "  quote: the rate fell from 1.57 in 2022 to 1.52",
            '  from: t["Northshire", 2022]',
            "  to: t[northshire, 2023]",
        ),
    )
    loaded = load(path)
    claim = loaded.claims[0]
    to = claim.references[Role.TO]
    assert to.figure.number.text == "1.52"
    assert to.figure.cell == "rates.xlsx, sheet 'Table 3', cell D4 ('Northshire', 2023)"
    assert to.figure.ref == 't["Northshire", 2023]'
    assert to.series is not None
    assert to.series.labels == ("2021", "2022", "2023")
    assert loaded.sources["t"].published == "2024-10-28"
    finding = claimcheck.check(loaded).claims[0]
    assert finding.verdict == "supported", finding.explanation


def test_rows_of_a_wide_table_of_periods_are_series(tmp_path: Path) -> None:
    _wide(tmp_path)
    path = claim_file(
        tmp_path,
        "table: rates.xlsx",
        _claims("- id: one", "  quote: a rate of 1.48", "  figure: t.southvale[2021]"),
    )
    loaded = load(path)
    figure = loaded.claims[0].references[Role.FIGURE].figure
    assert figure.cell == "rates.xlsx, sheet 'Table 3', cell B5 ('Southvale', 2021)"
    assert loaded.series["t.northshire"].labels == ("2021", "2022", "2023")
    assert set(loaded.series) == {"t.northshire", "t.southvale", "t.westmoor"}


def test_named_columns_of_a_wide_table_are_series(tmp_path: Path) -> None:
    _wide(tmp_path)
    path = claim_file(tmp_path, "table: rates.xlsx\ncolumns: {y2021: 2021}")
    assert load(path).series["t.y2021"].labels == ("Northshire", "Southvale", "Westmoor")


def test_a_marked_cell_makes_the_claim_unsourced(tmp_path: Path) -> None:
    _wide(tmp_path)
    path = claim_file(
        tmp_path,
        "table: rates.xlsx",
        _claims(
            "- id: marked",
            "  quote: Southvale's rate fell to 1.41",
            '  from: t["Southvale", 2022]',
            '  to: t["Southvale", 2023]',
        ),
    )
    loaded = load(path)
    claim = loaded.claims[0]
    assert claim.references == {}
    withheld = (
        "the source marks this figure [c], confidential "
        "(rates.xlsx, sheet 'Table 3', cell C5 ('Southvale', 2022))"
    )
    assert claim.withheld == (withheld,)
    assert claim.note is None
    finding = claimcheck.check(loaded).claims[0]
    assert finding.verdict == "unsourced"
    assert withheld in finding.explanation
    assert "No source figure is referenced" not in finding.explanation


def test_a_marked_cell_through_a_series_reference(tmp_path: Path) -> None:
    _wide(tmp_path)
    path = claim_file(
        tmp_path,
        "table: rates.xlsx",
        _claims("- id: m", "  quote: 1.5", "  figure: t.southvale[2022]"),
    )
    assert load(path).claims[0].withheld


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        (
            't["Westmoor", 2022]',
            "story.yaml:7:13: claims[0].figure: rates.xlsx, sheet 'Table 3', cell C6 "
            "('Westmoor', 2022) is empty",
        ),
        (
            't["Westmor", 2022]',
            "story.yaml:7:13: claims[0].figure: in rates.xlsx: no row 'Westmor' "
            "(did you mean 'Westmoor'?)",
        ),
        (
            't["Westmoor", 2020]',
            "story.yaml:7:13: claims[0].figure: in rates.xlsx: no column '2020' "
            "(columns: '2021', '2022', '2023')",
        ),
        ('u["Westmoor", 2022]', "story.yaml:7:13: claims[0].figure: no source 'u' (sources: t)"),
    ],
)
def test_bad_cell_references(tmp_path: Path, reference: str, message: str) -> None:
    _wide(tmp_path)
    path = claim_file(
        tmp_path,
        "table: rates.xlsx",
        _claims("- id: x", "  quote: 1.5", f"  figure: {reference}"),
    )
    assert _problems(path) == [message]


def test_a_cell_reference_needs_a_table(tmp_path: Path) -> None:
    path = claim_file(
        tmp_path,
        "figures: {a: 1}",
        _claims("- id: x", "  quote: 1", '  figure: t["a", 2022]'),
    )
    assert _problems(path) == [
        "story.yaml:7:13: claims[0].figure: source 't' has no table: a cell reference "
        "source[row, column] needs table: (or csv:)"
    ]


def test_text_where_a_number_is_expected_names_the_cell(tmp_path: Path) -> None:
    workbook(tmp_path / "t.xlsx", {"S": [["Area", "Count"], ["North", "about 5"]]})
    # Named under columns:, the cell must be a figure; read whole, only where it is used.
    path = claim_file(tmp_path, "table: t.xlsx\ncolumns: {count: Count}")
    assert _problems(path) == [
        "t.xlsx:2:2: sheet 'S', cell B2: t.xlsx, sheet 'S', cell B2 ('North', 'Count'): "
        "'about 5' is not a number (write it as 640, 4.2, '12.5%', '£3.7m' or '1.13 million')"
    ]
    path = claim_file(
        tmp_path, "table: t.xlsx", _claims("- id: a", "  quote: 5", '  figure: t["North", Count]')
    )
    assert _problems(path) == [
        "story.yaml:7:13: claims[0].figure: t.xlsx, sheet 'S', cell B2 ('North', 'Count') "
        "holds 'about 5', not a number"
    ]


def test_a_formula_with_no_saved_result_is_a_problem(tmp_path: Path) -> None:
    workbook(tmp_path / "t.xlsx", {"S": [["Area", "Count"], ["North", "=2*3"]]})
    path = claim_file(
        tmp_path, "table: t.xlsx", _claims("- id: a", "  quote: 6", "  figure: t.count[North]")
    )
    (problem,) = _problems(path)
    assert problem.startswith("t.xlsx:2:2: sheet 'S', cell B2: t.xlsx, sheet 'S', cell B2")
    assert "the formula =2*3 has no saved result" in problem


def test_a_missing_sheet_lists_the_sheets(tmp_path: Path) -> None:
    _wide(tmp_path)
    path = claim_file(tmp_path, "table: rates.xlsx\nsheet: Table 9")
    assert _problems(path) == ["rates.xlsx:1:1: no sheet 'Table 9' (sheets: 'Table 3')"]


def test_duplicate_row_labels_in_a_sheet(tmp_path: Path) -> None:
    workbook(tmp_path / "t.xlsx", {"S": [["Area", "Count"], ["North", 1], ["north", 2]]})
    path = claim_file(
        tmp_path,
        "table: t.xlsx",
        _claims(
            "- id: a", "  quote: 1", "  figure: t.count[North]",
            "- id: b", "  quote: 1", '  figure: t["North", "Count"]',
        ),
    )  # fmt: skip
    assert _problems(path) == [
        "story.yaml:7:13: claims[0].figure: label 'north' appears twice in t.xlsx (rows 2 and 3)",
        "story.yaml:10:13: claims[1].figure: in t.xlsx: row 'North' is ambiguous: it matches "
        "'North', 'north'",
    ]


def test_a_csv_source_with_the_header_below_a_title(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(
        "Table 1: Arrests,,\nYear,Arrests (thousands),Rate (%)\n2022,12.5,4.1\n", "utf-8"
    )
    path = claim_file(
        tmp_path,
        "csv: t.csv",
        _claims("- id: a", "  quote: 12,500 arrests", "  figure: t.arrests_thousands[2022]"),
    )
    loaded = load(path)
    assert loaded.figures["t.arrests_thousands[2022]"].number.text == "12.5 thousand"
    assert loaded.figures["t.rate[2022]"].number.text == "4.1%"
    assert claimcheck.check(loaded).claims[0].verdict == "supported"


_LABEL = st.text(
    alphabet=st.characters(whitelist_categories=("L", "N"), max_codepoint=0x2FF), min_size=1
).filter(lambda text: not text.isdigit())
_VALUES = st.lists(
    st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False), min_size=1
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_LABEL, st.decimals(0, 10**6, places=2)), min_size=1, max_size=6,
                unique_by=lambda item: label_key(item[0])), st.booleans())  # fmt: skip
def test_written_tables_read_back_to_the_same_figures(
    rows: list[tuple[str, object]], as_workbook: bool
) -> None:
    from decimal import Decimal

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        body = [["Label", "Value"], *[[label, str(value)] for label, value in rows]]
        if as_workbook:
            workbook(folder / "t.xlsx", {"S": [[label, value] for label, value in body]})
            table = "t.xlsx"
        else:
            out = io.StringIO()
            csv.writer(out).writerows(body)
            (folder / "t.csv").write_text(out.getvalue(), "utf-8")
            table = "t.csv"
        loaded = load(claim_file(folder, f"table: {table}"))
        for label, value in rows:
            figure = loaded.figures[f"t.value[{label.strip()}]"]
            assert figure.number.value == Decimal(str(value))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["t.csv", "t.xlsx", "t.ods", "datapackage.json"]))
def test_any_bytes_as_a_table_give_figures_or_problems(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_bytes(data)
        outcome: ClaimFile | ClaimFileError
        try:
            outcome = load(claim_file(Path(folder), f"table: {name}"))
        except ClaimFileError as error:
            outcome = error
        if isinstance(outcome, ClaimFileError):
            assert all(problem.line >= 1 for problem in outcome.problems)
        else:
            assert all(figure.cell for figure in outcome.figures.values())


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("table: rates.xlsx\nheader_row: 0",
         "story.yaml:4:17: sources.t.header_row: rows are numbered from 1"),
        ("table: rates.xlsx\ncsv: rates.xlsx",
         "story.yaml:3:5: sources.t: give table: or csv:, not both"),
        ("table: rates.xls",
         "story.yaml:3:12: sources.t.table: no file 'rates.xls' beside the claim file"),
    ],
)  # fmt: skip
def test_bad_table_options(tmp_path: Path, source: str, message: str) -> None:
    _wide(tmp_path)
    assert _problems(claim_file(tmp_path, source)) == [message]


def test_two_years_and_their_changes_are_a_wide_table(tmp_path: Path) -> None:
    """'2021, 2022, Change, Percent change': two periods and the changes between them, so each
    row is a series along the years, as when the years are most of the columns."""
    (tmp_path / "deaths.csv").write_text(
        'Measure,2021,2022,Change,Percent change\nRoad deaths,"1,608","1,711",103,6.4%\n',
        encoding="utf-8",
    )
    path = claim_file(
        tmp_path,
        "table: deaths.csv",
        _claims(
            "- id: rose",
            "  quote: road deaths rose from 1,608 to 1,711",
            '  from: t["Road deaths", 2021]',
            '  to: t["Road deaths", 2022]',
        ),
    )
    claim = load(path).claims[0]
    to = claim.references[Role.TO]
    assert to.series is not None
    assert to.series.labels[:2] == ("2021", "2022")
