"""A share said of a whole the sentence counts: "almost half of the 300 requests were
answered late", "three in five of the 1,200 claims were settled".

The count is the table's total and links alone; the share is the part the words name as a
share of that total. The claim is the part and the whole (``part`` the row the words name,
``whole`` the total the count is), so the check holds the share against their ratio and the
count against the whole, rather than a single figure that leaves the share unchecked. Proposed
only when the count's figure is a total line and the share, read as if the count were not
there, names a part whose whole is that very total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.link_only import share
from claimcheck.article.drafting.link_part_of import share_of_stated, total_cells
from claimcheck.article.drafting.link_result import Link, Match, Statement
from claimcheck.article.drafting.link_share_words import share_link
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.scan import MentionKind

__all__ = ["part_and_whole", "share_of_counted_whole"]

_SHARES = (MentionKind.SHARE, MentionKind.PERCENT)


def share_of_counted_whole(
    statement: Statement, matches: list[Match], catalog: Catalog, notes: list[str]
) -> Link | None:
    """``part`` and ``whole`` for a share said of the total the statement counts, or None."""
    if len(matches) != 1 or len(statement.mentions) != 2:
        return None
    whole = matches[0]
    shares = [m for m in statement.mentions if m is not whole.mention and m.kind in _SHARES]
    if len(shares) != 1 or not total_cells([whole.cell]):
        return None
    alone = replace(statement, mentions=tuple(shares))
    found = share_link(alone, catalog, [], unchanged=True)
    if found is None or ("whole", whole.cell.ref) not in found.references:
        return None
    reason = f"{whole.mention.text} is the whole, {whole.cell.ref}"
    return replace(found, reasons=(*found.reasons, reason), todos=(*notes, *found.todos))


def part_and_whole(
    match: Match,
    statement: Statement,
    catalog: Catalog,
    sentence_cells: Sequence[Cell],
    found: tuple[list[Match], list[str]],
) -> Link | None:
    """Part and whole for a count stated with its share: of the total just stated
    (``share_of_stated``), else of another figure of its series (``share``); or for a share
    said of the total the count is (``share_of_whole``)."""
    matches, notes = found
    return (
        share_of_stated(match, statement, catalog, sentence_cells)
        or share(match, statement, catalog)
        or share_of_counted_whole(statement, matches, catalog, notes)
    )
