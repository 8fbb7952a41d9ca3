"""'For the first time since 2009', judged along the referenced series when it can be.

"Deaths topped 300 for the first time since 2007", "the first time since 2007 that the rate
has fallen below 5%": the referenced label crosses the line (above 300), no label after 2007
and before it does, and 2007 itself did (the last time). "Rose for the first time since 2009":
the step into the label is a rise, no step after 2009's is, and the step into 2009 was. The
line is a number after "above", "over", "topped", "exceeded" ("below", "under" for a fall) in
the quote; without one, a rising or falling word gives the steps. With neither, or without
every label the span needs, the claim needs review (engine/judge/rankings.py ``_REVIEWED``).
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import NamedTuple

from claimcheck.claimfile.records import Figure
from claimcheck.engine.judge.context import Context, year_of
from claimcheck.engine.judge.judged import Judged, statement
from claimcheck.engine.judge.records import listed, missing_years
from claimcheck.engine.read.mentions import Mention
from claimcheck.model import Quantity, Verdict
from claimcheck.numbers.number import find_numbers
from claimcheck.text.lazy import lazy_pattern

__all__ = ["first_time"]

_ABOVE = lazy_pattern(
    r"(?<![a-z])(?:(?P<up>above|over|topped|tops|topping|exceeded|exceeds|surpassed|passed"
    r"|more\s+than|higher\s+than)|(?P<down>below|under|beneath|less\s+than|fewer\s+than"
    r"|lower\s+than))\s+(?:the\s+)?$"
)
_RISE = lazy_pattern(
    r"(?<![a-z])(?:rose|risen|rises|increased|grew|grown|climbed|went\s+up)(?![a-z])"
)
_FALL = lazy_pattern(
    r"(?<![a-z])(?:fell|fallen|falls|dropped|declined|decreased|shrank|went\s+down)(?![a-z])"
)


class _Test(NamedTuple):
    """What crossing the line means here, in words, and the test for one point of the series."""

    words: str
    crosses: Callable[[int], bool | None]  # by index in the timeline; None when unknown
    steps: bool  # whether a point is the step into a label (a rise), not its level


def _point(test: _Test, timeline: tuple[Figure, ...], i: int) -> str:
    figure = timeline[i]
    if test.steps and i > 0:
        return (
            f"the step into {figure.label} ({timeline[i - 1].number.text} → {figure.number.text})"
        )
    return f"{figure.label} ({figure.number.text})"


class _Line(NamedTuple):
    sign: int
    value: Fraction
    text: str


def _line(wording: str) -> _Line | None:
    """The side and the value of the line the quote says was crossed ("topped 300")."""
    lowered = wording.lower()
    for found in find_numbers(lowered):
        head = _ABOVE.search(lowered, max(0, found.start - 24), found.start)
        if head is not None:
            return _Line(1 if head.group("up") else -1, found.number.value, found.number.text)
    return None


def _test(wording: str, timeline: tuple[Figure, ...]) -> _Test | None:
    values = [figure.number.value for figure in timeline]
    line = _line(wording)
    if line is not None:
        return _Test(
            f"{'above' if line.sign > 0 else 'below'} {line.text}",
            # a label exactly at the line neither crosses nor stays clear of it: unknown
            lambda i: None if values[i] == line.value else (values[i] - line.value) * line.sign > 0,
            steps=False,
        )
    lowered = wording.lower()
    rise, fall = _RISE.search(lowered) is not None, _FALL.search(lowered) is not None
    if rise == fall:
        return None
    sign = 1 if rise else -1
    return _Test(
        "a rise" if rise else "a fall",
        lambda i: None if i == 0 else (values[i] - values[i - 1]) * sign > 0,
        steps=True,
    )


def first_time(mention: Mention, ctx: Context, out: Judged) -> bool:
    """Judge 'for the first time since YEAR' along the series; False to leave it to review."""
    # series imports the rankings, which call this: imported here to keep the cycle open.
    from claimcheck.engine.judge.series import in_time_order

    reference = ctx.series_reference()
    if mention.year is None or reference is None or reference.series is None:
        return False
    timeline = in_time_order(reference.series)
    if timeline is None:
        return False
    position = next((i for i, item in enumerate(timeline) if item is reference.figure), None)
    start = next(
        (i for i, item in enumerate(timeline) if year_of(item.label) == mention.year), None
    )
    test = _test(ctx.wording, timeline)
    if position is None or start is None or start >= position or test is None:
        return False
    span = list(timeline[start : position + 1])
    if missing_years(span):
        return False
    verdict, text = _judged(test, timeline, start, position)
    if verdict is None:
        return False
    out.statements.append(
        statement(
            mention,
            Quantity.RANK,
            verdict,
            f"{mention.text}: {text} ({verdict.words})",
            computed=listed(span),
            rule="the label crosses the line, no label since that year did, and that year did",
            rule_id="first-time-since.series",
        )
    )
    return True


def _judged(
    test: _Test, timeline: tuple[Figure, ...], start: int, position: int
) -> tuple[Verdict | None, str]:
    anchor = timeline[start]
    mine = test.crosses(position)
    if mine is None:
        return None, ""
    if not mine:
        return Verdict.CONTRADICTED, f"{_point(test, timeline, position)} is not {test.words}"
    crossed = [_point(test, timeline, i) for i in range(start + 1, position) if test.crosses(i)]
    if crossed:
        return Verdict.CONTRADICTED, (
            f"{', '.join(crossed)} {'was' if len(crossed) == 1 else 'were'} {test.words} too, "
            f"after {anchor.label}"
        )
    last = test.crosses(start)
    if last is None:
        return None, ""
    if not last:
        return Verdict.CONTRADICTED, (
            f"{_point(test, timeline, start)} was not {test.words}, so the last time was "
            f"before {anchor.label}"
        )
    return Verdict.SUPPORTED, (
        f"{_point(test, timeline, position)} is {test.words}, as {_point(test, timeline, start)} "
        f"was, and nothing between was: {listed(list(timeline[start : position + 1]))}"
    )
