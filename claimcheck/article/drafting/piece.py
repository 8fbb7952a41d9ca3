"""A clause of a sentence that states a number: one statement, and what it speaks of."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Piece"]


@dataclass(frozen=True, slots=True)
class Piece:
    """A clause of a sentence: its span, whether it opens with a joining word ("and"), whether
    it states a change with no number, and the subject it speaks of outside its span."""

    start: int
    end: int
    joined: bool
    numberless: bool = False
    # The words the statement speaks of that its quote leaves out (a subject before a
    # relative clause, or the subject a change without a number shares with it): for linking.
    subject: tuple[int, int] | None = None
    # The direction (1 up, -1 down) a statement with no change word of its own takes from the
    # one before it ("a fall of 3% since 2017 and 9% since 2012"), 0 when none: a draft
    # proposes a change only when the figures move that way, since the quote cannot say so.
    carried: int = 0
    # An aside that places the level before it in its series or compares it ("Cyclist deaths
    # (812 fatalities - the most since 1995) rose 2.1%"): a statement with no number of its own.
    series: bool = False
    # A bracket that restates the figure before it at another base ("0.10 in 2018/19 (10
    # pupils per 10,000)"): a statement of the period of the statement before it.
    restated: bool = False
    # A superlative said before a participle that states the number ("Harbour dues fell the
    # most of any charge, losing 1,400"): a ranking with no number of its own, linked to the
    # categories it names when they are a table's lines, else a question.
    ranking: bool = False
