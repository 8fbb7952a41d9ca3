"""Row labels that carry their group in front: a line is named by its last part.

Release tables list the members of a group under one prefix: "Board: Northvale", "Board:
Eastmere", "Region - Coastal", "Region - Upland". A story says the member ("deaths in
Northvale"), never the prefix, so the line's own name (what a clause must say in full to name
it, ``link_named.name_text``) is the part after the prefix. The prefix's words stay in the
cell's words, so they still count as meaning when a story says them.

A prefix is a group's only when two labels or more of one table share it: a lone "England and
Wales: total recorded crime" is a place said in front of a figure, and keeps its whole name.
The prefix ends at a colon, or at a dash with spaces around it; it is at most four words, and
both parts hold letters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.link_table import Cell, clean_label
from claimcheck.text.lazy import lazy_pattern

__all__ = ["group_named", "group_prefix", "with_group_names"]

_PREFIX = lazy_pattern(
    r"^\s*(?P<group>[^\W\d_][\w&'’.]*(?:\s+[\w&'’.]+){0,3})\s*(?::|\s[-–—]\s)\s*"
    r"(?P<name>.*[^\W\d_].*)$"
)


def group_prefix(label: str) -> tuple[str, str] | None:
    """The group and the member a label writes ("Board: Northvale" → ("Board",
    "Northvale")), or None when it writes no prefix."""
    found = _PREFIX.match(clean_label(label))
    if found is None:
        return None
    return found["group"].strip(), found["name"].strip()


def with_group_names(cells: Sequence[Cell]) -> list[Cell]:
    """``cells`` (one table's), each whose label has a group prefix that another label of
    the table shares named by its last part (``Cell.name``)."""
    labels = {cell.figure.label for cell in cells if cell.figure.label}
    split = {label: group_prefix(label) for label in labels}
    groups = Counter(parts[0].casefold() for parts in split.values() if parts is not None)
    named = []
    for cell in cells:
        parts = split.get(cell.figure.label) if cell.figure.label else None
        if parts is not None and groups[parts[0].casefold()] >= 2:
            cell = replace(cell, name=parts[1])
        named.append(cell)
    return named


def group_named(
    cells: list[Cell], lines: dict[str, list[Cell | None]]
) -> tuple[list[Cell], dict[str, list[Cell | None]]]:
    """One table's cells and lines, each cell named without a group prefix its rows share."""
    named = with_group_names(cells)
    if all(new is old for new, old in zip(named, cells, strict=True)):
        return cells, lines
    swapped = {id(old): new for old, new in zip(cells, named, strict=True)}
    return named, {
        key: [None if cell is None else swapped.get(id(cell), cell) for cell in members]
        for key, members in lines.items()
    }
