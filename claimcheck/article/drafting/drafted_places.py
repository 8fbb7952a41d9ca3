"""Every drafted claim keeps to the place its words name, however its references were joined.

A statement's own link is held to the place it names (``link_places.placed``), but a claim
may be made by joining a level to its change, a base to its level, or a clause to the one
before (``join_*``), after that test. A joined claim that names "the UK" and rests on the row
"England" of a table that has a line "United Kingdom" would then check another place's
figure, and an article's error (England's average given as the UK's) would come out
supported. So the test is made once more on each drafted claim's whole quote: a place its
words name that the proposed cells' lines are not, and the table has elsewhere or not at
all, leaves the claim without references, and the comment says which line is missing. A
claim whose sentence names no place and whose cells lie on a part's line of a table of places
is asked which place it means (``place_parts``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_places import missing_place, names_in, not_placed
from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.article.drafting.link_values import fits, stated_fits
from claimcheck.article.drafting.place_parts import part_not_named, wholes
from claimcheck.article.drafting.sentence_spans import sentences

__all__ = ["in_their_places"]


def _by_value(claim: Drafted) -> bool:
    """Whether a number the claim states is a proposed figure, or the change between the
    two proposed figures."""
    cells = claim.link.cells
    if len(cells) == 2 and stated_fits(claim.mentions, cells[0], cells[1]):
        return True
    return any(fits(mention, cell) for mention in claim.mentions for cell in cells)


def _placed(
    text: str, claim: Drafted, catalog: Catalog, opening: int, tables: dict[str, str]
) -> Drafted:
    """The claim, or no references and the reason (see the module); ``opening`` is where
    its sentence starts, whose words before the quote may name the place; ``tables`` the
    whole of each table of places."""
    found = claim.link
    if not found.references or not found.cells:
        return claim
    said = text[claim.start : claim.end]
    name = missing_place(said, found.cells, catalog, by_value=_by_value(claim))
    why = None if name is None else not_placed(name, found.cells, catalog)
    if why is None:
        sentence = text[min(opening, claim.start) : claim.end]
        named = bool(names_in(sentence))
        why = part_not_named(sentence, found.cells, tables, named=named)
    if why is None:
        return claim
    refs = [cell.ref for cell in found.cells]
    kept = [todo for todo in found.todos if not any(ref in todo for ref in refs)]
    return replace(claim, link=Link(todos=(*kept, why)))


def in_their_places(
    text: str, drafted: Sequence[Drafted], catalog: Catalog | None
) -> list[Drafted]:
    """The drafted claims, each without references that another place's lines hold than
    the one its words name (see the module)."""
    if catalog is None:
        return list(drafted)
    starts = [start for start, _ in sentences(text)] or [0]
    tables = wholes(catalog)
    return [
        _placed(text, claim, catalog, starts[max(bisect_right(starts, claim.start) - 1, 0)], tables)
        for claim in drafted
    ]
