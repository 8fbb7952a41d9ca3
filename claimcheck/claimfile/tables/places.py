"""A column that places each row in a group: "Area, Country, Rate 2024" with "Wales" beside
"Newport" and "Cardiff", "England" beside the rest.

Such a column holds no figures, so it is no column of figures to read; but it says where each
row belongs, and "Newport had the highest rate in Wales" ranks Newport among the rows of
Wales only. A column is a column of places when every row with figures has text in it (a
word, not a figure, a marker or a code), and its rows share fewer values than there are
rows: at least one value is written on two rows or more, and there are two values or more.
The first such column is the table's; each row keeps its value as a label of its own.
"""

from __future__ import annotations

from claimcheck.claimfile.tables.cells import strip_markers
from claimcheck.claimfile.tables.grid import RawCell
from claimcheck.claimfile.tables.label_column import is_code
from claimcheck.claimfile.tables.layout import Table, is_figure
from claimcheck.text.lazy import lazy_pattern

__all__ = ["place_column"]

_WORD = lazy_pattern(r"[^\W\d_]{2,}")


def place_column(table: Table) -> tuple[str, dict[int, str]] | None:
    """The header of the table's column of places and each row's place (by row index), or
    None when no column places its rows."""
    rows = sorted({row for row, column in table.entries if _figure(table, row, column)})
    if len(rows) < 3:
        return None
    for column, line in enumerate(table.columns):
        places: dict[int, str] = {}
        for row in rows:
            entry = table.entries.get((row, column))
            text = strip_markers(entry.shown).strip() if entry is not None else ""
            if entry is None or entry.marker is not None or not _is_place(text):
                break
            places[row] = text
        else:
            values = [value.casefold() for value in places.values()]
            if 2 <= len(set(values)) < len(values):
                return line.label, places
    return None


def _figure(table: Table, row: int, column: int) -> bool:
    entry = table.entries[row, column]
    return entry.marker is None and is_figure(RawCell(entry.shown, entry.origin))


def _is_place(text: str) -> bool:
    return bool(_WORD.search(text)) and not is_code(text)
