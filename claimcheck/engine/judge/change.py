"""A stated change ("rose 45%", "up 5 points", "333 more") and a bare direction ("rose")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge import explain as _explain
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge import notes as _notes
from claimcheck.engine.judge.compare import Comparator, Stated, compare
from claimcheck.engine.judge.context import Context, percent_change
from claimcheck.engine.judge.equal_rounded import equal_as_rounded
from claimcheck.engine.judge.judged import Judged, flip, precision, review, statement
from claimcheck.engine.judge.points import points_reading
from claimcheck.engine.judge.rate_itself import rate_itself
from claimcheck.engine.judge.relative_words import said_relative
from claimcheck.engine.judge.step_or_level import unbound
from claimcheck.engine.read.reader import Mention
from claimcheck.engine.wording.pace_phrases import PACE_IDS
from claimcheck.model import Quantity, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["MEASURE_NAMES", "change", "direction"]

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
        if not sign and self.stated.value < 0:
            # "-2 percentage points": a number written with its sign states the signed change.
            return compare(self.comparator, self.stated, raw, self.ctx.policy)
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
        unbound(mention, ctx, quantity, out, change)
        return
    if _level_in_points(mention, ctx, quantity, out):
        return
    before, after = gap_sizes(mention, before, after)
    if quantity is Quantity.PERCENT_CHANGE and before <= 0:
        comparator = mention.comparator or Comparator.EXACT
        measured = Change(mention, ctx, quantity, comparator, mention.stated, False)
        if rate_itself(measured, None, out):
            return
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
    if rate_itself(measured, raw, out):
        return
    verdict, text = _assessed(measured, before, after, raw)
    rounded = _within_rounding(measured, before, after, text) if verdict is CONTRADICTED else None
    if rounded is not None:
        verdict, text = Verdict.NEEDS_REVIEW, rounded
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
    exact = verdict is Verdict.SUPPORTED and abs(raw) == abs(stated.value)
    if rounded is None and not exact:
        # No "could flip" note where the figures give the stated value exactly.
        flip(mention, ctx, out, verdict, measured.amount, measured.judge, measured.shown)


CONTRADICTED = Verdict.CONTRADICTED


def _level_in_points(mention: Mention, ctx: Context, quantity: Quantity, out: Judged) -> bool:
    """'the gap widened to 7.7 percentage points': after 'to', points state the new level
    of a gap measured in points, checked against the to figure as a value."""
    later = ctx.figure(Role.TO)
    if quantity is not Quantity.POINTS or later is None or not ctx.percentages:
        return False
    if ctx.named_role(mention.start) is not Role.TO:
        return False
    verdict = compare(Comparator.EXACT, mention.stated, later.number.value, ctx.policy)
    words = _explain.assessment(
        Comparator.EXACT,
        verdict,
        mention.text,
        ctx.policy,
        equal=later.number.value == mention.stated.value,
    )
    out.statements.append(
        statement(
            mention,
            Quantity.VALUE,
            verdict,
            f"{mention.text}: the level after 'to'; {later.ref} is {later.number.text}, "
            f"{words} ({verdict.words})",
            computed=later.number.text,
            exact=later.number.value,
            rule="a number of points after 'to' is the new level, checked against the to figure",
            rule_id="points.level-after-to",
        )
    )
    return True


def _within_rounding(measured: Change, before: Fraction, after: Fraction, text: str) -> str | None:
    """A change worked out from rounded figures is an interval: when the stated change lies
    inside it, the figures do not settle the claim, so it needs review with the range, never
    contradicted ("down 12%" on 1.2m and 1.1m: anywhere from a 0% to a 16% fall)."""
    mention, ctx, stated = measured.mention, measured.ctx, measured.stated
    first, second = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    if first is None or second is None:
        return None
    points = abs(after - before)
    if (
        measured.relative
        and ctx.percentages
        and compare(measured.comparator, stated, points, ctx.policy) is Verdict.SUPPORTED
    ):
        return None  # points given as a percentage change: wrong whatever the rounding

    def amount(a: Fraction, b: Fraction) -> Fraction | None:
        return measured.amount(*gap_sizes(mention, a, b))

    span = _notes.rounding_span(first.number, second.number, amount)
    if span is None:
        return None
    low, high = span
    tries = [low, high, *(s * stated.value for s in (1, -1) if low <= s * stated.value <= high)]
    if not any(measured.judge(x) is Verdict.SUPPORTED for x in tries):
        return None
    review_ = Verdict.NEEDS_REVIEW
    return (
        f"{text.removesuffix(f' ({CONTRADICTED.words})')} on the printed figures; but "
        f"{first.number.text} and {second.number.text} are rounded, and within their rounding "
        f"the change runs from {measured.shown(low)} to {measured.shown(high)}, which takes in "
        f"what is stated: these figures do not settle it ({review_.words})"
    )


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
    if not sign and stated.value < 0 <= after - before:
        return contradicted, f"{mention.text}: {summary}, the other way ({contradicted.words})"
    if sign and (after - before) * sign <= 0:
        said = "rise" if sign > 0 else "fall"
        return contradicted, f"{mention.text}: {summary}, not a {said} ({contradicted.words})"
    reading = points_reading(measured.quantity, mention, stated, ctx, (before, after), verdict)
    if reading is not None:
        return reading.verdict, f"{mention.text}: {summary}; {reading.text}"
    if (
        measured.relative
        and not measured.fraction
        and verdict is not Verdict.SUPPORTED
        and ctx.percentages
        and compare(comparator, stated, abs(after - before), ctx.policy) is Verdict.SUPPORTED
    ):
        # Points called per cent: a slip of the unit unless the words say the change is
        # relative (``RELATIVE``); docs/policy.md "Percent and percentage points".
        said = contradicted if said_relative(ctx.wording) else Verdict.NEEDS_REVIEW
        return said, (
            f"{mention.text}: {summary}; {fmt.number(stated.value)}% is the change in "
            f"points written as per cent, not the percentage change ({said.words})"
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


# "Wage growth slowed to 3.5%": on a rate, "growth" names the measure rather than a rise.
MEASURE_NAMES = frozenset({"growth"})
_GAP_WORDS = lazy_pattern(r"(?<![a-z])(?:narrow|widen)", re.IGNORECASE)


def gap_sizes(mention: Mention, before: Fraction, after: Fraction) -> tuple[Fraction, Fraction]:
    """A gap 'narrowed' or 'widened' moves towards or away from zero, whatever its sign:
    -3.7% to -2.0% narrowed. The sizes of the two figures are compared."""
    if _GAP_WORDS.search(mention.text):
        return abs(before), abs(after)
    return before, after


def direction(mention: Mention, ctx: Context, out: Judged) -> None:
    """A bare direction ("rose", "fell"): the later figure must be above (below) the earlier."""
    before, after = ctx.before, ctx.after
    if before is None or after is None:
        return
    if ctx.percentages and mention.text.lower() in MEASURE_NAMES:
        # "wage growth slowed to 3.5%": on rates, "growth" names the measure, not a rise.
        return
    if mention.family.id in PACE_IDS and not ctx.percentages:
        return  # "slowed" of a level speaks of the pace of its change (pace_phrases.py)
    before, after = gap_sizes(mention, before, after)
    if (unsettled := equal_as_rounded(mention, ctx, before, after)) is not None:
        out.statements.append(unsettled)
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
