"""A count and, in a clause after it, the share it is of its table's total.

"There were 4,310 pupils in year 7 at the start of term, who made up 12.4 per cent of the
roll": the first clause links the count to its figure; the second states no figure of its
own but the share the count is of the whole its table totals. When the clause that follows a
linked count says it "accounted for", "made up", "represented" or "was" a percentage "of" a
whole, and the count's table holds one total line (a row named "Total", "All ...", a nation:
``link_part_of.TOTAL_NAME``) in the count's period of which the count is that share within the
percentage's written precision, the two clauses are one claim: ``part`` the count, ``whole``
the total.

Meaning, not value: the count was linked by its own words, the total is its own table's total
in its own period, and the words say the percentage is a share of a whole. A clause that
links anything itself, or a total that does not give the share, leaves both claims as they were.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_part_of import in_per_cent, share_fits, total_cells
from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.scan import MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["with_shares_of_totals"]

# "who accounted for 29.3 per cent of", "which made up 12%", "representing 40% of"
_SHARE_OF = lazy_pattern(
    r"\W*(?:(?:who|which|that)\s+)?(?:together\s+)?(?:accounted\s+for|account(?:s|ing)?\s+for"
    r"|made\s+up|make(?:s)?\s+up|making\s+up|represent(?:ed|s|ing)?|comprised|comprising"
    r"|(?:was|were|is|are)|being)\s+(?:about\s+|around\s+|almost\s+|nearly\s+|just\s+)?"
    r"(?:over\s+|under\s+|more\s+than\s+|less\s+than\s+)?\S+\s*(?:per\s*cent|%)\s+of\b",
    re.IGNORECASE,
)
_BETWEEN = lazy_pattern(r"\A[\s,;–—-]*\Z")


def with_shares_of_totals(
    text: str, drafted: list[Drafted], catalog: Catalog | None
) -> list[Drafted]:
    """The drafted claims with a count and the share clause after it made one share claim."""
    if catalog is None:
        return drafted
    result: list[Drafted] = []
    for claim in drafted:
        joined = _joined(text, result[-1], claim, catalog) if result else None
        if joined is None:
            result.append(claim)
        else:
            result[-1] = joined
    return result


def _joined(text: str, count: Drafted, share: Drafted, catalog: Catalog) -> Drafted | None:
    if share.link.references or len(share.mentions) != 1 or not in_per_cent(share.mentions[0]):
        return None
    if [role for role, _ in count.link.references] != ["figure"] or len(count.link.cells) != 1:
        return None
    if not _BETWEEN.match(text[count.end : share.start]):
        return None
    if _SHARE_OF.match(text, share.start) is None:
        return None
    part = count.link.cells[0]
    stated = [m for m in count.mentions if m.kind is MentionKind.COUNT]
    if len(stated) != 1 or part.is_change or not part.figure.number.value:
        return None
    mention = share.mentions[0]
    wholes = [
        cell
        for cell in total_cells(catalog.cells)
        if _whole_of(cell, part) and share_fits(mention, part.figure.number.value / _value(cell))
    ]
    if len(wholes) != 1:
        return None
    whole = wholes[0]
    reasons = (
        f"{mention.text} is {part.ref} as a share of {whole.ref}, its table's total in its period",
        *count.link.reasons,
    )
    link = Link((("part", part.ref), ("whole", whole.ref)), (part, whole), reasons)
    return replace(count, end=share.end, link=link, mentions=count.mentions + share.mentions)


def _whole_of(cell: Cell, part: Cell) -> bool:
    """A total of the part's table and period, larger than the part, in its unit."""
    return (
        cell.figure.source.id == part.figure.source.id
        and cell.period == part.period
        and cell.ref != part.ref
        and cell.figure.number.unit == part.figure.number.unit
        and _value(cell) > part.figure.number.value
    )


def _value(cell: Cell) -> Fraction:
    return cell.figure.number.value
