"""Tables straight from the command line: ``draft`` and ``check`` with ``--sources TABLE``."""

from __future__ import annotations

from pathlib import Path

import pytest
from _sheets import workbook

from claimcheck.claimfile.loader import load
from claimcheck.claimfile.table_sources import (
    load_with_tables,
    sources_block,
    splice_sources,
    table_sources,
)
from claimcheck.cli import main
from claimcheck.errors import ClaimFileError

TABLE = 'Table 1: Visits,,\nSite,2023,2024\nHarbour museum,"12,400","15,100"\n'
STORY = "Visits to the harbour museum rose to 15,100 last year from 12,400.\n"


def test_table_paths_become_sources_named_after_their_files(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    found = table_sources(
        [tmp_path / "data" / "Table-3 rates.xlsx", tmp_path / "data" / "table_3_rates.csv"],
        tmp_path,
    )
    assert [(table.id, table.written) for table in found] == [
        ("table_3_rates", "data/Table-3 rates.xlsx"),
        ("table_3_rates_2", "data/table_3_rates.csv"),
    ]
    assert found[0].source.title == "Table-3 rates.xlsx"
    assert sources_block(found[:1]) == [
        "# Sources read from the tables given with --sources.",
        "sources:",
        "  table_3_rates:",
        '    title: "Table-3 rates.xlsx"',
        "    # TODO: publisher, url and published: where the table comes from",
        '    table: "data/Table-3 rates.xlsx"',
    ]


def test_a_table_outside_the_folder_is_written_relative_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (table,) = table_sources([tmp_path / "t.csv"], tmp_path / "out")
    assert table.written == "../t.csv"
    assert "check with --allow-outside" in sources_block([table])[-1]


def test_splice_replaces_the_sources_section() -> None:
    text = "article:\n  title: x\nsources: {}  # TODO\nclaims:\n  - id: a\n"
    assert splice_sources(text, ["sources:", "  s:", "    table: t.csv"]) == (
        "article:\n  title: x\nsources:\n  s:\n    table: t.csv\nclaims:\n  - id: a\n"
    )


@pytest.mark.parametrize(
    "tables",
    [
        pytest.param(["--sources", "visits.csv", "--sources", "rates.xlsx"], id="flag-per-table"),
        pytest.param(["--sources", "visits.csv", "rates.xlsx"], id="tables-after-one-flag"),
    ],
)
def test_draft_and_check_with_table_files(
    tables: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("visits.csv").write_text(TABLE, "utf-8")
    workbook(Path("rates.xlsx"), {"S": [["Area", 2024], ["Harbour", 0.5]]})
    Path("story.txt").write_text(STORY, "utf-8")
    Path("out").mkdir()
    code = main(["draft", "story.txt", *tables, "-o", "out/draft.yaml"])
    assert code == 0
    drafted = Path("out/draft.yaml").read_text("utf-8")
    assert 'table: "../visits.csv"' in drafted
    assert 'table: "../rates.xlsx"' in drafted
    loaded = load("out/draft.yaml", allow_outside=True)
    assert set(loaded.sources) == {"visits", "rates"}
    assert loaded.figures["visits.harbour_museum[2024]"].number.text == "15,100"
    capsys.readouterr()


def test_check_takes_tables_for_a_claim_file_with_no_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("visits.csv").write_text(TABLE, "utf-8")
    Path("story.yaml").write_text(
        "sources: {}\nclaims:\n  - id: rose\n    quote: rose to 15,100 from 12,400\n"
        '    from: visits["Harbour museum", 2023]\n    to: visits["Harbour museum", 2024]\n',
        "utf-8",
    )
    assert main(["check", "story.yaml", "--sources", "visits.csv"]) == 0
    out = capsys.readouterr().out
    assert "SUPPORTED     rose  story.yaml:3" in out
    assert "visits.csv row 3, column '2024'" in out


def test_check_with_tables_keeps_problem_lines(tmp_path: Path) -> None:
    (tmp_path / "visits.csv").write_text(TABLE, "utf-8")
    path = tmp_path / "story.yaml"
    path.write_text(
        'claims:\n  - id: rose\n    quote: rose\n    figure: visits["Harbor museum", 2024]\n',
        "utf-8",
    )
    with pytest.raises(ClaimFileError) as caught:
        load_with_tables(path, [tmp_path / "visits.csv"])
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (4, 13)
    assert "did you mean 'Harbour museum'?" in problem.message


def test_check_refuses_tables_for_a_claim_file_with_sources(tmp_path: Path) -> None:
    path = tmp_path / "story.yaml"
    path.write_text("sources:\n  a:\n    figures: {x: 1}\nclaims: []\n", "utf-8")
    with pytest.raises(ClaimFileError, match="names its own sources"):
        load_with_tables(path, [tmp_path / "t.csv"])
