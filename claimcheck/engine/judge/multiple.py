"""A stated multiple ("doubled", "3 times as many", "a five-fold fall", "halved")."""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge import explain as _explain
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge import notes as _notes
from claimcheck.engine.judge.compare import Comparator, Stated, compare
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged, flip, review, statement
from claimcheck.engine.judge.value import value as _value
from claimcheck.engine.read.reader import Mention
from claimcheck.model import Quantity, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["multiple"]

_HUGE = Fraction(10) ** 12
_BARE_TIMES = lazy_pattern(r"\stimes$", re.IGNORECASE)


def multiple(mention: Mention, ctx: Context, out: Judged) -> None:
    """The ratio to / from against the stated multiple, or a range of multiples."""
    before, after = ctx.before, ctx.after
    if before is None or after is None or before <= 0:
        _without_ratio(mention, ctx, out)
        return
    comparator = mention.comparator or Comparator.MULTIPLE
    n = mention.stated.value
    if n <= 0:
        why = f"a multiple of {fmt.number(n)} says nothing about a change"
        out.statements.append(review(mention, Quantity.RATIO, why))
        return
    value = after / before
    inverse = _times_lower(mention, ctx.wording) and after > 0
    if inverse:
        # "five times lower": the earlier figure is five times the later one (from / to).
        value = before / after
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
                return Verdict.SUPPORTED
            end = low if ratio < low else high
            return compare(Comparator.MULTIPLE, Stated(end), ratio, ctx.policy)
        measured, stated = measure(ratio)
        return compare(comparator, stated, measured, ctx.policy)

    verdict = judge(value)
    if n < 1 and comparator not in (Comparator.MULTIPLE, Comparator.EXACT):
        shown = "a halving" if n == Fraction(1, 2) else f"a cut to {fmt.ratio(n)}"
    words = _explain.assessment(comparator, verdict, shown, ctx.policy)
    top, bottom = (before, after) if inverse else (after, before)
    working = f"{fmt.number(top)} / {fmt.number(bottom)} = {fmt.ratio(value)}"
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
    _multiple_notes(mention, ctx, out, comparator, n, value, falling=falling, inverse=inverse)
    if inverse:
        words = ctx.wording[mention.start : _times_lower_end(mention, ctx.wording)]
        out.note(
            f"'{words}' is read as the earlier figure being {fmt.ratio(n)} the later one; "
            f"saying the later figure is 1/{fmt.number(n)} of the earlier is clearer."
        )
        return
    flip(mention, ctx, out, verdict, lambda a, b: b / a if a > 0 else None, judge, fmt.ratio)


_LOWER_AFTER = lazy_pattern(
    r"\s+(?:lower|smaller|less|fewer|cheaper|lighter|shorter)(?![A-Za-z])", re.IGNORECASE
)


def _times_lower_end(mention: Mention, wording: str) -> int:
    found = _LOWER_AFTER.match(wording, mention.end)
    return found.end() if found else mention.end


def _times_lower(mention: Mention, wording: str) -> bool:
    """'five times lower', 'three times less': the multiple runs from the later figure up."""
    return bool(_BARE_TIMES.search(mention.text) and _LOWER_AFTER.match(wording, mention.end))


def _without_ratio(mention: Mention, ctx: Context, out: Judged) -> None:
    """No ratio to / from: a count ("arrested 3 times"), or a review saying why not."""
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
    why = "zero" if before == 0 else f"the negative number {fmt.number(before)}"
    out.statements.append(
        review(
            mention,
            Quantity.RATIO,
            f"{_explain.change(before, after)}; no multiple can be worked out from {why}",
        )
    )


def _multiple_notes(
    mention: Mention,
    ctx: Context,
    out: Judged,
    comparator: Comparator,
    n: Fraction,
    ratio: Fraction,
    *,
    falling: bool,
    inverse: bool = False,
) -> None:
    before = ctx.before
    assert before is not None
    if mention.family.id == "n-times-more" and not inverse:
        out.note(_notes.times_more(mention.text, n))
    if falling:
        out.note(_notes.fold_fall(mention.text, 1 / n))
    out.note(_notes.small_base(before, ctx.policy))
    if comparator in (Comparator.MORE_THAN, Comparator.AT_LEAST) and n >= 1:
        out.note(_notes.understated(mention.text, n, ratio, ctx.policy, multiple=True))


_FALL_AFTER = lazy_pattern(
    r"\s+(?:fall|falls|drop|drops|decline|declines|decrease|decreases|reduction|reductions|"
    r"cut|cuts)(?![A-Za-z])",
    re.IGNORECASE,
)
_FALL_BEFORE = lazy_pattern(
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
