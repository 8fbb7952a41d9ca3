"""Revisions: the same period in a table's "as previously published" and "as revised" lines.

A release that revises its earlier figures prints both ("Month, As previously published, As
revised"; or rows "..., as first published" and "..., as revised" across month columns). A
statement that says a figure "was revised" speaks of one period in those two lines, so the
draft proposes ``from`` the earlier estimate ``to`` the revised one, in the same period:

- "August was revised upward 23,000 to 181,000": 181,000 is August's revised cell, so from
  August's previously published cell to it (the change of 23,000 is then checked);
- "July was revised down by 12,000" (no number fits a cell): the one pair of cells in the
  month the clause names, when there is exactly one;
- a statement with no revision word, or a period with no pair, or several: no such link.

Two releases given as two tables (a "first estimate" and a "second estimate", or "as
previously published" and "revised", said in each table's title rows or name) are the two
estimates too: a cell of one pairs with the cell of the other that has the same words and
period (``across``). "Growth was revised down from 0.1% to 0%" then links both, and "was
first reported as 0.6%" (an earlier estimate said in words, ``EARLIER_SAID``) links from the
first estimate to the revised one of the period the clause names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.article.drafting.link_named import REVISED_WORD, name_text
from claimcheck.article.drafting.link_result import Link, Match, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import when
from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "EARLIER_SAID",
    "across",
    "estimate",
    "is_revision",
    "months_back",
    "partner",
    "release_kind",
    "revised_kind",
    "revision",
]

_REVISED = lazy_pattern(r"\brevised\b|\bcurrent\b|\blatest\b", re.IGNORECASE)
_EARLIER = lazy_pattern(
    r"\bprevious(?:ly)?\b|\bfirst\b|\boriginal(?:ly)?\b|\binitial(?:ly)?\b|\bprior\b"
    r"|\bearlier\b",
    re.IGNORECASE,
)

EARLIER_SAID = lazy_pattern(
    r"\b(?:previously|first|initially|originally|earlier)\s+"
    r"(?:reported|published|estimated|announced|stated)\b",
    re.IGNORECASE,
)
"""An earlier estimate said in words ("more than previously reported"): with a net revision's
two periods, the statement is about their two estimates (``link_derived``)."""
# "the previous two months", "the prior two months'", "the two previous months"
_MONTHS_BACK = lazy_pattern(
    r"\b(?:previous|prior|preceding|past|last)\s+(?P<n>two|three|2|3)\s+months?\b"
    r"|\b(?P<m>two|three|2|3)\s+(?:previous|prior|preceding)\s+months?\b",
    re.IGNORECASE,
)
_SMALL = {"two": 2, "three": 3, "2": 2, "3": 3}
_AS_END = lazy_pattern(r"[\s,;(-]*\b(?:as|when|the)?[\s,;(-]*\Z", re.IGNORECASE)


def revised_kind(cell: Cell) -> str | None:
    """ "revised", "earlier" or None, from the name of the cell's line."""
    text = name_text(cell)
    if _EARLIER.search(text):
        return "earlier"
    if _REVISED.search(text):
        return "revised"
    return None


def partner(cell: Cell, catalog: Catalog) -> Cell | None:
    """The cell of the other estimate of ``cell``'s period in its table (one, or None). An
    earlier estimate with no "as revised" line beside it ("Pedestrians, as first published")
    has the line of the same name with no revision words ("Pedestrians") as its current
    estimate."""
    kind = revised_kind(cell)
    if kind is None or cell.period is None:
        return None
    same = [
        other
        for other in catalog.cells
        if other.figure.source.id == cell.figure.source.id
        and other.ref != cell.ref
        and other.period == cell.period
    ]
    found = [other for other in same if revised_kind(other) not in (None, kind)]
    if not found and kind == "earlier":
        name = _unrevised_name(cell)
        found = [
            other
            for other in same
            if revised_kind(other) is None and _unrevised_name(other) == name
        ]
    return found[0] if len(found) == 1 else None


# A release's estimate said in its title rows or name: "GDP, first estimate", "Q3 flash".
_TITLE_EARLIER = lazy_pattern(
    r"\b(?:first|initial|preliminary|advance|flash)[\s_-]+estimates?\b|\bpreliminary\b"
    r"|\bas[\s_]+(?:first|previously)[\s_]+published\b",
    re.IGNORECASE,
)
_TITLE_REVISED = lazy_pattern(
    r"\b(?:second|third|final|revised)[\s_-]+estimates?\b|\brevised\b|\bas[\s_]+revised\b",
    re.IGNORECASE,
)


def release_kind(cell: Cell, catalog: Catalog) -> str | None:
    """ "revised", "earlier" or None: from the name of the cell's line, else from its table's
    title rows, title and id ("Quarterly growth - first estimate")."""
    own = revised_kind(cell)
    if own is not None:
        return own
    source = cell.figure.source
    title = f"{catalog.headings.get(source.id, '')} {source.title or ''} {source.id}"
    if _TITLE_EARLIER.search(title):
        return "earlier"
    if _TITLE_REVISED.search(title):
        return "revised"
    return None


def estimate(cell: Cell, statement: Statement, catalog: Catalog) -> bool:
    """Whether ``cell`` is one release's estimate of a figure that a statement of a revision
    speaks of: "revised down from 0.2% to 0.1%" says which way the estimate moved, not that
    the growth figure is a fall, so the number is compared as written."""
    return REVISED_WORD.search(statement.text) is not None and release_kind(cell, catalog) in (
        "earlier",
        "revised",
    )


def across(cell: Cell, catalog: Catalog) -> Cell | None:
    """The other release's estimate of ``cell``: the one cell of another table of the other
    kind (``release_kind``) with the same words and period, or None."""
    kind = release_kind(cell, catalog)
    if kind is None or cell.period is None or revised_kind(cell) is not None:
        return None
    found = [
        other
        for other in catalog.cells
        if other.figure.source.id != cell.figure.source.id
        and other.period == cell.period
        and other.words == cell.words
        and revised_kind(other) is None
        and release_kind(other, catalog) not in (None, kind)
    ]
    return found[0] if len(found) == 1 else None


def _unrevised_name(cell: Cell) -> str:
    """The name of a cell's line without its revision words ("Pedestrians, as first published
    for 2016": "pedestrians")."""
    text = name_text(cell).lower()
    found = _EARLIER.search(text) or _REVISED.search(text)
    if found is not None:
        text = _AS_END.sub("", text[: found.start()])
    return " ".join(re.findall(r"[a-z0-9]+", text))


def revision(statement: Statement, matches: Sequence[Match], catalog: Catalog) -> Link | None:
    """The revision a statement speaks of (see the module), or None."""
    text = statement.text
    if REVISED_WORD.search(text) is None and EARLIER_SAID.search(text) is None:
        return None
    # a net revision column ("Revision", "Net revision") is neither estimate: left aside
    cells = {
        match.cell.ref: match.cell
        for match in matches
        if release_kind(match.cell, catalog) is not None
    }
    if len(cells) == 2:
        one, two = cells.values()
        if across(one, catalog) != two:
            return None
        return _link(*((one, two) if release_kind(one, catalog) == "earlier" else (two, one)))
    if len(cells) > 1:
        return None
    if cells:
        (cell,) = cells.values()
        other = partner(cell, catalog) or across(cell, catalog)
        if other is None:
            return None
        earlier = release_kind(cell, catalog) == "earlier"
        if REVISED_WORD.search(text) is None:
            # "was first reported as 143,000": the earlier estimate alone is stated
            return _first(cell) if earlier else None
        return _link(*((cell, other) if earlier else (other, cell)))
    if not (statement.words.years or statement.words.months):
        return None
    named = [
        cell
        for cell in catalog.cells
        if revised_kind(cell) == "revised" and when(cell, statement.words) > 0
    ]
    pairs = [(other, cell) for cell in named if (other := partner(cell, catalog)) is not None]
    if len(pairs) != 1:
        return None
    return _link(*pairs[0])


def _link(earlier: Cell, revised: Cell) -> Link:
    reason = f"a revision: {earlier.ref} as first published to {revised.ref} as revised"
    return Link((("from", earlier.ref), ("to", revised.ref)), (earlier, revised), (reason,))


def _first(earlier: Cell) -> Link:
    reason = f"the estimate as first published: {earlier.ref}"
    return Link((("figure", earlier.ref),), (earlier,), (reason,))


def is_revision(link: Link, catalog: Catalog) -> bool:
    """Whether a link runs ``from`` one period's earlier estimate ``to`` its revised one: a
    clause that states a revision ("a figure since revised up from 5,140") checks both
    estimates by itself, so it is a claim of its own, not the change of the level before."""
    roles = dict(link.references)
    if set(roles) != {"from", "to"} or len(link.cells) != 2:
        return False
    earlier, revised = link.cells
    return (
        earlier.ref == roles["from"]
        and revised_kind(earlier) == "earlier"
        and partner(earlier, catalog) == revised
    )


def months_back(text: str) -> int:
    """How many months before the latest a text names by their count ("the previous two
    months": 2), or 0."""
    found = _MONTHS_BACK.search(text)
    if found is None:
        return 0
    return _SMALL[(found.group("n") or found.group("m")).lower()]
