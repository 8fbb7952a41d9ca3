"""A rise or fall to a level whose earlier value the claim does not reference.

"Births rose to 16.5 per 1,000" with only the 2019 figure referenced checks the 16.5 and
nothing else: the figures cannot show that the rate rose, and the claim says it did. A bare
direction is checked against a from and a to figure (``change.direction``); with no pair it
used to pass in silence, so a claim could be marked supported on a rise that never happened.
When "to" ties the number after the direction to the level reached ("rose to", "a fall to",
"increased this year to"), the referenced figure is that level, not the change, and the
direction, left unchecked by every statement, makes the claim need review, saying which
figure would settle it.

A direction with no "to" ("growing 142,000", "up 1.7%") may be said of a figure that is
itself the change, so it is left alone. A direction is also settled when a statement already
judged a change, a direction or a ranking, or when a referenced figure is a change written
with its sign (-913, a fall).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge.change import MEASURE_NAMES
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged, statement
from claimcheck.engine.read.mentions import Reading
from claimcheck.engine.wording.families import Kind
from claimcheck.engine.wording.pace_phrases import PACE_IDS
from claimcheck.model import Quantity, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["TO_LEVEL", "unchecked_directions"]

_SETTLED_BY = frozenset(
    {
        Quantity.RATIO,
        Quantity.PERCENT_CHANGE,
        Quantity.DIFFERENCE,
        Quantity.POINTS,
        Quantity.DIRECTION,
        Quantity.RANK,
    }
)
# The words between a direction and the level it reaches: "rose to", "a rise in 2019 to a".
TO_LEVEL: Final = lazy_pattern(
    r"\s+(?:[\w,'-]+\s+){0,4}?to\s+(?:(?:an?|the|its|their|new|fresh|record)\s+)*",
    re.IGNORECASE,
)


def unchecked_directions(reading: Reading, ctx: Context, out: Judged) -> None:
    """Add a needs-review statement for a bare rise or fall no figure pair can check."""
    if ctx.has_change or Role.PART in ctx.references:
        return
    if any(item.quantity in _SETTLED_BY for item in out.statements):
        return
    if any(ref.figure.number.value < 0 for ref in ctx.references.values()):
        return  # a change written with its sign: the value check holds its direction
    mentions = reading.mentions
    for mention, after in pairwise(mentions):
        family = mention.family
        if family.kind is not Kind.DIRECTION or family.sign == 0:
            continue
        if mention.text.lower() in MEASURE_NAMES or after.family.kind is not Kind.VALUE:
            continue
        if family.id in PACE_IDS:
            continue  # "slowed to 2.4%": the pace of a rate, checked only on a pair of rates
        if not TO_LEVEL.fullmatch(ctx.wording, mention.end, after.start):
            continue
        way = "rise" if family.sign > 0 else "fall"
        text = (
            f"{mention.text}: the claim references no earlier figure, so the {way} is not "
            f"checked; reference the figure it started from (as from:) to check it "
            f"({Verdict.NEEDS_REVIEW.words})"
        )
        out.statements.append(
            statement(
                mention,
                Quantity.DIRECTION,
                Verdict.NEEDS_REVIEW,
                text,
                rule=f"a {way} is checked only against the earlier figure",
                rule_id=f"{family.id}.unchecked",
            )
        )
        return
