"""What every table reader returns: a grid of cells as displayed, each with its provenance.

A reader (CSV, spreadsheet, data package) only turns a file into a ``Grid``; finding the
header, the labels, the units and the markers is the same for every format (``layout``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.errors import Problem


def column_letters(index: int) -> str:
    """The spreadsheet name of a 1-based column: 1 -> A, 27 -> AA."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a cell is: its file, its sheet (spreadsheets only), its row and column.

    ``line`` and ``char`` are where a problem points: the line and character of a CSV file,
    the row and column number of a sheet.
    """

    file: str
    sheet: str | None
    row: int
    column: int
    line: int
    char: int

    @property
    def address(self) -> str:
        """The cell as a spreadsheet names it: D14."""
        return f"{column_letters(self.column)}{self.row}"

    @property
    def place(self) -> str:
        """'sheet 'Table 3', cell D14' for a spreadsheet; 'row 3' for a CSV file."""
        if self.sheet is None:
            return f"row {self.line}"
        return f"sheet {self.sheet!r}, cell {self.address}"

    def problem(self, message: str) -> Problem:
        """A problem at this cell: file:line:col, with the sheet and cell for a spreadsheet."""
        if self.sheet is not None:
            message = f"sheet {self.sheet!r}, cell {self.address}: {message}"
        return Problem(self.file, self.line, self.char, message)


@dataclass(frozen=True, slots=True)
class RawCell:
    """One cell as the reader saw it: its text as displayed (stripped), and where it is.

    ``numeric`` is true for a value stored as a number (a spreadsheet's number cells);
    ``formula`` holds a formula whose result the file does not store.
    """

    text: str
    origin: Origin
    numeric: bool = False
    formula: str | None = None


@dataclass(slots=True)
class Grid:
    """The rows of one table, top to bottom, each a list of cells left to right.

    Blank rows are kept (as empty lists or empty cells) so that rows keep their numbers.
    """

    file: str
    sheet: str | None
    rows: list[list[RawCell]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    fixed_width: bool = False
    """True for a spreadsheet, whose rows are all as wide as the sheet (never ragged)."""
    titles: dict[str, str] = field(default_factory=dict)
    """Column titles a data package gives for the header's field names."""


class TableError(Exception):
    """A table that cannot be read at all; its problems say why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems
