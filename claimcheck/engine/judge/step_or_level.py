"""A change against one figure of a series: a step, never the level (docs/policy.md).

"Fell by 310 to the lowest level in six years", with only the latest figure of a series of
levels referenced, states the size of the fall from the period before (or from the period the
quote names): ``change_step.series_step`` binds that base. The figure itself is the stated
number only when the series holds changes ("payrolls rose by 150,000" against a column of
monthly changes), so the number is first held against the figure as a value, and kept there
when it matches; otherwise the step decides. When no base can be bound (a span the series
cannot place, "over the past four years"; a period missing before), a figure that does not
match is no proof of a wrong change: the claim needs review, never contradicted.

This applies to changes in points on a series of percentages, and to changes in counts or
money or in per cent on a series that is not of percentages. A percentage change stated
against a series of percentages ("prices rose 2.9% in June" against annual inflation rates)
is a level of that series as often as a step, so it is left to the value it matches.
"""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge.change_step import Step, series_step
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged
from claimcheck.engine.judge.value import value
from claimcheck.engine.read.particles import no_move
from claimcheck.engine.read.reader import Mention
from claimcheck.model import Quantity, Verdict
from claimcheck.numbers.number import Unit

__all__ = ["step_for", "steps_on", "unbound", "value_first", "value_or_level"]


def steps_on(quantity: Quantity, ctx: Context) -> bool:
    """Whether a change of ``quantity`` against the referenced figure is read as a step."""
    reference = ctx.references.get(Role.FIGURE)
    if reference is None or reference.series is None or ctx.before is not None:
        return False
    percent = reference.figure.number.unit is Unit.PERCENT
    if quantity is Quantity.POINTS:
        return percent
    return quantity in (Quantity.DIFFERENCE, Quantity.PERCENT_CHANGE) and not percent


def step_for(mention: Mention, quantity: Quantity, ctx: Context) -> Step | None:
    """The step the change speaks of; the period before is taken only for words that state
    a move ("made up 14%" states none)."""
    step = series_step(ctx, implied=steps_on(quantity, ctx))
    if step is None or step.chosen:
        return step
    word = ctx.wording[mention.start :].split(maxsplit=1)[0] if mention.text else ""
    lowered = ctx.wording.lower()
    return None if no_move(lowered, mention.start, mention.start + len(word)) else step


def value_first(mention: Mention, ctx: Context, out: Judged) -> bool:
    """Judge the number against the figure as a value, and keep that when it holds (a
    series of changes); return whether it was kept."""
    scratch = Judged()
    value(mention, ctx, scratch)
    if not scratch.statements or any(
        item.verdict is not Verdict.SUPPORTED for item in scratch.statements
    ):
        return False
    out.statements.extend(scratch.statements)
    out.values.extend(scratch.values)
    for text in scratch.notes:
        out.note(text)
    return True


def value_or_level(mention: Mention, ctx: Context, quantity: Quantity, out: Judged) -> None:
    """After ``value`` judged a change against the figure with no step to bind: a figure
    that does not match says nothing against the change, so the claim needs review."""
    if not steps_on(quantity, ctx) or not out.statements:
        return
    last = out.statements[-1]
    if last.start != mention.start or last.verdict is not Verdict.CONTRADICTED:
        return
    why = (
        f"{mention.text}: a change states the size of a step, not the level of "
        f"{ctx.references[Role.FIGURE].figure.ref}, and the period it is measured from is not "
        f"one the referenced series holds right before it: reference the figure it started "
        f"from (as from:) to check it ({Verdict.NEEDS_REVIEW.words})"
    )
    out.statements[-1] = last.model_copy(
        update={
            "verdict": Verdict.NEEDS_REVIEW,
            "explanation": why,
            "rule": "a change is a step from an earlier period, never the level",
            "rule_id": "change.step-unbound",
        }
    )


def unbound(
    mention: Mention,
    ctx: Context,
    quantity: Quantity,
    out: Judged,
    change: Callable[[Mention, Context, Judged], None],
) -> None:
    """A change with no from and to figures: the step from an earlier label of the
    referenced series when one can be bound, judged by ``change``; else the figure."""
    stepped = step_for(mention, quantity, ctx)
    if stepped is not None and steps_on(quantity, ctx) and value_first(mention, ctx, out):
        return  # the figure is the change itself: a series of changes
    if stepped is None:
        value(mention, ctx, out)
        value_or_level(mention, ctx, quantity, out)
        return
    change(mention, stepped.ctx, out)
    last = out.statements[-1]
    head = f"{mention.text}: "
    out.statements[-1] = last.model_copy(
        update={"explanation": last.explanation.replace(head, f"{head}{stepped.bound}; ", 1)}
    )
