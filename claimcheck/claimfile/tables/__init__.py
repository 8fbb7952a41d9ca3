"""Table sources: one module per table format, chosen by file type behind one interface.

``read_table(path, shown, name, options)`` returns a ``Table``: figures addressed by row and
column label, each cell keeping its provenance (file, sheet, cell address, or CSV line and
column), or raises ``TableError`` with problems. A reader (``csvfile``, ``xlsx``, ``ods``,
``datapackage``) only turns a file into a ``Grid`` of displayed cells; ``layout`` finds the
header, labels, units, notes and markers, the same for every format. A new format is a new
module here and a line in ``_READERS``.

May import: ``claimcheck.text``, ``claimcheck.numbers``, ``claimcheck.errors``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from claimcheck.claimfile.tables.grid import Grid, Origin, RawCell, TableError
from claimcheck.claimfile.tables.layout import Table, TableOptions, is_figure, lay_out
from claimcheck.errors import Problem

__all__ = [
    "SUFFIXES",
    "WORKBOOKS",
    "Origin",
    "Table",
    "TableError",
    "TableOptions",
    "read_table",
    "table_sheets",
]


def _csv(path: Path, shown: str, options: TableOptions) -> Grid:
    from claimcheck.claimfile.tables.csvfile import read_csv

    return read_csv(path, shown)


def _xlsx(path: Path, shown: str, options: TableOptions) -> Grid:
    from claimcheck.claimfile.tables.xlsx import read_xlsx

    return read_xlsx(path, shown, options.sheet)


def _ods(path: Path, shown: str, options: TableOptions) -> Grid:
    from claimcheck.claimfile.tables.ods import read_ods

    return read_ods(path, shown, options.sheet)


def _datapackage(path: Path, shown: str, options: TableOptions) -> Grid:
    from claimcheck.claimfile.tables.datapackage import read_package

    return read_package(path, shown, options.resource)


_READERS: dict[str, Callable[[Path, str, TableOptions], Grid]] = {
    ".csv": _csv,
    ".xlsx": _xlsx,
    ".xlsm": _xlsx,
    ".ods": _ods,
    ".json": _datapackage,
}
SUFFIXES = tuple(_READERS)
"""The file types a table source may have."""
WORKBOOKS = (".xlsx", ".xlsm", ".ods")
"""The file types that hold several sheets."""


def read_table(path: Path, shown: str, name: str, options: TableOptions) -> Table:
    """The table in the file at ``path``; ``shown`` names it in problems, ``name`` in reports."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        kinds = ", ".join(SUFFIXES)
        message = f"claimcheck reads tables from {kinds} files, not {path.suffix or 'this'} files"
        if path.suffix.lower() == ".xls":
            message = "old Excel .xls workbooks are not read: save the workbook as .xlsx"
        raise TableError([Problem(shown, 1, 1, message)])
    if options.sheet is not None and reader is _csv:
        raise TableError([Problem(shown, 1, 1, "sheet: applies to a workbook, not a CSV file")])
    from claimcheck.claimfile.tables.period_column import with_period_labels

    return with_period_labels(lay_out(reader(path, shown, options), name, options))


def table_sheets(path: Path, shown: str) -> list[str]:
    """The sheets of the workbook at ``path`` that hold a table of numbers, in order: a
    cover, contents or notes sheet (text only, or no table) is none."""
    if path.suffix.lower() == ".ods":
        from claimcheck.claimfile.tables.ods import read_ods_sheets

        grids = read_ods_sheets(path, shown)
    else:
        from claimcheck.claimfile.tables.xlsx import read_xlsx_sheets

        grids = read_xlsx_sheets(path, shown)
    found = []
    for grid in grids:
        try:
            table = lay_out(grid, shown, TableOptions())
        except TableError:
            continue
        if any(is_figure(RawCell(entry.shown, entry.origin)) for entry in table.entries.values()):
            found.append(grid.sheet or "")
    return found
