"""Which period a change stated beside its level runs from, on the level's line.

The period the words name ("than in 2019", "on 2021"); for "on the year" on a line of
months or quarters, the same part of the year before ("Q2 2023" for "Q2 2024"); else the
period just before the level's. Words that name a span of another length ("over two years",
"since the pandemic") or a base that is no period ("than in Wales") name no period of the
line, and nothing is proposed from them (``join_change``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.article.drafting.link_result import Statement
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "NUMBERS",
    "PREVIOUS_PERIOD",
    "RELATIVE_BASE",
    "YEARS",
    "earlier",
    "named",
    "names_other_period",
    "other_base",
    "stepped_back",
    "year_back",
]

# A period named by its length: on a line of months or quarters, a year back.
_A_YEAR_BACK = lazy_pattern(
    r"\b(?:on|over|from|than)\s+(?:the|a)\s+(?:year|twelve\s+months|12\s+months)\b"
    r"|\byear[- ]on[- ]year\b|\b(?:annual|yearly)\b|\b(?:over|in)\s+the\s+(?:last|past)\s+year"
    r"|\b(?:a|one)\s+year\s+(?:earlier|before|ago)\b|\blast\s+year\b"
    r"|\b(?:12|twelve)\s+months\s+(?:earlier|before|ago)\b"
    r"|\b(?:over|in)\s+the\s+(?:last|past)\s+(?:12|twelve)\s+months\b",
    re.IGNORECASE,
)
# A base one step back from the level, named by no year: "on (that for) the previous year",
# "than the year before", "compared with a year earlier", "on the preceding year".
PREVIOUS_PERIOD = lazy_pattern(
    r"\b(?:on|than|from|over|compared\s+(?:with|to)|against)\s+(?:that\s+(?:for|of)\s+|the\s+"
    r"(?:figure|level|total|number)\s+(?:for|of)\s+)?(?:the\s+(?:previous|preceding|prior)\s+year"
    r"|the\s+year\s+before|a\s+year\s+(?:earlier|before))\b",
    re.IGNORECASE,
)
# A span of another length than one step: "over five years", "in a decade", "since the war";
# not the period a level is counted over ("in the three months to June").
_OTHER_SPAN = lazy_pattern(
    r"\bsince\b|\bdecades?\b|\bpre-?pandemic\b"
    r"|\b(?:over|across|during|within|in\s+the\s+(?:past|last))"
    r"\s+(?:the\s+)?(?:past\s+|last\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"\s+(?:years|quarters|months|weeks)\b",
    re.IGNORECASE,
)
# The word that brings in the base of a change, and what follows it.
_BASE_WORD = lazy_pattern(
    r"\b(?:than|compared\s+(?:with|to)|from|on|since|against|versus|vs\.?)\s+(?P<base>[^,;.]*)",
    re.IGNORECASE,
)
# A base that is a period ("the year before", "a year earlier", "last year", "in 2019", "May"),
# or a number ("more than 3%", "from 425").
RELATIVE_BASE = lazy_pattern(
    r"(?:(?:in|the|a|an|one|its|their)\s+)*"
    r"(?:same\s+(?:period|time|month|quarter|week)\s+(?:(?:in|the|a|an|one)\s+)*)?"
    r"(?:[£$€]?\d|previous|prior|preceding|last|earlier|year|month|quarter|week|twelve"
    rf"|(?:{month_pattern()})\b)",
    re.IGNORECASE,
)
_YEAR_IN_LABEL = lazy_pattern(r"(?<!\d)(?:18|19|20)\d\d(?!\d)")
NUMBERS = lazy_pattern(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
# A year as a word of its own ("in 2023,"), not part of a count ("2,023") or a decimal.
YEARS = lazy_pattern(r"(?<![\d,.£$€])(?:18|19|20)\d\d(?!\d|,\d|\.\d)")


def earlier(statement: Statement, level: Cell, catalog: Catalog) -> Cell | None:
    """The cell of the period the change runs from, on the level's line: the one the words
    name, a year back for a change "on the year" on a line of months or quarters, else the
    period just before the level's; None when the line has none of these."""
    line = catalog.line(level)
    if not line or level.period is None:
        return None
    words = named(statement, level)
    if words is not None:
        found = [
            cell
            for cell in line[: level.order]
            if cell is not None
            and cell.period is not None
            and not cell.is_change  # "Change 2022 to 2023" names the year too, but is no level
            and cell.period.names(*words)
        ]
        return found[-1] if len(found) == 1 else None
    if _A_YEAR_BACK.search(statement.text) is not None and _within_a_year(level):
        back = _a_year_back(_key(level))
        found = [cell for cell in line[: level.order] if cell is not None and _key(cell) == back]
        return found[0] if len(found) == 1 else None
    return catalog.before(level)


def year_back(statement: Statement, level: Cell, catalog: Catalog) -> Cell | None:
    """The cell of the same month or quarter a year before ``level``'s, on its line, when the
    words say the change runs over a year ("the same month 12 months earlier", "on the year")
    and the level's period is part of a year; None otherwise."""
    if _A_YEAR_BACK.search(statement.text) is None or not _within_a_year(level):
        return None
    back = _a_year_back(_key(level))
    line = catalog.line(level)
    found = [cell for cell in line[: level.order] if cell is not None and _key(cell) == back]
    return found[0] if len(found) == 1 else None


def other_base(statement: Statement, level: Cell, after: int) -> bool:
    """Whether the words name no period for the change to run from but a span of another
    length ("over five years", "since the pandemic") or, after the change (from ``after`` on),
    a base that is no period ("than in Wales", "than before the pandemic")."""
    if named(statement, level) is not None:
        return False
    if _A_YEAR_BACK.search(statement.text) is None and _OTHER_SPAN.search(statement.text):
        return True
    return any(
        RELATIVE_BASE.match(base.group("base")) is None
        for base in _BASE_WORD.finditer(statement.text, after)
    )


def _key(cell: Cell) -> str:
    """The label that names a cell's period: its column's title on a line across columns,
    else its row label."""
    if cell.line is not None and cell.line.endswith("]"):
        return cell.column_title
    return cell.figure.label or ""


def _within_a_year(cell: Cell) -> bool:
    """Whether a cell's period is part of a year (a month, a quarter: "Q2 2024", "Mar 2024"),
    so that "on the year" reaches further back than the period before."""
    key = _key(cell)
    return _YEAR_IN_LABEL.search(key) is not None and _YEAR_IN_LABEL.fullmatch(key) is None


def _a_year_back(key: str) -> str:
    """The label of the same part of the year before: "Q2 2024" -> "Q2 2023"."""
    return _YEAR_IN_LABEL.sub(lambda found: str(int(found.group()) - 1), key, count=1)


def named(statement: Statement, level: Cell) -> tuple[frozenset[int], frozenset[int]] | None:
    """The years and months the statement names other than the level's own period."""
    period = period_of(NUMBERS.sub(" ", statement.text))
    if period is None or level.period is None or period.relative:
        return None
    years = period.years - level.period.years
    if years:
        return frozenset(years), frozenset()
    months = period.months - level.period.months
    if months and not (period.years - level.period.years) and level.period.months:
        return frozenset(level.period.years), frozenset(months)
    return None


def names_other_period(statement: Statement, level: Cell) -> bool:
    return named(statement, level) is not None


def stepped_back(
    statement: Statement, cells: Sequence[Cell], default: Cell | None = None
) -> Cell | None:
    """The level a change "on the previous year" ("than the year before", "on a year
    earlier") runs to, on a line's ``cells``: the cell of the one year the clause names before
    those words, else ``default`` (the level the sentence links), else the latest; None when
    the clause says no such base or names several years before it. The years the rest of the
    sentence names ("..., and double the 2015 total") are not the base."""
    found = PREVIOUS_PERIOD.search(statement.text)
    if found is None:
        return None
    years = {int(year.group()) for year in YEARS.finditer(statement.text, 0, found.start())}
    if not years:
        return default if default is not None else cells[-1]
    if len(years) > 1:
        return None
    named = [c for c in cells if c.period is not None and c.period.names(years, ())]
    return named[0] if len(named) == 1 else None
