"""A direction word over two published figures that are equal as rounded.

"The rate rose" against 0.1% and 0.1%: each figure stands for anything from 0.05% to 0.15%
(docs/policy.md, "Rounded source figures"), so the unrounded figures may have moved either way
or not at all. Two equal rounded figures cannot settle a small move: the claim needs review,
never contradicted. Figures written in full ("640", "10%") are exact, and equal exact figures
are no change.
"""

from __future__ import annotations

from fractions import Fraction

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import statement
from claimcheck.engine.judge.notes import written_rounded
from claimcheck.engine.read.mentions import Mention
from claimcheck.model import Quantity, Statement, Verdict

__all__ = ["equal_as_rounded"]


def equal_as_rounded(
    mention: Mention, ctx: Context, before: Fraction, after: Fraction
) -> Statement | None:
    """A review of a direction over equal rounded figures, or None when they differ or are
    exact."""
    first, second = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    if before != after or first is None or second is None:
        return None
    if not (written_rounded(first.number) and written_rounded(second.number)):
        return None
    way = "rise" if mention.sign > 0 else "fall"
    verdict = Verdict.NEEDS_REVIEW
    text = (
        f"{mention.text}: {first.number.text} → {second.number.text} is no change as printed, "
        f"but both figures are rounded, so the unrounded figures may differ: two equal rounded "
        f"figures cannot settle a small {way} ({verdict.words})"
    )
    return statement(
        mention,
        Quantity.DIRECTION,
        verdict,
        text,
        computed="0",
        exact=Fraction(0),
        rule="two equal rounded figures cannot settle a small move",
        rule_id=f"{mention.family.id}.equal-rounded",
    )
