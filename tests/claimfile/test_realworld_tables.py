"""Every release table in the development set reads as the newsroom received it."""

from __future__ import annotations

from pathlib import Path

from claimcheck.claimfile.tables import SUFFIXES, TableOptions, read_table


def test_every_realworld_table_reads_directly(shared: Path) -> None:
    tables = sorted(
        path
        for path in (shared / "realworld").glob("*/*")
        if path.suffix.lower() in SUFFIXES and path.name != "gold-figures.csv"
    )
    assert tables
    for path in tables:
        table = read_table(path, str(path), path.name, TableOptions())
        assert table.problems == [], path
        assert table.rows, path
        assert table.columns, path
        assert table.entries, path
