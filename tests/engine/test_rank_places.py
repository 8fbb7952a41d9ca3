"""Rankings within the place a table's column gives each line (engine/judge/own_place.py,
claimfile/tables/places.py).

A table of councils with a "Nation" column beside the names: "In Scotland, Dunmere had the
highest rate" ranks Dunmere among the Scottish lines only; a ranking that names no place and
fails across the table but holds within the own line's place needs review (the story may
have named the place a sentence before); a ranking that names two places, or a place no
column gives, ranks every line. The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.claimfile.tables import TableOptions, read_table
from claimcheck.claimfile.tables.places import place_column
from claimcheck.model import Verdict

RATES = (
    ("Ashford Vale", "England", "61.2"),
    ("Brockmoor", "England", "58.4"),
    ("Calderwick", "England", "33.0"),
    ("Dunmere", "Scotland", "52.7"),
    ("Eskbridge", "Scotland", "41.9"),
    ("Fenloch", "Scotland", "47.5"),
)
COLUMN = "Recycling rate 2024 (%)"
CSV = f'"Table 4: Recycling rate by council, 2024",,\nCouncil,Nation,{COLUMN}\n' + "".join(
    f"{name},{nation},{rate}\n" for name, nation, rate in RATES
)


def _check(
    tmp_path: Path, table: str, quote: str, line: str, column: str = COLUMN
) -> claimcheck.Finding:
    body = f'  - id: c\n    quote: {quote}\n    figure: \'r["{line}", "{column}"]\'\n'
    path = tmp_path / "claims.yaml"
    path.write_text(f"sources:\n  r:\n    table: {table}\nclaims:\n{body}", encoding="utf-8")
    (finding,) = claimcheck.check(claimcheck.load(path)).claims
    return finding


CASES = [
    # the words name the own line's place: ranked among its lines only
    ("In Scotland, Dunmere had the highest recycling rate", "Dunmere", Verdict.SUPPORTED),
    ("Eskbridge had the lowest recycling rate in Scotland", "Eskbridge", Verdict.SUPPORTED),
    ("In Scotland, Fenloch had the highest recycling rate", "Fenloch", Verdict.CONTRADICTED),
    # no place named: a ranking that holds only within the line's place needs review
    ("Eskbridge had the lowest recycling rate", "Eskbridge", Verdict.NEEDS_REVIEW),
    # no place named, and it holds nowhere: contradicted as before
    ("Brockmoor had the lowest recycling rate", "Brockmoor", Verdict.CONTRADICTED),
    # across every line, as before
    (
        "Ashford Vale had the highest recycling rate of any council",
        "Ashford Vale",
        Verdict.SUPPORTED,
    ),
    # two places named: every line is ranked
    ("Dunmere had the highest rate in England and Scotland", "Dunmere", Verdict.CONTRADICTED),
]


@pytest.mark.parametrize(("quote", "line", "verdict"), CASES)
def test_a_ranking_within_a_named_place(
    tmp_path: Path, quote: str, line: str, verdict: Verdict
) -> None:
    (tmp_path / "r.csv").write_text(CSV, encoding="utf-8")
    finding = _check(tmp_path, "r.csv", quote, line)
    assert finding.verdict is verdict, finding.explanation


def test_the_working_says_which_lines_were_left_out(tmp_path: Path) -> None:
    (tmp_path / "r.csv").write_text(CSV, encoding="utf-8")
    finding = _check(
        tmp_path, "r.csv", "In Scotland, Dunmere had the highest recycling rate", "Dunmere"
    )
    assert "left out: Ashford Vale 61.2% (Nation England, not Scotland)" in finding.explanation
    other = _check(tmp_path, "r.csv", "Eskbridge had the lowest recycling rate", "Eskbridge")
    assert "among the lines whose Nation is Scotland it holds" in other.explanation


def test_the_same_from_a_workbook(tmp_path: Path) -> None:
    import openpyxl  # type: ignore[import-untyped]

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Table 4"
    sheet.append(["Table 4: Recycling rate by council, 2024"])
    sheet.append(["Council", "Nation", "Rate 2024"])
    for name, nation, rate in RATES:
        sheet.append([name, nation, float(rate)])
    book.save(tmp_path / "r.xlsx")
    finding = _check(
        tmp_path, "r.xlsx", "In Scotland, Dunmere had the highest rate", "Dunmere", "Rate 2024"
    )
    assert finding.verdict is Verdict.SUPPORTED, finding.explanation


def _places(tmp_path: Path, text: str) -> tuple[str, list[str]] | None:
    (tmp_path / "t.csv").write_text(text, encoding="utf-8")
    table = read_table(tmp_path / "t.csv", "t.csv", "t.csv", TableOptions())
    found = place_column(table)
    if found is None:
        return None
    header, by_row = found
    return header, [by_row[row] for row in sorted(by_row)]


def test_a_column_of_places_is_read_beside_the_labels(tmp_path: Path) -> None:
    assert _places(tmp_path, CSV) == ("Nation", [nation for _, nation, _ in RATES])


@pytest.mark.parametrize(
    "table",
    [
        # every value different: a second name, not a grouping
        "Council,Leader,Rate\nAshford,Ann Bell,1\nBrock,Col Dee,2\nCalder,Eve Fox,3\n",
        # one value for every row: nothing to restrict
        "Council,Nation,Rate\nAshford,England,1\nBrock,England,2\nCalder,England,3\n",
        # codes, not places
        "Council,Code,Rate\nAshford,E01,1\nBrock,E01,2\nCalder,E02,3\n",
        # a row with no place
        "Council,Nation,Rate\nAshford,England,1\nBrock,,2\nCalder,England,3\nDee,Wales,4\n",
    ],
)
def test_no_column_of_places(tmp_path: Path, table: str) -> None:
    assert _places(tmp_path, table) is None
