"""A change whose words state only its base: "higher than last year, when it was 2.96".

"The rate was 3.41. This is above the term before, when it stood at 2.88", "up from 0.97 in
2016", "below the 2020 level of 1.93" and "That is a 27% rise on 2019 (0.22)" state
the figure a change runs *from*; the figure it runs *to* is the level the statements just
before stated (in the sentence, or the one before). Linked alone, the base was checked as a
figure and the comparison not at all. Such a statement is one claim, ``from`` the base's cell
``to`` the level's cell of the same line, when:

- the stated number follows a comparison's word ("than", "from", "on", "compared with",
  "against") and a direction ("higher", "lower", "up", "an increase", "fewer") comes before it,
  or follows "below the" or "above the", which say the direction themselves ("is slightly
  below the 14,200 of 2019");
- the base's cell is on a line (linked by its own words; or, in a statement that opens with
  "This", "That" or "It", the one cell of the previous level's line that holds the stated
  value, in the period the statement names);
- the level is the figure the statements before linked last, on the same line and later in
  time; with no level stated before, the cell of the other period the statement names, else
  the latest of the line. A level stated before on another line is another comparison (of
  groups, of places): nothing is joined;
- the move from base to level goes the way the words say, and fits a change stated with it.

Otherwise the base stays a figure of its own: a level guessed against the words would be a
wrong verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimcheck.article.drafting.change_fit import change_fits
from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_moves import direction
from claimcheck.article.drafting.link_result import Link, line_name, period_words
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.article.drafting.link_values import fits
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["with_stated_bases"]

_LEVEL_KINDS = frozenset([MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT])
_CHANGE_KINDS = frozenset([MentionKind.PERCENT, MentionKind.CHANGE, MentionKind.MULTIPLE])
# The word that brings in the base, with no clause boundary between it and the number.
# A clause that describes the base ("than in 2018, when there were 61,900") is no boundary.
_BASE_WORD = lazy_pattern(
    r"\b(?P<word>than|from|on|compared\s+(?:with|to)|against)\b"
    r"(?:[^,;.:!?]|,\s*(?=(?:which|when|where)\b)){0,120}\Z"
    # "slightly below the 14,200 of 2019": the base named after a word of place, in words
    r"|\b(?P<place>below|above)\s+(?:the|its|their)\s(?:[^,;.:!?]){0,60}\Z",
    re.IGNORECASE,
)
# A comparative right before "than": which way the level stands from the base.
_COMPARATIVE = lazy_pattern(r"\b(?P<word>[a-z]+)\s+\Z", re.IGNORECASE)
_ABOVE = frozenset(["higher", "more", "greater", "larger", "bigger", "above", "up"])
_BELOW = frozenset(["lower", "fewer", "less", "smaller", "below", "down"])
_POINTS_BACK = lazy_pattern(r"\s*(?:this|that|it)(?:'s|’s)?\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Base:
    mention: Mention
    cell: Cell
    sign: int


def with_stated_bases(text: str, drafted: Sequence[Drafted], catalog: Catalog) -> list[Drafted]:
    """The drafted claims of a sentence and the one before it, each statement of a base
    alone linked from that base to the level stated before (see the module)."""
    result: list[Drafted] = []
    for claim in drafted:
        joined = _joined(text, result, claim, catalog)
        if joined is not None:
            _from_the_base(text, result, joined)
        if joined is None or joined.link.references == claim.link.references:
            joined = claim  # linked so already, with its own reason
        result.append(joined)
    return result


def _from_the_base(text: str, earlier: list[Drafted], joined: Drafted) -> None:
    """A level reached after a direction word ("rose to 1.12") whose change the next
    statement bases on another period ("That's up from 1.04 in 2012") runs from that base."""
    found = _last_level(text, earlier)
    if found is None:
        return
    index, level = found
    claim = earlier[index]
    roles = dict(claim.link.references)
    base, to = joined.link.cells
    if (
        set(roles) != {"from", "to"}
        or roles["to"] != to.ref
        or roles["from"] == base.ref
        or len(claim.mentions) != 1  # a statement with no number reaches no level
        or level.ref != to.ref
        or _sign(text, claim.start, claim.mentions[0])  # a base itself, not a level reached
        or not _moved_from(text, joined, base, claim)
    ):
        return
    reason = (
        f"a level reached, along {line_name(level)}: {period_words(base)}, the base the "
        f"statement after it names, to {period_words(level)}"
    )
    earlier[index] = replace(
        claim, link=Link((("from", base.ref), ("to", level.ref)), (base, level), (reason,))
    )


def _moved_from(text: str, joined: Drafted, base: Cell, level: Drafted) -> bool:
    """Whether the base is brought in by "from" ("up from 1.04"), the start of the move the
    level's own words state, in the same direction: "lower than in 2011" compares the level
    with another period, and says nothing of where its fall began."""
    for mention in joined.mentions:
        if not fits(mention, base):
            continue
        before = text[joined.start : mention.start]
        word = _BASE_WORD.search(before)
        if word is None or (word.group("word") or "").lower() != "from":
            return False
        said = text[level.start : level.end]
        moved = direction(said, level.mentions[0].start - level.start)
        return moved == _sign(text, joined.start, mention)
    return False


def _joined(
    text: str, earlier: Sequence[Drafted], claim: Drafted, catalog: Catalog
) -> Drafted | None:
    base = _base(text, earlier, claim, catalog)
    if base is None:
        return None
    level = _level(text, earlier, claim, base.cell, catalog)
    if level is None:
        return None
    moved = level.figure.number.value - base.cell.figure.number.value
    if not moved or (moved > 0) != (base.sign > 0):
        return None
    changes = [m for m in claim.mentions if m is not base.mention and m.kind in _CHANGE_KINDS]
    if len(claim.mentions) > len(changes) + 1 or len(changes) > 1:
        return None
    if changes and not change_fits(changes[0], base.sign, base.cell, level):
        return None
    reason = (
        f"a change stated by its base, along {line_name(level)}: {period_words(base.cell)} "
        f"({base.mention.text}) to {period_words(level)}, the level stated before"
    )
    link = Link((("from", base.cell.ref), ("to", level.ref)), (base.cell, level), (reason,))
    return replace(claim, link=link)


def _base(text: str, earlier: Sequence[Drafted], claim: Drafted, catalog: Catalog) -> _Base | None:
    """The stated base: the number after a comparison's word, with its cell and the
    direction the words give the level from it."""
    values = [m for m in claim.mentions if m.kind in _LEVEL_KINDS and not m.qualifier]
    signed = [(m, _sign(text, claim.start, m)) for m in values]
    signed = [(m, sign) for m, sign in signed if sign]
    if len(signed) != 1:
        return None
    mention, sign = signed[0]
    roles = dict(claim.link.references)
    if set(roles) in ({"figure"}, {"from", "to"}):
        # a figure, or a change whose other end was taken as the latest ("up from 1.08")
        cells = [cell for cell in claim.link.cells if cell.ref == roles.get("figure", "")]
        cells += [cell for cell in claim.link.cells if cell.ref == roles.get("from", "")]
        if len(cells) != 1 or cells[0].line is None or not fits(mention, cells[0]):
            return None
        return _Base(mention, cells[0], sign)
    if claim.link.references or not _POINTS_BACK.match(text, claim.start):
        return None
    cell = _base_on_thread(text, earlier, claim, mention, catalog)
    return _Base(mention, cell, sign) if cell is not None else None


def _base_on_thread(
    text: str, earlier: Sequence[Drafted], claim: Drafted, mention: Mention, catalog: Catalog
) -> Cell | None:
    """For a statement that points back ("That is a 27% rise on 2019 (0.22)"), the one
    cell of the previous level's line, before it and in the period named, that holds the
    stated base."""
    last = _last_level(text, earlier)
    previous = last[1] if last is not None else None
    if previous is None or previous.line is None:
        return None
    named = period_of(text[claim.start : claim.end])
    cells = [
        cell
        for cell in catalog.line(previous)
        if cell is not None
        and cell.order < previous.order
        and fits(mention, cell)
        and (named is None or (cell.period is not None and cell.period.names(named.years)))
    ]
    return cells[0] if len(cells) == 1 else None


def _sign(text: str, start: int, mention: Mention) -> int:
    """+1 or -1 when the number is brought in as a base ("higher than ... 2.96", "up from
    1.08"), the way its words put the level from it; 0 when it is no base."""
    before = text[max(0, start) : mention.start]
    word = _BASE_WORD.search(before)
    if word is None:
        return 0
    if word.group("place") is not None:
        return 1 if word.group("place").lower() == "above" else -1
    ahead = before[: word.start()]
    if word.group("word").lower() == "than":
        comparative = _COMPARATIVE.search(ahead)
        said = comparative.group("word").lower() if comparative is not None else ""
        return 1 if said in _ABOVE else -1 if said in _BELOW else 0
    # the direction of the base's own phrase ("up from", "a 38% increase from"), not one said
    # of something else earlier ("rose 5%, according to data from 1,200 landlords")
    near = re.split(r"[,;:()]", ahead[-40:])[-1]
    return direction(near, len(near))


def _last_level(text: str, earlier: Sequence[Drafted]) -> tuple[int, Cell] | None:
    """The level the statements before stated last, with the index of its claim: the figure,
    or the end of a change; a figure stated as a base itself ("compared to last year, which
    had 39,700") is none."""
    for index in range(len(earlier) - 1, -1, -1):
        claim = earlier[index]
        roles = dict(claim.link.references)
        ref = roles.get("to") or roles.get("figure")
        cells = [cell for cell in claim.link.cells if cell.ref == ref]
        if not cells:
            continue
        if "figure" in roles and any(_sign(text, claim.start - 120, m) for m in claim.mentions):
            continue
        return index, cells[0]
    return None


def _level(
    text: str, earlier: Sequence[Drafted], claim: Drafted, base: Cell, catalog: Catalog
) -> Cell | None:
    """The level the base is compared with (see the module); None when it is not clear."""
    found = _last_level(text, earlier)
    previous = found[1] if found is not None else None
    if previous is not None:
        same = previous.line == base.line and previous.order > base.order
        return previous if same else None
    line = [cell for cell in catalog.line(base) if cell is not None]
    named = period_of(text[claim.start : claim.end])
    if named is not None and named.years:
        others = [
            cell
            for cell in line
            if cell.period is not None and cell.period.names(named.years) and cell.ref != base.ref
        ]
        if others:
            return others[0] if len(others) == 1 and others[0].order > base.order else None
    latest = line[-1] if line else None
    return latest if latest is not None and latest.order > base.order else None
