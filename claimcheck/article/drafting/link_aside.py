"""The link of an aside that places a level in its series (``asides``).

"Cyclist deaths (812 fatalities - the most since 1995) rose 2.1 percent": the aside speaks of
the level before it, so it is linked along that level's line. When the line reaches back to
the year the aside names, the claim runs from the period before the level to the level, and
the check holds the record against the whole line; otherwise it is the level's figure alone,
which cannot settle the record, and the check asks for review: a line of two years is no
record, and must not pass one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link import Link
from claimcheck.article.drafting.link_table import Catalog, period_of, without_anchor_year
from claimcheck.article.drafting.plan_series import named_link
from claimcheck.article.drafting.records import SeriesClause

__all__ = ["aside_link", "with_series_links"]


class Span(Protocol):
    """A statement's span and the subject it speaks of outside it."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def subject(self) -> tuple[int, int] | None: ...


def aside_link(
    text: str, span: Span, level: Link, sentence: tuple[int, int], catalog: Catalog
) -> Link:
    """The link of an aside's statement: along the line of the level before it, from the
    period before the level's figure to it when that line reaches back to the year the aside
    names ("the most since 1995"), so the check can hold the record against the line; else
    the level's figure alone, which cannot settle the record, so the check asks for review
    (a line that holds two years is no record). With no level linked, the line its words
    name, as for a series statement."""
    if not level.cells or level.cells[-1].line is None:
        clause = SeriesClause(span.start, span.end, subject=span.subject)
        return named_link(text, clause, sentence, catalog)
    last = level.cells[-1]
    period = period_of(without_anchor_year(text[span.start : span.end]))
    named = period.years if period is not None else frozenset()
    anchor = period_of(text[span.start : span.end])
    reach = anchor.years if anchor is not None else frozenset()
    held = {
        year
        for cell in catalog.lines[last.line or ""]
        if cell is not None and cell.period is not None
        for year in cell.period.years
    }
    first = catalog.before(last)
    if first is not None and reach and not named and held and min(held) <= min(reach):
        reason = f"a record along {last.line}, the line of the level it follows"
        return Link((("from", first.ref), ("to", last.ref)), (first, last), (reason,))
    reason = f"series words said of the level {last.ref}, checked along its line"
    return Link((("figure", last.ref),), (last,), (reason,))


def with_series_links(
    claims: list[Drafted],
    asides: Sequence[tuple[int, int]],
    checked: Sequence[tuple[SeriesClause, Link]],
) -> list[Drafted]:
    """The claims, each aside or second predicate that its level's line could not link ("This
    was 20% lower than in 2009, and is the lowest on record": nothing linked before it) taking
    the link the series rules found for its words (the line of the sentence before)."""
    result = []
    for claim in claims:
        span = (claim.start, claim.end)
        if span in asides and not claim.link.references:
            found = [ln for c, ln in checked if c.start < claim.end and claim.start < c.end]
            if found and found[0].references:
                claim = replace(claim, link=found[0])
        result.append(claim)
    return result
