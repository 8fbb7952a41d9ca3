"""Lines of a table whose rows carry their group in front are named by their last part.

A story says "deaths in Northvale", never the prefix of the row "Board: Northvale" that it
shares with the other boards (``claimcheck.claimfile.tables.groups``), so the line's own name
(what a clause must say in full to name it, ``link_named.name_text``) is the part after the
prefix: ``Cell.name``. The prefix's words stay in the cell's words, so they still count as
meaning when a story says them. A row read across period columns is a series named after its
label, and a figure name loses the label's punctuation ("aged_35_44" of "Aged 35-44", an age
band; "fish_chips" of "Fish & chips"): the tables given to a draft give each row's name as
written (``TableClaimFile.rows``), which is the line's name then.
"""

from __future__ import annotations

from dataclasses import replace

from claimcheck.article.drafting.link_table import Cell, clean_label, period_of
from claimcheck.claimfile.records import ClaimFile
from claimcheck.claimfile.table_sources import TableClaimFile
from claimcheck.claimfile.tables.groups import grouped_names

__all__ = ["group_named"]


def group_named(
    cells: list[Cell], lines: dict[str, list[Cell | None]], sources: ClaimFile, source_id: str
) -> tuple[list[Cell], dict[str, list[Cell | None]]]:
    """One table's cells and lines, each cell named without a group prefix its rows share."""
    names = grouped_names({cell.figure.label for cell in cells if cell.figure.label})
    rows = sources.rows.get(source_id, {}) if isinstance(sources, TableClaimFile) else {}
    if not names and not rows:
        return cells, lines
    swapped: dict[int, Cell] = {}
    for cell in cells:
        label = clean_label(cell.figure.label or "")
        name = names.get(cell.figure.label or "") or rows.get(cell.figure.label or "", "")
        if not name and (not label or period_of(label) is not None):
            name = rows.get(cell.figure.name, "")  # a row read across period columns
        if name:
            swapped[id(cell)] = replace(cell, name=name)
    if not swapped:
        return cells, lines
    return [swapped.get(id(cell), cell) for cell in cells], {
        key: [None if cell is None else swapped.get(id(cell), cell) for cell in members]
        for key, members in lines.items()
    }
