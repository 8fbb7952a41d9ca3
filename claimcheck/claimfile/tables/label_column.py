"""Which column names a table's rows, decided by what the columns hold, never by a header word.

Release tables often open each row with a code before its name: an area code
("E06000057", "W92000004"), a ranking ("1", "2", "=3"), a classification code ("A01"). The
name beside it is what a story says and what a reference writes, so:

- the label column is the first column that holds text in the rows of figures (a note
  written in column A under a table whose labels start in column B does not make column A
  the label column);
- when every row of figures has a code in that column and most have a name in the next one,
  the rows are keyed by the names, and the codes are kept as each row's alternate label (a
  reference may still write ``t["E06000057", 2021]`` or ``t["1", "Requests"]``); the code
  column is then no column of figures.

A code is one word of letters and digits with a digit in it, or a rank ("12", "=3"); a year
is a period, not a code. A name has a word of three letters or more and is neither a figure
nor a code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimcheck.claimfile.tables.cells import strip_markers
from claimcheck.claimfile.tables.grid import RawCell
from claimcheck.text.lazy import lazy_pattern

__all__ = ["LabelColumns", "cell_at", "data_rows", "is_code", "label_columns", "outside"]

# "E06000057", "K04000001", "A01", "S12000036"; a rank "1", "=3", "12=".
_CODE = lazy_pattern(r"^(?:[A-Za-z]{1,4}\d[A-Za-z\d]{0,11}|=?\d{1,4}=?)$")
_YEAR = lazy_pattern(r"^(?:1[89]|2[01])\d\d$")
_WORD = lazy_pattern(r"[^\W\d_]{3,}")
_FIGURE_TEXT = lazy_pattern(r"^[-−+]?[£$€]?[\d,.]+%?$")


@dataclass(frozen=True, slots=True)
class LabelColumns:
    """The column whose text keys the rows, and the column of codes beside it (or None)."""

    labels: int
    codes: int | None = None


def is_code(text: str) -> bool:
    """Whether a cell holds a code or a rank rather than a name ("E06000057", "=3")."""
    text = strip_markers(text).strip()
    return bool(_CODE.match(text)) and not _YEAR.match(text)


def _is_name(text: str) -> bool:
    text = strip_markers(text).strip()
    return bool(_WORD.search(text)) and not is_code(text) and not _FIGURE_TEXT.match(text)


def data_rows(
    body: Sequence[list[RawCell]], is_figure: Callable[[RawCell], bool]
) -> list[list[RawCell]]:
    """The rows of ``body`` that hold a figure (``is_figure`` tells a figure cell), or all
    of them when none does."""
    found = [row for row in body if any(is_figure(cell) for cell in row if cell.text)]
    return found or list(body)


def _text(row: list[RawCell], index: int) -> str:
    return row[index].text if index < len(row) else ""


def label_columns(header: Sequence[RawCell], rows: Sequence[list[RawCell]]) -> LabelColumns:
    """The label column of a table (see the module); ``rows`` are its rows of figures."""
    first = 0
    for index in range(len(header)):
        if header[index].text or any(_text(row, index) for row in rows):
            first = index
            break
    else:
        return LabelColumns(0)
    codes = [_text(row, first) for row in rows]
    names = [_text(row, first + 1) for row in rows]
    if (
        rows
        and first + 1 < max(len(header), *(len(row) for row in rows))
        and all(code and is_code(code) for code in codes)
        and sum(_is_name(name) for name in names) * 2 > len(names)
    ):
        return LabelColumns(first + 1, first)
    return LabelColumns(first)


def outside(
    row: list[RawCell], table_columns: set[int], is_figure: Callable[[RawCell], bool]
) -> bool:
    """Whether a row's cells with text are all outside the table's columns and none is a
    figure: a note or source line written beside the table, not a row of it."""
    filled = [index for index, cell in enumerate(row) if cell.text]
    return not any(is_figure(row[index]) for index in filled) and all(
        index not in table_columns for index in filled
    )


def cell_at(row: list[RawCell], index: int | None) -> RawCell | None:
    return row[index] if index is not None and index < len(row) and row[index].text else None
