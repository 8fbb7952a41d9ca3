"""A "Measure, Period, Value" table: rows named by their measure and the period beside it.

A release's summary may be published long, one figure a row: "Unemployment rate (%)", "Feb
2025", "4.1"; "Unemployment rate (%)", "Jan 2025", "4.0". The measure column repeats, so the
rows could not be told apart, and the period, in a column of text, belonged to no figure. When
such a table's labels repeat and a column of text beside them holds a period on every row
(a year, a month, a quarter, a span of them), each row is named by its label and its period
("Unemployment rate (%), Feb 2025"), which tells the repeated rows apart and gives each figure
its period; a reference writes that name. A table whose labels do not repeat, or whose rows
are still not told apart with the period, is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.claimfile.tables.cells import strip_markers
from claimcheck.claimfile.tables.labels import label_key
from claimcheck.claimfile.tables.layout import Table
from claimcheck.text.lazy import lazy_pattern

__all__ = ["with_period_labels"]

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A period written as text: "2024", "Feb 2025", "2024 Q3", "Q3 2024", "2023/24", "Dec 2024 to
# Feb 2025", "Year to June 2024".
_PERIOD = lazy_pattern(
    rf"\A(?:(?:year|12\s+months|three\s+months|quarter)\s+(?:to|ending|ended)\s+)?"
    rf"(?:{_MONTH}\s+)?(?:q[1-4]\s+)?(?:1[89]|2[01])\d\d(?:/\d\d(?:\d\d)?)?(?:\s+q[1-4])?"
    rf"(?:\s*(?:to|-|–)\s*(?:{_MONTH}\s+)?(?:q[1-4]\s+)?(?:1[89]|2[01])\d\d(?:\s+q[1-4])?)?\Z",
    re.IGNORECASE,
)


def _period_column(table: Table) -> dict[int, str] | None:
    """The first column whose every row with figures holds a period in text, by row."""
    rows = sorted({row for row, _ in table.entries})
    for column in range(len(table.columns)):
        found: dict[int, str] = {}
        for row in rows:
            entry = table.entries.get((row, column))
            text = " ".join(strip_markers(entry.shown).split()) if entry is not None else ""
            if not _PERIOD.match(text):
                break
            found[row] = text
        else:
            if len(found) >= 2:
                return found
    return None


def with_period_labels(table: Table) -> Table:
    """The table with each row named by its label and its period, when its labels repeat and
    a column of text gives every row a period that tells them apart (see the module)."""
    if not table.repeated:
        return table
    periods = _period_column(table)
    if periods is None:
        return table
    names = {row: f"{table.rows[row].label}, {period}" for row, period in periods.items()}
    keys = [label_key(name) for name in names.values()]
    if len(set(keys)) != len(keys):
        return table
    for row, name in names.items():
        table.rows[row] = replace(table.rows[row], label=name)
    left = {label_key(line.label) for line in table.rows}
    table.repeated = {key: why for key, why in table.repeated.items() if key in left}
    return table
