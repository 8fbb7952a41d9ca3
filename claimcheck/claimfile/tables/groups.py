"""Row labels that carry their group in front, and the name each row goes by without it.

Release tables list the members of a group under one prefix: "Board: Northvale", "Board:
Eastmere", "Region - Coastal", "Region - Upland". A story or a reference writes the member
("Northvale"), so a row is also found by the part after the prefix (``Table.find_row``), and a
draft names the line by it.

A prefix is a group's only when two labels or more of one table share it: a lone "England and
Wales: total recorded crime" is a place said before a figure, and keeps its whole name. The
prefix ends at a colon, or at a dash with spaces around it; it is at most four words, starts
with a letter, and the member holds a letter ("Aged 35 - 44" has no prefix).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from claimcheck.claimfile.tables.cells import strip_markers
from claimcheck.text.lazy import lazy_pattern

__all__ = ["group_prefix", "grouped_names"]

_PREFIX = lazy_pattern(
    r"^\s*(?P<group>[^\W\d_][\w&'’.]*(?:\s+[\w&'’.]+){0,3})\s*(?::|\s[-–—]\s)\s*"
    r"(?P<name>.*[^\W\d_].*)$"
)


def group_prefix(label: str) -> tuple[str, str] | None:
    """The group and the member a label writes ("Board: Northvale" → ("Board",
    "Northvale")), or None when it writes no prefix."""
    found = _PREFIX.match(strip_markers(label))
    if found is None:
        return None
    return found["group"].strip(), found["name"].strip()


def grouped_names(labels: Iterable[str]) -> dict[str, str]:
    """Each label whose group prefix another label shares, mapped to its member's name."""
    split = {label: group_prefix(label) for label in labels}
    groups = Counter(parts[0].casefold() for parts in split.values() if parts is not None)
    return {
        label: parts[1]
        for label, parts in split.items()
        if parts is not None and groups[parts[0].casefold()] >= 2
    }
