"""Shares of a whole: a count with its share of the total just stated, and a fraction of a whole.

- **A count and its share of the total stated before.** A count with a percentage in brackets
  just after it ("206 fines (16.0%) were cancelled") or after "or" ("1,288, or 90.7%"), or
  said to be "of these", "of them", "of which" ("Of these, 1,288 (90.7%) were upheld", "1,200
  of them (40%) were fined", "..., of which 85 (12%) were girls"), is a part of the total
  stated just before: the whole is the total the previous sentence (or the same sentence)
  states, a figure of the count's table in the count's period on a line the story has just
  linked. The claim is ``part`` (the count's
  figure) and ``whole`` (the total's), so the check holds the count against the part and the
  percentage against the part's share of the whole. Proposed only when exactly one such total
  gives the stated share, within its written precision; otherwise the count keeps its own
  figure. A table that also publishes the share as a figure of its own ("Upheld (% of
  lodged)") is named in the reason: it agrees with the pair. A count "of which" with no share
  ("112 homicides were recorded, 72 of which involved a knife") is ``part`` of the one total
  the same sentence has just linked.
- **A fraction of a whole with no count linked** ("one in six councils issued no fines", "more
  than a third of forces", "nearly 40 per cent of fines"): ``part`` and ``whole`` when the
  words name a part's line and the whole's (``link_shares.named_share``); else the figure a
  table publishes for the share itself, when the clause's own words name one share figure (a
  percentage cell) that the fraction fits. A share of rows that meet a condition ("one in six
  issued none") is a count no line of the tables holds: nothing is proposed and the comment
  says so.

A fraction fits a share within the check's own tolerance for a bare multiple or fraction
(``Policy.multiple_supported``), or within the band its qualifier allows ("more than", "nearly");
a percentage within its written precision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from claimcheck.article.drafting.link_moves import direction
from claimcheck.article.drafting.link_named import name_text
from claimcheck.article.drafting.link_result import Link, Match, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import CLAUSE_POINTS, best, meaning, within
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.numbers.number import Unit
from claimcheck.policy import DEFAULT_POLICY
from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "TOTAL_NAME",
    "in_per_cent",
    "published_share",
    "share_fits",
    "share_of_stated",
    "total_cells",
]

# "Of these, 1,288 ...", "• Of those sent to a panel, 206 ...", "..., of which 85 ..."
_OF_THESE_BEFORE = lazy_pattern(
    r"(?:^\W*|[,;(]\s*|\band\s+|\bbut\s+)of\s+(?:these|them|those|which|whom)\b[^0-9]{0,80}\Z",
    re.IGNORECASE,
)
# "1,200 of them (40%)", "1,288 (90.7%) of these"
_OF_THESE_AFTER = lazy_pattern(
    r"\s*(?:\([^)]{0,20}\)\s*)?(?:[a-z]+\s+)?of\s+(?:these|them|those|which|whom)\b",
    re.IGNORECASE,
)
# a line that is a table's total: "Total", "All councils", "Councils: total", a nation
TOTAL_NAME = lazy_pattern(
    r"\A\s*(?:all|total|overall)\b|\btotal\Z|\A(?:england|wales|england and wales|scotland"
    r"|united kingdom|uk|great britain|united states|us|national)\Z",
    re.IGNORECASE,
)
_OR = lazy_pattern(r"\s*,?\s*or\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?")
_OPEN = lazy_pattern(r"\s*(?:[a-z]+\s+)?\(\s*", re.IGNORECASE)
# the words a share of rows meeting a condition ends with: "issued none", "recorded no fines"
_NONE_OF_IT = lazy_pattern(
    r"\b(?:none|no|zero|nothing|not\s+a\s+single|not\s+one)\b", re.IGNORECASE
)


def in_per_cent(mention: Mention) -> bool:
    """Whether a stated share is written in per cent ("40%", "40 per cent of")."""
    return mention.kind is MentionKind.PERCENT or (
        mention.kind is MentionKind.SHARE
        and ("%" in mention.text or "cent" in mention.text.lower())
    )


def share_fits(mention: Mention, ratio: Fraction) -> bool:
    """Whether a stated share ("40%", "one in six", "more than a third") stands for the
    fraction ``ratio`` of a whole."""
    if in_per_cent(mention):
        return within(mention.value, mention.step, mention.qualifier, ratio * 100)
    if mention.qualifier:
        return within(mention.value, Fraction(0), mention.qualifier, ratio)
    allowed = mention.value * DEFAULT_POLICY.multiple_supported
    return abs(ratio - mention.value) <= allowed


def share_of_stated(
    match: Match, statement: Statement, catalog: Catalog, sentence_cells: Sequence[Cell]
) -> Link | None:
    """``part`` and ``whole`` for a count stated with its share of the total just stated
    ("Of these, 1,288 (90.7%) ..."), or None when this is no such statement or no one total
    fits."""
    mention = match.mention
    if mention.kind is not MentionKind.COUNT:
        return None
    shares = [m for m in statement.mentions if m is not mention and in_per_cent(m)]
    if not shares and _OF_THESE_AFTER.match(statement.text, mention.end - statement.start):
        # "72 of which involved a knife"; not "violence, of which there were 11,502": there
        # "which" is the category before, not a total
        return _part_of_count(match, statement, sentence_cells, catalog)
    if len(shares) != 1 or not (
        _bracketed(mention, shares[0], statement) or _of_these(mention, statement)
    ):
        return None
    part = match.cell
    if not part.figure.number.value or part.is_change or direction(statement.text, 0):
        return None  # "rose by 1,288, or 10%": a change and its per cent, no share
    wholes = [
        cell
        for cell in _totals(part, statement, sentence_cells, catalog)
        if share_fits(shares[0], part.figure.number.value / cell.figure.number.value)
    ]
    if len(wholes) != 1:
        return None
    whole = wholes[0]
    reasons = [
        f"{shares[0].text} is {part.ref} as a share of {whole.ref}, the total the story has "
        "just stated"
    ]
    published = [
        cell.ref
        for cell in catalog.cells
        if _with(cell, part)
        and _percent(cell)
        and within(shares[0].value, shares[0].step, shares[0].qualifier, cell.figure.number.value)
    ]
    if len(published) == 1:
        reasons.append(f"the table publishes that share as {published[0]}, which agrees")
    return Link((("part", part.ref), ("whole", whole.ref)), (part, whole), tuple(reasons))


def _part_of_count(
    match: Match, statement: Statement, sentence_cells: Sequence[Cell], catalog: Catalog
) -> Link | None:
    """ "112 homicides were recorded, 72 of which involved a knife": a count said to be "of
    which" with no share is a part of the one total the same sentence has just linked."""
    part = match.cell
    if not part.figure.number.value or part.is_change or direction(statement.text, 0):
        return None
    stated = {cell.ref for cell in sentence_cells}
    wholes = [
        cell for cell in _totals(part, statement, sentence_cells, catalog) if cell.ref in stated
    ]
    if len(wholes) != 1:
        return None
    whole = wholes[0]
    reason = f"{match.mention.text} is {part.ref}, a part of {whole.ref}, the total just stated"
    return Link((("part", part.ref), ("whole", whole.ref)), (part, whole), (reason,))


def _bracketed(count: Mention, share: Mention, statement: Statement) -> bool:
    """Whether the share is written just after the count, in brackets or after "or": "1,288
    (90.7%)", "1,288 appeals (90.7%)", "1,288, or 90.7%"."""
    between = statement.text[count.end - statement.start : share.start - statement.start]
    after = statement.text[share.end - statement.start :]
    if _OR.fullmatch(between) is not None:
        return True
    return _OPEN.fullmatch(between) is not None and after.lstrip().startswith(")")


def _of_these(mention: Mention, statement: Statement) -> bool:
    """Whether the count is one "of these", "of them", "of which": a part of a whole the story
    has just stated."""
    start, end = mention.start - statement.start, mention.end - statement.start
    return bool(
        _OF_THESE_BEFORE.search(statement.text, 0, start)
        or _OF_THESE_AFTER.match(statement.text, end)
    )


def _with(cell: Cell, part: Cell) -> bool:
    """A cell of the part's table and period, other than the part."""
    return (
        cell.figure.source.id == part.figure.source.id
        and cell.period == part.period
        and cell.ref != part.ref
    )


def _percent(cell: Cell) -> bool:
    return cell.is_percent or cell.figure.number.unit is Unit.PERCENT


def _totals(
    part: Cell, statement: Statement, sentence_cells: Sequence[Cell], catalog: Catalog
) -> list[Cell]:
    """The totals the part may be a share of: counts of its table and period, larger than it,
    on a line the previous sentence linked or linked elsewhere in the same sentence."""
    stated = {cell.ref for cell in sentence_cells}
    return [
        cell
        for cell in catalog.cells
        if _with(cell, part)
        and not _percent(cell)
        and not cell.is_change
        and cell.figure.number.unit == part.figure.number.unit
        and cell.figure.number.value > part.figure.number.value
        and (cell.ref in stated or (cell.line is not None and cell.line in statement.words.thread))
    ]


def total_cells(cells: Sequence[Cell]) -> list[Cell]:
    """The cells of total lines: a row or series named "Total", "All ..." or a nation, in
    counts (a total in per cent is no whole to take a share of)."""
    return [
        cell
        for cell in cells
        if not _percent(cell) and not cell.is_change and TOTAL_NAME.search(name_text(cell).strip())
    ]


def published_share(statement: Statement, catalog: Catalog) -> Link | None:
    """A fraction of a whole in a statement none of whose numbers links ("one in six councils
    issued no fines"; a count in a label, "fewer than 10 fines", links nothing): the share
    figure a table publishes, when the clause's own words name one that the fraction fits; a
    Link with only a note when the share is of rows that meet a condition and no figure holds
    it; None otherwise."""
    shares = [m for m in statement.mentions if m.kind is MentionKind.SHARE]
    if len(shares) != 1:
        return None
    mention = shares[0]
    scored = [
        (meaning(cell, statement.words), cell)
        for cell in catalog.cells
        if _percent(cell)
        and not cell.is_change
        and share_fits(mention, cell.figure.number.value / 100)
    ]
    top = best((points, cell) for points, cell in scored if points >= CLAUSE_POINTS)
    if len(top) == 1:
        cell = top[0][1]
        reason = f"{mention.text} is the share {cell.ref} publishes"
        return Link((("figure", cell.ref),), (cell,), (reason,))
    after = statement.text[mention.end - statement.start :]
    if not top and _NONE_OF_IT.search(after):
        return Link(
            todos=(
                f"{mention.text!r} is a share of the rows with none: no figure of the tables "
                "counts them; count the rows and add the share, or ask the reporter",
            )
        )
    return None
