"""From a grid of cells to a table of figures: header, labels, units, notes and markers.

The same for every file type. The header row is the first row of two or more cells none of
which is a figure (a year may head a column), unless ``header_row`` or ``range`` says where
it is; title rows above it may give a unit ("[Numbers in thousands]"); a second header row
under it, with merged cells above, is joined to it ("Males 2022"). Below the header, the
label column (the first, or the one named by ``labels``) names each row; a row with only a
note ("Source: ...", "[note 1] ...") is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.claimfile.tables.cells import (
    NO_UNIT,
    Marker,
    Unit,
    marker_of,
    number_text,
    section_unit_of,
    strip_markers,
    title_unit_of,
    unit_of,
)
from claimcheck.claimfile.tables.grid import Grid, Origin, RawCell, TableError
from claimcheck.claimfile.tables.groups import grouped_names
from claimcheck.claimfile.tables.label_column import (
    LabelColumns,
    cell_at,
    data_rows,
    label_columns,
    outside,
)
from claimcheck.claimfile.tables.labels import MAX_LABEL, Match, find_label, label_key, too_long
from claimcheck.claimfile.tables.series_download import headed_series
from claimcheck.errors import Problem
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.safe import listing

HEADER_SEARCH = 50
"""How many rows are searched for the header row."""

# A figure as a table writes it, a scale word after it included ("1.8 million", "£3.7bn"): a
# row of such cells is a row of figures, never a header.
_FIGURE = lazy_pattern(
    r"^[-−+]?[£$€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:%|(?:k|m|mn|bn|tn|thousand|million|billion|trillion))?$",
    re.IGNORECASE,
)
_YEAR = lazy_pattern(r"^(?:1[89]|2[01])\d\d$")
_NOTE = lazy_pattern(r"^(?:source|sources|note|notes|[(\[*†]|\d+\s)", re.IGNORECASE)
# A note's marker at its start: "[note 1] The rate is ...", "Note 2: ...".
_NOTE_KEY = lazy_pattern(r"^\s*\[?\s*note\s*(\d+)\s*[\]:.]?", re.IGNORECASE)
_RANGE = lazy_pattern(r"^\s*([A-Za-z]{1,3})(\d+)\s*:\s*([A-Za-z]{1,3})(\d+)\s*$")


@dataclass(frozen=True, slots=True)
class TableOptions:
    """How a source says to read its table; all optional."""

    sheet: str | None = None
    header_row: int | None = None
    range: str | None = None
    labels: str | None = None
    resource: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One cell of the table's body: the number as written with its unit, or a marker."""

    text: str
    shown: str
    origin: Origin
    marker: Marker | None = None
    formula: str | None = None


@dataclass(frozen=True, slots=True)
class Line:
    """A row or a column of figures: its label (markers removed), as written, and its unit."""

    label: str
    written: str
    origin: Origin | None
    unit: Unit = NO_UNIT
    short: str = ""
    """A column's lower header alone, when two header rows were joined."""
    alias: str = ""
    """A row's code beside its name ("E06000057", a rank "=3"): its alternate label."""


@dataclass(slots=True)
class Table:
    """A table's figures addressed by row and column; its problems, if any."""

    name: str
    file: str
    sheet: str | None
    label_header: str
    header: Origin
    columns: list[Line] = field(default_factory=list)
    rows: list[Line] = field(default_factory=list)
    entries: dict[tuple[int, int], Entry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    repeated: dict[str, str] = field(default_factory=dict)
    """Row labels given to more than one row (by ``label_key``), with what to say of them."""
    title: str = ""
    """The text of the title rows above the header ("Summary table B: over-the-month change")."""
    notes: dict[str, str] = field(default_factory=dict)
    """The notes under the table by their marker ("note 1": "Rates are per 100 pupils"), for
    the labels that carry the marker ("Exclusion rate [note 1]")."""

    def find_row(self, wanted: str) -> Match:
        found = find_label(wanted, [row.label for row in self.rows], "row")
        if found.index is None:
            # by a row's code beside its name, or its name without a group prefix rows share
            names = grouped_names(row.label for row in self.rows)
            for other in (
                [row.alias for row in self.rows],
                [names.get(r.label, "") for r in self.rows],
            ):
                by_other = find_label(wanted, other, "row")
                if by_other.index is not None:
                    return by_other
        return found

    def find_column(self, wanted: str) -> Match:
        found = find_label(wanted, [column.label for column in self.columns], "column")
        if found.index is None:
            short = find_label(wanted, [column.short for column in self.columns], "column")
            if short.index is not None:
                return short
        return found

    def provenance(self, row: int, column: int) -> str:
        """Where a figure was read (or would be, for an empty cell), as a report shows it."""
        line = self.rows[row]
        head = self.columns[column]
        origin = self.origin(row, column)
        if self.sheet is None:
            return f"{self.name} row {origin.line}, column {head.written!r}"
        return (
            f"{self.name}, sheet {self.sheet!r}, cell {origin.address} "
            f"({line.label!r}, {_shown_label(head.label)})"
        )

    def origin(self, row: int, column: int) -> Origin:
        """The cell at a row and column of figures, whether or not it holds anything."""
        entry = self.entries.get((row, column))
        if entry is not None:
            return entry.origin
        across, down = self.rows[row].origin, self.columns[column].origin
        assert across is not None
        assert down is not None
        return Origin(self.file, self.sheet, across.row, down.column, across.line, down.char)


def _shown_label(label: str) -> str:
    return label if _YEAR.match(label) else repr(label)


def is_figure(cell: RawCell) -> bool:
    """A cell holding a number other than a year (markers after it aside)."""
    text = strip_markers(cell.text).replace(" ", "")
    return bool(_FIGURE.match(text)) and not _YEAR.match(text)


def lay_out(grid: Grid, name: str, options: TableOptions) -> Table:
    """The table in ``grid``; ``name`` is the file as the claim file wrote it."""
    if options.header_row is None and options.range is None:
        grid = headed_series(grid)  # a series download has no header row of its own
    rows = _in_range(grid, options.range)
    filled = [row for row in rows if any(cell.text for cell in row)]
    if not filled:
        problems = grid.problems or [Problem(grid.file, 1, 1, _empty(grid))]
        raise TableError(problems)
    at = _header_at(grid, filled, options.header_row)
    header, upper = _header(filled, at)
    chosen = _label_index(grid, header, filled[at + 1 :], options.labels)
    label_index = chosen.labels
    table = Table(
        name,
        grid.file,
        grid.sheet,
        _text_at(header, label_index),
        header[label_index].origin if label_index < len(header) else header[0].origin,
    )
    table.problems.extend(grid.problems)
    titles = filled[: at - 1] if upper is not None else filled[:at]
    # A unit in a title row, over the label column ("Offence (thousands)") or in the sheet's
    # name ("Arrivals (000s)"), holds for every figure whose own column and row name none.
    title_text = [cell.text for row in titles for cell in row if cell.text]
    table.title = " ".join(title_text)
    title_unit = title_unit_of([*title_text, table.label_header, grid.sheet or ""])
    body = filled[at + 1 :]
    _Builder(grid, table, chosen, title_unit).build(header, upper, body)
    return table


def _empty(grid: Grid) -> str:
    if grid.sheet is None:
        return "the CSV file is empty: it needs a header row and a row per label"
    return f"sheet {grid.sheet!r} is empty: it needs a header row and a row per label"


def _in_range(grid: Grid, written: str | None) -> list[list[RawCell]]:
    if written is None:
        return grid.rows
    found = _RANGE.match(written)
    if found is None:
        message = f"range {written!r} is not a cell range such as 'A3:F20'"
        raise TableError([Problem(grid.file, 1, 1, message)])
    first_col, last_col = _column_number(found.group(1)), _column_number(found.group(3))
    first_row, last_row = int(found.group(2)), int(found.group(4))
    return [
        [cell for cell in row if first_col <= cell.origin.column <= last_col]
        for row in grid.rows
        if row and first_row <= row[0].origin.row <= last_row
    ]


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _header_like(row: list[RawCell]) -> bool:
    """A row of names: two or more cells, none a figure (years may head columns), and not
    labelled with a number (a long table's first row of figures may hold only years)."""
    texts = [cell for cell in row if cell.text]
    if len(texts) < 2 or any(is_figure(cell) for cell in texts[1:]):
        return False
    first = strip_markers(row[0].text).replace(",", "")
    return not _FIGURE.match(first)


def _has_figure(row: list[RawCell]) -> bool:
    texts = [cell for cell in row if cell.text]
    return any(is_figure(cell) for cell in texts[1:])


def _header_at(grid: Grid, filled: list[list[RawCell]], header_row: int | None) -> int:
    if header_row is not None:
        for index, row in enumerate(filled):
            if row[0].origin.row == header_row:
                return index
        message = f"header_row {header_row}: that row is blank or outside the table"
        raise TableError([Problem(grid.file, 1, 1, message)])
    # The header is the last row of names above the first row of figures: title rows
    # exported from a spreadsheet may hold a comma, and so look like names too.
    window = filled[:HEADER_SEARCH]
    first_data = next((index for index, row in enumerate(window) if _has_figure(row)), None)
    above = window if first_data is None else window[:first_data]
    candidates = [index for index, row in enumerate(above) if _header_like(row)]
    if candidates:
        return candidates[-1] if first_data is not None else candidates[0]
    if all(sum(1 for cell in row if cell.text) <= 1 for row in filled):
        return 0  # one column: the first row is the header
    seen = "; ".join(
        f"{row[0].origin.place}: " + ", ".join(repr(cell.text) for cell in row if cell.text)
        for row in filled[:3]
    )
    message = (
        f"no header row found in the first {min(len(filled), HEADER_SEARCH)} rows (a row of "
        f"column names with no figures in it); first rows seen: {seen}; give header_row:"
    )
    origin = filled[0][0].origin
    raise TableError([Problem(grid.file, origin.line, 1, _in_sheet(grid, message))])


def _in_sheet(grid: Grid, message: str) -> str:
    return message if grid.sheet is None else f"sheet {grid.sheet!r}: {message}"


def _header(filled: list[list[RawCell]], at: int) -> tuple[list[RawCell], list[RawCell] | None]:
    """The header row, and the row of merged headers above it or None.

    A header row with a blank label cell under a row of names (not a long title) is the
    lower row of a two-row header.
    """
    header = filled[at]
    upper = filled[at - 1] if at > 0 else None
    if (
        upper is not None
        and not header[0].text
        and any(cell.text for cell in upper[1:])
        and len(upper[0].text) <= 40
    ):
        return header, upper
    return header, None


def _text_at(row: list[RawCell], index: int) -> str:
    return row[index].text if index < len(row) else ""


def _label_index(
    grid: Grid, header: list[RawCell], body: list[list[RawCell]], labels: str | None
) -> LabelColumns:
    if labels is not None:
        found = find_label(labels, [cell.text for cell in header], "label column")
        if found.index is not None:
            return LabelColumns(found.index)
        hint = found.message.removeprefix(f"no label column {labels!r}")
        if len(header) == 1 and any(mark in header[0].text for mark in ";\t|"):
            hint = (
                f" (the header {header[0].text!r} has no commas: claimcheck reads comma-separated "
                "files; save the spreadsheet as CSV with commas)"
            )
        elif not hint.startswith(" (did"):
            hint = " (columns: " + listing([repr(c.text) for c in header], quote=False) + ")"
        origin = header[0].origin
        message = _in_sheet(grid, f"no label column {labels!r}{hint}")
        raise TableError([Problem(grid.file, origin.line, 1, message)])
    # by what the rows of figures hold (``label_column``): a code column gives way to names
    return label_columns(header, data_rows(body, is_figure))


class _Builder:
    def __init__(self, grid: Grid, table: Table, chosen: LabelColumns, title_unit: Unit) -> None:
        self.grid = grid
        self.table = table
        self.label_index = chosen.labels
        self.code_index = chosen.codes
        self.title_unit = title_unit
        self.section_unit = NO_UNIT  # a lone label's ("Jobs, in thousands"): rows under it
        self.indexes: list[int] = []

    def build(
        self, header: list[RawCell], upper: list[RawCell] | None, body: list[list[RawCell]]
    ) -> None:
        self._columns(header, upper, body)
        first: dict[str, int] = {}
        for row in body:
            self._row(row, len(header), first)

    def _columns(
        self, header: list[RawCell], upper: list[RawCell] | None, body: list[list[RawCell]]
    ) -> None:
        above = ""
        seen: set[str] = set()
        rows = data_rows(body, is_figure)  # a note under the table makes no column
        for index, cell in enumerate(header):
            if index in (self.label_index, self.code_index):
                continue
            top = _text_at(upper, index) if upper is not None else ""
            above = top or above  # a merged cell is blank after its first column
            used = any(index < len(row) and row[index].text for row in rows)
            if not cell.text and not used:
                continue  # an empty column beside the table
            label = " ".join(part for part in (above, cell.text) if part)
            if len(label) > MAX_LABEL:
                origin = cell.origin
                self.problem(origin, origin.char, too_long("the column header", len(label)))
                continue
            if label and label in seen:
                self.problem(cell.origin, cell.origin.char, f"column {label!r} appears twice")
            seen.add(label)
            short = strip_markers(cell.text) if above else ""
            line = Line(strip_markers(label), label, cell.origin, unit_of(label), short)
            self.indexes.append(index)
            self.table.columns.append(line)

    def _row(self, row: list[RawCell], width: int, first: dict[str, int]) -> None:
        texts = [cell for cell in row if cell.text]
        if not texts:
            return
        label_cell = row[self.label_index] if self.label_index < len(row) else None
        lone = len(texts) == 1 and texts[0] is label_cell
        if self._note(row, label_cell if lone else None):
            return  # a note or source line under the table, or beside it
        self.section_unit = section_unit_of(texts[0].text) if lone else self.section_unit
        origin = row[0].origin
        if not self.grid.fixed_width and len(row) != width:
            if not (lone and (len(texts[0].text) >= 20 or " " in texts[0].text)):
                self.problem(origin, 1, f"this row has {len(row)} cells but the header has {width}")
            return
        code_cell = cell_at(row, self.code_index)
        if (label_cell is None or not label_cell.text) and code_cell is not None:
            label_cell = code_cell  # a row with a code and no name is named by its code
        if label_cell is None or not label_cell.text:
            where = label_cell.origin if label_cell is not None else origin
            self.problem(where, where.char, "this row has no label")
            return
        label = strip_markers(label_cell.text)
        if len(label) > MAX_LABEL and not lone:  # a long line alone is a note, not a label
            where = label_cell.origin
            self.problem(where, where.char, too_long("the row label", len(label)))
            return
        key = label_key(label)
        if key in first:
            # Kept, but a reference must tell the rows apart: a row reference to this label
            # is ambiguous, and no column series holds it.
            what = "lines" if self.grid.sheet is None else "rows"
            self.table.repeated[key] = (
                f"label {label!r} appears twice in {self.table.name} "
                f"({what} {first[key]} and {origin.line})"
            )
        else:
            first[key] = origin.line
        self._add_row(row, label, label_cell, code_cell)

    def _note(self, row: list[RawCell], lone: RawCell | None) -> bool:
        """Whether a row is a note: a lone label cell that reads as one ("Source: ...",
        "[note 1] ...", kept by its marker), or text only beside the table, no figure."""
        if lone is not None and _NOTE.match(lone.text):
            keyed = _NOTE_KEY.match(lone.text)
            if keyed is not None:
                key = f"note {keyed.group(1)}"
                self.table.notes[key] = lone.text[keyed.end() :].strip()
            return True
        return outside(row, {self.label_index, *self.indexes}, is_figure)

    def _add_row(
        self, row: list[RawCell], label: str, label_cell: RawCell, code: RawCell | None
    ) -> None:
        table = self.table
        unit = unit_of(label_cell.text)
        row_index = len(table.rows)
        alias = strip_markers(code.text) if code is not None and code is not label_cell else ""
        table.rows.append(Line(label, label_cell.text, label_cell.origin, unit, alias=alias))
        for column_index, index in enumerate(self.indexes):
            if index >= len(row):
                continue
            cell = row[index]
            if not cell.text and cell.formula is None:
                continue
            column_unit = table.columns[column_index].unit
            applied = column_unit or unit or self.section_unit or self.title_unit
            if unit.points:
                applied = unit  # a line naming points holds changes in points in any column
            table.entries[row_index, column_index] = Entry(
                number_text(cell.text, applied),
                cell.text,
                cell.origin,
                marker_of(cell.text),
                cell.formula,
            )

    def problem(self, origin: Origin, char: int, message: str) -> None:
        moved = Origin(origin.file, origin.sheet, origin.row, origin.column, origin.line, char)
        self.table.problems.append(moved.problem(message))
