"""Series statements whose line is named in the statement before them.

"Some 35.4% of homes were bought by first-time buyers. This is the highest since 1990." The
second sentence places a figure in its series, but its words ("this", "the highest") name no
line: its subject is the figure the sentence before stated. Such a statement is linked along
the line of that statement, ``from`` the period before its figure ``to`` it, as any other series
statement is (``records``), so the check holds the record against that line.

The subject is carried only when it says so: a pronoun ("this", "it", "that") or a word for the
figure itself ("the figure", "the total", "the number") opening the clause before its verb. A
clause whose own words name a line is linked by them (``records.link_series``); a statement before
it whose link is no single figure or change of one line (a part and a whole, a derived figure)
carries nothing, and the claim keeps its question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from claimcheck.article.drafting.link import Link
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.records import SeriesClause
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Linked", "carried_series", "carries_subject"]


class Linked(Protocol):
    """A drafted claim as this module reads it: its link."""

    @property
    def link(self) -> Link: ...


# A clause that opens with a subject carried from the sentence before: "This is", "It was",
# "That marks", "The figure is", "which is".
_CARRIED_SUBJECT = lazy_pattern(
    r"(?:(?:this|it|that|which)|(?:the|this|that)\s+(?:figure|total|number|level|count))"
    r"\s+(?:(?:is|was|has|had|have)\s+)?(?:is|was|been|marks?|marked|represents?|represented"
    r"|remains?|remained|stands?|stood|equals?|makes?|made)\b"
    r"|(?:it|this|that)['’]s\b",
    re.IGNORECASE,
)
_YEAR = lazy_pattern(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# The roles of a link that places one figure of one line: a change along it, or the figure.
_ONE_FIGURE = (frozenset(["figure"]), frozenset(["from", "to"]))


# A clause that opens with its verb: its subject is the sentence's ("This was 49% higher than
# in 2011, and is the highest on record").
_VERB_FIRST = lazy_pattern(
    r"(?:is|was|are|were|has|had|have|marks?|marked|remains?|remained)\b", re.IGNORECASE
)


def carries_subject(text: str, clause: SeriesClause, sentence_start: int | None = None) -> bool:
    """Whether the clause's subject is the figure of the statement before ("This is ..."): its
    own, or, for a clause that opens with its verb, its sentence's (from ``sentence_start``)."""
    if _CARRIED_SUBJECT.match(text, clause.start, clause.end) is not None:
        return True
    return (
        sentence_start is not None
        and _VERB_FIRST.match(text, clause.start, clause.end) is not None
        and _CARRIED_SUBJECT.match(text, sentence_start, clause.end) is not None
    )


def carried_series(
    text: str,
    clause: SeriesClause,
    before: Sequence[Linked],
    catalog: Catalog,
    sentence_start: int | None = None,
) -> Link | None:
    """The link of a series statement along the line of the statement before it, when its
    subject is carried from that statement; None when it is not, or no such line is given. A
    change stated by direction alone ("It fell") needs the period before; a record on a line
    with none is the figure itself, which the check cannot settle, so it asks for review."""
    if not carries_subject(text, clause, sentence_start):
        return None
    last = _last_figure(before)
    if last is None:
        return None
    if not clause.direction and _short_record(text, clause, last, catalog):
        return Link(todos=(_SHORT_TODO,))
    first = catalog.before(last)
    kind = "a change stated by its direction" if clause.direction else "a record"
    reason = f"{kind} along {last.line}, the line of the statement before it"
    if first is None:
        return None if clause.direction else Link((("figure", last.ref),), (last,), (reason,))
    return Link((("from", first.ref), ("to", last.ref)), (first, last), (reason,))


_SHORT_TODO = (
    "a record with no year, carried from the statement before, on a line of two periods: the "
    "line may not be the whole series; add references to the series, or leave it for review"
)


def _short_record(text: str, clause: SeriesClause, last: Cell, catalog: Catalog) -> bool:
    """Whether a record names no year to reach back to ("the highest on record") and the line
    of the statement before holds two periods or fewer: the check takes a line given as the
    whole record, which holds when the reporter's words chose it, not when the draft took it
    from the figure before (often a summary table of two years)."""
    if _YEAR.search(text, clause.start, clause.end) is not None:
        return False
    held = [cell for cell in catalog.line(last) if cell is not None and cell.period is not None]
    return len(held) <= 2


def _last_figure(before: Sequence[Linked]) -> Cell | None:
    """The latest figure the last statement before linked on a line: its figure, or the end of
    its change."""
    for claim in reversed(before):
        linked = claim.link
        roles = frozenset(role for role, _ in linked.references)
        if not roles:
            continue
        if roles not in _ONE_FIGURE or len(linked.lines) != 1:
            return None
        cells = {cell.ref: cell for cell in linked.cells}
        refs = dict(linked.references)
        last = cells.get(refs.get("to") or refs["figure"])
        return last if last is not None and last.line is not None else None
    return None
