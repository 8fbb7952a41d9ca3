"""OpenDocument spreadsheets (.ods): a sheet's cells as the spreadsheet displays them.

An .ods file is a zip archive holding ``content.xml``; it is checked like a workbook before
anything is expanded, then read with the standard library's XML parser. Each cell's text
is the text the spreadsheet displays (so a number keeps its displayed decimals).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from claimcheck.claimfile.tables.grid import Grid, Origin, RawCell, TableError
from claimcheck.claimfile.tables.xlsx import MAX_COLUMNS, MAX_ROWS, check_archive, default_sheet
from claimcheck.errors import Problem

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _name(space: str, local: str) -> str:
    return f"{{{space}}}{local}"


def _sheets(path: Path, shown: str) -> tuple[list[ElementTree.Element], list[str]]:
    check_archive(path, shown)
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
            root = ElementTree.parse(stream).getroot()
    except (KeyError, OSError, zipfile.BadZipFile, ElementTree.ParseError) as error:
        message = f"cannot read the spreadsheet ({error}); is it an .ods file?"
        raise TableError([Problem(shown, 1, 1, message)]) from None
    tables = list(root.iter(_name(_TABLE, "table")))
    return tables, [table.get(_name(_TABLE, "name"), "") for table in tables]


def read_ods_sheets(path: Path, shown: str) -> list[Grid]:
    """The grid of every sheet of the .ods file at ``path``, in order."""
    tables, names = _sheets(path, shown)
    return [_grid(table, shown, name) for table, name in zip(tables, names, strict=True)]


def read_ods(path: Path, shown: str, sheet: str | None) -> Grid:
    """The grid of one sheet (``sheet``, or the first) of the .ods file at ``path``."""
    tables, names = _sheets(path, shown)
    if not tables:
        raise TableError([Problem(shown, 1, 1, "the spreadsheet has no sheets")])
    index = default_sheet(names)
    if sheet is not None:
        folded = [name.casefold().strip() for name in names]
        if sheet.casefold().strip() not in folded:
            listing = ", ".join(repr(name) for name in names)
            raise TableError([Problem(shown, 1, 1, f"no sheet {sheet!r} (sheets: {listing})")])
        index = folded.index(sheet.casefold().strip())
    return _grid(tables[index], shown, names[index])


def _grid(table: ElementTree.Element, shown: str, sheet: str) -> Grid:
    grid = Grid(shown, sheet, fixed_width=True)
    number = 0
    for row in table.iter(_name(_TABLE, "table-row")):
        repeat = int(row.get(_name(_TABLE, "number-rows-repeated"), "1") or 1)
        cells = _cells(row, shown, sheet, number + 1)
        if not any(cell.text for cell in cells):
            number += repeat
            grid.rows.append([])
            continue
        for _ in range(min(repeat, MAX_ROWS)):
            number += 1
            if number > MAX_ROWS:
                message = f"sheet {sheet!r} has more than {MAX_ROWS:,} rows; give range:"
                raise TableError([Problem(shown, number, 1, message)])
            grid.rows.append(_cells(row, shown, sheet, number))
    return grid


def _cells(row: ElementTree.Element, shown: str, sheet: str, number: int) -> list[RawCell]:
    cells: list[RawCell] = []
    for cell in row:
        if cell.tag not in (_name(_TABLE, "table-cell"), _name(_TABLE, "covered-table-cell")):
            continue
        repeat = int(cell.get(_name(_TABLE, "number-columns-repeated"), "1") or 1)
        text = " ".join(
            " ".join("".join(paragraph.itertext()).split())
            for paragraph in cell.iter(_name(_TEXT, "p"))
        ).strip()
        formula = cell.get(_name(_TABLE, "formula"))
        numeric = cell.get(_name(_OFFICE, "value-type")) in ("float", "percentage", "currency")
        missing = formula if formula and not text else None
        for _ in range(min(repeat, MAX_COLUMNS - len(cells))):
            index = len(cells) + 1
            origin = Origin(shown, sheet, number, index, number, index)
            cells.append(RawCell(text, origin, numeric, missing))
    while cells and not cells[-1].text and cells[-1].formula is None:
        cells.pop()
    return cells
