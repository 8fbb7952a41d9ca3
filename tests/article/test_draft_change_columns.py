"""A column of changes beside the counts of a line is no period of the line
(article/drafting/change_columns.py, claimfile/table_figures.py).

- "Passengers 2024, Percentage change 2023 to 2024 (%)": the change column names years, but
  its cells are changes; a draft never proposes a change from the count to the percentage. It
  offers the count and the published change for "rose 6 percent to 12,410", the change alone
  for "up 6 percent", and the count alone for a level.
- "2023, 2024, Change 2023 to 2024, % change": the counts of the two periods are the line; "from
  X to Y" pairs them, and "rose 6%" links the published change.
- A row whose label says it holds changes ("Change in trips (millions)") in a table with one
  period column is a change, so "fell by 2.1 million" links it.
- The same reading from a workbook sheet (built with openpyxl here).

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed, drafted_article

import claimcheck
from claimcheck.article.drafting.compose import draft
from claimcheck.claimfile.loader import loads
from claimcheck.claimfile.table_sources import draft_sources, splice_sources

ROUTES = (
    '"Ferry passengers by route, 2023 and 2024",,\n'
    "Route,Passengers 2024,Percentage change 2023 to 2024 (%)\n"
    'Northern crossing,"12,410",6\n'
    'Island shuttle,"3,208",-4\n'
    "Harbour loop,915,11\n"
)
WIDE = (
    "Route,2023,2024,Change 2023 to 2024,% change 2023 to 2024\n"
    'Northern crossing,"11,708","12,410",702,6\n'
    'Island shuttle,"3,342","3,208",-134,-4\n'
)
TRIPS = (
    "Bus trips, change from 2022 to 2023,\n"
    "Measure,2022 to 2023\n"
    "Change in trips (millions),-2.1\n"
    "Change in trips (percent),-3.4\n"
)
COUNT = "t.{}[Passengers 2024]"
CHANGE = "t.{}[Percentage change 2023 to 2024 (%)]"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Island shuttle trips fell 4 percent to 3,208.",
            [
                ("figures", COUNT.format("island_shuttle")),
                ("figures", CHANGE.format("island_shuttle")),
            ],
        ),
        (
            "The Harbour loop carried 915 passengers.",
            [("figure", COUNT.format("harbour_loop"))],
        ),
        (
            "Passengers on the Northern crossing were up 6 percent.",
            [("figure", CHANGE.format("northern_crossing"))],
        ),
    ],
)
def test_a_change_column_naming_years_is_no_period(
    tmp_path: Path, sentence: str, expected: list[tuple[str, str]]
) -> None:
    quote = sentence.rstrip(".")
    text, _ = assert_listed(
        tmp_path, {"t.csv": ROUTES}, sentence + "\n", {quote: (expected, "supported")}
    )
    assert "from:" not in text


def test_the_counts_of_the_periods_make_the_change_from_and_to(tmp_path: Path) -> None:
    article = (
        "Island shuttle trips fell from 3,342 to 3,208.\n\n"
        "Passengers on the Northern crossing rose 6 percent.\n"
    )
    expected = {
        "Island shuttle trips fell from 3,342 to 3,208": (
            [("from", "w.island_shuttle[2023]"), ("to", "w.island_shuttle[2024]")],
            "supported",
        ),
    }
    text, found = assert_listed(tmp_path, {"w.csv": WIDE}, article, expected)
    refs, verdict = found["Passengers on the Northern crossing rose 6 percent"]
    # the published change, or the two counts it is worked out from; never a period of changes
    assert verdict == "supported", text
    assert all("Change" not in ref or role == "figure" for role, ref in refs), text
    assert "[2024]  # proposed" in text or "% change 2023 to 2024]" in text


def test_the_change_columns_keep_the_wide_table_of_periods(tmp_path: Path) -> None:
    # the rows of a table of periods with changes beside them stay series keyed by period
    (tmp_path / "w.csv").write_text(WIDE, encoding="utf-8")
    yaml = (
        "sources:\n  w:\n    table: w.csv\n"
        "claims:\n  - id: a\n    quote: rose from 11,708 to 12,410\n"
        "    from: w.northern_crossing[2023]\n    to: w.northern_crossing[2024]\n"
    )
    loaded = loads(yaml, str(tmp_path / "c.yaml"), base_dir=tmp_path)
    assert loaded.claims[0].id == "a"


def test_a_row_of_changes_in_one_period_column_is_a_change(tmp_path: Path) -> None:
    sentence = "Bus trips fell by 2.1 million, a 3.4 percent decrease.\n"
    text, report = drafted_article(tmp_path, {"t.csv": TRIPS}, sentence)
    claims = text.split("claims:")[1]
    assert "change_in_trips_millions[2022 to 2023]" in claims, text
    assert "no earlier period" not in claims
    assert [finding.verdict.value for finding in report.claims] == ["supported", "supported"], text


def _workbook(path: Path, rows: list[list[object]]) -> None:
    import openpyxl  # type: ignore[import-untyped]

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Table 2"
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_a_change_column_in_a_workbook_is_no_period(tmp_path: Path) -> None:
    _workbook(
        tmp_path / "t.xlsx",
        [
            ["Table 2: Cycle journeys by town, 2024"],
            ["Town", "Journeys 2024", "Percent change 2023 to 2024"],
            ["Ashby", 48210, 7],
            ["Brantwell", 19006, -2],
        ],
    )
    article = "Cycle journeys in Ashby rose 7 percent to 48,210.\n"
    sources, block = draft_sources([tmp_path / "t.xlsx"], tmp_path)
    text = splice_sources(draft(article, sources, output_dir=tmp_path), block)
    claims = text.split("claims:")[1]
    assert "from:" not in claims, text
    assert "t.ashby[Journeys 2024]" in claims, text
    assert "t.ashby[Percent change 2023 to 2024]" in claims, text
    report = claimcheck.check(loads(text, str(tmp_path / "d.yaml"), base_dir=tmp_path))
    assert [finding.verdict.value for finding in report.claims] == ["supported"]
