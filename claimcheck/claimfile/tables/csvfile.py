"""CSV files, as FOI responses and statistical releases are exported: text into a ``Grid``.

Each cell keeps its line and the character it starts at, so a problem points into the file.
A file that is not UTF-8, too large, or really a spreadsheet saved with a .csv name is
refused with a problem saying what to do.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from claimcheck.claimfile.tables.grid import Grid, Origin, RawCell, TableError
from claimcheck.errors import Problem
from claimcheck.text.decode import NotUtf8, decode_utf8
from claimcheck.text.lazy import lazy_pattern

MAX_CSV_BYTES = 5 * 1024 * 1024
_LINE_BREAK = lazy_pattern(r"\r\n|\r|\n")

# The first bytes of files that are not text, and what to tell the reporter.
_NOT_CSV = (
    (b"PK\x03\x04", "a zip file (an .xlsx or .ods spreadsheet?) saved with a .csv name"),
    (b"\xd0\xcf\x11\xe0", "an old Excel (.xls) workbook saved with a .csv name"),
    (b"%PDF", "a PDF file, not a CSV file"),
)


def figure_name(header: str) -> str:
    """The default figure name for a column header: "Crimes recorded" → "crimes_recorded"."""
    return re.sub(r"[^a-z0-9]+", "_", header.lower()).strip("_")


def read_csv(path: Path, shown: str) -> Grid:
    """The grid of the CSV file at ``path``; ``shown`` is its name in problems."""
    return parse_csv(_read_text(path, shown), shown)


def _read_text(path: Path, shown: str) -> str:
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_CSV_BYTES + 1)
    except OSError as error:
        raise TableError(
            [Problem(shown, 1, 1, f"cannot read the CSV file: {error.strerror}")]
        ) from None
    if len(data) > MAX_CSV_BYTES:
        limit = MAX_CSV_BYTES // (1024 * 1024)
        raise TableError([Problem(shown, 1, 1, f"the CSV file is larger than {limit} MB")])
    for magic, what in _NOT_CSV:
        if data.startswith(magic):
            message = f"this is {what}: give the file its own name (.xlsx) or export it as CSV"
            raise TableError([Problem(shown, 1, 1, message)])
    try:
        return decode_utf8(data)
    except NotUtf8 as error:
        message = f"the CSV file {error.detail}; save it again as 'CSV UTF-8'"
        raise TableError([Problem(shown, error.line, error.column, message)]) from None


def parse_csv(text: str, shown: str) -> Grid:
    """The grid of CSV ``text``; a row csv cannot read ends it, with a problem."""
    grid = Grid(shown, None)
    lines = _LINE_BREAK.split(text)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    try:
        for row in reader:
            starts = _cell_starts(lines[line - 1]) if line <= len(lines) else []
            cells = []
            for index, value in enumerate(row):
                char = starts[index] if index < len(starts) else 1
                origin = Origin(shown, None, line, index + 1, line, char)
                cells.append(RawCell(value.strip(), origin))
            grid.rows.append(cells)
            line = reader.line_num + 1
    except csv.Error as error:
        message = f"cannot read this row of the CSV file ({error})"
        grid.problems.append(Problem(shown, line, 1, message))
    return grid


def _cell_starts(line: str) -> list[int]:
    """1-based columns where each comma-separated cell of ``line`` starts (quotes respected)."""
    starts = [1]
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            starts.append(index + 2)
    return starts
