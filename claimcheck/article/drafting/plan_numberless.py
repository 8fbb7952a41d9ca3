"""Statements that state no number, and rankings said of a category, beside the sentence's others.

- a statement with no number before ", where" (``where_claim``) and a change stated with no
  number beside one with a number (``numberless``), linked by their own words;
- a ranking of a category in a sentence with numbers (``ranked``, ``link_ranks``);
- for the claims of a sentence with no number (``plan_records``): each quote without the
  attribution at its ends (``unattributed``: "Figures show that ...", "..., figures show"); a
  second predicate that names no line of its own takes the line of the statement before it
  (``shared_line``: "have fallen for the second year running and are the lowest since
  2006"); and a question instead of a link for a subject that points back ("homes of this
  kind") or a statement that moves the figures of the one before it the other way ("has risen
  overall but has fallen in coastal towns", ``guarded``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.article.drafting.clauses import finite_verb
from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link import Link
from claimcheck.article.drafting.link_ranks import rank_link
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.article.drafting.plan_series import named_link
from claimcheck.article.drafting.quote_ends import without_attribution
from claimcheck.article.drafting.record_parts import Part, where_parts
from claimcheck.article.drafting.records import SeriesClause, names_series
from claimcheck.article.drafting.statements import Piece, direction
from claimcheck.article.scan import Mention
from claimcheck.text.lazy import lazy_pattern

# A subject that points back: "this", "these", "such fines", "homes of this kind".
# A subject that points back to a kind the sentence named before: "homes of this kind", "this
# type of fine". "This" alone is the figure before, linked along its line (``series_carried``).
_POINTING = lazy_pattern(
    r"\bof\s+(?:this|that|these|those|the\s+same)\s+(?:nature|kinds?|types?|sorts?)\b"
    r"|\b(?:this|that|these|those)\s+(?:kinds?|types?|sorts?)\s+of\b",
    re.IGNORECASE,
)
# A scope that points back to groups listed before: "in these categories", "in both areas".
_SCOPE_BACK = lazy_pattern(
    r"\b(?:in|across|for|among)\s+(?:each\s+of\s+|all\s+(?:of\s+)?)?(?:these|those|both)"
    r"\s+(?:\w+\s+)?(?:categories|groups|areas|types|kinds|places|cases|sectors|regions|ways)\b",
    re.IGNORECASE,
)
# A change set against a forecast: "grew more than expected", "fell less than economists had
# forecast", "beat expectations".
_AGAINST_FORECAST = lazy_pattern(
    r"\bthan\s+(?:\w+\s+){0,3}?(?:expected|forecast|predicted|anticipated|hoped|feared)\b"
    r"|\b(?:beat|beating|missed|missing|exceeded|exceeding|topped|surpassed)\s+(?:\w+\s+){0,2}?"
    r"(?:expectations|forecasts|estimates|predictions)\b",
    re.IGNORECASE,
)
_SCOPED_BACK = (
    "the statement speaks of the groups listed before it (in these categories): add the "
    "references of each, or leave it for review"
)
_FORECAST_SAID = (
    "a change set against a forecast ({}): the forecast is no figure of these tables; add "
    "references to the line and the forecast's source, or leave it for review"
)
_SHARED = "the line of the statement before, whose subject this one shares"
_POINTS_BACK = (
    "the subject points back to a kind the sentence named before (of this kind): "
    "add the references of that line, or leave it for review"
)
_OTHER_WAY = (
    "the statement before is linked to the same figures and says they moved the other way: "
    "this one speaks of a part the tables may not hold; add references"
)

__all__ = [
    "NUMBERLESS",
    "guarded",
    "numberless",
    "ranked",
    "shared_line",
    "unattributed",
    "where_claim",
]


def where_claim(
    text: str, sentence: tuple[int, int], inside: list[Mention], catalog: Catalog | None
) -> tuple[tuple[Drafted, Part] | None, tuple[int, int]]:
    """A statement with no number before ", where" ("Rates fell in every group except women
    over 40, where the rate stayed at 15.1"): its claim, the clause after it (whose subject is
    the group named after "except"), and the span left to cut into statements."""
    found = where_parts(text, *sentence)
    if not found or any(m.start < found[1].start for m in inside):
        return None, sentence
    before, after = found
    moved = not names_series(text, before.start, before.end)
    clause = SeriesClause(before.start, before.end, moved, before.subject, before.across)
    linked = Link() if catalog is None else named_link(text, clause, sentence, catalog)
    return (Drafted(before.start, before.end, linked, ()), after), (after.start, sentence[1])


NUMBERLESS = Link(
    todos=(
        "a change stated without a number: add from and to references to check it, or drop "
        "the claim",
    )
)


def shared_line(clause: SeriesClause, linked: Link, drafted: list[Drafted]) -> Link:
    """The link of a second predicate that names no line of its own ("Home sales have fallen
    for the second year running and are the lowest since 2006"): the line of the statement
    before it in the sentence, whose subject it shares; else ``linked`` as it is."""
    if not drafted or not _shares_subject(clause, linked, drafted[-1]):
        return linked
    before = drafted[-1].link
    return Link(before.references, before.cells, (_SHARED,))


def guarded(text: str, clause: SeriesClause, linked: Link, drafted: list[Drafted]) -> Link:
    """A question instead of ``linked`` for a clause whose subject points back ("homes of
    this kind", "in these categories"), that sets its change against a forecast ("grew more
    than expected"), or that moves the figures of the statement before it the other way."""
    if linked.references:
        unborne = _unborne(text, clause)
        if unborne is not None:
            return Link(todos=(unborne,))
    if drafted and _moves_other_way(text, drafted[-1], clause, linked):
        return Link(todos=(_OTHER_WAY,))
    return linked


def _unborne(text: str, clause: SeriesClause) -> str | None:
    """Why a linked clause's words do not bear out its line, or None."""
    quoted = text[clause.start : clause.end]
    if _points_back(text, clause):
        return _POINTS_BACK
    if _SCOPE_BACK.search(quoted):
        return _SCOPED_BACK
    forecast = _AGAINST_FORECAST.search(quoted)
    if forecast is not None:
        return _FORECAST_SAID.format(repr(" ".join(forecast.group().split())))
    return None


def unattributed(text: str, clause: SeriesClause) -> SeriesClause:
    """A clause without the attribution at its ends ("Figures show that ...", "..., figures
    show"), whose opening words still count for linking as its subject."""
    start, end, lead = without_attribution(text, clause.start, clause.end)
    start, end = _trimmed(text, (start, end))
    if start >= end:
        return clause
    return replace(clause, start=start, end=end, subject=clause.subject or lead)


def _shares_subject(clause: SeriesClause, linked: Link, before: Drafted) -> bool:
    """Whether a clause is a second predicate of the subject before it (its subject lies
    before its span, and ends where the statement before begins to speak), names no line of
    its own, and follows a linked statement."""
    return (
        clause.subject is not None
        and clause.subject[0] == before.start
        and not clause.across
        and not linked.references
        and bool(before.link.references)
    )


def _points_back(text: str, clause: SeriesClause) -> bool:
    """Whether a clause's subject points back to a kind the sentence named before ("homes of
    this kind", "this type of fine"), which no line need hold."""
    verb = finite_verb(text, clause.start, clause.end)
    subject_end = verb.start() if verb is not None else clause.end
    return _POINTING.search(text, clause.start, subject_end) is not None


def _moves_other_way(text: str, before: Drafted, clause: SeriesClause, linked: Link) -> bool:
    """Whether a statement is linked to the figures the statement before it was linked to,
    and says they moved the other way ("has risen overall but has fallen in coastal
    towns"): both cannot be about those figures, and the second narrows its subject."""
    if not linked.references or linked.references != before.link.references:
        return False
    first = direction(text, before.start, before.end)
    second = direction(text, clause.start, clause.end)
    return first * second < 0


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?;:,–—-"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def ranked(
    text: str, sentence: tuple[int, int], claims: list[Drafted], catalog: Catalog
) -> list[Drafted]:
    """Claims of a sentence with numbers whose words rank a category and which no number
    links: the category's cell (``link_ranks``)."""
    result = []
    for claim in claims:
        if not claim.link.references:
            ranked = rank_link(text, claim.start, claim.end, sentence, catalog)
            if ranked is not None and ranked.references:
                claim = replace(claim, link=ranked)
        result.append(claim)
    return result


def numberless(text: str, piece: Piece, catalog: Catalog) -> Link:
    """A change stated with no number beside one stated with a number ("the jobless rate held
    steady and payrolls rose 200,000"): linked like a change stated by direction alone to the
    line its own words name, else a question."""
    clause = SeriesClause(piece.start, piece.end, direction=True)
    linked = named_link(text, clause, (piece.start, piece.end), catalog)
    return linked if linked.references else NUMBERLESS
