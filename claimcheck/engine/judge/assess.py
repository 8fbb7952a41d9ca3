"""Judge each statement the reader found against the claim's figures."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from fractions import Fraction

from claimcheck.claimfile.records import Figure, Role
from claimcheck.engine.judge import explain as _explain
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge import notes as _notes
from claimcheck.engine.judge.compare import Comparator, Stated, compare
from claimcheck.engine.judge.context import Context, percent_change
from claimcheck.engine.read.reader import Mention
from claimcheck.engine.wording.families import Kind
from claimcheck.model import Quantity, Statement, Verdict
from claimcheck.numbers.number import Unit

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED
_HUGE = Fraction(10) ** 12
_OF = re.compile(r"\s+of(?![A-Za-z])")
_PERCENT_END = re.compile(r"(?:%|per\s*cent|percent)$", re.IGNORECASE)
_BARE_TIMES = re.compile(r"\stimes$", re.IGNORECASE)


@dataclass(slots=True)
class Judged:
    """The statements of one claim and the editorial notes they raised."""

    statements: list[Statement] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def note(self, text: str | None) -> None:
        if text is not None and text not in self.notes:
            self.notes.append(text)


def statement(
    mention: Mention,
    quantity: Quantity,
    verdict: Verdict,
    explanation: str,
    *,
    computed: str = "",
    rule: str = "",
    exact: Fraction | None = None,
    rule_id: str | None = None,
) -> Statement:
    comparator = mention.comparator.value if mention.comparator else "check"
    if mention.qualifier is not None:
        comparator = mention.qualifier.id
    return Statement(
        stated=mention.text,
        computed=computed,
        rule=rule,
        verdict=verdict,
        explanation=explanation,
        quantity=quantity,
        rule_id=rule_id or f"{mention.family.id}.{comparator}",
        exact=None if exact is None else str(exact),
        start=mention.start,
        end=mention.end,
    )


def review(mention: Mention, quantity: Quantity, why: str) -> Statement:
    return statement(
        mention,
        quantity,
        R,
        f"{mention.text}: {why} ({R.words})",
        rule="needs figures this claim does not give",
    )


def multiple(mention: Mention, ctx: Context, out: Judged) -> None:
    before, after = ctx.before, ctx.after
    if before is None or after is None:
        if _BARE_TIMES.search(mention.text) and ctx.figure(Role.FIGURE) is not None:
            # "arrested 3 times" against a single figure: a count, not a multiple.
            if mention.qualifier is None:
                mention = replace(mention, comparator=Comparator.EXACT)
            _value(mention, ctx, out)
            return
        out.statements.append(
            review(mention, Quantity.RATIO, "a multiple needs from and to figures")
        )
        return
    if before <= 0:
        why = "zero" if before == 0 else f"the negative number {fmt.number(before)}"
        out.statements.append(
            review(
                mention,
                Quantity.RATIO,
                f"{_explain.change(before, after)}; no multiple can be worked out from {why}",
            )
        )
        return
    comparator = mention.comparator or Comparator.MULTIPLE
    n = mention.stated.value
    if n <= 0:
        why = f"a multiple of {fmt.number(n)} says nothing about a change"
        out.statements.append(review(mention, Quantity.RATIO, why))
        return
    value = after / before
    shown = fmt.ratio(n)
    if comparator is Comparator.BETWEEN and mention.stated.high is not None:
        shown = f"{fmt.ratio(n)} and {fmt.ratio(mention.stated.high)}"
    falling = (
        n > 1 and _falling_fold(mention, ctx.wording) and comparator is not (Comparator.BETWEEN)
    )
    if falling:
        # "a five-fold fall", "fell ten-fold": to / from is one fifth, one tenth.
        shown = f"1/{fmt.number(n)} ({fmt.ratio(1 / n)})"
        n = 1 / n

    def measure(ratio: Fraction) -> tuple[Fraction, Stated]:
        if n < 1 and comparator not in (Comparator.MULTIPLE, Comparator.EXACT):
            # "more than halved" speaks of the size of the cut: to / from below one half.
            return (1 / ratio if ratio > 0 else _HUGE), Stated(1 / n)
        return ratio, Stated(n, mention.stated.step if n >= 1 else Fraction(0))

    def judge(ratio: Fraction) -> Verdict:
        if comparator is Comparator.BETWEEN and mention.stated.high is not None:
            # "3.5 to 4 times": inside the range, or as near an end as a bare multiple.
            low, high = mention.stated.value, mention.stated.high
            if low <= ratio <= high:
                return S
            end = low if ratio < low else high
            return compare(Comparator.MULTIPLE, Stated(end), ratio, ctx.policy)
        measured, stated = measure(ratio)
        return compare(comparator, stated, measured, ctx.policy)

    verdict = judge(value)
    if n < 1 and comparator not in (Comparator.MULTIPLE, Comparator.EXACT):
        shown = "a halving" if n == Fraction(1, 2) else f"a cut to {fmt.ratio(n)}"
    words = _explain.assessment(comparator, verdict, shown, ctx.policy)
    working = f"{fmt.number(after)} / {fmt.number(before)} = {fmt.ratio(value)}"
    rule = _explain.rule(comparator, Stated(n), shown, ctx.policy)
    if comparator is Comparator.BETWEEN:
        rule = (
            f"{rule}; outside it, "
            f"{_explain.rule(Comparator.MULTIPLE, Stated(n), 'the nearer end', ctx.policy)}"
        )
    out.statements.append(
        statement(
            mention,
            Quantity.RATIO,
            verdict,
            f"{mention.text}: {working}, {words} ({verdict.words})",
            computed=fmt.ratio(value),
            exact=value,
            rule=rule,
        )
    )
    if mention.family.id == "n-times-more":
        out.note(_notes.times_more(mention.text, n))
    if falling:
        out.note(_notes.fold_fall(mention.text, 1 / n))
    out.note(_notes.small_base(before, ctx.policy))
    if comparator in (Comparator.MORE_THAN, Comparator.AT_LEAST) and n >= 1:
        out.note(_notes.understated(mention.text, n, value, ctx.policy, multiple=True))
    _flip(mention, ctx, out, verdict, lambda a, b: b / a if a > 0 else None, judge, fmt.ratio)


_FALL_AFTER = re.compile(
    r"\s+(?:fall|falls|drop|drops|decline|declines|decrease|decreases|reduction|reductions|"
    r"cut|cuts)(?![A-Za-z])",
    re.IGNORECASE,
)
_FALL_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:fell|fallen|falling|dropped|declined|decreased|shrank|shrunk|shrunken|"
    r"cut|reduced|plunged|plummeted|slumped|tumbled)\s+(?:by\s+)?(?:an?\s+)?$",
    re.IGNORECASE,
)


def _falling_fold(mention: Mention, wording: str) -> bool:
    """'a five-fold fall', 'fell ten-fold': an N-fold multiple spoken of as a fall."""
    if "fold" not in mention.text.lower():
        return False
    return bool(
        _FALL_AFTER.match(wording, mention.end)
        or _FALL_BEFORE.search(wording, max(0, mention.start - 30), mention.start)
    )


def change(mention: Mention, ctx: Context, out: Judged) -> None:
    """A stated change: a percentage, a fraction, points or an absolute difference."""
    before, after = ctx.before, ctx.after
    family = mention.family.id
    quantity = {
        "points": Quantity.POINTS,
        "difference": Quantity.DIFFERENCE,
    }.get(family, Quantity.PERCENT_CHANGE)
    if before is None or after is None:
        value(mention, ctx, out)
        return
    relative = quantity is Quantity.PERCENT_CHANGE
    if relative and before <= 0:
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
    fraction = family == "fraction-change"
    comparator = mention.comparator or (Comparator.MULTIPLE if fraction else Comparator.EXACT)
    stated = mention.stated
    if fraction:
        stated = Stated(stated.value * 100)
    sign = mention.sign

    def amount(a: Fraction, b: Fraction) -> Fraction | None:
        if relative:
            return percent_change(a, b) if a > 0 else None
        return b - a

    def judge(raw: Fraction) -> Verdict:
        signed = raw * sign if sign else abs(raw)
        return compare(comparator, stated, signed, ctx.policy)

    raw = amount(before, after)
    assert raw is not None
    verdict = judge(raw)
    # A number as written keeps every digit ("4.2371%"); a fraction word shows 33.3%.
    shown = _shown_change(quantity, stated.value, 2 if fraction else 8)
    if comparator is Comparator.BETWEEN and stated.high is not None:
        # "cut by 5 to 10 per cent": a range of changes.
        shown = f"{shown} and {_shown_change(quantity, stated.high, 8)}"
    computed = _shown_computed(quantity, raw, ctx.currency)
    summary = _explain.change(
        before,
        after,
        percentages=ctx.percentages,
        absolute=quantity is Quantity.DIFFERENCE,
        currency=ctx.currency,
    )
    if sign and (after - before) * sign <= 0:
        verdict = C
        said = "rise" if sign > 0 else "fall"
        text = f"{mention.text}: {summary}, not a {said} ({C.words})"
    elif (
        relative
        and not fraction
        and verdict is not S
        and ctx.percentages
        and compare(comparator, stated, abs(after - before), ctx.policy) is S
    ):
        verdict = C
        text = (
            f"{mention.text}: {summary}; {fmt.number(stated.value)}% is the change in "
            f"points, not the percentage change ({C.words})"
        )
    else:
        words = _explain.assessment(
            comparator, verdict, shown, ctx.policy, equal=abs(raw) == stated.value
        )
        text = f"{mention.text}: {summary}, {words} ({verdict.words})"
    out.statements.append(
        statement(
            mention,
            quantity,
            verdict,
            text,
            computed=computed,
            exact=raw,
            rule=_explain.rule(comparator, stated, shown, ctx.policy),
        )
    )
    if relative and not ctx.percentages:
        out.note(_notes.small_base(before, ctx.policy))
        if (
            not fraction
            and mention.number is not None
            and stated.value >= 100
            and sign >= 0
            and verdict is not C
        ):
            # The multiple the figures give, not the one a wrong percentage would imply.
            out.note(_notes.better_as_multiple(mention.text, raw))
    if quantity is Quantity.POINTS and not ctx.percentages:
        out.note(f"'{mention.text}' speaks of points, but the figures are not percentages.")
    if verdict is S:  # a wrong number needs no note about its digits
        _precision(mention, ctx, out, (Role.FROM, Role.TO), absolute=not relative)
    if comparator in (Comparator.MORE_THAN, Comparator.AT_LEAST):
        out.note(
            _notes.understated(
                mention.text,
                stated.value,
                abs(raw),
                ctx.policy,
                multiple=False,
                shown=_shown_computed(quantity, raw, ctx.currency),
            )
        )
    _flip(
        mention,
        ctx,
        out,
        verdict,
        amount,
        judge,
        lambda x: _shown_computed(quantity, x, ctx.currency),
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


def share(mention: Mention, ctx: Context, out: Judged) -> None:
    found = ctx.share()
    kind = mention.family.kind
    if found is None and mention.family.id == "percent-of" and ctx.has_change:
        # "37% of pupils" beside from/to percentages states one of those figures.
        value(mention, ctx, out)
        return
    if found is None:
        given = ctx.figure(Role.WHOLE)
        counted = ctx.percent_in_share
        if counted is not None and given is not None and ctx.figure(Role.PART) is not None:
            role = "part" if counted is ctx.figure(Role.PART) else "whole"
            out.statements.append(
                review(
                    mention,
                    Quantity.SHARE,
                    f"the {role} ({counted.ref}) is already a percentage ({counted.number.text}), "
                    f"so it cannot be divided as a count; reference a percentage with figure: "
                    f"instead, or give the counts as part and whole",
                )
            )
        elif given is not None and ctx.figure(Role.PART) is not None:
            # Both were given: the whole is zero or negative, so there is no share.
            why = "zero" if given.number.value == 0 else f"negative ({given.number.text})"
            out.statements.append(
                review(
                    mention,
                    Quantity.SHARE,
                    f"the whole ({given.ref}) is {why}, so no share can be worked out",
                )
            )
        elif kind is not Kind.SHARE_WORD:
            out.statements.append(
                review(
                    mention,
                    Quantity.SHARE,
                    "a share needs part and whole figures, or a percentage figure",
                )
            )
        return
    proportion, working = found
    percent = mention.family.id == "percent-of" or (
        mention.number is not None and mention.number.unit is Unit.PERCENT
    )
    default = Comparator.EXACT if percent else Comparator.MULTIPLE
    comparator = mention.comparator or default
    measured = proportion * 100 if percent else proportion
    stated = mention.stated if percent else Stated(mention.stated.value)
    verdict = compare(comparator, stated, measured, ctx.policy)
    shown = fmt.percent(stated.value) if percent else fmt.percent(stated.value * 100)
    words = _explain.assessment(
        comparator, verdict, shown, ctx.policy, equal=measured == stated.value
    )
    computed = fmt.percent(proportion * 100)
    if working.startswith("the figure"):
        text = f"{mention.text}: {working}, {words} ({verdict.words})"
    else:
        text = f"{mention.text}: {working} = {computed}, {words} ({verdict.words})"
    out.statements.append(
        statement(
            mention,
            Quantity.SHARE,
            verdict,
            text,
            computed=computed,
            exact=proportion,
            rule=_explain.rule(comparator, stated, shown, ctx.policy),
        )
    )
    whole = ctx.number(Role.WHOLE)
    if whole is not None:
        out.note(_notes.small_base(whole, ctx.policy))
    if percent:
        _precision(mention, ctx, out, (Role.PART, Role.WHOLE, Role.FIGURE))


def _percent(mention: Mention) -> bool:
    """Whether a number (or a range, "between 40 and 50 per cent") states a percentage."""
    if mention.number is not None and mention.number.unit is Unit.PERCENT:
        return True
    return mention.stated.high is not None and _PERCENT_END.search(mention.text) is not None


def _share_of(mention: Mention, ctx: Context) -> bool:
    """'between 40 and 50 per cent of' with part and whole: it can only state the share."""
    return (
        _percent(mention)
        and ctx.figure(Role.PART) is not None
        and _OF.match(ctx.wording, mention.end) is not None
    )


def _signed(mention: Mention) -> bool:
    """'a change of -5%', '+300': a number written with its sign states the signed change."""
    return mention.number is not None and mention.number.text[:1] in ("+", "-", "−")


def _candidates(mention: Mention, ctx: Context) -> list[tuple[str, Fraction, Figure | None]]:
    """What a number on its own may stand for: a referenced figure or a simple derivation."""
    percent = _percent(mention)
    found: list[tuple[str, Fraction, Figure | None]] = []
    for role in (Role.FIGURE, Role.FROM, Role.TO, Role.PART, Role.WHOLE):
        figure = ctx.figure(role)
        if figure is None or (figure.number.unit is Unit.PERCENT) != percent:
            continue
        found.append((f"{figure.ref} is {figure.number.text}", figure.number.value, figure))
    before, after = ctx.before, ctx.after
    signed = _signed(mention)
    if before is not None and after is not None:
        if percent and before > 0 and not ctx.percentages:
            change = percent_change(before, after)
            found.append(
                (
                    f"the change is {fmt.signed_percent(change)}",
                    change if signed else abs(change),
                    None,
                )
            )
        elif not percent and signed:
            found.append(
                (f"the difference is {fmt.signed(after - before, 2)}", after - before, None)
            )
        elif not percent:
            found.append(
                (f"the difference is {fmt.number(abs(after - before))}", abs(after - before), None)
            )
    shared = ctx.share()
    if percent and shared is not None and ctx.figure(Role.PART) is not None:
        found.append((f"{shared[1]} is {fmt.percent(shared[0] * 100)}", shared[0] * 100, None))
    return found


def value(mention: Mention, ctx: Context, out: Judged) -> None:
    """A number on its own, matched to the figure (or derived quantity) it stands for."""
    comparator = mention.comparator or Comparator.EXACT
    candidates = _candidates(mention, ctx)
    if not candidates:
        out.statements.append(
            review(mention, Quantity.VALUE, "no referenced figure of this kind to compare it with")
        )
        return
    named = ctx.named_role(mention.start) if len(candidates) > 1 else None
    if named is not None:
        # "rose to 290": the number is the to figure, judged against it alone (rule 1).
        chosen = ctx.figure(named)
        candidates = [item for item in candidates if item[2] is chosen] or candidates
    if mention.sign < 0:
        # "fell by 45%" against a source that gives the change itself as -45%.
        candidates = [
            (label, -amount if amount < 0 else amount, figure)
            for label, amount, figure in candidates
        ]
    judged = [
        (compare(comparator, mention.stated, amount, ctx.policy), label, amount, figure)
        for label, amount, figure in candidates
    ]
    verdict, label, amount, figure = min(judged, key=lambda item: item[0].severity)
    shown = mention.number.text if mention.number is not None else fmt.number(amount)
    if comparator is Comparator.BETWEEN and mention.stated.high is not None:
        shown = f"{fmt.number(mention.stated.value)} and {fmt.number(mention.stated.high)}"
    matched = True  # False when the number matches no candidate: nothing computed is its own
    flipped = [
        item[1]
        for item in judged
        if item[3] is None
        and item[1].startswith("the ")
        and _signed(mention)
        and item[2] != 0
        and compare(comparator, mention.stated, -item[2], ctx.policy) is S
    ]
    if verdict is C and flipped:
        # "a change of -5%" when it rose 5%: the right size, the wrong way.
        text = f"{mention.text}: {flipped[0]}, the other way ({C.words})"
    elif verdict is C and (len(judged) > 1 or figure is None) and not _share_of(mention, ctx):
        verdict = R
        matched = False
        closest = ", ".join(item[1] for item in judged)
        text = (
            f"{mention.text}: matches no referenced figure or quantity worked out from "
            f"them ({closest}) ({R.words})"
        )
    else:
        words = _explain.assessment(
            comparator, verdict, shown, ctx.policy, equal=amount == mention.stated.value
        )
        text = f"{mention.text}: {label}, {words} ({verdict.words})"
    stated_currency = mention.number.currency if mention.number is not None else None
    figure_currency = figure.number.currency if figure is not None else None
    if stated_currency and figure_currency and stated_currency != figure_currency:
        verdict = C if verdict is C else R
        text = (
            f"{mention.text}: {label}, in another currency ({stated_currency} stated, "
            f"{figure_currency} in the source) ({verdict.words})"
        )
        matched = True
    percent = _percent(mention)
    computed = fmt.percent(amount, 2) if percent else fmt.number(amount)
    if figure is not None and figure.number.value == amount:
        computed = figure.number.text
    if not matched:
        # The explanation lists the candidates; no one of them is this number's figure.
        computed = "no match"
    out.statements.append(
        statement(
            mention,
            Quantity.VALUE,
            verdict,
            text,
            computed=computed,
            exact=amount if matched else None,
            rule=_explain.rule(comparator, mention.stated, shown, ctx.policy),
        )
    )
    if figure is not None and mention.number is not None:
        if verdict is S:  # a wrong number needs no note about its digits
            out.note(_notes.overstated_precision(mention.number, [figure.number]))
        if _notes.source_rounded(figure.number) and verdict is not R:
            # The figure stands for [low, high): its top end itself is not a value it can be.
            low, top = _notes.source_interval(figure.number)
            high = top - _notes.source_step(figure.number) / 10**6
            unit = figure.number

            def show(x: Fraction) -> str:
                # The top of the interval is shown as itself: "12.45% to 12.55%".
                x = top if x == high else x
                if unit.unit is Unit.PERCENT:
                    return fmt.percent(x, 4)
                if unit.currency is not None:
                    return fmt.money(x, unit.currency)
                return fmt.number(x, 4)

            out.note(
                _notes.could_flip(
                    verdict,
                    [low, high],
                    lambda x: compare(comparator, mention.stated, x, ctx.policy),
                    show,
                )
            )


_value = value  # ``multiple`` names its ratio ``value``


def direction(mention: Mention, ctx: Context, out: Judged) -> None:
    before, after = ctx.before, ctx.after
    if before is None or after is None:
        return
    verdict = S if (after - before) * mention.sign > 0 else C
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


def _precision(
    mention: Mention, ctx: Context, out: Judged, roles: tuple[Role, ...], *, absolute: bool = False
) -> None:
    if mention.number is None:
        return
    sources = [figure.number for role in roles if (figure := ctx.figure(role)) is not None]
    out.note(_notes.overstated_precision(mention.number, sources, absolute=absolute))


def _flip(
    mention: Mention,
    ctx: Context,
    out: Judged,
    verdict: Verdict,
    amount: Callable[[Fraction, Fraction], Fraction | None],
    judge: Callable[[Fraction], Verdict],
    shown: Callable[[Fraction], str],
) -> None:
    first, second = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    if (
        first is None
        or second is None
        or not (_notes.source_rounded(first.number) or _notes.source_rounded(second.number))
    ):
        return
    corners = [
        result
        for a in _notes.source_interval(first.number)
        for b in _notes.source_interval(second.number)
        if (result := amount(a, b)) is not None
    ]
    out.note(_notes.could_flip(verdict, corners, judge, shown))
