"""A change published as a row of its own, beside the row of its level.

Release-text tables often list a measure and its change as two rows of one value column:
"Persons out of work" and "Persons out of work, change from a year earlier" (or "...,
over-the-year change", "..., net change", "Net change in persons out of work"). The second is
the first one's change: a stated change beside the level links to it. A row is the change of
a level's row when both are in one column of one table, off any line of periods, the change
row's label says "change" (``link_table``) and, without its change words and without the
bracketed notes of either label ("(not seasonally adjusted)"), names what the level's label
names.
"""

from __future__ import annotations

import re

from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_words import concepts
from claimcheck.text.lazy import lazy_pattern

__all__ = ["change_rows"]

_BRACKETS = lazy_pattern(r"\([^()]*\)|\[[^\[\]]*\]")
# The change words of a change row's label: after a comma, colon or dash ("..., change from a
# year earlier", "...: net change") or before "in" at its start ("Net change in ...").
_AFTER = lazy_pattern(
    r"\s*(?:[,:;]|\s[-–—])\s*[^,:;]*\bchange\b.*\Z|\s+(?:net\s+|annual\s+)?change\s+.*\Z",
    re.IGNORECASE,
)
_BEFORE = lazy_pattern(
    r"\A\s*(?:the\s+)?(?:net\s+|annual\s+|over-the-\w+\s+)?change\s+(?:in|of)\s+", re.IGNORECASE
)


def _measure(label: str) -> frozenset[str]:
    return concepts(_BRACKETS.sub(" ", label))


def _changed(label: str) -> frozenset[str] | None:
    """What a change row's label says changed, without its change words; None when its
    label does not read as the change of a measure."""
    text = _BRACKETS.sub(" ", label)
    before = _BEFORE.match(text)
    if before is not None:
        return concepts(text[before.end() :])
    after = _AFTER.search(text)
    if after is not None and after.start() > 0:
        return concepts(text[: after.start()])
    return None


def change_rows(level: Cell, catalog: Catalog) -> list[Cell]:
    """The cells of the rows that publish the change of ``level``'s row (see the module)."""
    if level.line is not None or level.is_change or not level.figure.label:
        return []
    measure = _measure(level.figure.label)
    if not measure:
        return []
    return [
        cell
        for cell in catalog.cells
        if cell.is_change
        and cell.line is None
        and cell.ref != level.ref
        and cell.figure.source.id == level.figure.source.id
        and cell.figure.name == level.figure.name
        and _changed(cell.figure.label or "") == measure
    ]
