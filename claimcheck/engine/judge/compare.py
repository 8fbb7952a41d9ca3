"""Comparators: how a stated number N is held against a computed quantity.

Each comparator is one of the pinned policy rules (docs/policy.md). They take exact
fractions only and return a verdict; the words an editor reads are built in ``_explain``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from claimcheck.model import Verdict
from claimcheck.policy import Policy

SUPPORTED = Verdict.SUPPORTED
REVIEW = Verdict.NEEDS_REVIEW
CONTRADICTED = Verdict.CONTRADICTED


class Comparator(StrEnum):
    """The ways wording can bound a number."""

    EXACT = "exact"  # a written number: the interval of its written precision (rule 1)
    MULTIPLE = "multiple"  # a bare multiple or fraction word: ±5% / ±10% of N (rule 2)
    MORE_THAN = "more_than"  # strictly greater (rule 3)
    AT_LEAST = "at_least"  # greater or equal (rule 3)
    LESS_THAN = "less_than"  # strictly less (rule 3)
    UP_TO = "up_to"  # less or equal (rule 3)
    ALMOST = "almost"  # just under N (rule 4)
    ABOUT = "about"  # either side of N (rule 5)
    JUST_OVER = "just_over"  # a little above N (rule 6)
    BETWEEN = "between"  # a range N to M, each end at its written precision


@dataclass(frozen=True, slots=True)
class Stated:
    """The number a statement names: N, its written step, and an upper end for a range."""

    value: Fraction
    step: Fraction = Fraction(0)
    high: Fraction | None = None
    high_step: Fraction = Fraction(0)


def compare(comparator: Comparator, stated: Stated, computed: Fraction, policy: Policy) -> Verdict:
    """The verdict of ``computed`` against what the wording states."""
    n = stated.value
    if comparator is Comparator.EXACT:
        if stated.step == 0:
            return _multiple(n, computed, policy)
        return _precision(n, stated.step, computed, policy)
    if comparator is Comparator.MULTIPLE:
        return _multiple(n, computed, policy)
    if comparator is Comparator.MORE_THAN:
        return SUPPORTED if computed > n else CONTRADICTED
    if comparator is Comparator.AT_LEAST:
        return SUPPORTED if computed >= n else CONTRADICTED
    if comparator is Comparator.LESS_THAN:
        return SUPPORTED if computed < n else CONTRADICTED
    if comparator is Comparator.UP_TO:
        return SUPPORTED if computed <= n else CONTRADICTED
    if n < 0:
        # The banded rules speak of magnitudes: "almost -5" is read as "almost 5" mirrored.
        n, computed = -n, -computed
    if comparator is Comparator.ALMOST:
        return _almost(n, computed, policy)
    if comparator is Comparator.ABOUT:
        return _about(n, computed, policy)
    if comparator is Comparator.JUST_OVER:
        return _just_over(n, computed, policy)
    return _between(stated, computed, policy)


def _precision(n: Fraction, step: Fraction, computed: Fraction, policy: Policy) -> Verdict:
    # statcheck's rule: "37%" stands for [36.5, 37.5); one unit of the last written
    # digit either side of that interval is a rounding slip worth a look, not an error.
    half = step / 2
    low, high = n - half, n + half
    if low <= computed < high:
        return SUPPORTED
    slack = step * policy.rounding_review_units
    if low - slack <= computed <= high + slack:
        return REVIEW
    return CONTRADICTED


def _multiple(n: Fraction, computed: Fraction, policy: Policy) -> Verdict:
    distance = abs(computed - n)
    if distance <= policy.multiple_supported * abs(n):
        return SUPPORTED
    if distance <= policy.multiple_review * abs(n):
        return REVIEW
    return CONTRADICTED


def _almost(n: Fraction, computed: Fraction, policy: Policy) -> Verdict:
    if policy.almost_low * n <= computed < n:
        return SUPPORTED
    if policy.almost_review_low * n <= computed < policy.almost_low * n:
        return REVIEW
    if n <= computed <= policy.almost_review_high * n:
        return REVIEW
    return CONTRADICTED


def _about(n: Fraction, computed: Fraction, policy: Policy) -> Verdict:
    distance = abs(computed - n)
    if distance <= policy.about_supported * n:
        return SUPPORTED
    if distance <= policy.about_review * n:
        return REVIEW
    return CONTRADICTED


def _just_over(n: Fraction, computed: Fraction, policy: Policy) -> Verdict:
    if computed <= n:
        return CONTRADICTED
    if computed <= policy.just_over_high * n:
        return SUPPORTED
    return REVIEW


def _between(stated: Stated, computed: Fraction, policy: Policy) -> Verdict:
    high = stated.high if stated.high is not None else stated.value
    (low_end, low_step), (high_end, high_step) = sorted(
        ((stated.value, stated.step), (high, stated.high_step))
    )
    # Each end stands for the interval of its written precision (rule 1): "40-50%" holds
    # 50.4%, which a reporter rounds to 50.
    low_end -= low_step / 2
    high_end += high_step / 2
    if low_end <= computed < high_end or (high_step == 0 and computed == high_end):
        return SUPPORTED
    slack_low = low_step * policy.rounding_review_units
    slack_high = high_step * policy.rounding_review_units
    if low_end - slack_low <= computed <= high_end + slack_high:
        return REVIEW
    return CONTRADICTED
