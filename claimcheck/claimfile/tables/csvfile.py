"""Figures from a CSV file, as FOI responses and statistical releases arrive.

The layout is one row per label and one column per figure::

    Year,Crimes recorded,Arrests
    2011,151,358
    2016,640,691

One column holds the labels (the first, unless the source names another with ``labels:``);
every other column becomes a series, or only those named under ``columns:``. Each cell keeps
its row and column so a report can say exactly where a figure was read. Anything that would
make a figure doubtful (a missing column, a ragged row, a repeated label, bytes that are not
UTF-8) is a problem at its line of the CSV file.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.claimfile.references import did_you_mean
from claimcheck.errors import Problem
from claimcheck.text.decode import NotUtf8, decode_utf8
from claimcheck.text.safe import listing

MAX_CSV_BYTES = 5 * 1024 * 1024
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Cell:
    """One non-empty cell of a figure column, with the label of its row."""

    label: str
    text: str
    line: int
    column: int


@dataclass(slots=True)
class Column:
    """A CSV column that becomes a series: its figure name, header and cells in file order."""

    name: str
    header: str
    cells: list[Cell] = field(default_factory=list)


class CsvError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def figure_name(header: str) -> str:
    """The default figure name for a column header: "Crimes recorded" → "crimes_recorded"."""
    return re.sub(r"[^a-z0-9]+", "_", header.lower()).strip("_")


def read_columns(
    path: Path, shown: str, labels: str | None, columns: dict[str, str] | None
) -> tuple[list[Column], list[Problem]]:
    """The figure columns of ``path`` that could be read, and the problems found on the way.

    ``shown`` is the path as problems name it. A file that cannot be read as a table at all
    (missing, too large, not UTF-8, empty) raises CsvError instead.
    """
    text = _read_text(path, shown)
    table = _Table(text, shown)
    return table.columns(labels, columns), table.problems


def _read_text(path: Path, shown: str) -> str:
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_CSV_BYTES + 1)
    except OSError as error:
        raise CsvError(
            [Problem(shown, 1, 1, f"cannot read the CSV file: {error.strerror}")]
        ) from None
    if len(data) > MAX_CSV_BYTES:
        limit = MAX_CSV_BYTES // (1024 * 1024)
        raise CsvError([Problem(shown, 1, 1, f"the CSV file is larger than {limit} MB")])
    try:
        return decode_utf8(data)
    except NotUtf8 as error:
        message = f"the CSV file {error.detail}; save it again as 'CSV UTF-8'"
        raise CsvError([Problem(shown, error.line, error.column, message)]) from None


class _Table:
    def __init__(self, text: str, shown: str) -> None:
        self.shown = shown
        self.lines = _LINE_BREAK.split(text)
        self.problems: list[Problem] = []
        self.rows = self._rows(text)

    def problem(self, line: int, column: int, message: str) -> None:
        self.problems.append(Problem(self.shown, line, column, message))

    def _rows(self, text: str) -> list[tuple[int, list[str]]]:
        """Every row that is not blank, with the line it starts on."""
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        rows = []
        line = 1
        try:
            for row in reader:
                if any(cell.strip() for cell in row):
                    rows.append((line, row))
                line = reader.line_num + 1
        except csv.Error as error:
            self.problem(line, 1, f"cannot read this row of the CSV file ({error})")
        return rows

    def _column_of(self, line: int, index: int) -> int:
        starts = _cell_starts(self.lines[line - 1]) if line <= len(self.lines) else []
        return starts[index] if index < len(starts) else 1

    def columns(self, labels: str | None, names: dict[str, str] | None) -> list[Column]:
        if not self.rows:
            if not self.problems:
                message = "the CSV file is empty: it needs a header row and a row per label"
                self.problem(1, 1, message)
            raise CsvError(self.problems)
        header_line, raw_header = self.rows[0]
        header = [cell.strip() for cell in raw_header]
        self._check_header(header_line, header)
        label_index = self._label_index(header_line, header, labels)
        chosen = self._chosen(header_line, header, label_index, names)
        result = [Column(name, header[index]) for name, index in chosen]
        first_line: dict[str, int] = {}
        for line, row in self.rows[1:]:
            if len(row) != len(header):
                self.problem(
                    line,
                    1,
                    f"this row has {len(row)} cells but the header has {len(header)}",
                )
                continue
            label = row[label_index].strip()
            if not label:
                self.problem(line, self._column_of(line, label_index), "this row has no label")
                continue
            if label in first_line:
                self.problem(
                    line,
                    self._column_of(line, label_index),
                    f"label {label!r} appears twice (lines {first_line[label]} and {line})",
                )
                continue
            first_line[label] = line
            for column, (_, index) in zip(result, chosen, strict=True):
                text = row[index].strip()
                if text:
                    where = self._column_of(line, index)
                    column.cells.append(Cell(label, text, line, where))
        return result

    def _check_header(self, line: int, header: list[str]) -> None:
        seen: set[str] = set()
        for index, name in enumerate(header):
            if name and name in seen:
                self.problem(line, self._column_of(line, index), f"column {name!r} appears twice")
            seen.add(name)

    def _label_index(self, line: int, header: list[str], labels: str | None) -> int:
        if labels is None:
            return 0
        if labels in header:
            return header.index(labels)
        self.problem(line, 1, f"no label column {labels!r}{_hint(labels, header)}")
        return 0

    def _chosen(
        self, line: int, header: list[str], label_index: int, names: dict[str, str] | None
    ) -> list[tuple[str, int]]:
        if names is not None:
            chosen = []
            for name, wanted in names.items():
                if wanted in header:
                    chosen.append((name, header.index(wanted)))
                else:
                    self.problem(
                        line,
                        1,
                        f"no column {wanted!r} for figure {name!r}{_hint(wanted, header)}",
                    )
            return chosen
        chosen = []
        seen: dict[str, str] = {}
        for index, title in enumerate(header):
            if index == label_index:
                continue
            name = figure_name(title)
            where = self._column_of(line, index)
            if not name:
                self.problem(line, where, f"column {index + 1} has no header to name its figure")
            elif name in seen:
                self.problem(
                    line,
                    where,
                    f"columns {seen[name]!r} and {title!r} would both be "
                    f"figure {name!r}; name the columns under 'columns:'",
                )
            else:
                seen[name] = title
                chosen.append((name, index))
        return chosen


def _listing(header: list[str]) -> str:
    return listing([repr(name) for name in header], most=30, quote=False)


def _hint(wanted: str, header: list[str]) -> str:
    """What to try when a named column is not in the header: a near spelling, another
    separator, or the columns there are."""
    same_but_case = [name for name in header if name.casefold() == wanted.casefold()]
    if same_but_case:
        return f" (did you mean {same_but_case[0]!r}? column names are case-sensitive)"
    if len(header) == 1 and any(mark in header[0] for mark in ";\t|"):
        return (
            f" (the header {header[0]!r} has no commas: claimcheck reads comma-separated "
            "files; save the spreadsheet as CSV with commas)"
        )
    return did_you_mean(wanted, header) or f" (columns: {_listing(header)})"


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
