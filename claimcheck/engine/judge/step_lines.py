"""A ranking of one step's change settled by the table's lines: "the biggest drops were in
Wales (1.46 to 1.39)" over a table of areas with a column for each year.

Over a single step, "the biggest fall" ranks the referenced line's change against the other
groups' changes, which the figures of one line do not give. When the from and the to are
cells of one line of a table of categories with a column per period, every line's change
between the same two columns is in the table: the ranking is judged down those changes, with
totals, aggregates and lines of another kind left out as for any ranking down a column. A
plural superlative ("the biggest drops were in Wales and the North West") names the groups at
the top, so a tie there is no doubt.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from claimcheck.claimfile.records import Lines, Role
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge.across import MIN_LINES
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.lines import Peers, Unclear, peers
from claimcheck.engine.judge.rankings import place
from claimcheck.engine.read.mentions import Mention
from claimcheck.model import Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Settled", "step_down_lines"]

_PLURAL = lazy_pattern(r"(?:rises|increases|falls|drops|decreases|declines|gains|losses|cuts)\b")


@dataclass(frozen=True, slots=True)
class Settled:
    """The ranking of one step's change down the table's lines."""

    verdict: Verdict
    text: str


def _pair(ctx: Context) -> tuple[Lines, Lines] | None:
    """The lines of the from and the to when they are two columns of one line."""
    start, end = ctx.references.get(Role.FROM), ctx.references.get(Role.TO)
    if start is None or end is None or start.lines is None or end.lines is None:
        return None
    if start.lines.line != end.lines.line or start.lines.label == end.lines.label:
        return None
    return start.lines, end.lines


def _left(found: Peers) -> str:
    items = (*found.left_out, *found.doubtful)
    return "; left out: " + ", ".join(item.figure.label or "" for item in items) if items else ""


def _place(mention: Mention, changes: list[tuple[str, Fraction]], own: str, sign: int) -> Verdict:
    verdict = place(changes, own, sign)
    if verdict is Verdict.NEEDS_REVIEW and _PLURAL.search(mention.text.lower()):
        mine = dict(changes)[own] * sign
        if all(mine >= value * sign for _, value in changes):
            return Verdict.SUPPORTED  # tied at the top, and the words name a group of them
    return verdict


def step_down_lines(mention: Mention, ctx: Context, sign: int, least: bool) -> Settled | None:
    """The line's change ranked among every line's change between the same two columns, or
    None when the references are not two cells of one line of such a table."""
    pair = _pair(ctx)
    if pair is None:
        return None
    start, end = pair
    found = peers(end)
    if isinstance(found, Unclear):
        return Settled(Verdict.NEEDS_REVIEW, found.reason)
    before = {figure.label: figure.number.value for figure in start.figures}
    changes = [
        (figure.label or "", figure.number.value - before[figure.label])
        for figure in found.figures
        if figure.label in before
    ]
    own = end.line
    if len(changes) < MIN_LINES or own not in dict(changes):
        return None
    listing = ", ".join(f"{label} {fmt.signed_change(value)}" for label, value in changes)
    span = f"{start.label} to {end.label}"
    if dict(changes)[own] * sign <= 0:
        way = "rise" if sign > 0 else "fall"
        return Settled(
            Verdict.CONTRADICTED, f"{own}'s change from {span} is not a {way}: {listing}"
        )
    if least:
        # the smallest fall: the change nearest zero among the lines that moved that way
        changes = [(label, -abs(value)) for label, value in changes if value * sign > 0]
        sign = 1
    verdict = _place(mention, changes, own, sign)
    return Settled(verdict, f"each line's change from {span}: {listing}{_left(found)}")
