"""A level whose line the next sentence names by pointing back at it.

"Some 3,410 thefts were recorded in the year to June. This is up 6% from 3,217 the year
before": the first sentence names no place or group, so its number matched a cell by value
alone and was left as a question. The next sentence opens with "This", "That" or "It": its
subject is the level just stated, and its own link (a change ``to`` a cell, or that cell as
a ``figure``) names the level's line. The level is linked to that cell when:

- it is the one number of its claim, and its claim has no references;
- the cell the next statement ends on holds the stated value, within its written precision;
- the level's words name what the table counts (a word of the cell's labels, or of its
  table's title rows and heading) and
  no period other than the cell's.

Otherwise the level stays a question: a value alone is no reason to link it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.article.drafting.link_values import fits
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.scan import MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["with_pointed_levels"]

_LEVEL_KINDS = frozenset([MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT])
_POINTS_BACK = lazy_pattern(r"(?:this|that|it)(?:'s|’s)?\s", re.IGNORECASE)


def with_pointed_levels(text: str, drafted: Sequence[Drafted], catalog: Catalog) -> list[Drafted]:
    """The drafted claims, each level with no references linked to the cell the statement
    after it ends on, when that statement points back at it (see the module)."""
    result = list(drafted)
    for index in range(len(result) - 1):
        claim, after = result[index], result[index + 1]
        cell = _pointed_cell(text, claim, after, catalog)
        if cell is None:
            continue
        reason = (
            f"{claim.mentions[0].text} is {cell.ref}, the figure the next sentence speaks of "
            "when it points back at it"
        )
        result[index] = replace(claim, link=Link((("figure", cell.ref),), (cell,), (reason,)))
    return result


def _pointed_cell(text: str, claim: Drafted, after: Drafted, catalog: Catalog) -> Cell | None:
    if claim.link.references or len(claim.mentions) != 1 or claim.bare:
        return None
    (mention,) = claim.mentions
    if mention.kind not in _LEVEL_KINDS:
        return None
    between = text[claim.end : after.start]
    if "." not in between or _POINTS_BACK.match(text, after.start) is None:
        return None  # the statement after opens the next sentence with "This", "It"
    roles = dict(after.link.references)
    ref = roles.get("to") or roles.get("figure")
    cells = [cell for cell in after.link.cells if cell.ref == ref]
    if len(cells) != 1 or cells[0].is_change or not fits(mention, cells[0]):
        return None
    cell = cells[0]
    said = text[claim.start : claim.end].replace(mention.text, " ")
    heading = concepts(catalog.headings.get(cell.figure.source.id, ""))
    if not concepts(said) & (cell.words | cell.title_words | heading):
        return None
    named = period_of(said)
    if (
        named is not None
        and (named.years or named.months)
        and (cell.period is None or not cell.period.names(named.years, named.months))
    ):
        return None  # the level speaks of another period than the cell's
    return cell
