"""A number in a phrase opened by "with" before the clause it sets the scene for.

"Every lesson counts - but with almost half a million exclusions in the 2023 school year,
the evidence is clear that ...": the one number of the sentence is stated in the phrase after
"with", and the clause after its comma states none: it is what someone makes of the figure, not
a figure. The statement is the phrase itself ("almost half a million exclusions in the 2023
school year"): quoted whole, the sentence gives the number words that name other lines and
periods. The phrase must open a clause (after the sentence's start, a dash, a colon or "but";
after a comma, "with" adds a detail to the clause before: "Wales was lower, with 1.49 in
2021"), hold the one number of the statement with its own words (no other number but a
year), and end at a comma followed by words that state no number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.piece import Piece
from claimcheck.article.scan import Mention
from claimcheck.text.lazy import lazy_pattern

__all__ = ["with_phrases"]

# "with" opening a clause, then the qualifier words a number may have ("almost", "more than").
_OPENING = lazy_pattern(
    r"(?:\A|[:;–—-]\s*|\bbut\s+|[\"“‘'])\s*with\s+(?P<number>(?:(?:almost|nearly|about|around"
    r"|roughly|some|over|more\s+than|fewer\s+than|less\s+than|just|only)\s+)*)\Z",
    re.IGNORECASE,
)
_YEAR = lazy_pattern(r"(?<![\d,.])(?:19|20)\d\d(?:[/-]\d{2,4})?(?![\d,])")


def with_phrases(text: str, found: Sequence[Piece], mentions: Sequence[Mention]) -> list[Piece]:
    """The pieces, each one whose one number is stated in a "with" phrase before a clause
    that states none cut to that phrase (see the module)."""
    return [_phrase(text, piece, mentions) or piece for piece in found]


def _phrase(text: str, piece: Piece, mentions: Sequence[Mention]) -> Piece | None:
    inside = [m for m in mentions if piece.start <= m.start and m.end <= piece.end]
    if len(inside) != 1 or piece.numberless or piece.series or piece.ranking:
        return None
    (number,) = inside
    before = text[max(piece.start, number.start - 80) : number.start]
    opening = _OPENING.search(before)
    if opening is None:
        return None
    start = number.start - len(opening.group("number"))
    comma = text.find(",", number.end, piece.end)
    if comma < 0 or any(char in "();–—" for char in text[number.end : comma]):
        return None
    rest = _YEAR.sub(" ", text[comma : piece.end])
    if any(char.isdigit() for char in rest) or len(rest.split()) < 3:
        return None
    return replace(piece, start=start, end=comma, subject=None)
