"""The words of a clause a draft links by: its concepts, its sentence's, the lines spoken of
just before, and the years and months it names (numbers and the year a superlative reaches
back to blanked, so only periods read as periods)."""

from __future__ import annotations

import re

from claimcheck.article.drafting.link_table import period_of, without_anchor_year
from claimcheck.article.drafting.link_values import Words
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.statements import Piece

__all__ = ["clause_period_text", "clause_words"]


def clause_words(
    text: str, piece: Piece, sentence: tuple[int, int], thread: frozenset[str]
) -> Words:
    clause = text[piece.start : piece.end]
    if piece.subject is not None:
        clause = f"{text[piece.subject[0] : piece.subject[1]]} {clause}"
    period = period_of(clause_period_text(text, piece))
    return Words(
        concepts(clause),
        concepts(text[sentence[0] : sentence[1]]),
        thread,
        period.years if period is not None else frozenset(),
        period.months if period is not None else frozenset(),
    )


def clause_period_text(text: str, piece: Piece) -> str:
    """The clause with its thousands-separated numbers blanked, so only years read as years,
    and the year a superlative reaches back to ("the lowest since 2002", "for the first time
    since 1990") blanked too: it is where the comparison starts, never the claim's period."""
    clause = text[piece.start : piece.end]
    clause = without_anchor_year(clause)
    return re.sub(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+", " ", clause)
