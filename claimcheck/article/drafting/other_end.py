"""The other end of a change a statement states with one linked number ("fell to 4,100": the
period before; "down from 5,200": the level stated later), and the earlier figure a statement
names after "from"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.article.drafting.link_result import Match, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import fits
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.measures import mixed_measures

__all__ = ["FROM_WORD", "VALUE_KINDS", "other_end", "same_table", "stated_from"]

VALUE_KINDS = frozenset(
    [MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT, MentionKind.SHARE]
)
_FROM_BEFORE = lazy_pattern(
    r"\b(from|on|since|compared\s+with|compared\s+to|against|than|when\s+there\s+were"
    r"|double|twice|triple|treble|quadruple)\b"
    r"[^,;.]{0,80}\Z",
    re.IGNORECASE,
)
FROM_WORD = lazy_pattern(r"\bfrom\s+(?:an?\s+|the\s+)?\Z", re.IGNORECASE)


def other_end(
    match: Match, statement: Statement, catalog: Catalog, sentence_cells: Sequence[Cell]
) -> Cell | None:
    """The other end of the change a statement with one linked number states."""
    cell = match.cell
    if cell.line is None:
        return None
    before = statement.text[: match.mention.start - statement.start]
    if _FROM_BEFORE.search(before) is None:
        if stated_from(match, statement) is not None:
            return None  # the statement names its other end (see link), none is invented
        return catalog.before(cell)  # "fell to N": N against the period before
    later = [c for c in sentence_cells if c.line == cell.line and c.order > cell.order]
    if later:
        return max(later, key=lambda c: c.order)  # "down from N": to the level stated
    latest = catalog.latest(cell.line)
    return latest if latest is not None and latest.order > cell.order else None


def stated_from(match: Match, statement: Statement) -> Mention | None:
    """Another stated number the statement compares with ("... from 141,000")."""
    for mention in statement.mentions:
        if mention is match.mention or mention.kind not in VALUE_KINDS:
            continue
        if FROM_WORD.search(statement.text[: mention.start - statement.start]):
            return mention
    return None


def same_table(mention: Mention, cell: Cell, catalog: Catalog) -> Cell | None:
    """The one cell of ``cell``'s table, on its line or in its period, that ``mention`` fits."""
    found = [
        other
        for other in catalog.cells
        if other.figure.source.id == cell.figure.source.id
        and other.ref != cell.ref
        and fits(mention, other)
        and (other.line == cell.line or (other.period is not None and other.period == cell.period))
        and not mixed_measures([other.figure.label or "", cell.figure.label or ""])
    ]
    return found[0] if len(found) == 1 else None
