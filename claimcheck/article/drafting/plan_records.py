"""The claims of a sentence that states no number: its series statements ("fell to a new record
low"), its changes stated by direction alone ("the jobless rate edged down", "robberies fell"),
and its rankings of categories ("Harwick issued the fewest fines").

A series statement whose words name no line but whose subject is the figure of the statement
before ("This is the highest since 1990") is linked along that statement's line
(``series_carried``). A change stated by a bare verb is drafted only when its words name one
line (``bare_moves``).
"""

from __future__ import annotations

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link import Link
from claimcheck.article.drafting.link_ranks import rank_link
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.article.drafting.plan_numberless import guarded, shared_line, unattributed
from claimcheck.article.drafting.plan_series import named_link
from claimcheck.article.drafting.records import series_clauses
from claimcheck.article.drafting.series_carried import carried_series
from claimcheck.article.drafting.series_reach import reach_back

__all__ = ["numberless_claims", "trimmed"]


def numberless_claims(
    text: str, sentence: tuple[int, int], catalog: Catalog | None, before: list[Drafted]
) -> list[Drafted]:
    """Claims for the series statements of a sentence that states no number, for the
    changes it states by direction alone ("the jobless rate edged down"), and for a ranking
    of categories ("Bolton issued the fewest fines"); one whose subject is the statement
    before's ("This is the highest since 1990") is linked along that statement's line."""
    drafted: list[Drafted] = []
    spoken = frozenset(cell.figure.source.id for claim in before for cell in claim.link.cells)
    for found in series_clauses(text, sentence, directions=True):
        clause = unattributed(text, found)  # "Figures show that ...", "..., figures show"
        linked = Link() if catalog is None else named_link(text, clause, sentence, catalog, spoken)
        linked = shared_line(clause, linked, drafted)  # "... fell and is the lowest since"
        if catalog is not None and not linked.references and not clause.compared:
            linked = carried_series(text, clause, before, catalog) or linked
        if clause.bare and not linked.references:
            continue  # a bare verb no single line answers: nothing, rather than a guess
        linked = guarded(text, clause, linked, drafted)  # "of this kind", "rose but fell"
        if catalog is not None and not clause.direction:
            linked = reach_back(text, (clause.start, clause.end), linked, catalog)
        drafted.append(Drafted(clause.start, clause.end, linked, (), clause.bare))
    if drafted or catalog is None:
        return drafted
    start, end = trimmed(text, sentence)
    ranked = rank_link(text, start, end, sentence, catalog)
    return [] if ranked is None else [Drafted(start, end, ranked, ())]


def trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?;:,"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end
