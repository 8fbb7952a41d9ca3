"""A run of years said apart from its direction word.

"The third straight year that sales have slipped", "Bus journeys decline for a fourth
successive year", "It is the sixth year running that admissions have dropped": the wording
table reads a run only with its direction word right before it ("fell for three years in a
row"). Said apart, the run is checked the same way (docs/policy.md) when the quote holds one
direction, a single sign: the last N year-on-year steps up to the label must all move that
way. With two directions, or none, the run is left to ``spans`` (needs review).
"""

from __future__ import annotations

from fractions import Fraction

from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged
from claimcheck.engine.judge.series import series
from claimcheck.engine.judge.spans import RUN
from claimcheck.engine.read.mentions import Mention, Reading
from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.families import Kind
from claimcheck.engine.wording.negation import negation
from claimcheck.numbers.vocab import ORDINAL_TEENS, ORDINAL_TENS, ORDINAL_UNITS, TEENS, UNITS

__all__ = ["loose_runs"]

_COUNTS = {**UNITS, **TEENS, **ORDINAL_UNITS, **ORDINAL_TEENS, **ORDINAL_TENS}


def _count(text: str) -> int | None:
    """The number of years a run names: "third" 3, "4th" 4, "five" 5."""
    word = text.split()[0].lower()
    digits = word.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    return _COUNTS.get(word)


def loose_runs(wording: str, reading: Reading, ctx: Context, out: Judged) -> None:
    """Judge each run of years no statement has read, with the quote's one direction."""
    if "year" not in wording.lower():
        return
    moves = [m for m in reading.mentions if m.family.kind is Kind.DIRECTION]
    if any(negation(wording, m.start) is not None for m in moves):
        return  # "the fourth year running that visits have not dropped": left to need review
    signs = {m.family.sign for m in moves}
    if len(signs) != 1 or 0 in signs:
        return
    (sign,) = signs
    read = [(m.start, m.end) for m in reading.mentions]
    for found in RUN.finditer(wording):
        start, end = found.span()
        if "year" not in found.group().lower() or any(a <= start and end <= b for a, b in read):
            continue  # a run of months or quarters, or one a statement already reads
        count = _count(found.group())
        if count is None or count < 2:
            continue
        mention = Mention(
            phrases.family("in-a-row"),
            start,
            end,
            found.group(),
            Stated(Fraction(count)),
            None,
            sign=sign,
        )
        reading.mentions.append(mention)
        series(mention, ctx, out)
