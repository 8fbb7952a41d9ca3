"""Excel workbooks (.xlsx): a sheet's cells as displayed, read with openpyxl in read-only mode.

openpyxl is imported only here, when a workbook is read. A workbook is a zip archive: its
members are checked before anything is expanded, so an oversized sheet or a zip bomb is
refused without being unpacked. A cell shows its cached value (the result of a formula as
Excel last computed it) in its number format, so 0.125 formatted "0.0%" is "12.5%", to one
decimal place, as the reader of the spreadsheet saw it.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from claimcheck.claimfile.tables.grid import Grid, Origin, RawCell, TableError
from claimcheck.errors import Problem
from claimcheck.text.lazy import lazy_pattern

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_EXPANDED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100
"""A member expanding more than this many times its compressed size is refused (a zip bomb)."""
MAX_MEMBERS = 10_000
MAX_ROWS = 50_000
MAX_COLUMNS = 1_000

_QUOTED = lazy_pattern(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_CURRENCY = lazy_pattern(r'"([£$€])"|\[\$([£$€])[^\]]*\]|([£$€])')


def check_archive(path: Path, shown: str) -> None:
    """Refuse a workbook too large to read, before anything in it is expanded."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            raise TableError([Problem(shown, 1, 1, f"the workbook is larger than {limit} MB")])
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        message = f"cannot read the workbook ({reason}); is it an .xlsx file saved by Excel?"
        raise TableError([Problem(shown, 1, 1, message)]) from None
    expanded = sum(member.file_size for member in members)
    bomb = any(
        member.file_size > 1024 * 1024 and member.file_size > MAX_RATIO * member.compress_size
        for member in members
    )
    if len(members) > MAX_MEMBERS or expanded > MAX_EXPANDED_BYTES or bomb:
        message = (
            "the workbook would expand to more than a spreadsheet of figures holds "
            f"({len(members)} parts, {expanded:,} bytes unpacked); it was not opened"
        )
        raise TableError([Problem(shown, 1, 1, message)])


def _open(path: Path, shown: str) -> tuple[Any, Any]:
    check_archive(path, shown)
    import openpyxl  # type: ignore[import-untyped]  # heavy: imported only for spreadsheets

    try:
        values = openpyxl.load_workbook(path, read_only=True, data_only=True)
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many types for a damaged file
        message = f"cannot read the workbook ({type(error).__name__}: {error})"
        raise TableError([Problem(shown, 1, 1, message)]) from None
    return values, formulas


def read_xlsx(path: Path, shown: str, sheet: str | None) -> Grid:
    """The grid of one sheet (``sheet``, or the first) of the workbook at ``path``."""
    values, formulas = _open(path, shown)
    try:
        name = _sheet_name(values.sheetnames, sheet, shown)
        return _grid(values[name], formulas[name], shown, name)
    finally:
        values.close()
        formulas.close()


def read_xlsx_sheets(path: Path, shown: str) -> list[Grid]:
    """The grid of every sheet of the workbook at ``path``, in order."""
    values, formulas = _open(path, shown)
    try:
        return [_grid(values[name], formulas[name], shown, name) for name in values.sheetnames]
    finally:
        values.close()
        formulas.close()


_NOT_A_TABLE = lazy_pattern(
    r"^(?:cover|contents|table[ _]of[ _]contents|notes?|information|info|metadata|about|"
    r"definitions|glossary)(?:[ _]sheet)?$",
    re.IGNORECASE,
)
"""Sheets a release workbook opens with before its tables: skipped when no sheet is named."""


def default_sheet(names: list[str]) -> int:
    """The sheet read when none is named: the first that is not a cover, contents or notes."""
    return next(
        (index for index, name in enumerate(names) if not _NOT_A_TABLE.match(name.strip())), 0
    )


def _sheet_name(names: list[str], wanted: str | None, shown: str) -> str:
    if wanted is None:
        if not names:
            raise TableError([Problem(shown, 1, 1, "the workbook has no sheets")])
        return names[default_sheet(names)]
    for name in names:
        if name.casefold().strip() == wanted.casefold().strip():
            return name
    listing = ", ".join(repr(name) for name in names)
    raise TableError([Problem(shown, 1, 1, f"no sheet {wanted!r} (sheets: {listing})")])


def _grid(values: Any, formulas: Any, shown: str, sheet: str) -> Grid:
    grid = Grid(shown, sheet, fixed_width=True)
    written = formulas.iter_rows()
    for number, row in enumerate(values.iter_rows(), start=1):
        if number > MAX_ROWS:
            message = f"sheet {sheet!r} has more than {MAX_ROWS:,} rows; give range: to read part"
            raise TableError([Problem(shown, number, 1, message)])
        formula_row = next(written, ())
        cells: list[RawCell] = []
        for index, cell in enumerate(row[:MAX_COLUMNS], start=1):
            origin = Origin(shown, sheet, number, index, number, index)
            source = formula_row[index - 1] if index - 1 < len(formula_row) else None
            formula = getattr(source, "value", None)
            missing = (
                formula
                if cell.value is None and isinstance(formula, str) and formula[:1] == "="
                else None
            )
            text = display(cell.value, getattr(cell, "number_format", "General") or "General")
            numeric = isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
            cells.append(RawCell(text, origin, numeric, missing))
        while cells and not cells[-1].text and cells[-1].formula is None:
            cells.pop()
        grid.rows.append(cells)
    return grid


def display(value: Any, number_format: str) -> str:
    """A cell's value as the spreadsheet shows it in ``number_format``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()  # a date typed into a cell: 2024-03-31
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, int | float):
        return _number(value, number_format)
    return " ".join(str(value).split())


def _number(value: float, number_format: str) -> str:
    try:
        exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return repr(value)
    if not exact.is_finite():
        return repr(value)
    section = _QUOTED.sub("", number_format.split(";")[0])
    currency = _currency(number_format.split(";")[0])
    if section.strip().lower() in ("general", "@", ""):
        text = _plain(exact)
        return f"{currency}{text}" if currency else text
    percent = "%" in section
    if percent:
        exact *= 100
    numeric = re.sub(r"[^0#?.,]", "", section)
    places = len(re.sub(r"[^0#?]", "", numeric.partition(".")[2]))
    rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    grouped = "," in numeric.partition(".")[0]
    text = f"{rounded:,.{places}f}" if grouped else f"{rounded:.{places}f}"
    sign = "-" if text.startswith("-") else ""
    return f"{sign}{currency}{text.lstrip('-')}{'%' if percent else ''}"


def _currency(section: str) -> str:
    found = _CURRENCY.search(section)
    if found is None:
        return ""
    return next(group for group in found.groups() if group)


def _plain(value: Decimal) -> str:
    """A number in the General format: as typed, with no trailing zeros after the point."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")
