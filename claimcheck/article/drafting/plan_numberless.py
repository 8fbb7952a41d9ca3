"""Claims of statements that state no number, and rankings said of a category.

A sentence with no statistical number still gives claims: its series statements ("fell to a
new record low"), its changes stated by direction alone ("the jobless rate edged down"), its
statements cut in two ("Payrolls grew and the jobless rate edged down", ``record_parts``) and
a ranking of categories ("Bolton issued the fewest fines", ``link_ranks``). Each quote is
left without the attribution at its ends ("..., figures show"; ``quote_ends``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link import Link
from claimcheck.article.drafting.link_ranks import rank_link
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.article.drafting.plan_series import named_link
from claimcheck.article.drafting.quote_ends import without_attribution
from claimcheck.article.drafting.record_parts import Part, where_parts
from claimcheck.article.drafting.records import SeriesClause, names_series, series_clauses
from claimcheck.article.drafting.statements import Piece
from claimcheck.article.scan import Mention

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
    drafted = [
        Drafted(
            clause.start,
            clause.end,
            Link() if catalog is None else named_link(text, clause, sentence, catalog),
            (),
        )
        for clause in map(
            partial(_unattributed, text), series_clauses(text, sentence, directions=True)
        )
    ]
    if drafted or catalog is None:
        return drafted
    start, end = _trimmed(text, sentence)
    start, end, _ = without_attribution(text, start, end)
    start, end = _trimmed(text, (start, end))
    ranked = rank_link(text, start, end, sentence, catalog)
    return [] if ranked is None else [Drafted(start, end, ranked, ())]


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
