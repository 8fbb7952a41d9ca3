"""'The previous year' over periods that end in a month: the period exactly 12 months before.

A table of rolling years ("Year ending September 2016", "Year ending December 2016", ...,
"Year ending September 2017"), of months ("June 2023" ... "June 2024") or of quarters, read
as one line, has a period just before the latest that is a quarter or a month back, not a year.
"Down 2% on the previous year", "compared with a year earlier", "up from 273,000 the year
before" name the period 12 months before the later end, of the same kind ("Year ending
September 2016" for "Year ending September 2017"; not the calendar year 2016 beside it). So,
when a change linked along such a line says it runs over a year:

- its earlier end is moved to the same line's period of the same months a year before, of
  the same kind (its label the same but for the year);
- when the sentence states the earlier level and it does not fit that period's figure (it
  fits another column, a quarter back or a calendar year), nothing is proposed: the stated
  base is some other period's, and linked either way the check would be wrong;
- when the line holds no period a year before, nothing is proposed.

Periods with no month (calendar or financial years) are left to the other rules.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.article.drafting.label_periods import Period
from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import fits
from claimcheck.article.scan import MentionKind
from claimcheck.text.calendar import MONTH_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["a_year_apart"]

_A_YEAR: Final = lazy_pattern(
    r"\b(?:the\s+)?(?:previous|preceding|prior)\s+(?:year|12\s+months|twelve\s+months)\b"
    r"|\b(?:a|one)\s+year\s+(?:earlier|before|ago|previously)\b"
    r"|\bthe\s+year\s+before\b|\b(?:12|twelve)\s+months\s+(?:earlier|before|ago)\b"
    r"|\byear[\s-]+on[\s-]+year\b|\bon\s+the\s+year\b",
    re.IGNORECASE,
)
_PERIOD_WORDS = lazy_pattern(
    r"\b(?:19|20)\d\d\b|\b(?:" + "|".join(MONTH_WORDS) + r")\b\.?|[^a-z]", re.IGNORECASE
)
_LEVEL_KINDS = (MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT)


def a_year_apart(found: Link, statement: Statement, catalog: Catalog) -> Link:
    """``found``, or its change run from the period 12 months before its later end, or no
    references and the reason (see the module)."""
    roles = dict(found.references)
    if set(roles) != {"from", "to"} or len(found.cells) != 2:
        return found
    first, last = found.cells
    if first.line is None or first.line != last.line or last.period is None:
        return found
    if not (last.period.months or (first.period is not None and first.period.months)):
        return found
    said = _A_YEAR.search(statement.text)
    if said is None:
        return found
    if _a_year_before(first, last):
        return found
    earlier = _year_before(last, catalog)
    words = " ".join(said.group().split())
    if earlier is None:
        return _nothing(
            found, f"'{words}' is 12 months before {_label(last)}, and the line has no such "
            "period of the same kind; add the earlier figure"
        )  # fmt: skip
    stated = [
        mention
        for mention in statement.mentions
        if mention.kind in _LEVEL_KINDS and fits(mention, first) and not fits(mention, last)
    ]
    if any(not fits(mention, earlier) for mention in stated):
        return _nothing(
            found, f"the earlier level stated is {_label(first)}'s, and '{words}' is "
            f"{_label(earlier)}: confirm which period the story means"
        )  # fmt: skip
    references = tuple(
        (role, earlier.ref if ref == first.ref else ref) for role, ref in found.references
    )
    reasons = (*found.reasons, f"'{words}': {_label(earlier)}, 12 months before {_label(last)}")
    return Link(references, (earlier, last), reasons, found.todos)


def _nothing(found: Link, why: str) -> Link:
    refs = [cell.ref for cell in found.cells]
    kept = [todo for todo in found.todos if not any(ref in todo for ref in refs)]
    return Link(todos=(*kept, why))


def _a_year_before(first: Cell, last: Cell) -> bool:
    return (
        first.period is not None
        and last.period is not None
        and _shifted(first.period, last.period)
        and _kind(first) == _kind(last)
    )


def _shifted(earlier: Period, later: Period) -> bool:
    """Whether ``earlier`` is ``later`` one year back: the same months, every year one less."""
    return (
        bool(later.years)
        and earlier.months == later.months
        and earlier.years == frozenset(year - 1 for year in later.years)
    )


def _year_before(last: Cell, catalog: Catalog) -> Cell | None:
    """The cell of ``last``'s line 12 months before it, of the same kind, or None."""
    assert last.period is not None
    found = [
        cell
        for cell in catalog.line(last)
        if cell is not None
        and cell.period is not None
        and _shifted(cell.period, last.period)
        and _kind(cell) == _kind(last)
    ]
    return found[0] if len(found) == 1 else None


def _label(cell: Cell) -> str:
    """The period a cell's reference names, in its brackets ("Year ending September 2017")."""
    ref = cell.ref
    return ref[ref.rfind("[") + 1 : -1] if ref.endswith("]") and "[" in ref else ref


def _kind(cell: Cell) -> str:
    """What a period's label says besides its years and months ("year ending", "" for a
    calendar year or a month), so a rolling year is never paired with a calendar year."""
    return " ".join(_PERIOD_WORDS.sub(" ", _label(cell).lower()).split())
