"""Wording that says a figure did not move: "remained unchanged", "held steady", "was flat".

Strict wording ("unchanged at 5") is supported only when the from and to figures are equal,
or could be equal within the rounding of the source figures ("5.1%" and "5.1%", "1.2m" and
"1.2m"). A change within ``policy.unchanged_review`` of the from figure (1% by default) needs
review: an editor may call it flat, but it is not unchanged. Anything larger is contradicted.

Loose wording ("broadly unchanged", "little changed") is supported within that tolerance
and needs review within twice it.

Against a published percentage change instead of two levels (a cell of a "% change" column),
the change is judged as a move from 100 (``change_figure``): "stayed the same" against a
published 0% is supported, against 0.4% needs review, against 12% is contradicted.
"""

from __future__ import annotations

from fractions import Fraction

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge import explain as _explain
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge import notes as _notes
from claimcheck.engine.judge.change_figure import on_change_figure
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged, review, statement
from claimcheck.engine.read.reader import Mention
from claimcheck.engine.wording.families import ROUGHLY_UNCHANGED
from claimcheck.model import Quantity, Verdict

__all__ = ["LOOSE", "unchanged"]

LOOSE = ROUGHLY_UNCHANGED  # the family id of the loose wording


def unchanged(mention: Mention, ctx: Context, out: Judged) -> None:
    """Judge a statement that the figure stayed where it was."""
    before, after = ctx.before, ctx.after
    if (before is None or after is None) and on_change_figure(
        mention, ctx, out, unchanged, any_wording=True
    ):
        return  # a published change: "stayed the same" against 0% is a move from 100 to 100
    if before is None or after is None:
        out.statements.append(
            review(
                mention,
                Quantity.DIRECTION,
                "it says the figure did not change; reference from and to figures to check that",
            )
        )
        return
    loose = mention.family.id == LOOSE
    tolerance = ctx.policy.unchanged_review
    gap = abs(after - before)
    allowed = tolerance * abs(before)
    if loose:
        verdict = (
            Verdict.SUPPORTED
            if gap <= allowed
            else Verdict.NEEDS_REVIEW
            if gap <= 2 * allowed
            else Verdict.CONTRADICTED
        )
    elif gap == 0 or _could_be_equal(ctx):
        verdict = Verdict.SUPPORTED
    else:
        verdict = Verdict.NEEDS_REVIEW if gap <= allowed else Verdict.CONTRADICTED
    summary = _explain.change(before, after, percentages=ctx.percentages, currency=ctx.currency)
    within = f"within {fmt.percent(tolerance * 100, 2)} of the earlier figure"
    if verdict is Verdict.SUPPORTED and gap == 0:
        text = f"{mention.text}: {summary} ({Verdict.SUPPORTED.words})"
    elif verdict is Verdict.SUPPORTED:
        why = within if loose else "equal within the rounding of the source figures"
        text = f"{mention.text}: {summary}, {why} ({Verdict.SUPPORTED.words})"
    elif verdict is Verdict.NEEDS_REVIEW:
        text = (
            f"{mention.text}: {summary}, a small change but not none ({Verdict.NEEDS_REVIEW.words})"
        )
    elif (
        gap <= 2 * allowed
        and (span := _relative_span(ctx)) is not None
        and _least(span) <= tolerance
    ):
        # Rounded figures near the edge of the review band (a printed move of at most twice
        # it): the true move could be inside the band, so it is not settled (docs/policy.md).
        verdict = Verdict.NEEDS_REVIEW
        low, high = (fmt.signed_percent(x * 100) for x in span)
        text = (
            f"{mention.text}: {summary} on the printed figures, but within the rounding of the "
            f"source figures the move runs from {low} to {high}, which takes in a change "
            f"{within}: these figures do not settle it ({Verdict.NEEDS_REVIEW.words})"
        )
    else:
        text = f"{mention.text}: {summary}, not unchanged ({Verdict.CONTRADICTED.words})"
    if loose:
        rule = (
            f"the figure must move by no more than {fmt.percent(tolerance * 100, 2)} "
            f"(needs review up to {fmt.percent(tolerance * 200, 2)})"
        )
    else:
        rule = (
            f"from and to must be equal (within the rounding of the source figures); a "
            f"change {within} needs review"
        )
    out.statements.append(
        statement(
            mention,
            Quantity.DIRECTION,
            verdict,
            text,
            computed=fmt.signed(after - before, 2),
            exact=after - before,
            rule=rule,
            rule_id=f"{mention.family.id}.unchanged",
        )
    )


def _could_be_equal(ctx: Context) -> bool:
    """Whether the rounded source figures could stand for the same value."""
    first, second = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    if first is None or second is None:
        return False
    low_a, high_a = _notes.source_interval(first.number)
    low_b, high_b = _notes.source_interval(second.number)
    overlap: Fraction = min(high_a, high_b) - max(low_a, low_b)
    return overlap > 0


def _relative_span(ctx: Context) -> tuple[Fraction, Fraction] | None:
    """The least and greatest relative move the rounded from and to figures allow."""
    first, second = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    if first is None or second is None:
        return None
    return _notes.rounding_span(
        first.number, second.number, lambda a, b: (b - a) / abs(a) if a else None
    )


def _least(span: tuple[Fraction, Fraction]) -> Fraction:
    low, high = span
    return Fraction(0) if low <= 0 <= high else min(abs(low), abs(high))
