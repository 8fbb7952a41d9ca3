"""A line's changes are no points of it in time.

A wide table of periods often sets the change beside its periods: "2021, 2022, 2023, 2024,
Change 2023 to 2024, % change 2023 to 2024". Each row is read as a series keyed by column
label, so ``t.northern[2024]`` and ``t.northern["Change 2023 to 2024"]`` both resolve; but a
change (named with years or not) is no period of the row. A reference to one of the row's
periods carries the series without its changes, so "the highest since 2021" or "a record
low" is judged along the periods only; a reference to a change carries the change alone, so
a ranking said of it needs review (it has no line of changes to rank along).
"""

from __future__ import annotations

from dataclasses import replace

from claimcheck.claimfile.records import Series
from claimcheck.text.lazy import lazy_pattern

__all__ = ["holds_changes", "without_changes"]

# "Change", "% change", "Percentage change 2023 to 2024", "Difference", "Change on a year ago".
_CHANGE = lazy_pattern(r"(?i)(?<![a-z])(?:change|difference)(?![a-z])")
_YEAR = lazy_pattern(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")


def holds_changes(label: str) -> bool:
    """Whether a series label says its figure is a change ("Percent change 2023 to 2024")."""
    return bool(_CHANGE.search(label))


def without_changes(series: Series | None, label: str | None) -> Series | None:
    """``series`` as a reference to its figure at ``label`` should see it: without the
    changes when ``label`` is a period, the change alone when it is a change. A series with
    fewer than two periods beside its changes is left as it is."""
    if series is None or label is None:
        return series
    changes = [f for f in series.figures if f.label is not None and holds_changes(f.label)]
    periods = [f for f in series.figures if f not in changes]
    if not changes or len(periods) < 2 or not all(_YEAR.search(f.label or "") for f in periods):
        return series
    if holds_changes(label):
        return replace(series, figures=tuple(f for f in changes if f.label == label))
    return replace(series, figures=tuple(periods))
