"""The notes under a table, for the cells whose labels point to them.

Education tables often give a rate as a bare number ("Suspension rate [note 1]" holding 4.13)
and say what it is a rate per in a note under the table ("[note 1] Rates are suspensions as a
percentage of the pupil headcount (x100)"). The label names no base, so without its note the
rate could not be set against "413 per 10,000". The table reader keeps each note by its marker
(``Table.notes``) and the draft's sources give each row or column the notes its label points
to; here each cell takes them (``Cell.note``), and ``note_base`` reads the base a note gives:

| note says | base |
|---|---|
| "... (x100)", "multiplied by 1,000" | 100, 1,000 |
| "as a percentage of ...", "per cent of ..." | 100 |
| "per 1,000 pupils" | 1,000 |
| two of these with different bases | none |

A note gives a base only to a cell that is a rate by its own label ("Exclusion rate"): a note
on a count line ("Number of exclusions [note 2]") speaks of something else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING, TypeVar

from claimcheck.claimfile.tables.csvfile import figure_name
from claimcheck.text.lazy import lazy_pattern

if TYPE_CHECKING:
    from claimcheck.article.drafting.link_table import Cell

__all__ = ["note_base", "with_notes"]

_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+)"
_TIMES = lazy_pattern(
    r"(?:\(\s*|\b)(?:x|×|times|multiplied\s+by)\s*" + _NUMBER + r"\b", re.IGNORECASE
)
_PER = lazy_pattern(r"\bper\s+" + _NUMBER + r"\b", re.IGNORECASE)
_PERCENTAGE = lazy_pattern(r"\b(?:as\s+an?\s+)?(?:percentage|per\s*cent)\s+of\b", re.IGNORECASE)
_RATE = lazy_pattern(r"\brates?\b", re.IGNORECASE)

_CellT = TypeVar("_CellT", bound="Cell")


def note_base(cell: Cell) -> Fraction | None:
    """The base the cell's note says its rate is per, when the cell is a rate and the note
    names one base."""
    named = f"{cell.column_title} {cell.figure.name}".replace("_", " ")
    if not cell.note or not _RATE.search(named):
        return None
    found = {Fraction(int(m.group(1).replace(",", ""))) for m in _TIMES.finditer(cell.note)}
    found |= {Fraction(int(m.group(1).replace(",", ""))) for m in _PER.finditer(cell.note)}
    if _PERCENTAGE.search(cell.note):
        found.add(Fraction(100))
    found = {base for base in found if base >= 10}
    return found.pop() if len(found) == 1 else None


def with_notes(
    cells: Sequence[_CellT],
    lines: Mapping[str, Sequence[_CellT | None]],
    notes: Mapping[str, str],
) -> tuple[list[_CellT], dict[str, list[_CellT | None]]]:
    """The cells (and the lines they run along) with the notes their labels point to."""
    if not notes:
        return list(cells), {name: list(members) for name, members in lines.items()}
    noted: dict[int, _CellT] = {}
    for cell in cells:
        said = _said(cell, notes)
        if said:
            noted[id(cell)] = replace(cell, note=said)
    return (
        [noted.get(id(cell), cell) for cell in cells],
        {
            name: [None if cell is None else noted.get(id(cell), cell) for cell in members]
            for name, members in lines.items()
        },
    )


def _said(cell: Cell, notes: Mapping[str, str]) -> str:
    names = (cell.figure.name, figure_name(cell.figure.label or ""), figure_name(cell.column_title))
    return " ".join(dict.fromkeys(notes[name] for name in names if name and name in notes))
