"""A record stated first, its figure in the sentence after: "The queue has hit a new high.
Some 412,000 people were waiting at the end of May, up from 405,000 in April."

A series statement with no number whose words name no single line ("has reached a new record
high") is often a headline for the sentence that follows, which states the figure. When that
next sentence's first claim links one figure of one line (its level, or a change to it) at the
line's latest period, and the two sentences speak of the same thing (they share a word the
tables use), the record is linked along that line, ``from`` the period before ``to`` the
figure, as a record carried from the statement before is (``series_carried``). A line of two
periods or fewer is no series to hold a record against: nothing is proposed.
"""

from __future__ import annotations

from dataclasses import replace

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.records import series_clauses
from claimcheck.article.drafting.sentence_spans import sentences

__all__ = ["with_records_named_next"]

_ONE_FIGURE = (frozenset(["figure"]), frozenset(["from", "to"]))


def with_records_named_next(
    text: str, drafted: list[Drafted], catalog: Catalog | None
) -> list[Drafted]:
    """The drafted claims with each record that names no line linked along the line of the
    figure the next sentence states."""
    if catalog is None:
        return drafted
    spans = list(sentences(text))
    result = list(drafted)
    for index, claim in enumerate(drafted[:-1]):
        linked = _linked(text, spans, claim, drafted[index + 1], catalog)
        if linked is not None:
            result[index] = replace(claim, link=linked)
    return result


def _linked(
    text: str, spans: list[tuple[int, int]], claim: Drafted, after: Drafted, catalog: Catalog
) -> Link | None:
    if claim.mentions or claim.link.references or not after.mentions:
        return None
    sentence = next((span for span in spans if span[0] <= claim.start < span[1]), None)
    if sentence is None or not _next_sentence(spans, sentence, after.start):
        return None
    clauses = list(series_clauses(text, (claim.start, claim.end)))
    if len(clauses) != 1 or clauses[0].direction or clauses[0].across or clauses[0].compared:
        return None
    last = _figure(after)
    if last is None or last.line is None or catalog.latest(last.line) != last:
        return None
    held = [cell for cell in catalog.line(last) if cell is not None and cell.period is not None]
    first = catalog.before(last)
    if len(held) <= 2 or first is None:
        return None
    shared = concepts(text[claim.start : claim.end]) & concepts(text[after.start : after.end])
    if not shared & catalog.vocabulary:
        return None
    words = ", ".join(f'"{word}"' for word in sorted(shared & catalog.vocabulary))
    reason = (
        f"a record along {last.line}, the line of the figure the next sentence states "
        f"(both speak of {words})"
    )
    return Link((("from", first.ref), ("to", last.ref)), (first, last), (reason,))


def _next_sentence(spans: list[tuple[int, int]], sentence: tuple[int, int], start: int) -> bool:
    """Whether ``start`` is in the sentence just after ``sentence``."""
    later = [span for span in spans if span[0] >= sentence[1]]
    return bool(later) and later[0][0] <= start < later[0][1]


def _figure(claim: Drafted) -> Cell | None:
    """The figure a claim places on one line: its figure, or the end of its change."""
    linked = claim.link
    roles = frozenset(role for role, _ in linked.references)
    if roles not in _ONE_FIGURE or len(linked.lines) != 1:
        return None
    refs = dict(linked.references)
    cells = {cell.ref: cell for cell in linked.cells}
    return cells.get(refs.get("to") or refs["figure"])
