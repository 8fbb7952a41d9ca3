"""Where a statement is cut in two, and where two clauses are one statement.

- Two numbers of two lines in one clause ("147 councils introduced 276 orders") are two
  claims, each number with its own figure (``other_line``).
- A clause that gives the two ends of the change the clause before states ("Permits rose more
  than fourfold over two years, from 1847 in 2019 to 8203 in 2021") is one claim with it,
  ``from`` one end ``to`` the other (``ends_of_change``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

from claimcheck.article.drafting.link import Link
from claimcheck.article.drafting.link_result import Match, one_change
from claimcheck.article.drafting.link_table import Cell
from claimcheck.article.drafting.plan_series import Linked
from claimcheck.article.drafting.statements import names_a_period
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Claimed", "ends_after_with", "ends_of_change", "other_line", "restates_before"]


class Claimed(Linked, Protocol):
    """A drafted claim as this module reads it: its span, its link and its numbers."""

    @property
    def mentions(self) -> tuple[Mention, ...]: ...


_CHANGE_KINDS = frozenset([MentionKind.PERCENT, MentionKind.CHANGE, MentionKind.MULTIPLE])
_WORDS = lazy_pattern(r"[^\W\d_][\w'’-]*")
# Words between two numbers that relate them as one statement: "from 120 to 147", "276 of 300".
_RELATING = lazy_pattern(
    r"\b(?:from|to|than|of|against|compared|since|on|versus|vs|out|or|and|per)\b|[(),;]",
    re.IGNORECASE,
)
# A comparison that sets one figure beside another: "116,000 fines compared to 2.3 million
# penalty charges", "against", "versus". Between two numbers of two lines of one period it
# joins two statements; between two figures of one line it is a change and stays one.
_COMPARED = lazy_pattern(
    r"\b(?:(?:as\s+)?compared\s+(?:to|with)|against|versus|vs\.?)\s+\Z", re.IGNORECASE
)
# A word that makes the words before a comparison a change: its other number is the base.
_CHANGE_WORD = lazy_pattern(
    r"\b(?:up|down|rose|risen|rise|increased?|grew|grown|fell|fallen|fall|dropped|drop"
    r"|declined?|decreased?|higher|lower|more|less|fewer|jumped|climbed|slipped|dipped"
    r"|gained?|lost|change[ds]?|from|since)\b",
    re.IGNORECASE,
)
# The rest of a clause after a number, to the next comma, semicolon or full stop.
_CLAUSE_END = lazy_pattern(r"[^,;.]*")
# Words that place a number in an earlier period: "a year earlier", "the previous month".
_EARLIER = lazy_pattern(
    r"\b(?:earlier|previous|previously|before|prior|ago|last|preceding)\b", re.IGNORECASE
)
# A period named relative to now: "last year", "on the month", "year-on-year".
_RELATIVE_PERIOD = lazy_pattern(
    r"\b(?:last|this|past|previous)\s+(?:year|month|quarter|week)\b"
    r"|\b(?:on|over|in)\s+the\s+(?:year|month|quarter|week)\b"
    r"|\b(?:year-on-year|month-on-month|annual|monthly|quarterly)\b",
    re.IGNORECASE,
)


def other_line(
    text: str,
    mentions: Sequence[Mention],
    matches: list[Match],
    proposed: Link,
    start: int | None = None,
) -> int | None:
    """Where a statement that states two numbers of two lines is cut, so that each becomes a
    claim of its own ("147 councils introduced 276 orders": "147 councils" and "introduced 276
    orders"): before the word ahead of the second number, when the link holds one number's
    cell and not the other's and no word between them relates the two ("from", "to", "than",
    "of"); with one word between ("147 introduced 276 orders"), before the second number.
    The other number is of another line when it matches a cell off the held one's line (two
    columns of one row of a table of categories are two lines here), or when it matches no
    cell at all and is a count like the held one: left in the quote, it would be compared
    with the held number's figure. None when there is no such pair."""
    held = {cell.ref for cell in proposed.cells}
    cells = {id(match.mention): match.cell for match in matches}
    ordered = sorted(mentions, key=lambda mention: mention.start)
    for first, second in pairwise(ordered):
        one, other = cells.get(id(first)), cells.get(id(second))
        if not _two_lines(first, one, second, other, held):
            continue
        between = text[first.end : second.start]
        opening = ordered[0].start if start is None else start
        compared = _compared(text, opening, first, second, (one, other))
        if compared is not None:
            return compared
        words = _WORDS.findall(between)
        closed = _closed(between)
        if not words or _RELATING.search(closed):
            continue
        if len(words) == 1 and closed == between:
            # "of these, 147 introduced 276 orders": the one word is the verb the first
            # number is the subject of, so the cut comes before the second number
            return second.start
        # two words between, or one after the first number's parenthesis closes
        return second.start - len(between) + between.rindex(words[-1])
    return None


def _compared(
    text: str, start: int, first: Mention, second: Mention, cells: tuple[Cell | None, Cell | None]
) -> int | None:
    """Where a comparison of two figures of two lines in one period is cut ("the boroughs
    issued 41,200 dog fouling notices compared with 1.8 million for bus lanes"): before
    "compared", "against" or "versus", so that each number is a claim with its own figure.
    Not when the words before it state a change ("rose to 120 compared with 100"): there the
    second number is the change's base, and a wrong base must stay in the claim that checks it;
    nor between figures of two periods, which a comparison across time may be."""
    one, other = cells
    if one is None or other is None or one.period != other.period:
        return None
    found = _COMPARED.search(text, first.end, second.start)
    if found is None or _CHANGE_WORD.search(text, start, first.end) is not None:
        return None
    between = text[first.end : found.start()]
    if _CHANGE_WORD.search(between) is not None or re.search(r"[;()]", between):
        return None
    after = _CLAUSE_END.match(text, second.end)
    tail = text[found.end() : after.end() if after else second.end]
    if names_a_period(tail, 0, len(tail)) or _EARLIER.search(tail) is not None:
        return None  # "compared with 1.8 million a year earlier": a base in time
    return found.start()


def _closed(between: str) -> str:
    """The words between two numbers with a parenthesis that closes on the first left out:
    in "deaths (803 fatalities) fell 3.5%" the first number's aside ends before the second's
    clause begins, so the ")" relates nothing."""
    if between.count(")") == 1 and "(" not in between:
        return between.replace(")", " ")
    return between


def _two_lines(
    first: Mention, one: Cell | None, second: Mention, other: Cell | None, held: set[str]
) -> bool:
    """Whether two numbers side by side are of two lines, the link holding one of them."""
    if one is not None and other is not None:
        if one_change(one, other):
            return False  # "702 fewer, a 5.2 percent fall": one change, in two columns
        return not _same_line(one, other) and (one.ref in held) != (other.ref in held)
    if (one is None) == (other is None) or len(held) != 1:
        return False
    linked = one if one is not None else other
    return (
        linked is not None
        and linked.ref in held
        and first.kind is second.kind
        and first.kind in (MentionKind.COUNT, MentionKind.MONEY)
    )


def _same_line(first: Cell, second: Cell) -> bool:
    """Whether two cells are one figure or on one line of periods. Cells of a table of
    categories have no line: two columns of one row ("147 councils introduced 276 orders",
    a row "England" under "Councils" and "Orders") are two figures, each its own claim."""
    return first.ref == second.ref or (first.line is not None and first.line == second.line)


def ends_of_change(text: str, first: Claimed, after: Claimed) -> bool:
    """Whether a clause gives the two ends ("from 1847 in 2019 to 8203 in 2021") of the change
    the clause before states by itself ("Permits rose more than fourfold over two years"), on the
    same line: one claim, checked between the two ends. The clause before names no period of
    its own (no year, month, or "last year"), so its change can only be that one; read alone,
    its link would be a guess at the line's latest two periods."""
    if not first.mentions or not first.link.cells:
        return False
    roles = {role for role, _ in after.link.references}
    lines = {cell.line for cell in first.link.cells + after.link.cells}
    return (
        roles == {"from", "to"}
        and len(lines) == 1
        and None not in lines
        and {role for role, _ in first.link.references} == {"from", "to"}
        and all(m.kind in _CHANGE_KINDS for m in first.mentions)
        and not names_a_period(text, first.start, first.end)
        and _RELATIVE_PERIOD.search(text, first.start, first.end) is None
    )


_WITH_BETWEEN = lazy_pattern(r"\s*[,;]?\s*with\s*\Z", re.IGNORECASE)


def restates_before(text: str, claim: Claimed) -> bool:
    """Whether a claim is a number said again in another unit, quoted from "or" ("or 0.9%, in
    2019"): it speaks of the statement before it, never of the ends of a change after it."""
    return text[claim.start : claim.start + 3].lower() == "or " and bool(claim.mentions)


def ends_after_with(text: str, first: Claimed, after: Claimed) -> bool:
    """Whether a clause after "with" gives the two ends ("with the latest figure at 369 and
    the year before at 331") of the change the clause before states in per cent or as an
    amount ("Drug offences rose 11.4% in the year to June"): one claim, so the stated change
    is checked between the ends rather than left in a claim with no figures. The clause before
    links nothing, or only cells of the ends' line."""
    if not first.mentions or not all(m.kind in _CHANGE_KINDS for m in first.mentions):
        return False
    if restates_before(text, first):
        return False
    if _WITH_BETWEEN.search(text, first.end, after.start) is None:
        return False
    roles = {role for role, _ in after.link.references}
    lines = {cell.line for cell in after.link.cells}
    if roles != {"from", "to"} or len(lines) != 1 or None in lines:
        return False
    return all(cell.line in lines for cell in first.link.cells)
