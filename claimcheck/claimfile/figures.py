"""Sources and their figures, built from the YAML nodes (and CSV files) of a claim file.

Each figure is read from its text exactly as written, so "4.20" keeps its two decimals and
the precision a figure was published with is the precision it is checked with.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from claimcheck.claimfile.nodes import Mapping, Node, Scalar
from claimcheck.claimfile.records import Figure, Location, Places, Series, Source
from claimcheck.claimfile.rounding import parse_rounded
from claimcheck.claimfile.table_figures import TableFigures, Withheld
from claimcheck.claimfile.tables import Table, TableError, TableOptions, read_table
from claimcheck.claimfile.tables.csvfile import figure_name
from claimcheck.claimfile.tables.labels import MAX_LABEL, label_key, too_long
from claimcheck.errors import Problem
from claimcheck.numbers.bounds import out_of_range
from claimcheck.numbers.number import Number, parse_number

TABLE_KEYS = ("table", "csv")
"""The keys that name a source's table file (``csv`` is the older name of ``table``)."""
TABLE_OPTIONS = ("sheet", "header_row", "range", "labels", "columns", "resource")
"""The keys that say how to read a source's table."""

_NOT_NUMBERS = {".nan", ".inf", "+.inf", "-.inf", "nan", "inf", "+inf", "-inf", "infinity"}


def read_number(text: str, kind: str = "str") -> Number:
    """A figure's number from its written text; ValueError with the reason when it is none."""
    if kind == "bool":
        raise ValueError(f"{text!r} is a yes/no value, not a number")
    if kind == "null" or not text.strip():
        raise ValueError("has no value; a figure needs a number")
    if text.strip().lower() in _NOT_NUMBERS:
        raise ValueError(f"{text!r} is not a number a source can publish")
    number = _parse_figure(text)
    if number is None:
        raise ValueError(
            f"{text!r} is not a number (write it as 640, 4.2, '12.5%', '£3.7m' or '1.13 million')"
        )
    if (why := out_of_range(number.value)) is not None:
        raise ValueError(f"{text!r} {why}")
    return number


# Figures repeat within a file and across files ("49", "100%", "2016"), and a Number is
# immutable, so each written text is read once.
_parse_figure = lru_cache(maxsize=8192)(parse_number)


@dataclass(slots=True)
class Sources:
    """Everything the claim file's sources provide, keyed as references name it."""

    sources: dict[str, Source] = field(default_factory=dict)
    figures: dict[str, Figure] = field(default_factory=dict)
    series: dict[str, Series] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    tables: dict[str, TableFigures] = field(default_factory=dict)
    """Each table source's cells, for ``source[row, column]`` references."""
    withheld: dict[str, Withheld] = field(default_factory=dict)
    unreadable: dict[str, str | Problem] = field(default_factory=dict)
    """Series members a claim cannot use, and why: a problem at the cell (text where a figure
    belongs), or a message for the reference (a row label two rows share)."""
    """Series members a table marks instead of publishing ([x], [c]...), by reference."""
    broken: set[str] = field(default_factory=set)
    """Source ids, figure names and references whose figures could not be read ("*": all).

    A reference to one of them is not reported again: its cause already has been.
    """

    def is_broken(self, source: str, name: str, label: str | None) -> bool:
        base = f"{source}.{name}"
        keys = {"*", source, base} | ({f"{base}[{label}]"} if label is not None else set())
        return not keys.isdisjoint(self.broken)


def text_of(node: Node | None) -> str | None:
    """The text of a non-null scalar, else None (the structure check reports the rest)."""
    if isinstance(node, Scalar) and node.kind != "null":
        return node.text
    return None


class SourceBuilder:
    def __init__(self, path: str, base_dir: Path, allow_outside: bool) -> None:
        self.path = path
        self.base_dir = base_dir
        self.allow_outside = allow_outside
        self.result = Sources()

    def problem(self, node: Node, message: str) -> None:
        self.result.problems.append(Problem(self.path, node.line, node.column, message))

    def location(self, node: Node) -> Location:
        return Location(self.path, node.line, node.column)

    def build(self, sources: Node | None) -> Sources:
        if sources is not None and not isinstance(sources, Mapping):
            self.result.broken.add("*")
        if isinstance(sources, Mapping):
            for source_id, (key, node) in sources.entries.items():
                if isinstance(node, Mapping):
                    self._source(source_id, key, node)
                else:
                    self.result.broken.add(source_id)
        return self.result

    def _source(self, source_id: str, key: Scalar, node: Mapping) -> None:
        source = Source(
            id=source_id,
            title=text_of(node.get("title")),
            publisher=text_of(node.get("publisher")),
            url=text_of(node.get("url")),
            retrieved=text_of(node.get("retrieved")),
            location=self.location(key),
            published=text_of(node.get("published")),
            rounded=parse_rounded(text_of(node.get("rounded"))),
        )
        self.result.sources[source_id] = source
        figures = node.get("figures")
        if isinstance(figures, Mapping):
            for name, (name_key, value) in figures.entries.items():
                self._figure(source, name, name_key, value)
        file_key = next((name for name in TABLE_KEYS if node.get(name) is not None), None)
        if file_key is not None:
            self._table(source, node, file_key, node.entries[file_key][1])
        else:
            for key_name in TABLE_OPTIONS:
                extra = node.key_node(key_name)
                if extra is not None:
                    self.problem(
                        extra, f"sources.{source_id}.{key_name} applies only with table: or csv:"
                    )
        if figures is None and file_key is None and node.get("derived") is None:
            self.problem(key, f"sources.{source_id} has no figures: give figures:, table: or csv:")

    def _figure(self, source: Source, name: str, key: Scalar, value: Node) -> None:
        place = f"sources.{source.id}.figures.{name}"
        base = f"{source.id}.{name}"
        if isinstance(value, Scalar):
            number = self._number(value, place, base)
            if number is not None:
                self.result.figures[base] = Figure(source, name, None, number, self.location(value))
            return
        self.result.broken.add(base)  # until the series is built
        if not isinstance(value, Mapping):
            self.problem(value, f"{place}: a figure is a number, or a mapping of labels to numbers")
            return
        if not value.entries:
            self.problem(value, f"{place}: the series has no values")
            return
        members = []
        for label, (key, item) in value.entries.items():
            if len(label) > MAX_LABEL:
                self.problem(key, f"{place}: " + too_long("a label", len(label)))
                continue
            if not isinstance(item, Scalar):
                self.problem(item, f"{place}[{label}]: a value in a series is a single number")
                self.result.broken.add(f"{base}[{label}]")
                continue
            number = self._number(item, f"{place}[{label}]", f"{base}[{label}]")
            if number is not None:
                members.append(Figure(source, name, label, number, self.location(item)))
        self.result.broken.discard(base)
        self._add_series(source, name, members)

    def _add_series(
        self,
        source: Source,
        name: str,
        members: list[Figure],
        blank: tuple[str, ...] = (),
        places: Places | None = None,
    ) -> None:
        series = Series(source, name, tuple(members), blank, places)
        self.result.series[f"{source.id}.{name}"] = series
        for figure in members:
            self.result.figures[figure.ref] = figure

    def _number(self, node: Scalar, place: str, ref: str) -> Number | None:
        try:
            return read_number(node.text, node.kind)
        except ValueError as error:
            self.problem(node, f"{place}: {error}")
            self.result.broken.add(ref)
            return None

    def _table(self, source: Source, node: Mapping, key: str, file_node: Node) -> None:
        written = text_of(file_node)
        # Until the file is read, a reference to this source may fail only because of it.
        self.result.broken.add(source.id)
        if written is None:
            return  # the structure check has reported it
        try:
            path = resolve_path(self.base_dir, written, self.allow_outside)
        except ValueError as error:
            self.problem(file_node, f"sources.{source.id}.{key}: {error}")
            return
        if not _is_file(path):
            self.problem(
                file_node, f"sources.{source.id}.{key}: no file {written!r} beside the claim file"
            )
            return
        shown = os.path.normpath(
            written if self.path.startswith("<") else Path(self.path).parent / written
        )
        options = self._options(source, node)
        if options is None:
            return
        try:
            table = read_table(path, shown, written, options)
        except TableError as error:
            self.result.problems.extend(error.problems)
            return
        self.result.problems.extend(table.problems)
        if not table.problems:
            self.result.broken.discard(source.id)
        figures = TableFigures(source, table, read_number)
        self.result.tables[source.id] = figures
        explicit = isinstance(node.get("columns"), Mapping)
        if not explicit and figures.periods_across:
            # A wide table of periods: each row is a series keyed by period.
            names: set[str] = set()
            for row in range(len(table.rows)):
                name = figures.row_name(row)
                if (
                    name
                    and name not in names
                    and label_key(table.rows[row].label) not in table.repeated
                ):
                    names.add(name)
                    self._row(figures, name, row, file_node)
            return
        for name, index in self._chosen(source, node, table):
            self._column(figures, name, index, file_node, explicit)

    def _options(self, source: Source, node: Mapping) -> TableOptions | None:
        header_row = None
        header_node = node.get("header_row")
        if header_node is not None:
            text = text_of(header_node) or ""
            if not text.strip().isdigit():
                return None  # the structure check has reported it
            header_row = int(text)
            if header_row < 1:
                message = f"sources.{source.id}.header_row: rows are numbered from 1"
                self.problem(header_node, message)
                return None
        if sum(node.get(key) is not None for key in TABLE_KEYS) > 1:
            self.problem(node, f"sources.{source.id}: give table: or csv:, not both")
            return None
        return TableOptions(
            sheet=text_of(node.get("sheet")),
            header_row=header_row,
            range=text_of(node.get("range")),
            labels=text_of(node.get("labels")),
            resource=text_of(node.get("resource")),
        )

    def _chosen(self, source: Source, node: Mapping, table: Table) -> list[tuple[str, int]]:
        """The columns that become series: those named under ``columns:``, or every one."""
        columns_node = node.get("columns")
        header = table.header
        if isinstance(columns_node, Mapping):
            chosen = []
            for name, (_, value) in columns_node.entries.items():
                wanted = text_of(value)
                if wanted is None:
                    continue
                found = table.find_column(wanted)
                if found.index is None:
                    message = found.message.replace(
                        f"{wanted!r}", f"{wanted!r} for figure {name!r}", 1
                    )
                    self.result.problems.append(header.problem(message))
                    self.result.broken.add(f"{source.id}.{name}")
                else:
                    chosen.append((name, found.index))
            return chosen
        return self._default_columns(table)

    def _default_columns(self, table: Table) -> list[tuple[str, int]]:
        chosen = []
        seen: dict[str, str] = {}
        for index, column in enumerate(table.columns):
            name = figure_name(column.label)
            origin = column.origin or table.header
            if not name:
                number = column.origin.column if column.origin else index + 1
                message = f"column {number} has no header to name its figure"
                self.result.problems.append(origin.problem(message))
            elif name in seen:
                message = (
                    f"columns {seen[name]!r} and {column.written!r} would both be figure "
                    f"{name!r}; name the columns under 'columns:'"
                )
                self.result.problems.append(origin.problem(message))
            else:
                seen[name] = column.written
                chosen.append((name, index))
        return chosen

    def _column(
        self, figures: TableFigures, name: str, index: int, file_node: Node, explicit: bool
    ) -> None:
        """The column as a series keyed by row label.

        A cell that is not a figure is a problem at once in a column named under ``columns:``;
        in a table read whole, only when a claim refers to it (a release table may hold text
        in cells no claim uses).
        """
        source = figures.source
        key = f"{source.id}.{name}"
        if key in self.result.figures or key in self.result.series:
            self.problem(
                file_node,
                f"figure {key!r} is given both under figures: and by {figures.table.name}",
            )
            return
        members = []
        table = figures.table
        for row in range(len(table.rows)):
            label = table.rows[row].label
            ref = f"{key}[{label}]"
            repeated = table.repeated.get(label_key(label))
            if repeated is not None:
                self.result.unreadable[ref] = repeated
                continue
            found = figures.figure_at(row, index, name)
            if isinstance(found, Figure):
                members.append(found)
                continue
            entry = table.entries.get((row, index))
            withheld = figures.marker(row, index)
            if withheld is not None:
                self.result.withheld[ref] = withheld
            if entry is None or withheld is not None:
                continue
            message = self._not_a_number(figures, row, index)
            if explicit:
                self.result.problems.append(entry.origin.problem(message))
                self.result.broken.add(ref)
            else:
                self.result.unreadable[ref] = entry.origin.problem(message)
        self._add_series(source, name, members, figures.blank_lines(index), figures.places())

    def _row(self, figures: TableFigures, name: str, row: int, file_node: Node) -> None:
        """A row of a wide table as a series keyed by column label (period)."""
        key = f"{figures.source.id}.{name}"
        if key in self.result.figures or key in self.result.series:
            self.problem(
                file_node,
                f"figure {key!r} is given both under figures: and by {figures.table.name}",
            )
            return
        series = figures.row_series(row)
        for column, line in enumerate(figures.table.columns):
            ref = f"{key}[{line.label}]"
            withheld = figures.marker(row, column)
            if withheld is not None:
                self.result.withheld[ref] = withheld
            elif (entry := figures.table.entries.get((row, column))) is not None and (
                series.get(line.label) is None
            ):
                message = self._not_a_number(figures, row, column)
                self.result.unreadable[ref] = entry.origin.problem(message)
        self._add_series(figures.source, name, list(series.figures))

    def _not_a_number(self, figures: TableFigures, row: int, column: int) -> str:
        entry = figures.table.entries[row, column]
        place = figures.table.provenance(row, column)
        if entry.formula is not None:
            return (
                f"{place}: the formula {entry.formula} has no saved result; open the workbook "
                "in a spreadsheet program and save it again"
            )
        try:
            read_number(entry.text)
        except ValueError as error:
            return f"{place}: {error}"
        return f"{place}: not a number"


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a name too long for the file system, for one
        return False


def resolve_path(base_dir: Path, written: str, allow_outside: bool) -> Path:
    """A path written in a claim file, relative to the file's folder and kept inside it."""
    try:
        path = Path(written)
        if not path.is_absolute():
            path = base_dir / path
        resolved = path.resolve()
        inside = resolved.is_relative_to(base_dir.resolve())
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise ValueError(f"{written[:80]!r} is not a usable path ({reason})") from None
    if not allow_outside and not inside:
        raise ValueError(
            f"{written!r} is outside the claim file's folder; "
            "allow it with --allow-outside (or allow_outside=True)"
        )
    return resolved
