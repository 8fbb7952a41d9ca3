"""Table files given on the command line (``--sources t.xlsx``) as the sources of a claim file.

Each table becomes a source named after its file (``table-3.xlsx`` → ``table_3``), written
as a ``sources:`` block with paths relative to the folder of the claim file that will read
it, so that ``check`` reproduces what ``draft`` proposed.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from claimcheck.claimfile.derived_drafts import WORKED_OUT, declared, worked_out_block
from claimcheck.claimfile.records import ClaimFile, Source
from claimcheck.claimfile.tables import (
    SUFFIXES,
    WORKBOOKS,
    Table,
    TableError,
    TableOptions,
    read_table,
    table_sheets,
)
from claimcheck.claimfile.tables.csvfile import figure_name
from claimcheck.claimfile.tables.groups import grouped_names
from claimcheck.errors import ClaimFileError, Problem
from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "TableClaimFile",
    "TableSource",
    "draft_sources",
    "is_table",
    "load_with_tables",
    "sources_block",
    "splice_sources",
    "table_sources",
]


_MARKED = lazy_pattern(r"\[\s*note\s*(\d+)\s*\]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TableSource:
    """A table file given as a source: its id, the path as given and as the file writes it,
    and for a workbook of several tables the sheet this one is on."""

    id: str
    path: Path
    written: str
    outside: bool
    sheet: str | None = None

    @property
    def title(self) -> str:
        return self.path.name if self.sheet is None else f"{self.path.name}, sheet {self.sheet}"

    @property
    def source(self) -> Source:
        return Source(id=self.id, title=self.title)


@dataclass(frozen=True, slots=True)
class TableClaimFile(ClaimFile):
    """Sources read from table files for a draft, which can declare derived figures: the draft
    names them ``worked_out.NAME`` (see ``claimcheck.claimfile.derived_drafts``)."""

    worked_out: str = WORKED_OUT
    headings: dict[str, str] = field(default_factory=dict)
    """Each table's title rows and the header over its labels, by source id: what the whole
    table holds ("over-the-month change (in thousands)"), for the draft to read."""
    notes: dict[str, dict[str, str]] = field(default_factory=dict)
    """Each table's notes by the name of the row or column whose label points to them
    ("exclusion_rate": "The rate is exclusions per 100 pupils"), by source id."""
    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    """Each table's row names as written, by the row's figure name ("aged_35_44": "Aged 35 -
    44"), without a group prefix rows share ("board_northvale": "Northvale"), by source id;
    and by label the rows whose prefix was taken off ("Board: Northvale": "Northvale")."""


def is_table(path: str | os.PathLike[str]) -> bool:
    """Whether a file given as a source is a table (rather than a claim file)."""
    return Path(path).suffix.lower() in SUFFIXES


def _source_id(path: Path, taken: set[str], sheet: str | None = None) -> str:
    stem = path.parent.name if path.name.lower() == "datapackage.json" else path.stem
    if sheet is not None:
        stem = f"{stem} {sheet}"
    base = re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_") or "table"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}_{number}", number + 1
    taken.add(name)
    return name


def table_sources(paths: Sequence[str | os.PathLike[str]], folder: Path) -> list[TableSource]:
    """One source per table file, its path written relative to ``folder``."""
    taken: set[str] = set()
    found = []
    base = folder.resolve()
    for given in paths:
        path = Path(given)
        resolved = path.resolve()
        written = Path(os.path.relpath(resolved, base)).as_posix()
        outside = not resolved.is_relative_to(base)
        sheets = _sheets(path)
        if len(sheets) < 2:
            # one table: the file's own name, and its sheet only when it is not the default
            sheet = sheets[0] if sheets and sheets[0] != _default_sheet(path) else None
            found.append(TableSource(_source_id(path, taken), path, written, outside, sheet))
            continue
        for sheet in sheets:
            source_id = _source_id(path, taken, sheet)
            found.append(TableSource(source_id, path, written, outside, sheet))
    return found


def _sheets(path: Path) -> list[str]:
    """The sheets of a workbook that hold a table of numbers ([] for a CSV file, or a
    workbook that cannot be read: the loader says why)."""
    if path.suffix.lower() not in WORKBOOKS:
        return []
    try:
        return table_sheets(path, str(path))
    except (TableError, OSError):
        return []


def _default_sheet(path: Path) -> str | None:
    try:
        return read_table(path, str(path), path.name, TableOptions()).sheet
    except (TableError, OSError):
        return None


def sources_block(tables: Sequence[TableSource]) -> list[str]:
    """The lines of a ``sources:`` section reading the tables."""
    lines = ["# Sources read from the tables given with --sources.", "sources:"]
    for table in tables:
        lines += [
            f"  {table.id}:",
            f"    title: {json.dumps(table.title, ensure_ascii=False)}",
            "    # TODO: publisher, url and published: where the table comes from",
            f"    table: {json.dumps(table.written, ensure_ascii=False)}",
        ]
        if table.sheet is not None:
            lines.append(f"    sheet: {json.dumps(table.sheet, ensure_ascii=False)}")
        if table.outside:
            lines.append("    # outside this file's folder: check with --allow-outside")
    return lines


def splice_sources(text: str, block: Sequence[str]) -> str:
    """``text`` (a claim file) with its ``sources:`` section replaced by ``block``, and the
    derived figures its claims declare (``worked_out.NAME``) added as a source of their own."""
    block = list(block)
    for source, figures in declared(text).items():
        block += worked_out_block(source, figures.items())
    lines = text.split("\n")
    end = next((i for i, line in enumerate(lines) if line.startswith("claims:")), len(lines))
    start = next(
        (
            i
            for i, line in enumerate(lines[:end])
            if line.startswith(("sources:", "# Sources and figures copied from"))
        ),
        end,
    )
    stop = start + 1
    while stop < end and not (lines[stop][:1].isalpha() and not lines[stop].startswith("sources:")):
        stop += 1
    return "\n".join([*lines[:start], *block, *lines[stop:]])


def load_with_tables(
    path: str | os.PathLike[str],
    tables: Sequence[str | os.PathLike[str]],
    *,
    allow_outside: bool = False,
) -> ClaimFile:
    """The claim file at ``path`` with ``tables`` as its sources (it must name none itself).

    The sources are added after the file's own lines, so every problem keeps its line.
    """
    import yaml

    from claimcheck.claimfile.loader import load, loads

    shown = os.fspath(path)
    try:
        text = Path(shown).read_text(encoding="utf-8-sig")
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return load(path, allow_outside=allow_outside)  # reports what is wrong with it
    if isinstance(data, dict) and data.get("sources"):
        message = "the claim file names its own sources: give --sources only with one that has none"
        raise ClaimFileError([Problem(shown, 1, 1, message)])
    lines = [
        "# sources: given with --sources" if line.startswith("sources:") else line
        for line in text.rstrip("\n").split("\n")
    ]
    block = sources_block(table_sources(tables, Path(shown).parent))
    joined = "\n".join([*lines, *block, ""])
    return loads(joined, shown, base_dir=Path(shown).parent, allow_outside=True)


def draft_sources(
    tables: Sequence[str | os.PathLike[str]], folder: Path
) -> tuple[ClaimFile, list[str]]:
    """The tables loaded as a claim file's sources, and the block to write in a draft in
    ``folder``."""
    from claimcheck.claimfile.loader import loads

    found = table_sources(tables, folder)
    block = sources_block(found)
    text = "\n".join([*block, "claims: []", ""])
    loaded = loads(text, str(folder / "draft.yaml"), base_dir=folder, allow_outside=True)
    taken = {table.id for table in found}
    worked_out, number = WORKED_OUT, 2
    while worked_out in taken:
        worked_out, number = f"{WORKED_OUT}_{number}", number + 1
    copied = {one.name: getattr(loaded, one.name) for one in fields(ClaimFile)}
    read = {table.id: _read(table) for table in found}
    headings = {key: _heading(table) for key, table in read.items()}
    notes = {key: _line_notes(table) for key, table in read.items() if table is not None}
    rows = {key: _rows(table) for key, table in read.items() if table is not None}
    return (
        TableClaimFile(**copied, worked_out=worked_out, headings=headings, notes=notes, rows=rows),
        block,
    )


def _rows(table: Table) -> dict[str, str]:
    """The rows' names as written (without a group prefix they share), by figure name; and
    by label those whose prefix was taken off."""
    grouped = grouped_names(row.label for row in table.rows)
    named = {figure_name(row.label): grouped.get(row.label, row.label) for row in table.rows}
    return {**named, **grouped}


def _read(table: TableSource) -> Table | None:
    """A table as read (None when it cannot be read: the loader has said why)."""
    try:
        options = TableOptions(sheet=table.sheet)
        return read_table(table.path, str(table.path), table.written, options)
    except (TableError, OSError):
        return None


def _heading(read: Table | None) -> str:
    """A table's title rows and the header over its labels."""
    if read is None:
        return ""
    return " ".join(part for part in (read.title, read.label_header) if part)


def _line_notes(table: Table) -> dict[str, str]:
    """The notes each row or column points to by a marker in its label ("Exclusion rate
    [note 1]"), by the line's figure name."""
    found: dict[str, str] = {}
    for line in (*table.rows, *table.columns):
        keys = [f"note {n}" for n in _MARKED.findall(line.written)]
        said = " ".join(table.notes[key] for key in keys if key in table.notes)
        if said:
            found[figure_name(line.label)] = said
    return found
