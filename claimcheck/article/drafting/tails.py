"""Numbers at the end of a linked statement that belong to none of its references.

"made up 4,120 (58%) of the fines of up to £80": the count and the share link to
two figures of a table of counts; the "£80" after them is a sum of money no referenced figure
can give. Left in the quote, it makes the engine ask for a figure it will not find, and the
statement it follows needs review for a number it does not state. So the quote ends before
the phrase that brings such a number in ("of up to £100"), and the phrase is a claim of its
own, linked (or left as a gap for the reporter) by itself.

A trailing number is foreign to a statement when it is not linked to a figure and its unit
cannot be the unit of any quantity the references give: a sum of money after references that
count no money, a plain count after references that are all sums of money. A number brought in
by a comparison ("from", "than", "compared with", "against", "since") is never foreign: it is
the other end of the statement's change, and cutting it off would hide a wrong base.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.article.drafting.link import Link
from claimcheck.article.drafting.link_result import Match
from claimcheck.article.drafting.link_table import Cell
from claimcheck.article.drafting.statements import names_a_period
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.numbers.number import Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["foreign_tail", "restated_apart"]

# The words that bring a trailing number in: a preposition, then a hedge or a bound.
_LEAD = lazy_pattern(
    r"(?:\b(?:of|at|for|with|worth|costing|totalling|totaling|averaging|each|apiece)\s+)?"
    r"(?:(?:up\s+to|more\s+than|less\s+than|fewer\s+than|as\s+much\s+as|as\s+many\s+as"
    r"|about|around|nearly|almost|over|under|some|just|only|roughly|at\s+least)\s+)?\Z",
    re.IGNORECASE,
)
# ", or " just before a number: the same quantity said again in another unit.
_OR = lazy_pattern(r",\s+or\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?\Z", re.IGNORECASE)
_PERCENT_WORDS = lazy_pattern(r"%|\bper\s*cent\b|\bpercent\b|\bpct\b", re.IGNORECASE)
_COMPARED = lazy_pattern(
    r"\b(?:from|than|compared|against|since|versus|vs)\b[^,;.]{0,40}\Z", re.IGNORECASE
)


def foreign_tail(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[Mention],
    link: Link,
    matches: Sequence[Match],
) -> int | None:
    """Where the phrase bringing in a statement's foreign trailing numbers starts, if any.

    ``span`` is the statement's place in ``text``; ``mentions`` its stated numbers in order;
    ``matches`` those the linking matched to a figure, with their cells. A tail that names a
    year or a month is left in place: the period may be the statement's own. A number linked
    to a level of another line than the link's ("1.25 million, or 3.9 per cent": the rate
    beside the count, ``restated_apart``) after ", or" is a claim of its own.
    """
    linked = [match.mention for match in matches]
    elsewhere = restated_apart(matches, link)
    start, end = span
    if not link.cells or len(mentions) < 2:
        return None
    units = {cell.figure.number.unit for cell in link.cells}
    tail = 0
    for mention in reversed(mentions):
        if mention in elsewhere and _after_or(text, mention):
            tail += 1
            continue
        if mention in linked or not (_foreign(mention, units) or _restated(text, mention, link)):
            break
        tail += 1
    if tail == 0 or tail == len(mentions):
        return None
    first = mentions[len(mentions) - tail]
    head_end = mentions[len(mentions) - tail - 1].end
    before = text[max(start, head_end) : first.start]
    if _COMPARED.search(before) is not None:
        return None
    lead = _LEAD.search(before)
    cut = first.start - len(before) + (lead.start() if lead is not None else len(before))
    restated = _OR.search(before)
    if restated is not None:
        cut = first.start - len(before) + before.index("or", restated.start())
    if restated is None and not text[head_end:cut].strip(" ,;:-–—()"):
        return None  # nothing between the two: "4,120 (£80)" is not a phrase of its own
    if names_a_period(text, cut, end) and restated is None:
        return None  # "... of up to £100 in 2019": the year is the statement's too
    return cut


def _restated(text: str, mention: Mention, link: Link) -> bool:
    """A percentage after ", or" that restates a change its one referenced figure states in
    another unit ("grew by some 3.1 million journeys, or 2.4%"): one figure cannot give it, so
    it is a claim of its own, and the change a claim the figure checks."""
    roles = [role for role, _ in link.references]
    if mention.kind is not MentionKind.PERCENT or roles != ["figure"]:
        return False
    (cell,) = link.cells[:1]
    if cell.is_percent or cell.figure.number.unit is Unit.PERCENT:
        return False
    return _after_or(text, mention)


def _after_or(text: str, mention: Mention) -> bool:
    return _OR.search(text, max(0, mention.start - 12), mention.start) is not None


def _foreign(mention: Mention, units: set[Unit]) -> bool:
    if mention.kind is MentionKind.MONEY:
        return Unit.MONEY not in units
    if mention.kind is MentionKind.COUNT:
        return units == {Unit.MONEY}
    return False


def restated_apart(matches: Sequence[Match], link: Link) -> list[Mention]:
    """The stated numbers linked to a level of another line than the link's cells, in the
    same period and in another unit: a count restated as a rate or share published on a line
    of its own ("1.25 million, or 3.9 per cent"), or a rate restated as a count ("3.9%, or
    1.25 million people"), which one claim of the other cannot check. A change is never one:
    "rose by 440, or 10%" is the same change worked out; nor a share beside a part and its
    whole; nor a figure of another period ("1.31 million, or 3.9 per cent in 2023", when 1.31
    million is the count of the year before): the period the words give is then unsettled."""
    roles = dict(link.references)
    if not link.cells or not set(roles) <= {"figure", "from", "to"}:
        return []  # a part and its whole check the share themselves
    ends = [cell for cell in link.cells if cell.ref == (roles.get("to") or roles.get("figure"))]
    if not ends:
        return []
    end = ends[0]
    lines = {cell.line for cell in link.cells if cell.line is not None}
    return [
        match.mention
        for match in matches
        if _in_percent(match.mention) != _percent_cell(end)
        and _in_percent(match.mention) == _percent_cell(match.cell)
        and not match.cell.is_change
        and match.cell.ref not in roles.values()
        and (match.cell.line is None or match.cell.line not in lines)
        and match.cell.period is not None
        and match.cell.period == end.period
    ]


def _percent_cell(cell: Cell) -> bool:
    return cell.is_percent or cell.figure.number.unit is Unit.PERCENT


def _in_percent(mention: Mention) -> bool:
    return mention.kind is MentionKind.PERCENT or (
        mention.kind is MentionKind.SHARE and _PERCENT_WORDS.search(mention.text) is not None
    )
