"""Gaps in a series of months or quarters: "March 2023, May 2023" lacks April 2023.

A record, a since-claim or a plain superlative along a series in time needs every period
between its first and last label (docs/policy.md): a period the series skips could hold a
figure beyond the label. Year labels are counted by ``records.missing_years``; this module
counts labels that name a month ("March 2023", "Mar 2023", "2023 March") or a quarter
("Q1 2023", "2023 Q1") with its year, all of one kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.text.calendar import MONTH_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Period", "missing_periods", "period_of"]

_NUMBER_OF = {word.lower(): index % 12 + 1 for index, word in enumerate(MONTH_WORDS[:12])} | {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_NAMES = "|".join(sorted(_NUMBER_OF, key=len, reverse=True))
_MONTH = lazy_pattern(
    rf"^\s*(?:(?P<m1>{_NAMES})\.?,?\s+(?P<y1>(?:1[89]|20)\d\d)"
    rf"|(?P<y2>(?:1[89]|20)\d\d)\s+(?P<m2>{_NAMES})\.?)\s*$",
    re.IGNORECASE,
)
_QUARTER = lazy_pattern(
    r"^\s*(?:q(?P<q1>[1-4])\s*(?P<y1>(?:1[89]|20)\d\d)|(?P<y2>(?:1[89]|20)\d\d)\s*q(?P<q2>[1-4]))"
    r"\s*$",
    re.IGNORECASE,
)
_MONTH_NAMES = MONTH_WORDS[:12]


@dataclass(frozen=True, slots=True)
class Period:
    """A month or a quarter as a count from year 0, so that neighbours differ by one."""

    kind: str  # "month" or "quarter"
    index: int

    def label(self) -> str:
        if self.kind == "month":
            return f"{_MONTH_NAMES[self.index % 12]} {self.index // 12}"
        return f"Q{self.index % 4 + 1} {self.index // 4}"


def period_of(label: str | None) -> Period | None:
    """The month or quarter ``label`` names with its year, or None."""
    if not label:
        return None
    found = _MONTH.match(label)
    if found is not None:
        month = _NUMBER_OF[(found.group("m1") or found.group("m2")).lower()]
        year = int(found.group("y1") or found.group("y2"))
        return Period("month", year * 12 + month - 1)
    found = _QUARTER.match(label)
    if found is not None:
        quarter = int(found.group("q1") or found.group("q2"))
        year = int(found.group("y1") or found.group("y2"))
        return Period("quarter", year * 4 + quarter - 1)
    return None


def missing_periods(labels: list[str | None]) -> list[str] | None:
    """The months (quarters) between the first and last of ``labels`` that none names; None
    when the labels are not all months, or all quarters."""
    periods = [period_of(label) for label in labels]
    kinds = {period.kind for period in periods if period is not None}
    if any(period is None for period in periods) or len(kinds) != 1 or len(periods) < 2:
        return None
    have = {period.index for period in periods if period is not None}
    kind = kinds.pop()
    return [Period(kind, i).label() for i in range(min(have) + 1, max(have)) if i not in have]
