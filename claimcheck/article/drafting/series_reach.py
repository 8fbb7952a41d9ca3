"""A record placed since a year runs from that year: "the lowest since 2002" along a line
that holds 2002 is linked ``from`` the 2002 cell ``to`` the latest, not from the period just
before.

The series words name where the comparison starts: a year after a superlative ("the highest
since 1973", "the smallest since records began in 1961", "not this low since 2011"), or
a span back from the latest period ("more than at any time in the past 35 years", "the
highest in 12 years"). When the line the record was linked along holds a figure for that year,
before the figure the record speaks of, the claim runs from it: an editor references the two
ends of the comparison, and the check still holds the record against the whole line. When the
line has no figure for the year, the link stays as it was (the period before to the latest),
unless the words name a span (below), and the check asks for review where the line cannot
show the record.

A span back ("in nearly five decades", "for more than 40 years", "the biggest rise in a
decade") reaches back that many years (decades are ten); when the line starts later than that,
the claim runs over the whole line, from its first year, so the check sees every period the
table holds and says how far back the words reach. A first time since a year ("the first rise
since 2015", "for the first time since 1997") is left alone: it speaks of the latest move,
whose two ends are the period before and the latest.

A claim whose only number is the figure of the year its series words start from ("their
highest level since 2011, when 4,210 were counted") is linked from that figure to the latest
of its line, so that the record is checked along the line and the number against its year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_result import Link, period_words
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.numbers.number import parse_number
from claimcheck.numbers.vocab import TEENS, TENS, UNITS
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import SERIES_BEGAN

__all__ = ["reach_back", "start_year", "with_stated_starts"]

_SUPERLATIVE = (
    r"(?:highest|lowest|most|fewest|least|largest|smallest|biggest|greatest|strongest|weakest"
    r"|slowest|fastest|sharpest|steepest|best|worst)"
)
# "the lowest since 2002", "its highest level since records began in 1938", "not been this
# low since 2005": the year the comparison starts from.
_SINCE_YEAR = lazy_pattern(
    r"(?:\b" + _SUPERLATIVE + r"\b[^,;.]{0,40}?|\bnot\s+been\s+(?:this|so|as)\s+\w+\s+"
    r"|\bthan\s+(?:at\s+|in\s+)?any\s+(?:other\s+)?(?:time|point|year)\s+)"
    r"\bsince\s+(?:" + SERIES_BEGAN + r"\s+(?:in|for)\s+|the\s+)?(?:[A-Za-z]+\s+)?"
    r"(?P<year>(?:18|19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# "more than at any time in the past 35 years", "the highest in 12 years": a span back from the
# figure the record speaks of.
_PAST_SPAN = lazy_pattern(
    r"(?:\b" + _SUPERLATIVE + r"\b[^,;.]{0,40}?\b(?:in|for)|\bthan\s+(?:at\s+|in\s+)?any\s+"
    r"(?:other\s+)?(?:time|point|year)\s+(?:in|over))"
    r"\s+(?:the\s+(?:past|last|previous)\s+)?(?:(?:nearly|almost|over|more\s+than|about|around"
    r"|at\s+least|well\s+over|just\s+over|close\s+to|roughly)\s+)?"
    r"(?P<count>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>years|decades?|centur(?:y|ies))\b",
    re.IGNORECASE,
)
# A run of years: "for the sixth year running", "the third consecutive year", "in a row".
_ORDINALS = {
    word: n
    for n, word in enumerate(
        ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
        2,
    )
}
_RUN = lazy_pattern(
    r"\bthe\s+(?P<nth>" + "|".join(_ORDINALS) + r")\s+(?:(?:straight|consecutive|successive)"
    r"\s+year\b|year\s+(?:running|in\s+a\s+row)\b)",
    re.IGNORECASE,
)
# "every year since the scheme, which ..., began in 2010": the year the run starts from.
_EVERY_SINCE = lazy_pattern(
    r"\b(?:every|each)\s+year\s+since\b[^.;]*?\b(?P<year>(?:18|19|20)\d\d)\b", re.IGNORECASE
)
# A first time since a year speaks of the latest move, not of a comparison with that year.
_FIRST = lazy_pattern(r"\bfirst\b[^,;.]{0,40}\Z", re.IGNORECASE)
_WORDS = {word: n for word, n in {**UNITS, **TEENS, **TENS}.items() if n > 1}


def start_year(text: str, start: int, end: int, latest: int | None) -> int | None:
    """The year the series words of ``text[start:end]`` start their comparison from: the year
    after "since" ("the lowest since 2002"), or ``latest`` less the run ("for the sixth year
    running") or the span ("in the past 35 years"); None for a first time since a year, or when
    the words name neither."""
    found = _SINCE_YEAR.search(text, start, end)
    if found is not None:
        since = text.lower().index("since", found.start())
        if _FIRST.search(text, max(start, found.start() - 40), since):
            return None
        return int(found.group("year"))
    every = _EVERY_SINCE.search(text, start, end)
    if every is not None:
        return int(every.group("year"))  # "has fallen every year since ... began in 2010"
    run = _RUN.search(text, start, end)
    if run is not None and latest is not None:
        # "for the sixth year running": six steps, from six years before the latest
        return latest - _ORDINALS[run.group("nth").lower()]
    span = _PAST_SPAN.search(text, start, end)
    if span is None or latest is None:
        return None
    count = _count(span.group("count"), span.group("unit"))
    return None if count is None else latest - count


def _count(written: str, unit: str) -> int | None:
    """The years a span names: "12 years", "five decades" (50), "a century" (100)."""
    if written.isdigit():
        count: int | None = int(written)
    else:
        count = 1 if written.lower() in ("a", "an") else _WORDS.get(written.lower())
    if count is None or (unit.lower() == "years" and written.lower() in ("a", "an")):
        return None
    return count * {"d": 10, "c": 100}.get(unit[0].lower(), 1)


def reach_back(text: str, span: tuple[int, int], linked: Link, catalog: Catalog) -> Link:
    """``linked`` run from the year the series words of ``text[start:end]`` start from, when
    its line holds a figure for that year before the figure the record speaks of."""
    roles = dict(linked.references)
    cells = {cell.ref: cell for cell in linked.cells}
    if set(roles) == {"from", "to"}:
        last = cells.get(roles["to"])
        first = cells.get(roles["from"])
    elif set(roles) == {"figure"}:
        return (
            _from_stated(text, span, linked, catalog)
            if not _every(text, span)
            else (_from_start(linked, catalog))
        )
    else:
        return linked
    if last is None or first is None or last.line is None or last.line != first.line:
        return linked
    year = start_year(text, span[0], span[1], _year(last))
    start = None if year is None else _cell_of(catalog, last, year)
    said = f"from {year}, the year its words start from, to {_year(last)}"
    if start is None and year is not None and _span_only(text, span):
        # "the highest in nearly five decades" along a line that starts later: the whole line,
        # so that the check sees every period it holds and says how far back it reaches
        start = _earliest(catalog, last, year)
        said = (
            f"the whole line, from {_year(start)}: its words reach back to {year}, before the "
            "line starts"
            if start is not None
            else said
        )
    if start is None or start.ref == first.ref or start.order >= last.order:
        return linked
    ends = (f"{period_words(first)} to {period_words(last)}", f"{period_words(start)} to ")
    reasons = tuple(
        reason.replace(ends[0], ends[1] + period_words(last)) for reason in linked.reasons
    )
    return Link(
        (("from", start.ref), ("to", last.ref)), (start, last), (*reasons, said), linked.todos
    )


def _span_only(text: str, span: tuple[int, int]) -> bool:
    """Whether the series words place the record in a span back from the latest ("in nearly
    five decades", "for more than 40 years"), naming no year."""
    return (
        _PAST_SPAN.search(text, span[0], span[1]) is not None
        and _SINCE_YEAR.search(text, span[0], span[1]) is None
        and _RUN.search(text, span[0], span[1]) is None
    )


def _earliest(catalog: Catalog, last: Cell, year: int) -> Cell | None:
    """The first whole year of the line of ``last``, when the line starts after ``year``."""
    years = [cell for cell in catalog.line(last) if cell is not None and _year(cell) is not None]
    first = min(years, key=lambda cell: cell.order, default=None)
    found = None if first is None else _year(first)
    return first if found is not None and found > year else None


def _every(text: str, span: tuple[int, int]) -> bool:
    return _EVERY_SINCE.search(text, span[0], span[1]) is not None


def _from_start(linked: Link, catalog: Catalog) -> Link:
    """A run "every year since" the year of its one figure: from that figure to the latest of
    its line, so that the check sees every step."""
    (cell,) = linked.cells
    last = catalog.latest(cell.line) if cell.line is not None else None
    if last is None or last.order <= cell.order:
        return linked
    said = f"every year from {period_words(cell)}, the year its words start from"
    reason = f"a record along {cell.line}: {period_words(cell)} to {period_words(last)}"
    return Link((("from", cell.ref), ("to", last.ref)), (cell, last), (reason, said), linked.todos)


def with_stated_starts(text: str, claims: Sequence[Drafted], catalog: Catalog) -> list[Drafted]:
    """The claims of a sentence, each whose one figure is the year its series words start from
    ("their highest level since 2011, when 4,210 were counted") run from it to the latest."""
    result = []
    for claim in claims:
        if [role for role, _ in claim.link.references] == ["figure"]:
            linked = _from_stated(text, (claim.start, claim.end), claim.link, catalog)
            claim = replace(claim, link=linked)
        result.append(claim)
    return result


def _from_stated(text: str, span: tuple[int, int], linked: Link, catalog: Catalog) -> Link:
    """A claim whose one figure is the year its series words start from ("their highest
    level since 2011, when 4,210 were counted"): from that figure to the latest of its line,
    when the number the quote states after the year is that figure's."""
    (cell,) = linked.cells if len(linked.cells) == 1 else (None,)
    if cell is None or cell.line is None:
        return linked
    year = start_year(text, span[0], span[1], None)
    if year is None or _year(cell) != year or not _states(text, span, cell):
        return linked
    last = catalog.latest(cell.line)
    if last is None or last.order <= cell.order:
        return linked
    reason = (
        f"a record along {cell.line} from the year its words start from, whose figure the "
        f"quote states: {year} to {_year(last) or last.column_title}"
    )
    return Link((("from", cell.ref), ("to", last.ref)), (cell, last), (reason,), linked.todos)


_NUMBER = lazy_pattern(r"\d[\d,]*(?:\.\d+)?")


def _states(text: str, span: tuple[int, int], cell: Cell) -> bool:
    """Whether the quote states the cell's figure after its series words' year, in a clause
    that describes that year ("..., when 4,210 were counted")."""
    found = _SINCE_YEAR.search(text, span[0], span[1])
    if found is None:
        return False
    tail = text[found.end() : span[1]]
    clause = re.match(r"\s*,?\s*when\b(?P<rest>.*)", tail, re.IGNORECASE | re.DOTALL)
    if clause is None:
        return False
    for number in _NUMBER.finditer(clause.group("rest")):
        parsed = parse_number(number.group(0))
        if parsed is not None and parsed.value == cell.figure.number.value:
            return True
    return False


def _year(cell: Cell) -> int | None:
    if cell.period is None or len(cell.period.years) != 1 or cell.period.months:
        return None
    (year,) = cell.period.years
    return year


def _cell_of(catalog: Catalog, last: Cell, year: int) -> Cell | None:
    """The cell of ``year`` on the line of ``last``, when it is a whole year."""
    for cell in catalog.line(last):
        if cell is not None and _year(cell) == year:
            return cell
    return None
