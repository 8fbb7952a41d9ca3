"""A stated change ("rose 45%", "up 5 points", "333 more") and a bare direction ("rose")."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge import explain as _explain
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge import notes as _notes
from claimcheck.engine.judge.compare import Comparator, Stated, compare
from claimcheck.engine.judge.context import Context, percent_change
from claimcheck.engine.judge.judged import Judged, flip, precision, review, statement
from claimcheck.engine.judge.value import value
from claimcheck.engine.read.reader import Mention
from claimcheck.model import Quantity, Verdict

__all__ = ["change", "direction"]

_QUANTITIES = {"points": Quantity.POINTS, "difference": Quantity.DIFFERENCE}


@dataclass(frozen=True, slots=True)
class Change:
    """How one change statement is measured: what it speaks of and what it states."""

    mention: Mention
    ctx: Context
    quantity: Quantity
    comparator: Comparator
    stated: Stated
    fraction: bool  # "a third", "halved": a fraction word, shown to 1 decimal place

    @property
    def relative(self) -> bool:
        return self.quantity is Quantity.PERCENT_CHANGE

    def amount(self, a: Fraction, b: Fraction) -> Fraction | None:
        if self.relative:
            return percent_change(a, b) if a > 0 else None
        return b - a

    def judge(self, raw: Fraction) -> Verdict:
        sign = self.mention.sign
        signed = raw * sign if sign else abs(raw)
        return compare(self.comparator, self.stated, signed, self.ctx.policy)

    def shown(self, raw: Fraction) -> str:
        return _shown_computed(self.quantity, raw, self.ctx.currency)

    def shown_stated(self) -> str:
        """The stated change as written ("4.2371%"); a fraction word shows 33.3%."""
        shown = _shown_change(self.quantity, self.stated.value, 2 if self.fraction else 8)
        if self.comparator is Comparator.BETWEEN and self.stated.high is not None:
            # "cut by 5 to 10 per cent": a range of changes.
            shown = f"{shown} and {_shown_change(self.quantity, self.stated.high, 8)}"
        return shown


def change(mention: Mention, ctx: Context, out: Judged) -> None:
    """A stated change: a percentage, a fraction, points or an absolute difference."""
    before, after = ctx.before, ctx.after
    quantity = _QUANTITIES.get(mention.family.id, Quantity.PERCENT_CHANGE)
    if before is None or after is None:
        value(mention, ctx, out)
        return
    if quantity is Quantity.PERCENT_CHANGE and before <= 0:
        why = "zero" if before == 0 else f"the negative number {fmt.number(before)}"
        out.statements.append(
            review(
                mention,
                quantity,
                f"{_explain.change(before, after)}; no percentage change can be worked out "
                f"from {why}",
            )
        )
        return
    fraction = mention.family.id == "fraction-change"
    comparator = mention.comparator or (Comparator.MULTIPLE if fraction else Comparator.EXACT)
    stated = Stated(mention.stated.value * 100) if fraction else mention.stated
    measured = Change(mention, ctx, quantity, comparator, stated, fraction)
    raw = measured.amount(before, after)
    assert raw is not None
    verdict, text = _assessed(measured, before, after, raw)
    out.statements.append(
        statement(
            mention,
            quantity,
            verdict,
            text,
            computed=measured.shown(raw),
            exact=raw,
            rule=_explain.rule(comparator, stated, measured.shown_stated(), ctx.policy),
        )
    )
    _change_notes(measured, out, verdict, before, raw)
    flip(mention, ctx, out, verdict, measured.amount, measured.judge, measured.shown)


def _assessed(
    measured: Change, before: Fraction, after: Fraction, raw: Fraction
) -> tuple[Verdict, str]:
    """The verdict and its explanation: the size, the way, and points against percent."""
    mention, ctx, stated = measured.mention, measured.ctx, measured.stated
    comparator, sign = measured.comparator, mention.sign
    contradicted = Verdict.CONTRADICTED
    summary = _explain.change(
        before,
        after,
        percentages=ctx.percentages,
        absolute=measured.quantity is Quantity.DIFFERENCE,
        currency=ctx.currency,
    )
    verdict = measured.judge(raw)
    if sign and (after - before) * sign <= 0:
        said = "rise" if sign > 0 else "fall"
        return contradicted, f"{mention.text}: {summary}, not a {said} ({contradicted.words})"
    if (
        measured.relative
        and not measured.fraction
        and verdict is not Verdict.SUPPORTED
        and ctx.percentages
        and compare(comparator, stated, abs(after - before), ctx.policy) is Verdict.SUPPORTED
    ):
        return contradicted, (
            f"{mention.text}: {summary}; {fmt.number(stated.value)}% is the change in "
            f"points, not the percentage change ({contradicted.words})"
        )
    words = _explain.assessment(
        comparator, verdict, measured.shown_stated(), ctx.policy, equal=abs(raw) == stated.value
    )
    return verdict, f"{mention.text}: {summary}, {words} ({verdict.words})"


def _change_notes(
    measured: Change, out: Judged, verdict: Verdict, before: Fraction, raw: Fraction
) -> None:
    mention, ctx, stated = measured.mention, measured.ctx, measured.stated
    if measured.relative and not ctx.percentages:
        out.note(_notes.small_base(before, ctx.policy))
        if (
            not measured.fraction
            and mention.number is not None
            and stated.value >= 100
            and mention.sign >= 0
            and verdict is not Verdict.CONTRADICTED
        ):
            # The multiple the figures give, not the one a wrong percentage would imply.
            out.note(_notes.better_as_multiple(mention.text, raw))
    if measured.quantity is Quantity.POINTS and not ctx.percentages:
        out.note(f"'{mention.text}' speaks of points, but the figures are not percentages.")
    if verdict is Verdict.SUPPORTED:  # a wrong number needs no note about its digits
        precision(mention, ctx, out, (Role.FROM, Role.TO), absolute=not measured.relative)
    if measured.comparator in (Comparator.MORE_THAN, Comparator.AT_LEAST):
        out.note(
            _notes.understated(
                mention.text,
                stated.value,
                abs(raw),
                ctx.policy,
                multiple=False,
                shown=measured.shown(raw),
            )
        )


def _shown_change(quantity: Quantity, value: Fraction, decimals: int = 2) -> str:
    if quantity is Quantity.POINTS:
        return fmt.points(value, max(decimals, 2))
    if quantity is Quantity.DIFFERENCE:
        return fmt.number(value, max(decimals, 2))
    return fmt.percent(value, max(decimals, 1) if decimals > 2 else 1)


def _shown_computed(quantity: Quantity, value: Fraction, currency: str | None = None) -> str:
    if quantity is Quantity.POINTS:
        return f"{'+' if value > 0 else '-' if value < 0 else ''}{fmt.points(value)}"
    if quantity is Quantity.DIFFERENCE and currency is not None:
        # "+£2,000,000,000": a change in money keeps its unit.
        return f"{'+' if value > 0 else ''}{fmt.money(value, currency)}"
    if quantity is Quantity.DIFFERENCE:
        return fmt.signed(value, 2)
    return fmt.signed_percent(value)


def direction(mention: Mention, ctx: Context, out: Judged) -> None:
    """A bare direction ("rose", "fell"): the later figure must be above (below) the earlier."""
    before, after = ctx.before, ctx.after
    if before is None or after is None:
        return
    verdict = Verdict.SUPPORTED if (after - before) * mention.sign > 0 else Verdict.CONTRADICTED
    summary = _explain.change(before, after, percentages=ctx.percentages, currency=ctx.currency)
    text = f"{mention.text}: {summary} ({verdict.words})"
    way = "rise" if mention.sign > 0 else "fall"
    out.statements.append(
        statement(
            mention,
            Quantity.DIRECTION,
            verdict,
            text,
            computed=fmt.signed(after - before, 2),
            exact=after - before,
            rule=f"the figure must {way} from the earlier to the later figure",
            rule_id=f"{mention.family.id}.direction",
        )
    )
    if before > 0 and after != before and not ctx.percentages:
        out.note(_notes.small_base(before, ctx.policy))
