"""An average over the latest months a sentence states: "the three-month average of job gains
was 184,000".

Releases of monthly changes often print each month but not their mean, and stories state the
mean ("a three-month average", "averaged 184,000 over the past three months"). The draft
proposes it as a derived figure: the sum of the line's last N months divided by N, so the
check works it out and shows the working. It is proposed only when

- the clause says an average over a number of months ("three-month average", "average of the
  past/last three months", "averaged ... over the past three months"), from two to twelve;
- the clause states one number, and its words name one line of changes (a published change
  per month: "..., over-the-month change") that has a figure in each of the N months, one
  after the other, ending at the latest (of two lines of one measure, an earlier estimate "as
  first published" is never the one the story averages);
- the average of those N figures is what the number stands for, within its written precision
  or its qualifier ("just under 157,000").

Otherwise nothing is proposed here and the statement is linked as any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from itertools import pairwise

from claimcheck.article.drafting.link_result import Statement
from claimcheck.article.drafting.link_revised import revised_kind
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import meaning, within
from claimcheck.article.scan import MentionKind
from claimcheck.numbers.vocab import TEENS, UNITS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Average", "average"]

_NUMBER_WORDS = {**UNITS, **TEENS}
_COUNT = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_AVERAGE = lazy_pattern(
    rf"\b(?P<n>{_COUNT})[- ]month\s+(?:moving\s+|rolling\s+)?average\b"
    rf"|\baverag(?:e|ed|ing)\b[^.;]{{0,60}}?\b(?:over|in|for|of|across)\s+the\s+"
    rf"(?:past|last|latest|previous|prior)\s+(?P<m>{_COUNT})\s+months\b",
    re.IGNORECASE,
)
_KINDS = frozenset([MentionKind.COUNT, MentionKind.CHANGE])


@dataclass(frozen=True, slots=True)
class Average:
    """The cells an average is worked out from, its derived figure's expression and name."""

    cells: tuple[Cell, ...]
    expression: str
    name: str
    why: str


def average(statement: Statement, catalog: Catalog) -> Average | None:
    """The average over the latest months the statement states (see the module), or None."""
    said = _AVERAGE.search(statement.text)
    numbers = [m for m in statement.mentions if m.kind in _KINDS]
    if said is None or len(numbers) != 1:
        return None
    count = (said.group("n") or said.group("m")).lower()
    months = int(count) if count.isdigit() else _NUMBER_WORDS[count]
    if not 2 <= months <= 12:
        return None
    stated = numbers[0]
    found = []
    for cells in _named_lines(statement, catalog):
        last = cells[-months:]
        if len(last) < months or any(cell is None for cell in last):
            continue
        chosen = tuple(cell for cell in last if cell is not None)
        if not _one_after_another(chosen):
            continue
        mean = sum((cell.figure.number.value for cell in chosen), start=Fraction(0)) / months
        if within(stated.value, stated.step, stated.qualifier, abs(mean)):
            found.append(chosen)
    if len(found) != 1:
        return None
    (chosen,) = found
    expression = f"({' + '.join(cell.ref for cell in chosen)}) / {months}"
    first, final = chosen[0], chosen[-1]
    name = catalog.derived_name(
        final, "average", first.figure.label or "", "to", final.figure.label or ""
    )
    why = f"an average over {months} months of {final.line}"
    return Average(chosen, expression, name, why)


def _named_lines(statement: Statement, catalog: Catalog) -> list[tuple[Cell | None, ...]]:
    """The lines of changes the clause's words name best (an earlier estimate left out)."""
    scored: dict[str, int] = {}
    for name, members in catalog.lines.items():
        cells = [cell for cell in members if cell is not None]
        if not cells or not all(cell.is_change for cell in cells):
            continue
        if revised_kind(cells[-1]) == "earlier":
            continue
        points = meaning(cells[-1], statement.words)
        if points:
            scored[name] = points
    top = max(scored.values(), default=0)
    return [catalog.lines[name] for name, points in scored.items() if points == top]


def _one_after_another(cells: tuple[Cell, ...]) -> bool:
    """Whether the cells are of months that follow one another."""
    steps = []
    for cell in cells:
        period = cell.period
        if period is None or len(period.years) != 1 or len(period.months) != 1:
            return False
        (year,) = period.years
        (month,) = period.months
        steps.append(year * 12 + month)
    return all(later - earlier == 1 for earlier, later in pairwise(steps))
