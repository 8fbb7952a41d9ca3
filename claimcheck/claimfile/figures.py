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
from claimcheck.claimfile.records import Figure, Location, Series, Source
from claimcheck.claimfile.tables import csvfile as _csv
from claimcheck.errors import Problem
from claimcheck.numbers.bounds import out_of_range
from claimcheck.numbers.number import Number, parse_number

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
        )
        self.result.sources[source_id] = source
        figures = node.get("figures")
        if isinstance(figures, Mapping):
            for name, (name_key, value) in figures.entries.items():
                self._figure(source, name, name_key, value)
        csv_node = node.get("csv")
        if csv_node is not None:
            self._csv(source, node, csv_node)
        else:
            for key_name in ("labels", "columns"):
                extra = node.key_node(key_name)
                if extra is not None:
                    self.problem(extra, f"sources.{source_id}.{key_name} applies only with csv:")
        if figures is None and csv_node is None:
            self.problem(key, f"sources.{source_id} has no figures: give figures: or csv:")

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
        for label, (_, item) in value.entries.items():
            if not isinstance(item, Scalar):
                self.problem(item, f"{place}[{label}]: a value in a series is a single number")
                self.result.broken.add(f"{base}[{label}]")
                continue
            number = self._number(item, f"{place}[{label}]", f"{base}[{label}]")
            if number is not None:
                members.append(Figure(source, name, label, number, self.location(item)))
        self.result.broken.discard(base)
        self._add_series(source, name, members)

    def _add_series(self, source: Source, name: str, members: list[Figure]) -> None:
        series = Series(source, name, tuple(members))
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

    def _csv(self, source: Source, node: Mapping, csv_node: Node) -> None:
        written = text_of(csv_node)
        # Until the file is read, a reference to this source may fail only because of it.
        self.result.broken.add(source.id)
        if written is None:
            return  # the structure check has reported it
        try:
            path = resolve_path(self.base_dir, written, self.allow_outside)
        except ValueError as error:
            self.problem(csv_node, f"sources.{source.id}.csv: {error}")
            return
        if not _is_file(path):
            self.problem(
                csv_node, f"sources.{source.id}.csv: no file {written!r} beside the claim file"
            )
            return
        shown = os.path.normpath(
            written if self.path.startswith("<") else Path(self.path).parent / written
        )
        labels = text_of(node.get("labels"))
        columns_node = node.get("columns")
        columns = None
        if isinstance(columns_node, Mapping):
            columns = {
                name: text
                for name, (_, value) in columns_node.entries.items()
                if (text := text_of(value)) is not None
            }
        try:
            table, problems = _csv.read_columns(path, shown, labels, columns)
        except _csv.CsvError as error:
            self.result.problems.extend(error.problems)
            return
        self.result.problems.extend(problems)
        if not problems:
            self.result.broken.discard(source.id)
        for column in table:
            key = f"{source.id}.{column.name}"
            if key in self.result.figures or key in self.result.series:
                self.problem(
                    csv_node, f"figure {key!r} is given both under figures: and by {written}"
                )
                continue
            members = []
            for cell in column.cells:
                place = f"{written} row {cell.line}, column {column.header!r}"
                try:
                    number = read_number(cell.text)
                except ValueError as error:
                    self.result.problems.append(
                        Problem(shown, cell.line, cell.column, f"{place}: {error}")
                    )
                    self.result.broken.add(f"{key}[{cell.label}]")
                    continue
                location = Location(shown, cell.line, cell.column)
                members.append(Figure(source, column.name, cell.label, number, location, place))
            self._add_series(source, column.name, members)


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
