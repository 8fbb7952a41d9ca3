"""What a statement takes from the one before it: a direction, and the subject it speaks of.

"a fall of 3% since 2017 and 9% since 2012": the second statement opens with its number and
says no direction, so it takes the direction of the first, and (after "and") its subject. "
Burglaries fell to 936, a drop of 2.1% since 2019": a change in apposition speaks of the
subject of the clause before, the words before its first number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.piece import Piece
from claimcheck.article.scan import Mention
from claimcheck.text.lazy import lazy_pattern

__all__ = ["appositions", "carried", "direction", "subject_words"]

# The words that give a change its direction.
_UP = dict.fromkeys(
    [
        "up",
        "rose",
        "risen",
        "rise",
        "rises",
        "rising",
        "increase",
        "increased",
        "increases",
        "increasing",
        "grew",
        "grown",
        "growth",
        "jump",
        "jumped",
        "climbed",
        "climb",
        "higher",
        "more",
        "gain",
        "gained",
        "gains",
        "added",
        "adding",
        "add",
    ],
    1,
)
_SIGN = lazy_pattern(
    r"\b(?:" + "|".join(_UP) + r"|down|fell|fallen|fall|falls|falling|drop|dropped|drops|decline"
    r"|declined|decrease|decreased|decreases|reduction|reduced|cut|lower|fewer|less|loss|lost"
    r"|slipped|dipped|eased|shed)\b",
    re.IGNORECASE,
)
# A change in apposition: "a decrease of 3%", "an 8% rise", "up 4%".
_APPOSITION = lazy_pattern(
    r"(?:an?\s+(?:[\w.,%-]+\s+){0,2}(?:rise|fall|increase|decrease|drop|decline|jump|reduction"
    r"|cut|growth|gain|loss)\b|(?:up|down)\s)",
    re.IGNORECASE,
)


def carried(text: str, found: list[Piece], stated: Sequence[Mention]) -> list[Piece]:
    """The pieces, each that opens with its number and says no direction taking the direction
    of the one before; one opened by "and" also takes its subject ("a decrease of 3% since
    2017 and 9% since 2012": the second is a decrease, of the same thing)."""
    result: list[Piece] = []
    for piece in found:
        before = result[-1] if result else None
        opens = any(m.start == piece.start for m in stated)
        if before is None or not opens or _SIGN.search(text, piece.start, piece.end):
            result.append(piece)
            continue
        sign = before.carried or _sign(text, before)
        subject = piece.subject
        if piece.joined and subject is None:
            subject = before.subject or subject_words(before, stated)
        result.append(replace(piece, carried=sign, subject=subject))
    return result


def subject_words(piece: Piece, stated: Sequence[Mention]) -> tuple[int, int]:
    """The words of a statement before its first number ("Employment rose" of "Employment rose
    16,000 in wholesale"): the subject and verb an elliptical statement after it takes, without
    the words that name the first statement's own line."""
    first = min((m.start for m in stated if piece.start <= m.start < piece.end), default=piece.end)
    return (piece.start, first) if first > piece.start else (piece.start, piece.end)


def appositions(text: str, found: list[Piece], stated: Sequence[Mention]) -> list[Piece]:
    """The pieces, each a change in apposition to the clause before ("Burglaries fell to 9,010,
    a decrease of 3% since 2017") speaking of that clause's subject: the words before its
    first number, for linking."""
    result: list[Piece] = []
    for piece in found:
        before = result[-1] if result else None
        if (
            before is None
            or piece.joined
            or piece.subject is not None
            or _APPOSITION.match(text, piece.start, piece.end) is None
        ):
            result.append(piece)
            continue
        first = min((m.start for m in stated if before.start <= m.start < before.end), default=0)
        subject = before.subject or ((before.start, first) if first > before.start else None)
        result.append(replace(piece, subject=subject))
    return result


def _sign(text: str, piece: Piece) -> int:
    return direction(text, piece.start, piece.end)


def direction(text: str, start: int, end: int) -> int:
    """1 or -1 when the words of ``text[start:end]`` say one direction, else 0."""
    found = {_UP.get(m.group().lower(), -1) for m in _SIGN.finditer(text, start, end)}
    return found.pop() if len(found) == 1 else 0
