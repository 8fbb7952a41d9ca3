"""Series statements that state no number: "fell to a new record low", "its lowest since 2008".

A sentence with no statistical number is still a claim when it places the latest figure of a
series against the series: a record, an all-time high or low, the highest or lowest since a
year or in a number of years. Such a clause becomes a claim of its own, quoted from its
subject to the end of the series words, and linked to the one table line its words name best
(by meaning only: there is no value to match), ``from`` the period before ``to`` the latest,
or to the period the clause names. The check then holds the record against the whole line.
When no line stands out the claim is drafted with no references and a reason, so the
reporter is asked rather than given a guess.

A superlative that ranks places or groups ("the lowest crime area in England") is no series
statement and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cache

from claimcheck.article.drafting.bare_moves import bare_move
from claimcheck.article.drafting.link import Link
from claimcheck.article.drafting.link_phrases import phrase_points, phrases
from claimcheck.article.drafting.link_places import missing_place, no_line_for
from claimcheck.article.drafting.link_result import Statement
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of, without_anchor_year
from claimcheck.article.drafting.link_values import CLAUSE_POINTS, Words, meaning
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.no_change import DIRECTION_ONLY
from claimcheck.article.drafting.published_no_change import published_no_change
from claimcheck.article.drafting.quote_ends import without_attribution
from claimcheck.article.drafting.rate_names import other_rate
from claimcheck.article.drafting.record_lines import line_source, line_values, record_pair
from claimcheck.article.drafting.record_parts import Part, moves, parts
from claimcheck.article.drafting.title_total import title_total
from claimcheck.article.drafting.total_lines import whole_line
from claimcheck.engine.read.year_levels import BELOW_YEAR
from claimcheck.text.lazy import lazy_pattern

__all__ = ["SeriesClause", "link_series", "names_series", "series_clauses"]

# The words that hold a figure against its own series: a record, an all-time high or low, a
# superlative since a year or in a number of years, a first time since, a run of years ("the
# third year in a row", "for the second straight year"), "not been this high since 1999", a span
# with no number of its own ("for at least 80 years"), a first move since a year ("the first
# annual rise in sales since 2015"), a comparative against any time of a span
# ("more than at any time in the past 35 years").
_ORDINAL_WORD = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,2}(?:st|nd|rd|th))"
)
# A figure placed against its series by size ("the lowest", "the smallest gain", "the weakest
# month"), and the spans of time it is placed in ("in more than a year", "in six months").
_SUPERLATIVE = (
    r"(?:lowest|highest|smallest|largest|biggest|fewest|weakest|strongest|slowest|fastest"
    r"|sharpest|steepest)"
)
_SPAN_UNIT = r"(?:years?|decades?|centur(?:y|ies)|months?|quarters?)\b"
# "in nearly five decades", "for more than 40 years", "for at least 80 years"
_SPAN_QUALIFIER = (
    r"(?:(?:nearly|almost|over|more\s+than|about|around|at\s+least|well\s+over|just\s+over"
    r"|close\s+to|roughly)\s+)?"
)
# Where the words after "since" end: a comma, a semicolon, or a second statement of the same
# subject ("since 1981 and was again up in the spring").
_SINCE_END = r"(?=[,;]|\s+and\s+(?:is|was|are|were|has|have|had)\b|\Z)"
_SERIES = lazy_pattern(
    r"\b(?:new\s+)?record(?:[-\s]+(?:low|high|level))s?\b"
    r"(?:\s+for\s+the\s+" + _ORDINAL_WORD + r"\s+(?:straight\s+|consecutive\s+)?"
    r"(?:year|month|quarter)\s+(?:running|in\s+a\s+row))?"
    r"|\ball[-\s]time\s+(?:low|high)s?\b"
    # "the highest recorded annual number", "a record number of ...", "has fallen every year
    # since the scheme began in 2010"
    r"|\b" + _SUPERLATIVE + r"\s+(?:ever\s+)?recorded\b|\brecord\s+(?:numbers?|totals?)\b"
    r"|\b(?:risen|rose|fallen|fell|increased|decreased|declined|grown|grew|dropped|climbed)"
    r"\s+(?:in\s+)?(?:every|each)\s+year\s+since\b[^.;]*?\b(?:18|19|20)\d\d\b"
    r"|\b" + _SUPERLATIVE + r"\b[^,;.]{0,40}?\b(?:since\b[^,;]*?" + _SINCE_END + r"|on\s+record\b"
    r"|ever\s+recorded\b|(?:in|for)\s+"
    + _SPAN_QUALIFIER
    + r"(?!the\b)[\w-]+\s+"
    + _SPAN_UNIT
    + r")"
    r"|\bfor\s+the\s+first\s+time\s+(?:since|in)\b[^,;]*?" + _SINCE_END + r""
    r"|\bthe\s+first\s+(?:(?:annual|yearly|monthly|quarterly|year-on-year)\s+)?"
    r"(?:increase|rise|fall|drop|decline|decrease|gain|growth|jump)s?\b[^,;.]{0,40}?"
    r"\bsince\b[^,;]*?" + _SINCE_END + r""
    r"|\b(?:for\s+)?the\s+" + _ORDINAL_WORD + r"\s+(?:straight|consecutive|successive)\s+"
    r"(?:year|month|quarter)\b"
    r"|\b(?:for\s+)?the\s+" + _ORDINAL_WORD + r"\s+(?:year|month|quarter)\s+"
    r"(?:in\s+a\s+row|running)\b"
    r"|\b(?:(?:has|have|had)\s+)?not\s+been\s+(?:this|so|as)\s+(?:low|high)\s+since\b"
    r"[^,;]*?"
    + _SINCE_END
    + r"|\b(?:more|higher|greater|larger|bigger|fewer|lower|less|smaller)\b[^,;.]{0,40}?"
    r"\bthan\s+(?:at\s+|in\s+)?any\s+(?:other\s+)?(?:time|point|year)\s+(?:(?:in|over)\s+the\s+"
    r"(?:past|last|previous)\s+[\w-]+\s+years\b|since\b[^,;]*?" + _SINCE_END + r")",
    re.IGNORECASE,
)
# The little words before series words that belong to them: "the lowest since", "its highest".
_ARTICLE_BEFORE = lazy_pattern(r"\b(?:the|its|their|a|an)\s+\Z", re.IGNORECASE)
# A word of reporting before series words: who stated the record, not what it is of.
_REPORTED = lazy_pattern(
    r"\b(?:reporting|reported|recording|showing|noting|citing|saying)\s+(?:that\s+)?",
    re.IGNORECASE,
)
# A number the series words qualify: "an all-time high of 5,230", "a record 12,904".
_OF_NUMBER = lazy_pattern(
    r"\s+(?:of\s+)?(?:(?:about|around|nearly|almost|more\s+than|over|some|just)\s+)?[£$€]?\d",
    re.IGNORECASE,
)
# Where one clause of a sentence ends and another with its own subject begins.
_CLAUSE_EDGE = lazy_pattern(
    r",\s+(?:while|whereas|but|and|as|although|though|with)\s+|;\s+|:\s+|\s+[-–—]\s+"
    r"|\s+(?:while|whereas|but|as)\s+(?=(?:the|its|their|a|an)\s)",
    re.IGNORECASE,
)
# What may follow series words in their clause and is no part of their statement: a second
# statement of the same subject ("and is part of a long-term rise") or who said it ("the ONS
# said", "according to the agency").
_TRAILER = lazy_pattern(
    r"\s+and\s+(?:is|was|are|were|has|have|had)\b[^;]*"
    r"|,\s+(?:[^,;]{0,60}?\s)?(?:said|says|say|reported|reports|added)\b[^,;]*"
    r"|,\s+according\s+to\b[^,;]*",
    re.IGNORECASE,
)
# A second predicate after a change stated with no number: "Road deaths fell slightly in 2017
# but stayed above the level of 2019" is checked on its first verb, the rest a statement of its
# own the line's two figures cannot settle.
_BUT_AFTER = lazy_pattern(r",?\s+but\s", re.IGNORECASE)
# A superlative the series words may not spell ("the second-deadliest year of the decade").
_SUPERLATIVE_WORD = lazy_pattern(
    r"\b(?:\w+-)?(?:(?!earl)\w{2,}iest|highest|lowest|largest|smallest|biggest|greatest|worst"
    r"|fewest)\b",
    re.IGNORECASE,
)
_TRIM = " \t,;:-–—"
_TRIM_END = _TRIM + ".!?"


@dataclass(frozen=True, slots=True)
class SeriesClause:
    """A clause that makes a series statement, as a span of the article's text."""

    start: int
    end: int
    direction: bool = False
    """A change stated by its direction alone ("edged down"), not a series statement."""
    subject: tuple[int, int] | None = None
    """The group the clause speaks of outside its span ("except Wales, where it held steady")."""
    across: bool = False
    """The clause speaks of several lines at once ("fell in every region"): no link."""
    bare: bool = False
    """A change stated by a bare verb ("robberies fell", ``bare_moves``): drafted only when
    linked, and only for the period the article speaks of."""
    compared: bool = False
    """A level said below or above a named year's ("remained below the 2019 rate",
    ``year_compared``): linked from that year's figure."""


def series_clauses(
    text: str,
    sentence: tuple[int, int],
    stated: Sequence[tuple[int, int]] = (),
    *,
    directions: bool = False,
) -> Iterator[SeriesClause]:
    """The clauses of a sentence that make a series statement, each from its subject to the
    end of its clause.

    ``stated`` are the spans of the sentence's statistical numbers. A clause that holds one yields
    only its series words ("the lowest level since records began in 1962" of "slipped from 7.3 to
    7.0 - the lowest level since ..."), when they hold none: the level is a claim of its own, and
    the series statement another, so the check of one does not spoil the other.

    With ``directions``, a clause that states a change by its direction alone ("edged down",
    "held steady", "remained the same") is one too: it speaks of the latest two figures."""
    start, end = sentence
    if directions and not stated:
        found_parts = parts(text, start, end)
        if found_parts:
            yield from _part_clauses(text, found_parts)
            return
    spans = []
    begin = start
    for edge in _CLAUSE_EDGE.finditer(text, start, end):
        spans.append((begin, edge.start()))
        begin = edge.end()
    spans.append((begin, end))
    for begin, stop in spans:
        clause = _clause(text, (begin, stop), start, stated, directions=directions)
        if clause is not None:
            yield clause
            rest = None if stated else _series_after_but(text, clause, stop)
            if rest is not None:
                yield rest


def _series_after_but(text: str, clause: SeriesClause, stop: int) -> SeriesClause | None:
    """The series words of a second predicate after "but" that a change stated with no number
    ended before ("fell slightly in 2017 but was still the second-worst year of the decade"):
    a claim of its own, whose subject is the change's clause; None for any other words after
    "but", which the line's two figures cannot settle and no claim is drafted for."""
    if not clause.direction:
        return None
    second = _BUT_AFTER.match(text, clause.end, stop)
    if second is None or not (
        _SERIES.search(text, second.end(), stop)
        or _SUPERLATIVE_WORD.search(text, second.end(), stop)
    ):
        return None
    begin, end, _ = without_attribution(text, second.end(), stop)
    while end > begin and text[end - 1] in _TRIM_END:
        end -= 1
    return SeriesClause(begin, end, subject=(clause.start, clause.end)) if begin < end else None


def _found(
    text: str, begin: int, stop: int, *, directions: bool
) -> tuple[re.Match[str] | None, bool, bool, bool]:
    """The series words of a clause, else (with ``directions``) its change stated by direction
    alone or by a bare verb, or its level said below or above a named year's; with whether it
    is a direction, whether a bare verb, and whether a comparison with a year."""
    found = _SERIES.search(text, begin, stop)
    if found is not None or not directions:
        return found, False, False, False
    found = BELOW_YEAR.search(text, begin, stop)  # "below the 2019 rate" (``year_compared``)
    if found is not None:
        return found, True, False, True
    found = DIRECTION_ONLY.search(text, begin, stop)
    if found is not None:
        return found, True, False, False
    found = bare_move(text, begin, stop)
    return found, True, found is not None, False


# Series words that name how far back they reach: "since November 2008", "in seven years".
_REACH = lazy_pattern(r"\bsince\b|\bin\s+(?:\w+\s+){0,3}(?:years?|decades?|months?)\b", re.I)


def _possessor(
    text: str,
    opening: int,
    begin: int,
    article: re.Match[str] | None,
    stated: Sequence[tuple[int, int]],
) -> tuple[int, int] | None:
    """The subject of series words cut out of a statement with a number, when they speak of
    it by "its" or "their" and name how far back they reach ("Vacancies have dropped by
    a tenth since spring, bringing them to their lowest level since March 2015"): the
    words of the statement before its first number, which name the line the record is of."""
    if article is None or article.group().strip().lower() not in ("its", "their"):
        return None
    if _REACH.search(text, begin, begin + 80) is None:
        return None
    first = min((a for a, _ in stated if opening <= a < begin), default=None)
    return None if first is None or first <= opening else (opening, first)


def _clause(
    text: str,
    span: tuple[int, int],
    start: int,
    stated: Sequence[tuple[int, int]],
    *,
    directions: bool,
) -> SeriesClause | None:
    """The series statement of one clause of a sentence (from ``start``), or None."""
    begin, stop = span
    found, direction, bare, compared = _found(text, begin, stop, directions=directions)
    if found is None:
        return None
    subject = None
    if stated and _REPORTED.search(text, begin, found.start()) is not None:
        # "with the agency reporting the largest number of X since 2009": the series words
        # are the statement, the words before them its subject for linking
        article = _ARTICLE_BEFORE.search(text, begin, found.start())
        subject = (begin, found.start())
        begin = article.start() if article is not None else found.start()
    if any(a < stop and begin < b for a, b in stated):
        opening = begin
        begin, stop = found.span()
        article = _ARTICLE_BEFORE.search(text, start, begin)
        begin = article.start() if article is not None else begin
        if any(a < stop and begin < b for a, b in stated):
            return None
        if subject is None:
            subject = _possessor(text, opening, begin, article, stated)
        if _OF_NUMBER.match(text, stop) is not None:
            return None  # "an all-time high of 5,230", "a record 12,904": the number's own words
    _, stop, _ = without_attribution(text, begin, stop)  # "..., the ONS said"
    while stop > begin and text[stop - 1] in _TRIM_END:
        stop -= 1
    if not stated and _TRAILER.fullmatch(text, found.end(), stop) is not None:
        stop = found.end()  # "This is the highest since 1969, the ONS said"
    if not stated and direction:
        second = _BUT_AFTER.search(text, found.end(), stop)
        stop = stop if second is None else second.start()  # "fell in 2017 but stayed above"
    while begin < stop and text[begin] in _TRIM:
        begin += 1
    return SeriesClause(begin, stop, direction, subject, bare=bare, compared=compared)


def names_series(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` places a figure against its series ("a record low")."""
    return _SERIES.search(text, start, end) is not None


def _part_clauses(text: str, found: Sequence[Part]) -> Iterator[SeriesClause]:
    """The clauses of the statements of a sentence cut into two (``record_parts``): each one
    that makes a series statement or moves its subject, even by a bare verb ("Payrolls grew")."""
    for part in found:
        begin, stop = part.start, part.end
        while stop > begin and text[stop - 1] in _TRIM_END:
            stop -= 1
        while begin < stop and text[begin] in _TRIM:
            begin += 1
        if _SERIES.search(text, begin, stop) is not None:
            yield SeriesClause(begin, stop, False, part.subject, part.across)
        elif moves(text, begin, stop):
            yield SeriesClause(begin, stop, True, part.subject, part.across)


def link_series(
    text: str,
    clause: SeriesClause,
    sentence: tuple[int, int],
    catalog: Catalog,
    spoken: frozenset[str] = frozenset(),
) -> Link:
    """The line a series clause speaks of, from the period before to the latest (or named).
    Of lines its words name equally well, the one of a table the sentence before spoke of
    (``spoken``, source ids) stands out when it is the only one."""
    words = _words(text, clause, sentence)
    said = phrases(_said(text, clause))
    scored: list[tuple[tuple[int, int, int, Fraction, int], str]] = []
    for name, members in catalog.lines.items():
        cells = [cell for cell in members if cell is not None and cell.period is not None]
        if not cells or not any(cell.words & words.clause for cell in cells):
            continue
        scored.append((max(_fit(cell, words, said, catalog) for cell in cells), name))
    if not scored:  # a row of a table that publishes its change (``published_no_change``)
        found = published_no_change(_said(text, clause), catalog)
        return found or _title_total(text, clause, words, catalog)
    top = max(points for points, _ in scored)
    # a line stands out only on words: a tie on them is not broken by meaning points
    names = [name for points, name in scored if points[:4] == top[:4]]
    whole = whole_line(catalog, words.clause)
    if whole is not None:
        # "crime rose": the total of a table of offence groups (``total_lines``)
        top, names = next(points for points, name in scored if name == whole), [whole]
    if len({line_values(catalog, name) for name in names}) == 1:
        names = names[:1]  # one table given twice (a CSV and its spreadsheet): the same line
    near = [name for name in names if line_source(catalog, name) in spoken]
    if len(names) > 1 and len(near) == 1:
        names = near  # "fertility rates fell" after a sentence on one nation's table
    if top[4] < CLAUSE_POINTS or len(names) != 1:
        return Link(todos=("the words name no single table line for this record; add references",))
    return _held(text[clause.start : clause.end], record_pair(names[0], words, catalog), catalog)


def _title_total(text: str, clause: SeriesClause, words: Words, catalog: Catalog) -> Link:
    """The total line of the one table whose title names the record's measure when no line's
    labels do ("the largest number of deaths since 2007" over road deaths by road user:
    ``title_total``), else no references and why."""
    statement = Statement(text[clause.start : clause.end], clause.start, (), words)
    total = title_total(statement, catalog)
    if total is None:
        return Link(todos=("no table line is named by these words; add references",))
    linked = record_pair(total, words, catalog)
    why = "the measure is named only in its table's title: the table's total line"
    return _held(statement.text, replace(linked, reasons=(*linked.reasons, why)), catalog)


def _held(said: str, linked: Link, catalog: Catalog) -> Link:
    """``linked``, unless the clause names a place its line's table does not have
    (``link_places``) or a rate other than its line's (``rate_names``)."""
    place = missing_place(said, linked.cells, catalog)
    if place is not None:
        return Link(todos=(no_line_for(place),))
    other = other_rate(said, linked.cells)
    return linked if other is None else Link(todos=(other,))


def _fit(
    cell: Cell, words: Words, phrased: frozenset[tuple[str, str]], catalog: Catalog
) -> tuple[int, int, int, Fraction, int]:
    """How well a line's cell fits a clause with no number to match, best first: how many of
    the clause's words its labels and title hold, how many with its table's title rows too
    ("knife" in "Offences involving a knife", over a table of all crime), how many of the
    clause's phrases its labels say whole ("birth rate" in "Crude birth rate", not in
    "Stillbirth rate (per 1000 total births)": ``link_phrases``), how much of its own label
    the clause says ("England and Wales" wholly, "fertility rate of women aged 20 to 24" in
    part), then its meaning points."""
    heading = _heading(catalog.headings.get(cell.figure.source.id, ""))
    own = cell.words | cell.title_words
    held = len(words.clause & own)
    headed = len(words.clause & (own | heading))
    said = Fraction(len(cell.words & words.clause), max(1, len(cell.words)))
    return held, headed, phrase_points(phrased, cell, catalog), said, meaning(cell, words)


@cache
def _heading(text: str) -> frozenset[str]:
    """The concepts of a table's title rows ("Police recorded offences involving a knife")."""
    return concepts(text)


def _said(text: str, clause: SeriesClause) -> str:
    """The words of a clause and of its subject outside it."""
    subject = "" if clause.subject is None else text[clause.subject[0] : clause.subject[1]]
    return f"{subject} {text[clause.start : clause.end]}"


def _words(text: str, clause: SeriesClause, sentence: tuple[int, int]) -> Words:
    quoted = text[clause.start : clause.end]
    period = period_of(without_anchor_year(quoted))
    subject = "" if clause.subject is None else text[clause.subject[0] : clause.subject[1]]
    return Words(
        concepts(f"{subject} {quoted}"),
        concepts(text[sentence[0] : sentence[1]]),
        frozenset(),
        period.years if period is not None else frozenset(),
        period.months if period is not None else frozenset(),
    )
