"""The one national row of a table is what "nationally" and "the national average" name.

A table of areas usually closes with the whole country's row ("England", "England and Wales",
"UK", "United States", "National", "Total"), and a story speaks of it in words that share none
of its label's: "above the national average of 6.5", "nationally, the rate was 6.5", "across
the country". The words of the story give the concept ``national`` (``link_words.PHRASES``);
this module gives the same concept to the row that stands for the nation, so the two meet on
meaning rather than by a coincidence of value with a region's row.

Only a table that holds exactly one such row gets it: with "England" and "England and Wales"
both present, or "UK" beside "Total", the words do not say which is meant, so neither row is
named and the other rules decide (or the draft asks).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.article.drafting.link_table import Cell, clean_label, period_of
from claimcheck.text.lazy import lazy_pattern

__all__ = ["NATIONAL", "nation_named", "national_row"]

NATIONAL = "national"
"""The concept a story's national words and a table's national row share."""

# The label of a row that stands for a whole nation, or a table's total over its areas.
_NATIONAL_ROW = lazy_pattern(
    r"\A(?:the\s+)?(?:england(?:\s+(?:and|&)\s+wales)?|wales|scotland|northern\s+ireland"
    r"|united\s+kingdom|uk|great\s+britain|gb|united\s+states(?:\s+of\s+america)?|us|usa"
    r"|u\.s\.|national(?:\s+(?:total|average|figure|rate|level))?"
    r"|(?:all\s+areas|all\s+regions|all\s+countries)|total|grand\s+total)\Z",
    re.IGNORECASE,
)


def _row(cell: Cell) -> str:
    """The row a cell stands on: its label in a table of categories or a wide table read
    by rows, else (a row read across period columns) its name."""
    label = clean_label(cell.figure.label or "")
    if label and period_of(label) is None:
        return cell.name or label
    return cell.name or cell.figure.name.replace("_", " ")


def national_row(label: str) -> bool:
    """Whether a row label stands for a whole nation or a table's total ("England and
    Wales", "UK", "Total")."""
    return _NATIONAL_ROW.fullmatch(" ".join(label.split())) is not None


def nation_named(
    cells: list[Cell], lines: dict[str, list[Cell | None]]
) -> tuple[list[Cell], dict[str, list[Cell | None]]]:
    """One table's cells and lines, the cells of its one national row (when it has exactly
    one) given the concept ``national``."""
    rows = {_row(cell) for cell in cells}
    national = [row for row in rows if national_row(row)]
    if len(national) != 1 or len(rows) < 3:
        return cells, lines
    swapped = {
        id(cell): replace(cell, words=cell.words | {NATIONAL})
        for cell in cells
        if _row(cell) == national[0]
    }
    return [swapped.get(id(cell), cell) for cell in cells], {
        key: [None if cell is None else swapped.get(id(cell), cell) for cell in members]
        for key, members in lines.items()
    }
