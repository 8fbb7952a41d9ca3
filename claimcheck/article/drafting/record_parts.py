"""Two statements in one sentence that states no number, each with its own subject and movement.

"Payrolls grew and the jobless rate edged down" says two things of two lines; read as one
clause, the draft links it to one of them and the check holds the other's verb against that
line's figures. So such a sentence is cut at "and" or "but" when the words on each side have a
subject of their own and a word that moves it ("grew", "fell", "edged down", "held steady"),
and each side is a statement linked by its own words.

A clause opened by ", where" or ", when" with a movement of its own ("Rates fell in every
region except Wales, where they held steady") is a statement about the group the words before
it name: its subject is the phrase after "except" ("apart from", "other than", "excluding")
when there is one, else the words of its own clause. The statement before it speaks of several
lines at once when it says "every", "each" or "all" ("fell in every region"): no single line
can check it, so it is asked about, not linked.

A cut is made only when both sides move: "rose and then fell", "grew in March and April" and
"fell in every region, where the data were collected" stay whole.

The same cut is made at a bare comma or semicolon before a clause with a subject and a
finite verb of its own (a comma splice: "the rate of thefts held steady in every town, the
rate of burglaries has risen overall"), and before a second predicate of the same subject
after "and" or "but" ("has risen overall but has fallen in market towns"), which speaks of
the subject before it. A sentence may so hold more than two statements; a statement that says
"every", "each" or "all" speaks of several lines at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.article.drafting.clauses import finite_verb, opens_clause, second_predicate
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Part", "moves", "parts", "where_parts"]

# A word that moves a line (or says it did not move), bare or with its adverb.
_MOVES = lazy_pattern(
    r"\b(?:rose|risen|grew|grown|fell|fallen|increased|decreased|declined|dropped|climbed"
    r"|jumped|slipped|dipped|eased|improved|worsened|slowed|accelerated|edged|ticked|inched"
    r"|crept|held|remained|stayed|plunged|soared|surged|slumped|rebounded)\b"
    r"|\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:flat|steady|stable|unchanged)\b",
    re.IGNORECASE,
)
# Where a sentence may be cut: "and" or "but" (not "and then"), or a bare comma or semicolon.
_JOIN = lazy_pattern(
    r"(?:,\s+|\s+)(?P<word>and|but)\s+(?!(?:then|also|later|again|so)\b)|[,;]\s+",
    re.IGNORECASE,
)
# What a statement says of its subject: a movement, or a place in its series.
_STATES = lazy_pattern(
    _MOVES.pattern + r"|\b(?:lowest|highest|smallest|largest|fewest|record|most|least)\b",
    re.IGNORECASE,
)
_WHERE = lazy_pattern(r",\s+(?:where|when)\s+", re.IGNORECASE)
# The words that open a subject's group after a statement about the rest: "except Wales".
_EXCEPT = lazy_pattern(
    r"\b(?:except(?:\s+for)?|apart\s+from|other\s+than|excluding|save\s+for"
    r"|with\s+the\s+exception\s+of)\s+",
    re.IGNORECASE,
)
# A statement about several lines at once: "in every region", "across all age groups".
_ACROSS = lazy_pattern(r"\b(?:every|each|all)\b", re.IGNORECASE)
_WORD = lazy_pattern(r"[^\W\d_][\w'’-]*")
_SUBJECT_WORDS = 6
_LITTLE = frozenset(["and", "but", "then", "also", "it", "which", "that"])


@dataclass(frozen=True, slots=True)
class Part:
    """One statement of a sentence with no number: its span, the span of the subject it speaks
    of outside that span, and whether it speaks of several lines at once."""

    start: int
    end: int
    subject: tuple[int, int] | None = None
    across: bool = False


def parts(text: str, start: int, end: int) -> list[Part]:
    """The statements of ``text[start:end]`` when it holds two or more that each move their
    subject; an empty list when it holds one."""
    where = _WHERE.search(text, start, end)
    if (
        where is not None
        and _moves(text, start, where.start(), subject=False)
        and _moves(text, where.end(), end, subject=False)
    ):
        return _where_parts(text, (start, where.start()), (where.end(), end))
    found: list[Part] = []
    begin, subject = start, None
    for cut in _JOIN.finditer(text, start, end):
        if cut.start() <= begin or finite_verb(text, begin, cut.start()) is None:
            continue
        joined = cut.group("word") is not None
        if second_predicate(text, cut.end(), end):
            if joined and _STATES.search(text, cut.end(), end):
                # "... has risen overall but has fallen in coastal towns": the subject
                # is the one before
                found.append(_part(text, begin, cut.start(), subject))
                verb = finite_verb(text, begin, cut.start())
                shared = (begin, verb.start()) if verb and verb.start() > begin else None
                begin, subject = cut.end(), subject or shared
        elif (joined and _moves(text, cut.end(), end, subject=True, opening=True)) or (
            opens_clause(text, cut.end(), end)
        ):
            found.append(_part(text, begin, cut.start(), subject))
            begin, subject = cut.end(), None
    found.append(_part(text, begin, end, subject))
    stating = [part for part in found if _STATES.search(text, part.start, part.end)]
    if len(stating) < 2 or not _moves(text, found[0].start, found[0].end, subject=True):
        return []
    return found


def _part(text: str, start: int, end: int, subject: tuple[int, int] | None) -> Part:
    """A statement, said of several lines at once when it says "every", "each" or "all" of
    its own subject ("stable across all school types")."""
    return Part(start, end, subject, _ACROSS.search(text, start, end) is not None)


def where_parts(text: str, start: int, end: int) -> list[Part]:
    """The statement before ", where" that moves its subject ("fell in every region except
    Wales") and the clause after it, whatever that states; an empty list when there is none."""
    where = _WHERE.search(text, start, end)
    if where is None or not _moves(text, start, where.start(), subject=False):
        return []
    return _where_parts(text, (start, where.start()), (where.end(), end))


def _where_parts(text: str, before: tuple[int, int], after: tuple[int, int]) -> list[Part]:
    """The statement before ", where" and the one after it, about the group before it."""
    excepted = None
    for found in _EXCEPT.finditer(text, *before):
        excepted = found
    subject = (excepted.end(), before[1]) if excepted is not None else None
    stop = excepted.start() if excepted is not None else before[1]
    across = _ACROSS.search(text, before[0], stop) is not None
    return [Part(before[0], before[1], across=across), Part(after[0], after[1], subject=subject)]


def _moves(text: str, start: int, end: int, *, subject: bool, opening: bool = False) -> bool:
    """Whether ``text[start:end]`` moves something: a movement word, with words of a subject
    before it when ``subject``; with ``opening``, the subject opens the span (the words after
    "and" are not a second verb of the first subject: "rose and then fell")."""
    move = _MOVES.search(text, start, end)
    if move is None:
        return False
    if not subject:
        return True
    words = [w.lower() for w in _WORD.findall(text, start, move.start())]
    if not opening:
        return bool(words)
    # the subject after "and" is short and in the clause: "and the jobless rate edged down",
    # not "and white groups for England, but rates rose"
    return (
        0 < len(words) <= _SUBJECT_WORDS
        and words[0] not in _LITTLE
        and not any(mark in text[start : move.start()] for mark in ",;:()")
    )


def moves(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word that moves a line ("grew", "edged down")."""
    return _MOVES.search(text, start, end) is not None
