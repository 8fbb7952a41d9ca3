"""The words an editor reads: what a comparator asked for, and how a change looks."""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge.compare import Comparator, Stated
from claimcheck.model import Verdict
from claimcheck.policy import Policy


@lru_cache(maxsize=256)
def _pct(share: Fraction) -> str:
    # The policy's shares, asked for in nearly every rule and assessment.
    return fmt.percent(share * 100, 0)


def assessment(
    comparator: Comparator, verdict: Verdict, shown: str, policy: Policy, *, equal: bool = False
) -> str:
    """How the computed value stands against the stated one, in words: 'more than 4×'."""
    if comparator is Comparator.EXACT:
        if verdict is Verdict.SUPPORTED:
            return "which matches" if equal else f"which rounds to {shown}"
        if verdict is Verdict.NEEDS_REVIEW:
            return f"which is just outside what {shown} stands for (one unit of its last digit)"
        return f"which does not round to {shown}"
    if comparator in (Comparator.MULTIPLE, Comparator.ABOUT):
        bands = (
            (policy.multiple_supported, policy.multiple_review)
            if comparator is Comparator.MULTIPLE
            else (policy.about_supported, policy.about_review)
        )
        near, far = _pct(bands[0]), _pct(bands[1])
        return {
            Verdict.SUPPORTED: f"within {near} of {shown}",
            Verdict.NEEDS_REVIEW: f"within {far} of {shown} but not within {near}",
            Verdict.CONTRADICTED: f"more than {far} away from {shown}",
        }[verdict]
    if comparator is Comparator.ALMOST:
        return {
            Verdict.SUPPORTED: f"a little under {shown}",
            Verdict.NEEDS_REVIEW: f"not a little under {shown} ('almost' asks for "
            f"{_pct(policy.almost_low)} of it up to just under it)",
            Verdict.CONTRADICTED: f"too far from {shown} for 'almost'",
        }[verdict]
    if comparator is Comparator.JUST_OVER:
        over = _pct(policy.just_over_high - 1)
        return {
            Verdict.SUPPORTED: f"a little over {shown}",
            Verdict.NEEDS_REVIEW: f"more than {over} over {shown}",
            Verdict.CONTRADICTED: f"not over {shown}",
        }[verdict]
    if comparator is Comparator.BETWEEN:
        return {
            Verdict.SUPPORTED: f"between {shown}",
            Verdict.NEEDS_REVIEW: f"just outside {shown}",
            Verdict.CONTRADICTED: f"outside {shown}",
        }[verdict]
    yes, no = {
        Comparator.MORE_THAN: ("more than", "not more than"),
        Comparator.AT_LEAST: ("at least", "less than"),
        Comparator.LESS_THAN: ("less than", "not less than"),
        Comparator.UP_TO: ("no more than", "more than"),
    }[comparator]
    return f"{yes if verdict is Verdict.SUPPORTED else no} {shown}"


def rule(comparator: Comparator, stated: Stated, shown: str, policy: Policy) -> str:
    """The rule that applied, in words, with its numbers."""
    if comparator is Comparator.EXACT and stated.step != 0:
        low, high = _interval(stated.value, stated.step)
        return (
            f"{shown} stands for {low} up to {high}; "
            "one unit of its last digit outside needs review"
        )
    if comparator in (Comparator.EXACT, Comparator.MULTIPLE):
        return (
            f"within {_pct(policy.multiple_supported)} of {shown} supported, within "
            f"{_pct(policy.multiple_review)} needs review"
        )
    if comparator is Comparator.ALMOST:
        return (
            f"'almost' {shown}: {_pct(policy.almost_low)} of it up to just under it supported; "
            f"from {_pct(policy.almost_review_low)}, or up to "
            f"{_pct(policy.almost_review_high)}, needs review"
        )
    if comparator is Comparator.ABOUT:
        return (
            f"'about' {shown}: within {_pct(policy.about_supported)} supported, within "
            f"{_pct(policy.about_review)} needs review"
        )
    if comparator is Comparator.JUST_OVER:
        return (
            f"'just over' {shown}: above it up to {_pct(policy.just_over_high)} of it "
            "supported, higher needs review"
        )
    if comparator is Comparator.BETWEEN:
        return f"between {shown}, ends included"
    return {
        Comparator.MORE_THAN: f"strictly more than {shown}",
        Comparator.AT_LEAST: f"{shown} or more",
        Comparator.LESS_THAN: f"strictly less than {shown}",
        Comparator.UP_TO: f"{shown} or less",
    }[comparator]


@lru_cache(maxsize=4096)
def _interval(value: Fraction, step: Fraction) -> tuple[str, str]:
    """The ends of what a written number stands for, as shown: stated numbers recur."""
    half = step / 2
    return fmt.number(value - half, 6), fmt.number(value + half, 6)


def change(
    before: Fraction,
    after: Fraction,
    *,
    percentages: bool = False,
    absolute: bool = False,
    currency: str | None = None,
) -> str:
    """A change as an editor says it: '12 → 288 is a 24× rise (+2,300%)'.

    ``absolute`` speaks of the difference instead: '124,000 → 122,000 is a fall of 2,000'.
    """
    a, b = fmt.number(before), fmt.number(after)
    if currency is not None:
        a, b = fmt.money(before, currency), fmt.money(after, currency)
    if absolute and not percentages and after != before:
        way = "a rise" if after > before else "a fall"
        gap = abs(after - before)
        shown = fmt.money(gap, currency) if currency is not None else fmt.number(gap)
        return f"{a} → {b} is {way} of {shown}"
    if percentages:
        size = fmt.number(abs(after - before), 2)
        head = f"{a}% → {b}%"
        if after == before:
            return f"{head} is no change"
        way = "rise" if after > before else "fall"
        if before > 0:
            relative = fmt.percent(abs(after - before) / before * 100)
            kind = "increase" if after > before else "decrease"
            return f"{head} is a {size}-point {way}, a {relative} relative {kind}"
        return f"{head} is a {way} of {fmt.points(after - before)}"
    head = f"{a} → {b}"
    if after == before:
        return f"{head} is no change"
    if before <= 0:
        way = "a rise" if after > before else "a fall"
        return f"{head} is {way} of {fmt.number(abs(after - before))}"
    ratio = after / before
    change = (after - before) / before * 100
    if after > before:
        if ratio >= 2:
            return f"{head} is a {fmt.ratio(ratio)} rise ({fmt.signed_percent(change)})"
        return f"{head} is a {fmt.percent(change)} rise ({fmt.ratio(ratio)})"
    return f"{head} is a {fmt.percent(-change)} fall ({fmt.ratio(ratio)})"
