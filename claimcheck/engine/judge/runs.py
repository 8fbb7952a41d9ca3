"""A run of years (or months, quarters) said apart from its direction word.

"The third straight year that sales have slipped", "Bus journeys decline for a fourth
successive year", "It is the sixth year running that admissions have dropped": the wording
table reads a run only with its direction word right before it ("fell for three years in a
row"). Said apart, the run is checked the same way (docs/policy.md) when the quote holds one
direction, a single sign: the last N year-on-year steps up to the label must all move that
way. A run of months or quarters is checked the same way when the referenced labels are
months (quarters) in order with none missing. With two directions, or none, the run is left
to ``spans`` (needs review).
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import pairwise

from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged
from claimcheck.engine.judge.period_gaps import period_of
from claimcheck.engine.judge.series import series
from claimcheck.engine.judge.spans import ANNUAL_RUN, RUN
from claimcheck.engine.read.mentions import Mention, Reading
from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.families import Kind
from claimcheck.engine.wording.negation import negation
from claimcheck.numbers.vocab import ORDINAL_TEENS, ORDINAL_TENS, ORDINAL_UNITS, TEENS, UNITS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["loose_runs"]

# "the fourth consecutive month of negative inflation": a run of a state, not of moves.
_OF_STATE = lazy_pattern(r"\s+(?:of|in\s+which|when|with)(?![a-z])", re.IGNORECASE)
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
    lowered = wording.lower()
    if not any(map(lowered.__contains__, ("year", "annual", "month", "quarter"))):
        return
    moves = [m for m in reading.mentions if m.family.kind is Kind.DIRECTION]
    if any(negation(wording, m.start) is not None for m in moves):
        return  # "the fourth year running that visits have not dropped": left to need review
    signs = {m.family.sign for m in moves}
    if len(signs) != 1 or 0 in signs:
        return
    (sign,) = signs
    read = [(m.start, m.end) for m in reading.mentions]
    annual = [found for found in ANNUAL_RUN.finditer(wording) if _long_enough(found.group(), ctx)]
    for found in [*RUN.finditer(wording), *annual]:
        start, end = found.span()
        if not _counted_in(found.group().lower(), wording[end:], ctx) or any(
            a <= start and end <= b for a, b in read
        ):
            continue  # a run of other periods than the labels', or one a statement reads
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


def _counted_in(run: str, after: str, ctx: Context) -> bool:
    """Whether a run's unit can be counted on the referenced labels: years always (their gaps
    are found step by step); months or quarters only when every label of the series is one,
    in order, with none missing ("for the fifth consecutive month" over May to October), and
    the run is not of a state ("the third straight month of deflation")."""
    if "year" in run or "annual" in run:
        return True
    if _OF_STATE.match(after):
        return False
    kind = "month" if "month" in run else "quarter" if "quarter" in run else None
    reference = ctx.series_reference()
    if kind is None or reference is None or reference.series is None:
        return False
    periods = [period_of(label) for label in reference.series.labels]
    indexes = [period.index for period in periods if period is not None and period.kind == kind]
    if len(indexes) != len(periods) or len(indexes) < 2:
        return False
    return all(b - a == 1 for a, b in pairwise(indexes))


def _long_enough(run: str, ctx: Context) -> bool:
    """Whether the referenced series holds enough labels to show a run named by its moves
    ("the fifth straight annual decline"); shorter, it is left unread, as it was before."""
    count = _count(run)
    reference = ctx.series_reference()
    if count is None or reference is None or reference.series is None:
        return False
    return len(reference.series.figures) > count
