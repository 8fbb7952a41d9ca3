"""A run of moves over the periods before the latest: "after three straight months of
slower growth", "following two years of falls", "the first rise after four years of
declines".

"After" or "following" puts the run before the move the quote is about: it ends at the
period that move starts from (the from figure bound for the claim, else the label right
before the referenced one, none missing between), and holds N steps up to there, each one
the way the words after "of" say: falls for "declines", "falls", "cuts", "slower", "lower";
rises for "rises", "increases", "gains", "faster", "higher". It is checked as a run of years
is (``series._run``): every step must move that way, and a period missing needs review. A
run of a state ("after two months of deflation", "five years of growth") is left to need
review, as before. The direction word inside the run ("declines") belongs to the run: it is
not also checked against the latest move.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from claimcheck.claimfile.records import Figure, Reference, Role
from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.judge.context import Context, year_of
from claimcheck.engine.judge.judged import Judged
from claimcheck.engine.judge.period_gaps import period_of
from claimcheck.engine.judge.prior_level import adjacent
from claimcheck.engine.judge.run_words import RUN_BEFORE
from claimcheck.engine.judge.runs import _count as run_count
from claimcheck.engine.judge.series import in_time_order, series
from claimcheck.engine.read.mentions import Mention, Reading
from claimcheck.engine.wording import phrases

__all__ = ["runs_before"]


def runs_before(wording: str, reading: Reading, ctx: Context, out: Judged) -> None:
    """Judge each run said before the latest move (module docstring)."""
    if "after" not in wording.lower() and "following" not in wording.lower():
        return  # most quotes stop here
    for found in RUN_BEFORE.finditer(wording):
        count = run_count(found["count"])
        if count is None or count < 1:
            continue
        start, end = found.span()
        sign = -1 if found["down"] else 1
        _drop_inside(start, end, reading, out)
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
        last = _end_of_run(ctx, found["unit"].lower())
        if last is None:
            series(mention, replace(ctx, references={}), out)  # needs review: no series
            continue
        reference, figure = last
        at_end = Reference(Role.FIGURE, figure.ref, figure, reference.series)
        series(mention, replace(ctx, references={Role.FIGURE: at_end}), out)


def _end_of_run(ctx: Context, unit: str) -> tuple[Reference, Figure] | None:
    """The series and the period the run ends at: the from figure of the move when it is a
    label of the series, else the label right before the referenced one."""
    reference = ctx.series_reference()
    if reference is None or reference.series is None:
        return None
    timeline = in_time_order(reference.series)
    if timeline is None or len(timeline) < 2 or not _counted_in(unit, timeline):
        return None
    first = ctx.figure_in(reference.series)
    if first is not None and first is not reference.figure:
        return reference, first
    if reference.figure not in timeline:
        return None
    position = timeline.index(reference.figure)
    if position == 0 or not adjacent(timeline[position - 1], reference.figure):
        return None
    return reference, timeline[position - 1]


def _drop_inside(start: int, end: int, reading: Reading, out: Judged) -> None:
    """The run reads its words: statements and mentions inside it are no longer separate."""
    reading.mentions[:] = [m for m in reading.mentions if not (start <= m.start and m.end <= end)]
    out.statements[:] = [
        item
        for item in out.statements
        if item.start is None or item.end is None or not (start <= item.start and item.end <= end)
    ]
    out.values[:] = [use for use in out.values if not start <= use.start < end]


def _counted_in(unit: str, timeline: tuple[Figure, ...]) -> bool:
    """Whether the labels are periods of the run's unit: years, or months (quarters)."""
    if unit == "year":
        return all(year_of(figure.label) is not None for figure in timeline)
    periods = [period_of(figure.label) for figure in timeline]
    return all(period is not None and period.kind == unit for period in periods)
