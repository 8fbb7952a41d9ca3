"""Series statements and changes with no number of their own, inside the sentences of a draft.

A series statement beside a level ("slipped from 7.3 to 7.0 - the lowest level since records began
in 1962") is a claim of its own when the tables can check it: the statement it follows links to a
line (else the statement's own words name one) that reaches back to the years it names. Its quote is
its own words, and the level's quote leaves them out, so a record the check cannot
settle does not spoil a level it can. Where the tables cannot check it, it stays in the
level's quote, which then needs review, as it should.

A change stated by its direction alone ("the jobless rate edged down", "held steady") links
to the line its words name, from the period before to the latest, unless it names a period
that link does not end on, or a period by its length ("on the month").

A change whose direction is carried from the clause before ("a fall of 3% since 2017 and 9%
since 2012") gets no link when the figures move the other way: its quote cannot say so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from claimcheck.article.drafting.link import Link
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.article.drafting.records import SeriesClause, link_series, series_clauses
from claimcheck.article.drafting.run_kept import qualifies_change
from claimcheck.article.drafting.series_carried import carried_series
from claimcheck.article.drafting.series_reach import reach_back
from claimcheck.article.drafting.statements import Piece, direction, trim
from claimcheck.article.drafting.year_compared import compared_link
from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "Linked",
    "against_direction",
    "checkable",
    "named_link",
    "outside_asides",
    "without_series",
]


class Linked(Protocol):
    """A drafted claim as this module reads it: its span and its link."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def link(self) -> Link: ...


# The words that link a statement to the series words after it ("fell to 1.21, which is the
# lowest since 1950") or the series words to the statement after them ("..., with 4.1 per 1,000").
_LINK_AFTER = lazy_pattern(
    r"(?:,?\s*(?:which|that|it)\s+(?:is|was|are|were|has\s+been|had\s+been)"
    r"|\s+(?:and|with|as|to|at|hitting|reaching|marking|setting"
    r"|making(?:\s+(?:it|this|that|them))?))?[\s,;:–—-]*\Z",
    re.IGNORECASE,
)
# A participle after a comma that states a record of its own: "rose 2.9%, marking the slowest
# pace since July 2018", "..., making it the highest since 2008".
_PARTICIPLE = lazy_pattern(
    r",\s*(?:marking|setting|making(?:\s+(?:it|this|that|them))?)\s+\Z", re.IGNORECASE
)
# A superlative of a change: "the slowest increase", "the weakest annual growth".
_RANKED_CHANGE = lazy_pattern(
    r"\b\w+est\s+(?:(?:annual|monthly|quarterly|yearly)\s+)?(?:growth|increases?|rises?|gains?"
    r"|falls?|declines?|drops?|decreases?)\b",
    re.IGNORECASE,
)
_LINK_BEFORE = lazy_pattern(r"[\s,;:–—-]*(?:(?:with|and|as|while|at)\s+)?", re.IGNORECASE)


_RELATIVE_PERIOD = lazy_pattern(
    r"\b(?:on|over|from|in)\s+the\s+(?:month|year|quarter|week)\b"
    r"|\b(?:monthly|annual|yearly|quarterly|weekly|month-on-month|year-on-year)\b",
    re.IGNORECASE,
)


_YEAR_LENGTH = lazy_pattern(r"\byear\b|\bannual\b|\byearly\b|year-on-year", re.IGNORECASE)


_ACROSS_TODO = (
    "this statement speaks of several lines at once (every, each, all): add references to "
    "each line, or leave it for review"
)
_CHANGES_TODO = (
    "a direction said of a line of changes: a rise there is a change above zero, not a change "
    "between two of its figures; add references"
)


def named_link(
    text: str,
    clause: SeriesClause,
    sentence: tuple[int, int],
    catalog: Catalog,
    spoken: frozenset[str] = frozenset(),
) -> Link:
    """The link of a statement with no number by the line its words name, unless it names a
    period the link does not end on, or a period by its length ("on the month"), which a line's
    latest two figures need not be."""
    if clause.across:
        return Link(todos=(_ACROSS_TODO,))
    linked = link_series(text, clause, sentence, catalog, spoken)
    if clause.compared:  # "remained below the 2019 rate"
        return compared_link(text, clause, linked, catalog)
    if not linked.cells or not clause.direction:
        return linked
    if len(linked.cells) == 1 and linked.cells[0].is_change and linked.cells[0].line is None:
        return linked  # "stayed the same": the row's published change (``published_no_change``)
    if len(linked.cells) < 2:
        return Link(todos=(f"{linked.cells[0].ref} has no figure for the period before; add one",))
    if any(cell.is_change for cell in linked.cells):
        return Link(todos=(_CHANGES_TODO,))
    said = "a change stated by its direction along"
    linked = replace(
        linked, reasons=tuple(r.replace("a record along", said) for r in linked.reasons)
    )
    quoted = text[clause.start : clause.end]
    period = period_of(quoted)
    last = linked.cells[-1]
    named = period is not None and (period.years or period.months)
    relative = _RELATIVE_PERIOD.search(quoted)
    if (relative is not None and not _a_year_apart(relative.group(), linked.cells)) or (
        named
        and period is not None
        and (last.period is None or not last.period.names(period.years, period.months))
    ):
        return Link(
            todos=("the period this statement names is not the latest pair of its line; "
                   "add references",)
        )  # fmt: skip
    return linked


def _a_year_apart(length: str, cells: Sequence[Cell]) -> bool:
    """Whether a period said by its length is a year ("year-on-year", "on the year",
    "annual") and the link runs between two periods a year apart that end in the same month
    ("Oct 2016 to Sep 2017" and "Oct 2017 to Sep 2018", or 2022 and 2023): the latest pair of
    such a line is the year the words speak of."""
    if _YEAR_LENGTH.search(length) is None or len(cells) != 2:
        return False
    first, last = (cell.period for cell in cells)
    if first is None or last is None or not first.years or not last.years:
        return False
    return max(last.years) - max(first.years) == 1 and first.months == last.months


def checkable(
    text: str,
    sentence: tuple[int, int],
    catalog: Catalog,
    stated: list[tuple[int, int]],
    claims: Sequence[Linked],
    before: Sequence[Linked] = (),
) -> list[tuple[SeriesClause, Link]]:
    """The series statements of a sentence with numbers that hold none of them and that the
    tables can check, with their links: along the line of the statement they speak of (the one
    that holds them, else the one before), else the line their own words name, else the line of
    the sentence before when their subject is its figure (``before``); and only when
    that line reaches back to the years they name ("since records began in 1938"), or the
    statement that holds them links nothing. Any other stays in its statement's quote, whose
    check then needs review, as it should: the tables cannot show the record."""
    result = []
    for clause in series_clauses(text, sentence, stated):
        if qualifies_change(text, clause.start, clause.end):
            continue  # "dropped for the third year running to 41.2%": one statement
        linked = _along_statement(text, clause, claims, catalog)
        if linked is None:
            linked = link_series(text, clause, sentence, catalog)
        if not linked.cells:
            # "This was 49% higher than in 2011, and is the highest on record": the subject is
            # the figure of the sentence before (``series_carried``)
            linked = carried_series(text, clause, before, catalog, sentence[0]) or linked
        line = linked.cells[-1].line if linked.cells else None
        if line is None:
            continue
        period = period_of(text[clause.start : clause.end])
        named = period.years if period is not None else frozenset()
        held = {
            year
            for cell in catalog.lines[line]
            if cell is not None and cell.period is not None
            for year in cell.period.years
        }
        if not named or (held and min(held) <= min(named)) or _alone(clause, claims):
            result.append((clause, reach_back(text, (clause.start, clause.end), linked, catalog)))
        elif _participle(text, clause):
            result.append((clause, _short_of_the_year(text, clause, linked)))
    return result


def _participle(text: str, clause: SeriesClause) -> bool:
    """Whether series words follow a participle after a comma ("rose just 2.9%, marking the
    slowest pace since July 2018"): a statement of its own, a claim even when the line does not
    reach back to the period it names (its check then needs review), so that it does not hide
    the level or change before it, which the tables can check."""
    return _PARTICIPLE.search(text, max(0, clause.start - 40), clause.start) is not None


def _short_of_the_year(text: str, clause: SeriesClause, linked: Link) -> Link:
    """The link of series words after a participle on a line that does not reach back to the
    year they name: along the line as it is, whose check then needs review; but the latest
    figure alone when the words rank a change ("the slowest increase since 2019"), which two
    figures of the line would be read as the change of."""
    if not _RANKED_CHANGE.search(text, clause.start, clause.end) or not linked.cells:
        return linked
    last = linked.cells[-1]
    reason = f"series words ranking a change, on {last.ref}: the line does not reach their year"
    return Link((("figure", last.ref),), (last,), (reason,))


def _alone(clause: SeriesClause, claims: Sequence[Linked]) -> bool:
    """Whether the statement that holds a series clause links no figure ("made up more than a
    third of the rise, with the agency reporting the largest number of X since 2009"): kept in
    its quote, the series words would be lost with it, so they are a claim of their own even
    when the line does not reach back to the year they name (the check then needs review)."""
    holding = [c for c in claims if c.start <= clause.start and clause.end <= c.end]
    return bool(holding) and not any(c.link.references for c in holding)


def _along_statement(
    text: str, clause: SeriesClause, claims: Sequence[Linked], catalog: Catalog
) -> Link | None:
    """A series statement's link along the line of the statement it speaks of: from the period
    before that statement's latest figure to it."""
    holding = [c for c in claims if c.start <= clause.start and clause.end <= c.end]
    before = [c for c in claims if c.end <= clause.start]
    near = holding or before[-1:]
    if not near or not near[0].link.cells or near[0].link.cells[-1].line is None:
        return None
    claim = near[0]
    last = claim.link.cells[-1]
    first = catalog.before(last)
    if first is None:
        return _along_change(claim.link)
    reason = f"a record along {last.line}, the line of the statement it follows"
    return Link((("from", first.ref), ("to", last.ref)), (first, last), (reason,))


def _along_change(linked: Link) -> Link | None:
    """A series statement's link beside a change with no period before its latest figure (a
    revision: "was revised down to 72,000, the smallest increase in more than a year"): the
    change's own two figures, which cannot settle the series words, so the check asks for
    review; the change keeps a claim of its own."""
    roles = {role for role, _ in linked.references}
    if roles != {"from", "to"}:
        return None
    reason = "series words beside the change they follow, on its two figures"
    return Link(linked.references, linked.cells, (reason,))


def without_series(
    text: str,
    found: list[Piece],
    clauses: list[SeriesClause],
    stated: Sequence[tuple[int, int]] = (),
) -> tuple[list[Piece], list[SeriesClause]]:
    """The pieces without the series statements inside them, which are claims of their own:
    "slipped from 7.3 to 7.0 - the lowest level since records began in 1962" quotes "slipped
    from 7.3 to 7.0", and the record is checked against the whole series by itself. Series words in
    the middle of a statement ("Crime fell for the third straight year, to 5,400") take the
    words before them, and the rest of the statement keeps them as its subject and direction."""
    result: list[Piece] = []
    series: list[SeriesClause] = []
    for clause in clauses:
        for piece in found:
            if (
                piece.start < clause.start < piece.end
                and clause.subject is None
                and not _numbers(text, piece.start, clause.start, stated)
            ):
                clause = SeriesClause(piece.start, clause.end)
        series.append(clause)
    for piece in found:
        parts = [piece]
        for clause in series:
            parts = [part for one in parts for part in _outside(text, one, clause, stated)]
        result += parts
    return result, series


def _numbers(text: str, start: int, end: int, stated: Sequence[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` states a number: digits, or a stated number in words ("a
    third")."""
    return any(char.isdigit() for char in text[start:end]) or any(
        start <= a and b <= end for a, b in stated
    )


def _outside(
    text: str, piece: Piece, clause: SeriesClause, stated: Sequence[tuple[int, int]]
) -> list[Piece]:
    """The parts of a piece outside a series clause that state a number."""
    if clause.end <= piece.start or piece.end <= clause.start:
        return [piece]
    parts = []
    # series words cut from a clause of their own keep its subject out of the piece before
    # ("..., with the agency reporting the largest number since 2009")
    begin = clause.start if clause.subject is None else min(clause.start, clause.subject[0])
    cut = max(piece.start, begin)
    tail = _LINK_AFTER.search(text, piece.start, cut)
    before = trim(text, piece.start, tail.start() if tail else cut, piece.joined)
    after_start = min(piece.end, clause.end)
    lead = _LINK_BEFORE.match(text, after_start, piece.end)
    after = trim(text, lead.end() if lead else after_start, piece.end, True)
    if before is not None and _numbers(text, before.start, before.end, stated):
        parts.append(replace(before, numberless=piece.numberless, carried=piece.carried,
                             subject=piece.subject))  # fmt: skip
    if after is not None and _numbers(text, after.start, after.end, stated):
        carried, subject = piece.carried, piece.subject
        if clause.start <= piece.start:  # the series words took the subject and verb
            carried = carried or direction(text, clause.start, clause.end)
            subject = subject or (clause.start, clause.end)
        parts.append(replace(after, numberless=piece.numberless, carried=carried,
                             subject=subject))  # fmt: skip
    return parts or [piece]


def against_direction(linked: Link, carried: int) -> Link:
    """No change for a statement whose direction is carried from the clause before ("... and
    9% since 2012") when the figures move the other way: its quote does not say the direction,
    so the check could not see the contradiction."""
    cells = dict(zip((ref for _, ref in linked.references), linked.cells, strict=False))
    roles = dict(linked.references)
    if not carried or "from" not in roles or "to" not in roles:
        return linked
    first, last = cells.get(roles["from"]), cells.get(roles["to"])
    if first is None or last is None:
        return linked
    moved = last.figure.number.value - first.figure.number.value
    if moved * carried > 0:
        return linked
    return Link(
        todos=(
            "the direction of this change is stated in the clause before and the figures "
            f"{first.ref} to {last.ref} do not move that way; add references",
        )
    )


def outside_asides(
    checked: list[tuple[SeriesClause, Link]], asides: list[tuple[int, int]]
) -> list[tuple[SeriesClause, Link]]:
    """The series statements of a sentence that no aside of its pieces holds."""
    return [
        (clause, linked)
        for clause, linked in checked
        if not any(a < clause.end and clause.start < b for a, b in asides)
    ]
