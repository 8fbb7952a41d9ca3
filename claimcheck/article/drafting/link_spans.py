"""A change said over a span of years, of a place the tables give a line of its own.

"Fly-tipping in Eastvale is down 42% in five years" and "incidents have dropped by 42 per cent
in the last five years" state a change and how long it took, and name no year: the change runs
from five years before the line's latest figure to that figure, not between the latest two.
Linked as a change of the latest two periods, the check held 42% against a single year's fall
(a false contradicted) and said the span did not fit.

The line is the one of the place the statement names, when one line of the tables is that
place's (its row name, without the words of a force, council or area, is written in the
statement with a capital) and its table's words share a word with the statement beyond the
place's name ("fly-tipping" in "Fly-tipping incidents by council"): "arrests of children by
Eastvale Police" speaks of Eastvale's line, not of the national line its words also fit.
Otherwise it is the line the statement was already linked along. A statement that names a year
names its periods itself and is left alone; so is one that states a level, whose figure says
which period it is; and so is a span whose start the line has no figure for: the check cannot
see the change, and a question is better than a guess.
"""

from __future__ import annotations

import re

from claimcheck.article.drafting.link_result import Link, Statement, change_link
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.scan import MentionKind
from claimcheck.numbers.vocab import TEENS, UNITS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["over_span"]

_COUNTS = {word: n for word, n in {**UNITS, **TEENS}.items() if n > 1}
# "in the last five years", "over six years", "in the past 10 years", "during the previous
# three years".
_SPAN = lazy_pattern(
    r"\b(?:in|over|during|across)\s+(?:the\s+)?(?:(?:last|past|previous)\s+)?"
    r"(?P<count>\d{1,2}|[a-z]+)\s+years\b",
    re.IGNORECASE,
)
# The words of a force, council or area that are no part of a place's own name.
_GENERIC = frozenset(
    [
        *("and", "of", "the", "upon", "on", "police", "constabulary", "force", "forces"),
        *("council", "county", "borough", "city", "district", "region", "area", "authority"),
        *("service", "total", "all"),
    ]
)
_CHANGE_KINDS = frozenset([MentionKind.CHANGE, MentionKind.PERCENT, MentionKind.MULTIPLE])


def over_span(found: Link, statement: Statement, catalog: Catalog) -> Link:
    """``found``, or the change from the start of the span the statement names to the latest
    figure of its place's line (see the module)."""
    count = _span(statement)
    if count is None or statement.words.years:
        return found
    if not statement.mentions or any(m.kind not in _CHANGE_KINDS for m in statement.mentions):
        return found
    place = _place_line(statement, catalog)
    line = place or _found_line(found)
    if line is None:
        return found
    levels = [
        cell for cell in catalog.lines.get(line, ()) if cell is not None and not cell.is_change
    ]
    if not levels or _year(levels[-1]) is None:
        return found
    last = levels[-1]
    first = next((cell for cell in levels if _year(cell) == (_year(last) or 0) - count), None)
    if first is None:
        return found
    todos = [todo for todo in found.todos if "has no line for" not in todo]
    linked = change_link(first, last, statement, todos, [], line)
    said = f"a span of {count} years back from {_year(last)}, the latest of its line"
    if place is not None:
        said += ", the line of the place it names"
    return Link(linked.references, linked.cells, (*linked.reasons, said), linked.todos)


def _span(statement: Statement) -> int | None:
    found = _SPAN.search(statement.text)
    if found is None:
        return None
    written = found.group("count").lower()
    return int(written) if written.isdigit() else _COUNTS.get(written)


def _found_line(found: Link) -> str | None:
    roles = dict(found.references)
    if set(roles) != {"from", "to"} or len(found.lines) != 1:
        return None
    (line,) = found.lines
    return line


def _place_line(statement: Statement, catalog: Catalog) -> str | None:
    """The one line whose row names a place the statement writes with a capital, in a table
    whose words the statement shares beyond that name."""
    said = statement.words.clause | statement.words.sentence
    found = set()
    for line, members in catalog.lines.items():
        cells = [cell for cell in members if cell is not None]
        if not cells:
            continue
        words = _name_words(cells[-1])
        if not words or not all(_capitalised(statement.text, word) for word in words):
            continue
        table = cells[-1].figure.source.id
        shared = concepts(catalog.headings.get(table, "")) | cells[-1].title_words
        if (shared - concepts(" ".join(words))) & said:
            found.add(line)
    return found.pop() if len(found) == 1 else None


def _name_words(cell: Cell) -> list[str]:
    """The words of a line's row name, without the words of a force, council or area."""
    label = cell.figure.label
    if label is None or period_of(label) is not None:
        label = cell.figure.name.replace("_", " ")
    return [word for word in re.findall(r"[a-z]+", label.lower()) if word not in _GENERIC]


def _capitalised(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word.capitalize())}\b", text) is not None


def _year(cell: Cell) -> int | None:
    period = cell.period
    if period is None or len(period.years) != 1 or period.months:
        return None
    (year,) = period.years
    return year
