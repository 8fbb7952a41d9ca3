"""A level and a clause of its change the tables cannot check: two claims, not one.

"There were 480,000 idle workers, a number little changed over the year", "The rate has
barely moved over the year (now at 61.8%)" and "Police logged 4,120 thefts (up 6% on the
year)" state a level and, in a clause of their own, its change or that it has not moved (or
moved only a little: "edged down"). When the level's line holds the earlier period the words
speak of, or a change column or row, ``join_change`` checks both as one claim. When it does
not, one claim would be checked on the level alone and the change words would leave it
needing review, hiding a level the tables can check. So the statement is cut at the clause
boundary between the two (a comma, a dash, or an opening bracket) into two claims:

- the level, with the figure it was linked to;
- a change: no references, and the question ``join_change.missing_base`` asks (the earlier
  figure the change runs from);
- a no-change clause: the same figure as the level (the one it speaks of) and a question
  asking for the earlier one; the check says it needs review, since one figure cannot show
  that a line has not moved.

A no-change said against a base that is no period ("the same as the national average") is
no change over time, and stays one claim; so does a change that is the verb of the clause
the level is an aside of ("Thefts (4,120) rose 6%"): no boundary parts the two.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.article.drafting.join_change import missing_base
from claimcheck.article.drafting.join_periods import RELATIVE_BASE
from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.article.drafting.link_values import fits
from claimcheck.article.drafting.no_change import DIRECTION_ONLY
from claimcheck.article.drafting.statements import Piece, trim
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Part", "apart"]

_LEVEL_KINDS = frozenset([MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT])
# A clause boundary: a comma, a semicolon, a dash between spaces, or an opening bracket.
_BOUNDARY = lazy_pattern(r",\s|;\s|\s[-–—]\s|\s?\(")
# A base of comparison after the no-change words: "the same as the national average".
_AGAINST = lazy_pattern(r"\A\W*(?:as|than|with|to)\s+(?P<base>[^,;.()]*)")


@dataclass(frozen=True, slots=True)
class Part:
    """One claim a statement is cut into: its span in the text, its link and its numbers."""

    start: int
    end: int
    link: Link
    mentions: tuple[Mention, ...]


# One side of a cut: the span of its number or words, its link and its numbers.
_Side = tuple[int, int, Link, tuple[Mention, ...]]


def apart(text: str, statement: Statement, linked: Link, catalog: Catalog) -> list[Part] | None:
    """The level and its change or no-change clause as two claims (see the module), or None
    when the statement is not a level linked alone beside such a clause of its own."""
    if len(linked.cells) != 1 or len(linked.references) != 1:
        return None
    (cell,) = linked.cells
    levels = [m for m in statement.mentions if m.kind in _LEVEL_KINDS and fits(m, cell)]
    if cell.is_change or linked.references[0][0] != "figure" or len(levels) != 1:
        return None
    (level,) = levels
    start, end = statement.start, statement.start + len(statement.text)
    other: _Side
    if len(statement.mentions) == 2:
        note = missing_base(statement, catalog)
        (change,) = [m for m in statement.mentions if m is not level]
        if note is None:
            return None
        other = (change.start, change.end, Link(todos=(note,)), (change,))
    elif len(statement.mentions) == 1:
        words = DIRECTION_ONLY.search(text, start, end)
        if words is None or _against_other(text, words.end(), end):
            return None
        other = (words.start(), words.end(), _question(words.group(), level.text, linked), ())
    else:
        return None
    return _cut(text, (start, end), (level.start, level.end, linked, (level,)), other)


def _question(words: str, level: str, linked: Link) -> Link:
    """The link of a no-change clause: the figure it speaks of, and a question."""
    said, ref = " ".join(words.split()), linked.cells[0].ref
    return Link(
        linked.references,
        linked.cells,
        (f"{said!r} is said of {level} ({ref})",),
        (
            f"{said!r} needs the figure {ref} is compared with, which the tables do not "
            f"give: add it as from and {ref} as to",
        ),
    )


def _cut(text: str, span: tuple[int, int], level: _Side, other: _Side) -> list[Part] | None:
    """The two claims of a statement cut at the last clause boundary between its level and
    the other clause; None when there is none, or a part would hold half a bracket."""
    first, second = sorted((level, other), key=lambda side: side[0])
    cut = _last_boundary(text, first[1], second[0])
    if cut is None:
        return None
    head, tail = trim(text, span[0], cut[0], False), trim(text, cut[1], span[1], True)
    if head is None or tail is None or not (_balanced(text, head) and _balanced(text, tail)):
        return None
    return [
        Part(head.start, head.end, first[2], first[3]),
        Part(tail.start, tail.end, second[2], second[3]),
    ]


def _balanced(text: str, piece: Piece) -> bool:
    return text.count("(", piece.start, piece.end) == text.count(")", piece.start, piece.end)


def _last_boundary(text: str, start: int, end: int) -> tuple[int, int] | None:
    found = list(_BOUNDARY.finditer(text, start, end))
    return (found[-1].start(), found[-1].end()) if found else None


def _against_other(text: str, at: int, end: int) -> bool:
    """Whether the no-change words are set against a base that is no period."""
    against = _AGAINST.match(text, at, end)
    return against is not None and RELATIVE_BASE.match(against.group("base").strip()) is None
