"""Whether a stated number can stand for a source figure, and how well a cell's words fit.

A stated number fits a figure when the figure lies within the number's written precision
("37,300" is any figure from 37,250 up to 37,350), or within the band its qualifier allows
("nearly 43,000": a little under 43,000; "more than 13,000": a little over), and when their
units agree (money with money, a percentage with a percentage or a column titled in per cent).

How well a cell fits a statement is counted in *meaning points*: its row and column words found
in the clause itself count most (one outranks any number found elsewhere), found elsewhere in
the sentence less, its table's title words less still; a cell on a line the previous sentence
spoke of gets a point for the thread of the story, which only breaks ties.
The period a statement names only ranks cells that fit equally; it never makes a link alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Final

from claimcheck.article.drafting.link_slack import plain, signed_fall
from claimcheck.article.drafting.link_table import Cell
from claimcheck.article.drafting.per_base import in_percent
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.numbers.number import Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "Words",
    "fits",
    "fraction_word",
    "in_points",
    "meaning",
    "on_series",
    "precise",
    "series_claim",
    "stated_fits",
    "when",
]

_TENTH = Fraction(1, 10)
_BELOW: Final = frozenset(["almost", "nearly", "close to", "just under", "under", "less than"])
_ABOVE: Final = frozenset(["more than", "over", "above", "just over", "at least", "well over"])
_ABOUT: Final = frozenset(
    ["about", "around", "roughly", "approximately", "some", "an estimated", "estimated"]
)
# A claim about a figure's place in time: "a record 12,904", "an all-time high of", "the highest
# since 2007", "the lowest level in five years", "the most ever". Such a figure is checked
# against the series it sits in, so a figure in a period-ordered series is preferred to the
# same value in a summary table (where the record cannot be seen).
_SERIES_CLAIM = lazy_pattern(
    r"\b(?:a|the|another|new|its|their)\s+(?:new\s+)?record\b"
    r"|\brecord[- ](?:high|low|levels?|numbers?|breaking)\b|\bon\s+record\b"
    r"|\ball[- ]time\s+(?:high|low)\b"
    r"|\b(?:highest|lowest|most|fewest|largest|smallest|biggest)\b[^.;]{0,40}?"
    r"(?:\bsince\b|\bever\b|\b(?:for|in)\s+(?:\w+\s+){0,3}?(?:years?|decades?)\b)",
    re.IGNORECASE,
)
# a change in percentage points, by its unit's name
_POINTS = lazy_pattern(r"\bpoints?\b|\bpp\b|\bppts?\b", re.IGNORECASE)
# Meaning points rank words in the clause above any number of words elsewhere in the sentence,
# and those above the table's title; the thread of the story only breaks ties.
CLAUSE_POINTS = 1000
SENTENCE_POINTS = 100
TITLE_POINTS = 10
THREAD_POINTS = 1


@dataclass(frozen=True, slots=True)
class Words:
    """The concepts of a clause, of the rest of its sentence, and the lines spoken of just
    before; the years and months the clause names."""

    clause: frozenset[str]
    sentence: frozenset[str]
    thread: frozenset[str]
    years: frozenset[int]
    months: frozenset[int]


def within(stated: Fraction, step: Fraction, qualifier: str | None, actual: Fraction) -> bool:
    """Whether ``actual`` is what a number written ``stated`` (to ``step``) may stand for."""
    qualifier = qualifier or ""
    if qualifier in _BELOW:
        return stated * (1 - _TENTH) <= actual < stated
    if qualifier in _ABOVE:
        return stated < actual <= stated * (1 + _TENTH)
    if qualifier in _ABOUT:
        return abs(actual - stated) <= abs(stated) * _TENTH
    half = step / 2
    return actual == stated or stated - half <= actual < stated + half


def in_points(cell: Cell) -> bool:
    """Whether a cell holds a change in percentage points ("Change 2021 to 2022 (percentage
    points)", "Change (pp)")."""
    return cell.is_change and _POINTS.search(f"{cell.column_title} {cell.figure.label}") is not None


def fits(mention: Mention, cell: Cell, sign: int = 0) -> bool:
    """Whether the stated number can stand for the cell's figure; a cell that holds a change
    is compared with the number signed as the statement's direction word says (``sign``:
    +1 a rise, -1 a fall, 0 none: as written), see ``link_moves``."""
    number = cell.figure.number
    if (mention.kind is MentionKind.MONEY) != (number.unit is Unit.MONEY):
        return False
    percent = mention.kind is MentionKind.PERCENT or (
        mention.kind is MentionKind.SHARE and ("%" in mention.text or "cent" in mention.text)
    )
    if mention.kind is MentionKind.SHARE and not percent:
        rate = in_percent(mention)  # "13 in every 10,000" against 0.13%
        if rate is None or not (number.unit is Unit.PERCENT or cell.is_percent):
            return False
        return within(rate.value, rate.step, mention.qualifier, number.value)
    if percent != (number.unit is Unit.PERCENT or cell.is_percent):
        return False
    if percent and in_points(cell) and not _POINTS.search(mention.text):
        # "rose 4.6%" is a relative change: a change in percentage points is another figure
        return False
    actual = number.value
    if (cell.is_change or signed_fall(actual, sign)) and sign and mention.value > 0:
        actual = sign * actual  # "a 4% reduction" against -4: the size of a fall
    return within(mention.value, mention.step, mention.qualifier, actual)


def series_claim(text: str) -> bool:
    """Whether a statement places a figure in time ("a record", "the lowest since 1977")."""
    return _SERIES_CLAIM.search(text) is not None


def on_series(cells: list[Cell], words: Words) -> list[Cell]:
    """For a series claim, the cells that sit in a period-ordered series and whose words the
    sentence names; all of ``cells`` when there are none."""
    lined = [cell for cell in cells if cell.line is not None]
    named = [cell for cell in lined if meaning(cell, words) >= SENTENCE_POINTS]
    return named or cells


def precise(mention: Mention) -> bool:
    """A number written to four significant figures or more ("38,207", "604,318"): one that
    matches a single figure is hardly a coincidence."""
    return mention.step > 0 and mention.value >= 1000 * mention.step and plain(mention)


def meaning(cell: Cell, words: Words) -> int:
    """The cell's meaning points for a clause (see the module's description)."""
    clause = len(cell.words & words.clause)
    sentence = len(cell.words & (words.sentence - words.clause))
    title = len(cell.title_words & (words.clause | words.sentence))
    thread = THREAD_POINTS if cell.line is not None and cell.line in words.thread else 0
    return clause * CLAUSE_POINTS + sentence * SENTENCE_POINTS + title * TITLE_POINTS + thread


def when(cell: Cell, words: Words) -> int:
    """+1 when the clause names the cell's period, -1 when it names only other periods."""
    if cell.period is None or not (words.years or words.months):
        return 0
    return 1 if cell.period.names(words.years, words.months) else -1


def shared(cell: Cell, words: Words) -> list[str]:
    """The words the cell and the clause share, for the draft's comment."""
    return sorted(cell.words & (words.clause | words.sentence))


def best(scored: Iterable[tuple[int, Cell]]) -> list[tuple[int, Cell]]:
    """The highest-scoring cells (several when they tie)."""
    ranked = sorted(scored, key=lambda item: -item[0])
    return [item for item in ranked if item[0] == ranked[0][0]] if ranked else []


def fraction_word(mention: Mention) -> bool:
    """Whether a change is a fraction said in words ("a third", "half", "two-thirds")."""
    return 0 < mention.value < 1 and not any(ch.isdigit() for ch in mention.text)


def stated_fits(mentions: Sequence[Mention], first: Cell, last: Cell) -> bool:
    """Whether the change a statement states (a multiple, a difference or a per cent change)
    is the change from ``first`` to ``last``, within its written precision."""
    before, after = first.figure.number.value, last.figure.number.value
    for mention in mentions:
        if mention.kind is MentionKind.MULTIPLE and before:
            return within(mention.value, mention.step, mention.qualifier, after / before)
        if mention.kind is MentionKind.CHANGE and fraction_word(mention) and before:
            # "up by more than a third": a part of the earlier figure, not an amount
            change = abs(after - before) / abs(before)
            return within(mention.value, mention.step, mention.qualifier, change)
        if mention.kind is MentionKind.CHANGE:
            return within(mention.value, mention.step, mention.qualifier, abs(after - before))
        if mention.kind is MentionKind.PERCENT and before:
            change = abs(after - before) / before * 100
            return within(mention.value, mention.step, mention.qualifier, change)
    return False
