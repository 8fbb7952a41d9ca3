"""A level and a clause saying it has not moved, when the tables hold nothing to compare.

"There were 480,000 idle workers, a number little changed over the year" and "The rate has
barely moved over the year (now at 61.8%)" state a level and say, in a clause of their own,
that it has not moved (or moved only a little: "edged down"). When the level's line holds the
earlier period the words speak of, ``join_change`` checks both as one claim, from that period
to the level. When it does not, one claim would be checked on the level alone and its
no-change words would leave it needing review, hiding a level the tables can check. So the
statement is cut at the clause boundary between the two (a comma, a dash, or the bracket
around one of them) into two claims:

- the level, with the figure it was linked to;
- the no-change clause, referencing the same figure (the one it speaks of), with a question
  asking for the earlier figure: the check says it needs review, since one figure cannot
  show that a line has not moved.

A no-change said against a base that is no period ("the same as the national average") is
no change over time, and stays one claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.article.drafting.join_periods import RELATIVE_BASE
from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.no_change import DIRECTION_ONLY
from claimcheck.article.drafting.statements import trim
from claimcheck.article.scan import MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Part", "apart"]

_LEVEL_KINDS = frozenset([MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT])
# A clause boundary: a comma, a semicolon, a dash between spaces, or a bracket.
_BOUNDARY = lazy_pattern(r",\s|;\s|\s[-–—]\s|\s?\(|\)")
# A base of comparison after the no-change words: "the same as the national average".
_AGAINST = lazy_pattern(r"\A\W*(?:as|than|with|to)\s+(?P<base>[^,;.()]*)")


@dataclass(frozen=True, slots=True)
class Part:
    """One claim a statement is cut into: its span in the text, its link, and whether it is
    the level's (which holds the statement's number)."""

    start: int
    end: int
    link: Link
    level: bool


def apart(text: str, statement: Statement, linked: Link) -> list[Part] | None:
    """The level and its no-change clause as two claims (see the module), or None when the
    statement is not a level linked alone beside a no-change clause of its own."""
    if len(statement.mentions) != 1 or len(linked.cells) != 1 or len(linked.references) != 1:
        return None
    (mention,) = statement.mentions
    (cell,) = linked.cells
    if mention.kind not in _LEVEL_KINDS or cell.is_change or linked.references[0][0] != "figure":
        return None
    start, end = statement.start, statement.start + len(statement.text)
    words = DIRECTION_ONLY.search(text, start, end)
    if words is None or _against_other(text, words.end(), end):
        return None
    if mention.end <= words.start():
        cut = _last_boundary(text, mention.end, words.start())
    elif words.end() <= mention.start:
        cut = _last_boundary(text, words.end(), mention.start)
    else:
        return None
    if cut is None:
        return None
    head, tail = trim(text, start, cut[0], False), trim(text, cut[1], end, True)
    if (
        head is None
        or tail is None
        or text.count("(", tail.start, tail.end) != text.count(")", tail.start, tail.end)
    ):
        return None
    level_first = mention.end <= words.start()
    said = " ".join(words.group().split())
    question = Link(
        linked.references,
        linked.cells,
        (f"{said!r} is said of {mention.text} ({cell.ref})",),
        (
            f"{said!r} needs the figure {cell.ref} is compared with, which the tables do not "
            f"give: add it as from and {cell.ref} as to",
        ),
    )
    return [
        Part(head.start, head.end, linked if level_first else question, level_first),
        Part(tail.start, tail.end, question if level_first else linked, not level_first),
    ]


def _last_boundary(text: str, start: int, end: int) -> tuple[int, int] | None:
    found = list(_BOUNDARY.finditer(text, start, end))
    return (found[-1].start(), found[-1].end()) if found else None


def _against_other(text: str, at: int, end: int) -> bool:
    """Whether the no-change words are set against a base that is no period."""
    against = _AGAINST.match(text, at, end)
    return against is not None and RELATIVE_BASE.match(against.group("base").strip()) is None
