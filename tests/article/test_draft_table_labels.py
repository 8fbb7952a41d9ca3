"""A story's words against the labels of a release table as it is published (issue 12).

- a row whose label carries a group prefix its table's rows share ("Board: Northvale") is
  named by its last part ("in Northvale");
- "&" in a label is "and" in a story;
- an age band is one band however it is written ("35 to 44" against "Aged 35 - 44" or
  "35-44"), also in a row read across period columns, whose figure name loses the dash;
- a misspelt name is not guessed: nothing is proposed;
- rows keyed by the names beside their codes, and every table sheet of a workbook, are read
  straight from the files given.

The sentences and the small tables are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed, drafted_article

import claimcheck
from claimcheck.article.drafting.compose import draft
from claimcheck.claimfile.loader import loads
from claimcheck.claimfile.table_sources import draft_sources, splice_sources

BOARDS = (
    '"Table 5: Hospital admissions by board and age, 2024",\n'
    "Category,Admissions 2024\n"
    'All admissions,"2,000"\n'
    "Board: Northvale,500\n"
    "Board: Eastmere & Fenwick,300\n"
    "Board: Southholm,200\n"
    "Aged 35 - 44,640\n"
    "Aged 45-54,400\n"
)
WHOLE = "t.all_admissions[Admissions 2024]"


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("A quarter of the admissions were in Northvale.", "t.board_northvale[Admissions 2024]"),
        ("Of all admissions, 10% were in Southholm.", "t.board_southholm[Admissions 2024]"),
        (
            "Some 15% of the admissions were in Eastmere and Fenwick.",
            "t.board_eastmere_fenwick[Admissions 2024]",
        ),
        (
            "Some 32% of the admissions were of people aged 35 to 44.",
            "t.aged_35_44[Admissions 2024]",
        ),
        (
            "About a fifth of the admissions were of people aged 45 to 54.",
            "t.aged_45_54[Admissions 2024]",
        ),
    ],
)
def test_a_share_names_its_row_by_the_words_a_story_uses(
    tmp_path: Path, sentence: str, part: str
) -> None:
    quote = sentence.rstrip(".")
    expected = {quote: ([("part", part), ("whole", WHOLE)], "supported")}
    assert_listed(tmp_path, {"t.csv": BOARDS}, sentence + "\n", expected)


def test_a_misspelt_name_is_not_guessed(tmp_path: Path) -> None:
    text, _ = drafted_article(tmp_path, {"t.csv": BOARDS}, "About 25% were in Northvael.\n")
    assert "board_northvale" not in text.split("claims:")[1]


def test_a_lone_prefix_is_no_group(tmp_path: Path) -> None:
    # one row says its place before the figure: no group, so its whole label is its name
    table = (
        "Offence group,2023,2024\n"
        'Total offences,"5,100","5,400"\n'
        'Whole county: total offences,"61,000","60,200"\n'
    )
    text, _ = drafted_article(tmp_path, {"t.csv": table}, "Offences rose to 5,400 in 2024.\n")
    assert "t.total_offences[2024]" in text


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> None:
    import openpyxl  # type: ignore[import-untyped]

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)


def test_a_workbook_of_several_tables_drafts_from_each_sheet(tmp_path: Path) -> None:
    _workbook(
        tmp_path / "harbour.xlsx",
        {
            "Cover": [["Harbour statistics 2024"]],
            "Contents": [["Sheet", "Title"], ["T1", "Crossings by route"]],
            "T1": [
                ["Table 1: Ferry crossings by route"],
                ["Route code", "Route", "2023", "2024"],
                ["R01", "North route", 3010, 3120],
                ["R02", "South route", 2990, 2875],
            ],
            "T2": [
                ["Table 2: Ferry passengers by route"],
                ["Route", "Passengers 2024"],
                ["All routes", 80400],
                ["North route", 41020],
            ],
        },
    )
    article = (
        "Crossings on the north route rose to 3,120 in 2024 from 3,010.\n\n"
        "Ferries carried 80,400 passengers in 2024.\n"
    )
    sources, block = draft_sources([tmp_path / "harbour.xlsx"], tmp_path)
    text = splice_sources(draft(article, sources, output_dir=tmp_path), block)
    report = claimcheck.check(loads(text, str(tmp_path / "d.yaml"), base_dir=tmp_path))
    refs = {source.ref for finding in report.claims for source in finding.sources}
    assert "harbour_t1.north_route[2024]" in refs
    assert any(ref.startswith("harbour_t2.") for ref in refs)
    cells = [source.cell or "" for finding in report.claims for source in finding.sources]
    assert any("sheet 'T1', cell D3" in cell for cell in cells)
