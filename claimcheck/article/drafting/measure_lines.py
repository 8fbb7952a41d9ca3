"""Lines of one measure inside a table of several measures and periods.

A release table often gives two measures for two years side by side in one row: "Deaths 2022,
Deaths 2023, Percent change, Death rate 2022, Death rate 2023". Every column title names a period
or none, and two titles name one period with other words ("Deaths 2023", "Death rate 2023"), so
the table is no line through its periods as a whole. But the titles that say the same words
apart from their period ("Death rate 2022", "Death rate 2023") are one measure in time: a row
read across them is a line, the only change such a row holds for that measure. A title with no
period ("Percent change") and a measure named in one period only stay figures of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimcheck.text.calendar import MONTH_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["MeasureSpot", "measure_spots"]

_WORD = lazy_pattern(r"[A-Za-z]{2,}")
_MONTHS = frozenset(word.lower().rstrip(".") for word in MONTH_WORDS)


@dataclass(frozen=True, slots=True)
class MeasureSpot:
    """Where a title's figures sit: the ``measure`` its words other than the period name,
    their ``order`` along that measure's periods, and how many periods it has."""

    measure: str
    order: int
    size: int


def measure_spots(
    titles: Sequence[str], period_key: Callable[[str], tuple[int, int] | None]
) -> dict[str, MeasureSpot]:
    """The titles that are one measure in several periods, each with its place along them.

    ``period_key`` orders a title's period in time (None: the title names no period). A
    measure counts only when it has two periods or more, each named by one title.
    """
    groups: dict[str, list[tuple[tuple[int, int], str]]] = {}
    for title in titles:
        key = period_key(title)
        if key is None:
            continue
        words = [w.lower() for w in _WORD.findall(title) if w.lower() not in _MONTHS]
        groups.setdefault(" ".join(words), []).append((key, title))
    spots: dict[str, MeasureSpot] = {}
    for measure, members in groups.items():
        keys = [key for key, _ in members]
        if not measure or len(members) < 2 or len(set(keys)) != len(keys):
            continue
        ordered = sorted(members)
        for order, (_, title) in enumerate(ordered):
            spots[title] = MeasureSpot(measure, order, len(ordered))
    return spots
