"""Columns and rows of changes: figures of a line, never periods of it.

A release table often sets the change beside the counts it is worked out from: "2023, 2024,
Change, % change", or "Passengers 2024, Percentage change 2023 to 2024 (%)". The title of
such a column names years ("2023 to 2024"), but its cells are changes of the row (in number
or in per cent), not the row's figure in another period. So a title or label that says it
holds changes ("change", "growth", "increase", "decrease", "difference") is never a period of
a line: a draft never proposes a change from the count to the percentage, offers the cell as
the published change of its row ("rose 6%", "up 6 percent"), and pairs the counts of the
periods for "from X to Y".
"""

from __future__ import annotations

import re

from claimcheck.text.lazy import lazy_pattern

__all__ = ["CHANGE_TITLE", "holds_changes"]

CHANGE_TITLE = lazy_pattern(r"\b(change|growth|increase|decrease|difference)\b", re.IGNORECASE)
"""A title or label that says its figures are changes."""


def holds_changes(label: str) -> bool:
    """Whether a column title or row label says its figures are changes ("Percent change",
    "Change 2023 to 2024", "Growth on a year earlier (%)")."""
    return bool(CHANGE_TITLE.search(label))
