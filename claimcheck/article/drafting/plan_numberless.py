"""Claims of statements that state no number, and rankings said of a category.

A sentence with no statistical number still gives claims: its series statements ("fell to a
new record low"), its changes stated by direction alone ("the jobless rate edged down"), its
statements cut in two ("Payrolls grew and the jobless rate edged down", ``record_parts``) and
a ranking of categories ("Bolton issued the fewest fines", ``link_ranks``). Each quote is
left without the attribution at its ends ("..., figures show"; ``quote_ends``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from claimcheck.article.drafting.clauses import finite_verb
from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link import Link
from claimcheck.article.drafting.link_ranks import rank_link
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.article.drafting.plan_series import named_link
from claimcheck.article.drafting.quote_ends import without_attribution
from claimcheck.article.drafting.record_parts import Part, where_parts
from claimcheck.article.drafting.records import SeriesClause, names_series, series_clauses
from claimcheck.article.drafting.statements import Piece, direction
from claimcheck.article.scan import Mention
from claimcheck.text.lazy import lazy_pattern

# A subject that points back: "this", "these", "such fines", "homes of this kind".
_POINTING = lazy_pattern(
    r"\b(?:this|these|those|such)\b(?!\s+(?:year|month|quarter|week|time|spring|summer"
    r"|autumn|winter|financial)\b)|\bof\s+(?:this|that|the\s+same)\s+(?:nature|kind|type|sort)\b",
    re.IGNORECASE,
)
_SHARED = "the line of the statement before, whose subject this one shares"
_POINTS_BACK = (
    "the subject points back to what the sentence named before (this, such, of this kind): "
    "add the references of that line, or leave it for review"
)
_OTHER_WAY = (
    "the statement before is linked to the same figures and says they moved the other way: "
    "this one speaks of a part the tables may not hold; add references"
)

__all__ = ["NUMBERLESS", "numberless", "numberless_claims", "ranked", "where_claim"]


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


def numberless_claims(
    text: str, sentence: tuple[int, int], catalog: Catalog | None
) -> list[Drafted]:
    """Claims for the series statements of a sentence that states no number, for the
    changes it states by direction alone ("the jobless rate edged down"), and for a ranking
    of categories ("Bolton issued the fewest fines")."""
    drafted: list[Drafted] = []
    for clause in map(
        partial(_unattributed, text), series_clauses(text, sentence, directions=True)
    ):
        linked = Link() if catalog is None else named_link(text, clause, sentence, catalog)
        if drafted and _shares_subject(clause, linked, drafted[-1]):
            # "Home sales have fallen for the second year running and are the lowest
            # since 2006": the second predicate speaks of the line of the first
            before = drafted[-1].link
            linked = Link(before.references, before.cells, (_SHARED,))
        if linked.references and _points_back(text, clause):
            linked = Link(todos=(_POINTS_BACK,))
        elif drafted and _moves_other_way(text, drafted[-1], clause, linked):
            linked = Link(todos=(_OTHER_WAY,))
        drafted.append(Drafted(clause.start, clause.end, linked, ()))
    if drafted or catalog is None:
        return drafted
    start, end = _trimmed(text, sentence)
    start, end, _ = without_attribution(text, start, end)
    start, end = _trimmed(text, (start, end))
    ranked = rank_link(text, start, end, sentence, catalog)
    return [] if ranked is None else [Drafted(start, end, ranked, ())]


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
    """Whether a clause's subject points back to something the sentence named before ("this",
    "such fines", "homes of this kind"), which no line need hold."""
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


def _unattributed(text: str, clause: SeriesClause) -> SeriesClause:
    """A clause without the attribution at its ends ("..., figures show")."""
    start, end, lead = without_attribution(text, clause.start, clause.end)
    start, end = _trimmed(text, (start, end))
    if start >= end:
        return clause
    return replace(clause, start=start, end=end, subject=clause.subject or lead)


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
