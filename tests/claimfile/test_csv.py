"""CSV sources: figures read from a spreadsheet export beside the claim file."""

from __future__ import annotations

import tempfile
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.claimfile.loader import load
from claimcheck.claimfile.records import ClaimFile, Role
from claimcheck.claimfile.tables.csvfile import figure_name
from claimcheck.errors import ClaimFileError

FOI = "Year,Crimes recorded,Arrests\n2011,151,358\n2016,640,691\n"


def _write(folder: Path, source: str, csv: str | bytes, claims: str = "claims: []\n") -> Path:
    data = csv if isinstance(csv, bytes) else csv.encode("utf-8")
    (folder / "foi.csv").write_bytes(data)
    claim_file = folder / "story.yaml"
    claim_file.write_text(f"sources:\n  foi:\n{source}{claims}", encoding="utf-8")
    return claim_file


def _load(folder: Path, source: str, csv: str | bytes, claims: str = "claims: []\n") -> ClaimFile:
    return load(_write(folder, source, csv, claims))


def _problems(folder: Path, source: str, csv: str | bytes) -> list[str]:
    with pytest.raises(ClaimFileError) as caught:
        _load(folder, source, csv)
    # Problems name the CSV as the claim file does, relative to the current folder or not.
    return [str(problem).replace(f"{folder}/", "") for problem in caught.value.problems]


def test_every_other_column_becomes_a_series_by_default(tmp_path: Path) -> None:
    claim_file = _load(tmp_path, "    csv: foi.csv\n", FOI)
    assert sorted(claim_file.series) == ["foi.arrests", "foi.crimes_recorded"]
    crimes = claim_file.series["foi.crimes_recorded"]
    assert crimes.labels == ("2011", "2016")
    assert [figure.number.value for figure in crimes.figures] == [151, 640]


def test_named_columns_and_label_column(tmp_path: Path) -> None:
    csv = "Force,Year,Crimes recorded,Arrests\nWMP,2011,151,358\nWMP,2016,640,691\n"
    source = "    csv: foi.csv\n    labels: Year\n    columns:\n      crimes: Crimes recorded\n"
    claims = (
        "claims:\n  - id: a\n    quote: q\n    from: foi.crimes[2011]\n    to: foi.crimes[2016]\n"
    )
    claim_file = _load(tmp_path, source, csv, claims)
    assert list(claim_file.series) == ["foi.crimes"]
    reference = claim_file.claims[0].references[Role.TO]
    assert reference.figure.number.value == 640
    assert reference.series is claim_file.series["foi.crimes"]


def test_cells_keep_their_row_and_column(tmp_path: Path) -> None:
    claim_file = _load(tmp_path, "    csv: foi.csv\n", FOI)
    figure = claim_file.figures["foi.arrests[2016]"]
    assert figure.cell == "foi.csv row 3, column 'Arrests'"
    assert figure.location is not None
    assert (figure.location.path, figure.location.line, figure.location.column) == (
        str(tmp_path / "foi.csv"),
        3,
        10,
    )


def test_numbers_in_cells_are_read_as_written(tmp_path: Path) -> None:
    csv = 'Year,Rate,Spend,Count\n2016,12.50%,"£3.7m","1,072,000"\n'
    claim_file = _load(tmp_path, "    csv: foi.csv\n", csv)
    rate = claim_file.figures["foi.rate[2016]"].number
    assert (rate.text, rate.value, rate.step) == ("12.50%", Fraction(25, 2), Fraction(1, 100))
    assert claim_file.figures["foi.spend[2016]"].number.value == 3_700_000
    assert claim_file.figures["foi.count[2016]"].number.value == 1_072_000
    count = claim_file.figures["foi.count[2016]"]
    assert count.location is not None
    assert count.location.column == 21  # the quoted cell, after "£3.7m"


def test_blank_cells_and_rows_are_skipped(tmp_path: Path) -> None:
    csv = "Year,Crimes,Arrests\n\n2011,151,\n,,\n2016,640,691\n"
    claim_file = _load(tmp_path, "    csv: foi.csv\n", csv)
    assert claim_file.series["foi.arrests"].labels == ("2016",)
    assert claim_file.series["foi.crimes"].labels == ("2011", "2016")


def test_a_byte_order_mark_and_crlf_line_ends(tmp_path: Path) -> None:
    data = "\ufeffYear,Crimes\r\n2011,151\r\n2016,640\r\n".encode()
    claim_file = _load(tmp_path, "    csv: foi.csv\n", data)
    assert claim_file.figures["foi.crimes[2016]"].cell == "foi.csv row 3, column 'Crimes'"


def test_csv_figures_sit_beside_yaml_figures(tmp_path: Path) -> None:
    source = "    csv: foi.csv\n    figures:\n      team: 25\n"
    claim_file = _load(tmp_path, source, FOI)
    assert claim_file.figures["foi.team"].number.value == 25
    assert "foi.arrests[2011]" in claim_file.figures


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("Crimes recorded", "crimes_recorded"),
        ("Arrests", "arrests"),
        ("  Distribution offences (all) ", "distribution_offences_all"),
        ("2016/17 total", "2016_17_total"),
        ("£ spent", "spent"),
    ],
)
def test_default_figure_names(header: str, name: str) -> None:
    assert figure_name(header) == name


@pytest.mark.parametrize(
    ("source", "csv", "expected"),
    [
        (
            "    csv: foi.csv\n    columns:\n      crimes: Crimes\n",
            FOI,
            ["foi.csv:1:1: no column 'Crimes' for figure 'crimes' (columns: "
             "'Crimes recorded', 'Arrests')"],
        ),
        (
            "    csv: foi.csv\n    labels: Yaer\n",
            FOI,
            ["foi.csv:1:1: no label column 'Yaer' (did you mean 'Year'?)"],
        ),
        (
            "    csv: foi.csv\n    labels: Period\n",
            FOI,
            ["foi.csv:1:1: no label column 'Period' (columns: 'Year', 'Crimes recorded', "
             "'Arrests')"],
        ),
        (
            "    csv: foi.csv\n    labels: Year\n",
            "Year;Crimes\n2011;151\n",
            ["foi.csv:1:1: no label column 'Year' (the header 'Year;Crimes' has no commas: "
             "claimcheck reads comma-separated files; save the spreadsheet as CSV with commas)"],
        ),
        (
            "    csv: foi.csv\n    columns: {crimes: Crimes}\n",
            "Year,Crimes\n2011,151\n2016,lots\n",
            ["foi.csv:3:6: foi.csv row 3, column 'Crimes': 'lots' is not a number (write it as "
             "640, 4.2, '12.5%', '£3.7m' or '1.13 million')"],
        ),
        (
            "    csv: foi.csv\n",
            "Year,Crimes\n2011,151\n2016,640,12\n2017\n",
            ["foi.csv:3:1: this row has 3 cells but the header has 2",
             "foi.csv:4:1: this row has 1 cells but the header has 2"],
        ),
        (
            "    csv: foi.csv\n",
            "Year,Crimes\n,151\n",
            ["foi.csv:2:1: this row has no label"],
        ),
        (
            "    csv: foi.csv\n",
            "Year,Crimes,Crimes\n2011,1,2\n",
            ["foi.csv:1:13: column 'Crimes' appears twice",
             "foi.csv:1:13: columns 'Crimes' and 'Crimes' would both be figure 'crimes'; name "
             "the columns under 'columns:'"],
        ),
        (
            "    csv: foi.csv\n",
            "Year,,Crimes\n2011,1,2\n",
            ["foi.csv:1:6: column 2 has no header to name its figure"],
        ),
        ("    csv: foi.csv\n", "", ["foi.csv:1:1: the CSV file is empty: it needs a header row "
                                  "and a row per label"]),
        ("    csv: foi.csv\n", "\n \n", ["foi.csv:1:1: the CSV file is empty: it needs a header "
                                       "row and a row per label"]),
        (
            "    csv: foi.csv\n",
            b"Year,Crimes\n2011,151\n2016,6\xa340\n",
            ["foi.csv:3:7: the CSV file is not UTF-8 text (byte 0xA3); save it again as "
             "'CSV UTF-8'"],
        ),
        (
            "    csv: foi.csv\n",
            "Year,Crimes\n2011,151\n".encode("utf-16"),
            ["foi.csv:1:1: the CSV file is UTF-16 text, not UTF-8; save it again as 'CSV UTF-8'"],
        ),
        (
            "    csv: foi.csv\n",
            'Year,Crimes\n2011,"151\n',
            ["foi.csv:2:1: cannot read this row of the CSV file (unexpected end of data)"],
        ),
        (
            "    csv: other.csv\n",
            FOI,
            ["story.yaml:3:10: sources.foi.csv: no file 'other.csv' beside the claim file"],
        ),
        (
            "    csv: ../foi.csv\n",
            FOI,
            ["story.yaml:3:10: sources.foi.csv: '../foi.csv' is outside the claim file's folder; "
             "allow it with --allow-outside (or allow_outside=True)"],
        ),
        (
            "    csv: foi.csv\n    figures:\n      arrests: 1\n",
            FOI,
            ["story.yaml:3:10: figure 'foi.arrests' is given both under figures: and by foi.csv"],
        ),
        (
            "    figures: {x: 1}\n    columns: {x: X}\n",
            FOI,
            ["story.yaml:4:5: sources.foi.columns applies only with table: or csv:"],
        ),
    ],
)  # fmt: skip
def test_bad_csv(tmp_path: Path, source: str, csv: str | bytes, expected: list[str]) -> None:
    assert _problems(tmp_path, source, csv) == expected


@pytest.mark.parametrize(
    ("csv", "problem"),
    [
        (
            "Year,Crimes\n2011,151\n2011,160\n",
            "story.yaml:7:13: claims[0].figure: label '2011' appears twice in foi.csv "
            "(lines 2 and 3)",
        ),
        (
            "Year,Crimes\n2011,lots\n",
            "foi.csv:2:6: foi.csv row 2, column 'Crimes': 'lots' is not a number (write it as "
            "640, 4.2, '12.5%', '£3.7m' or '1.13 million')",
        ),
    ],
)
def test_a_cell_a_claim_cannot_use_is_a_problem_once_it_is_used(
    tmp_path: Path, csv: str, problem: str
) -> None:
    # A table read whole may hold cells no claim uses; only a reference to one is a problem.
    claims = "claims:\n  - id: a\n    quote: q\n    figure: foi.crimes[2011]\n"
    assert _load(tmp_path, "    csv: foi.csv\n", csv.replace("2011,lots", "2012,lots")).claims == ()
    with pytest.raises(ClaimFileError) as caught:
        _load(tmp_path, "    csv: foi.csv\n", csv, claims)
    assert [str(item).replace(f"{tmp_path}/", "") for item in caught.value.problems] == [problem]


def test_a_csv_outside_the_folder_when_allowed(tmp_path: Path) -> None:
    (tmp_path / "shared.csv").write_text(FOI, encoding="utf-8")
    story = tmp_path / "stories"
    story.mkdir()
    claim_file = story / "story.yaml"
    claim_file.write_text("sources:\n  foi:\n    csv: ../shared.csv\nclaims: []\n", "utf-8")
    with pytest.raises(ClaimFileError, match="outside the claim file's folder"):
        load(claim_file)
    loaded = load(claim_file, allow_outside=True)
    assert loaded.figures["foi.arrests[2016]"].cell == "../shared.csv row 3, column 'Arrests'"


def test_a_csv_in_a_subfolder_is_inside(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "foi.csv").write_text(FOI, encoding="utf-8")
    claim_file = tmp_path / "story.yaml"
    claim_file.write_text("sources:\n  foi:\n    csv: data/foi.csv\nclaims: []\n", "utf-8")
    assert "foi.arrests[2011]" in load(claim_file).figures


def test_a_huge_csv_is_refused(tmp_path: Path) -> None:
    with (tmp_path / "foi.csv").open("wb") as stream:
        stream.truncate(6 * 1024 * 1024)
    claim_file = tmp_path / "story.yaml"
    claim_file.write_text("sources:\n  foi:\n    csv: foi.csv\nclaims: []\n", "utf-8")
    with pytest.raises(ClaimFileError, match="the CSV file is larger than 5 MB"):
        load(claim_file)


def test_every_csv_problem_is_reported_at_once(tmp_path: Path) -> None:
    csv = "Year,Crimes recorded,Arrests\n2011,151,358\n2016,640\n2017,lots,700\n"
    source = (
        "    csv: foi.csv\n    columns:\n      crimes: Crimes recorded\n      arrests: Arests\n"
    )
    assert _problems(tmp_path, source, csv) == [
        "foi.csv:1:1: no column 'Arests' for figure 'arrests' (did you mean 'Arrests'?)",
        "foi.csv:3:1: this row has 2 cells but the header has 3",
        "foi.csv:4:6: foi.csv row 4, column 'Crimes recorded': 'lots' is not a number (write it "
        "as 640, 4.2, '12.5%', '£3.7m' or '1.13 million')",
    ]


_CSV_TEXT = st.text(
    alphabet=st.sampled_from(list('Year,Crimes"\n\r 0123456789.%£n/a\t;')), max_size=80
)


@settings(max_examples=150, deadline=None)
@given(_CSV_TEXT, st.sampled_from(["", "    labels: Year\n", "    columns: {c: Crimes}\n"]))
def test_any_csv_text_loads_or_is_a_problem(text: str, options: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        claim_file = _write(Path(folder), "    csv: foi.csv\n" + options, text)
        outcome: ClaimFile | ClaimFileError
        try:
            outcome = load(claim_file)
        except ClaimFileError as error:
            outcome = error
        if isinstance(outcome, ClaimFileError):
            assert all(problem.line >= 1 for problem in outcome.problems)
        else:
            assert all(figure.cell for figure in outcome.figures.values())
