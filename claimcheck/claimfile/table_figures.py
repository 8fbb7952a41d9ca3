"""A table source's figures: its columns as series (``source.column[row]``) and every cell by
row and column label (``source[row, column]``), each figure naming the cell it came from.

A reference to a cell that holds a marker ([x], [c], "..") is not an error: the source says
it does not publish that figure, so the claim resting on it is unsourced, with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from claimcheck.claimfile.records import Figure, Lines, Location, Places, Series, Source
from claimcheck.claimfile.references import BadReference, cell_reference
from claimcheck.claimfile.tables import Table
from claimcheck.claimfile.tables.cells import Marker
from claimcheck.claimfile.tables.csvfile import figure_name
from claimcheck.claimfile.tables.layout import Entry
from claimcheck.numbers.number import Number
from claimcheck.text.lazy import lazy_pattern

# a year, but not the base of an index ("2015=100"), which is no period
_YEARISH = lazy_pattern(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)(?!\s*=\s*100\b)")
# The header of a column of changes between the periods beside it: "Change", "% change".
_CHANGE_HEADER = lazy_pattern(
    r"(?i)^\s*(?:%\s*|percent(?:age)?\s+|per\s+cent\s+)?(?:change|difference)\b"
)


@dataclass(frozen=True, slots=True)
class _Column:
    """A column read once for rankings down it: its lines' figures, the lines whose cell is
    withheld, and the lines with figures elsewhere whose cell is blank."""

    figures: tuple[Figure, ...]
    withheld: tuple[str, ...]
    blank: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Withheld:
    """A reference to a cell the source marks instead of publishing a figure."""

    marker: Marker
    provenance: str

    def explain(self) -> str:
        return f"{self.marker.explain()} ({self.provenance})"


@dataclass(frozen=True, slots=True)
class CellFigure:
    """What a cell reference found: a figure with the series it belongs to, or a marker."""

    figure: Figure | None
    series: Series | None = None
    withheld: Withheld | None = None
    lines: Lines | None = None


@dataclass(slots=True)
class TableFigures:
    """The figures of one table source, read once each."""

    source: Source
    table: Table
    read: Callable[[str], Number]
    _figures: dict[tuple[int, int], Figure | str] = field(default_factory=dict)
    _columns: dict[int, _Column] = field(default_factory=dict)
    _rows: dict[str, int] | None = None
    _filled: frozenset[int] | None = None
    _places: Places | None = None
    _placed: bool = False

    def figure_at(self, row: int, column: int, name: str) -> Figure | str:
        """The figure in a cell, or why there is none (empty, a marker, not a number)."""
        key = (row, column)
        if key not in self._figures:
            self._figures[key] = self._read(row, column, name)
        return self._figures[key]

    def _read(self, row: int, column: int, name: str) -> Figure | str:
        table = self.table
        entry = table.entries.get((row, column))
        where = table.provenance(row, column)
        if entry is None:
            return f"{where} is empty"
        if entry.formula is not None:
            return (
                f"{where} holds the formula {entry.formula} with no saved result: open the "
                "workbook in a spreadsheet program and save it again"
            )
        if entry.marker is not None:
            return where
        try:
            number = self.read(entry.text)
        except ValueError:
            return f"{where} holds {entry.shown!r}, not a number"
        return Figure(
            self.source,
            name,
            table.rows[row].label,
            number,
            _location(entry),
            where,
        )

    def marker(self, row: int, column: int) -> Withheld | None:
        entry = self.table.entries.get((row, column))
        if entry is None or entry.marker is None:
            return None
        return Withheld(entry.marker, self.table.provenance(row, column))

    def cell(self, row_label: str, column_label: str) -> CellFigure:
        """The figure at ``[row_label, column_label]``; BadReference when there is none."""
        table = self.table
        row = table.find_row(row_label)
        column = table.find_column(column_label)
        if row.index is None or column.index is None:
            message = row.message if row.index is None else column.message
            raise BadReference(f"in {table.name}: {message}")
        withheld = self.marker(row.index, column.index)
        if withheld is not None:
            return CellFigure(None, None, withheld)
        found = self.figure_at(row.index, column.index, self.column_name(column.index))
        if isinstance(found, str):
            raise BadReference(found)
        written = cell_reference(
            self.source.id, table.rows[row.index].label, table.columns[column.index].label
        )
        series = self._series(row.index, column.index)
        # The figure is the series' member for this cell, named as the reference names it.
        members = list(series.figures)
        place = next(
            index for index, member in enumerate(members) if member.location == found.location
        )
        figure = replace(members[place], written=written)
        members[place] = figure
        lines = self.lines_at(row.index, column.index) if self.periods_across else None
        return CellFigure(figure, replace(series, figures=tuple(members)), lines=lines)

    def lines_at(self, row: int, column: int) -> Lines:
        """Every line's figure in ``column``, for a ranking of the categories down it (each
        column read once, however many claims name its cells)."""
        table = self.table
        if column not in self._columns:
            name = self.column_name(column)
            figures = []
            withheld = []
            blank = []
            for index, line in enumerate(table.rows):
                if self.marker(index, column) is not None:
                    withheld.append(line.label)
                    continue
                member = self.member(index, column, name, line.label)
                if member is not None:
                    figures.append(member)
                elif self._has_figures(index):
                    blank.append(line.label)  # a line of figures with none in this column
            self._columns[column] = _Column(tuple(figures), tuple(withheld), tuple(blank))
        found = self._columns[column]
        heading = " ".join(part for part in (table.title, table.label_header) if part)
        return Lines(
            table.columns[column].label,
            table.rows[row].label,
            found.figures,
            found.withheld,
            heading,
            found.blank,
            self.places(),
        )

    def places(self) -> Places | None:
        """The place a column of the table gives each line ("Country": "Wales"), if any."""
        if not self._placed:
            from claimcheck.claimfile.tables.places import place_column

            self._placed = True
            found = place_column(self.table)
            if found is not None:
                header, by_row = found
                rows = self.table.rows
                pairs = tuple((rows[row].label, place) for row, place in by_row.items())
                self._places = Places(header, pairs)
        return self._places

    def _has_figures(self, row: int) -> bool:
        """Whether a row holds a cell in any column (a heading row holds none); the rows are
        found once, in one pass over the table's cells."""
        if self._filled is None:
            self._filled = frozenset(at_row for at_row, _ in self.table.entries)
        return row in self._filled

    def lines_of(self, series_name: str, label: str) -> Lines | None:
        """The lines at ``label`` when ``series_name`` is a row of a wide table of periods."""
        if not self.periods_across:
            return None
        column = self.table.find_column(label).index
        if column is None:
            return None
        if self._rows is None:
            self._rows = {}
            for index in range(len(self.table.rows)):
                self._rows.setdefault(self.row_name(index), index)
        row = self._rows.get(series_name)
        return None if row is None else self.lines_at(row, column)

    def column_name(self, column: int) -> str:
        label = self.table.columns[column].label
        return figure_name(label) or label

    def row_name(self, row: int) -> str:
        label = self.table.rows[row].label
        return figure_name(label) or label

    @property
    def periods_across(self) -> bool:
        """Whether the columns are periods (a wide table of years): then each row is a series."""
        columns = self.table.columns
        periods = sum(1 for line in columns if _YEARISH.search(line.label))
        if periods * 2 > len(columns):
            return True
        # "2017, 2018, Change, Percent change": two periods and the changes between them
        return periods >= 2 and all(
            _YEARISH.search(line.label) or _CHANGE_HEADER.search(line.label) for line in columns
        )

    def _series(self, row: int, column: int) -> Series:
        """The series a cell belongs to: its row when the columns are periods, else its
        column."""
        if self.periods_across:
            return self.row_series(row)
        return self.column_series(column)

    def row_series(self, row: int) -> Series:
        """A row as a series keyed by column label, named after the row's label."""
        name = self.row_name(row)
        columns = self.table.columns
        members = [
            self.member(row, column, name, columns[column].label) for column in range(len(columns))
        ]
        return Series(self.source, name, tuple(figure for figure in members if figure))

    def column_series(self, column: int) -> Series:
        """A column as a series keyed by row label, named after its header."""
        name = self.column_name(column)
        rows = self.table.rows
        members = [self.member(row, column, name, rows[row].label) for row in range(len(rows))]
        kept = tuple(figure for figure in members if figure)
        return Series(self.source, name, kept, self.blank_lines(column), self.places())

    def blank_lines(self, column: int) -> tuple[str, ...]:
        """The labels of the lines with figures in other columns and an empty cell in
        ``column``: a ranking down the column cannot know where they stand."""
        return tuple(
            line.label
            for row, line in enumerate(self.table.rows)
            if (row, column) not in self.table.entries and self._has_figures(row)
        )

    def member(self, row: int, column: int, name: str, label: str) -> Figure | None:
        """The cell's figure as a member of a series called ``name``, keyed by ``label``."""
        found = self.figure_at(row, column, self.column_name(column))
        if isinstance(found, str):
            return None
        return Figure(found.source, name, label, found.number, found.location, found.cell)


def _location(entry: Entry) -> Location:
    origin = entry.origin
    return Location(origin.file, origin.line, origin.char)
