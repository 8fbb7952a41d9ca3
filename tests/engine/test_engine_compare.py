"""The comparators: each pinned policy rule at its exact boundaries."""

from __future__ import annotations

from fractions import Fraction

import pytest

from claimcheck.engine.judge.compare import Comparator, Stated, compare
from claimcheck.model import Verdict
from claimcheck.policy import DEFAULT_POLICY

CASES = [
    # rule 1: the interval of the written precision, one unit of slack for review
    (
        Comparator.EXACT,
        Stated(Fraction("4.2"), Fraction("0.1")),
        Fraction("4.15"),
        Verdict.SUPPORTED,
    ),
    (
        Comparator.EXACT,
        Stated(Fraction("4.2"), Fraction("0.1")),
        Fraction("4.2499"),
        Verdict.SUPPORTED,
    ),
    (
        Comparator.EXACT,
        Stated(Fraction("4.2"), Fraction("0.1")),
        Fraction("4.25"),
        Verdict.NEEDS_REVIEW,
    ),
    (Comparator.EXACT, Stated(Fraction(16), Fraction(1)), Fraction("15.3"), Verdict.NEEDS_REVIEW),
    (Comparator.EXACT, Stated(Fraction(16), Fraction(1)), Fraction("14.5"), Verdict.NEEDS_REVIEW),
    (Comparator.EXACT, Stated(Fraction(16), Fraction(1)), Fraction("14.49"), Verdict.CONTRADICTED),
    (Comparator.EXACT, Stated(Fraction(16), Fraction(1)), Fraction("17.5"), Verdict.NEEDS_REVIEW),
    (Comparator.EXACT, Stated(Fraction(16), Fraction(1)), Fraction("17.51"), Verdict.CONTRADICTED),
    (Comparator.EXACT, Stated(Fraction(82000), Fraction(1000)), Fraction(81500), Verdict.SUPPORTED),
    (
        Comparator.EXACT,
        Stated(Fraction(82000), Fraction(1000)),
        Fraction(82500),
        Verdict.NEEDS_REVIEW,
    ),
    # rule 2: a bare multiple within 5% / 10%
    (Comparator.MULTIPLE, Stated(Fraction(4)), Fraction("4.2"), Verdict.SUPPORTED),
    (Comparator.MULTIPLE, Stated(Fraction(4)), Fraction("4.21"), Verdict.NEEDS_REVIEW),
    (Comparator.MULTIPLE, Stated(Fraction(4)), Fraction("4.4"), Verdict.NEEDS_REVIEW),
    (Comparator.MULTIPLE, Stated(Fraction(4)), Fraction("4.41"), Verdict.CONTRADICTED),
    (Comparator.MULTIPLE, Stated(Fraction(4)), Fraction("3.8"), Verdict.SUPPORTED),
    (Comparator.MULTIPLE, Stated(Fraction(1, 2)), Fraction("0.525"), Verdict.SUPPORTED),
    (Comparator.MULTIPLE, Stated(Fraction(1, 6)), Fraction("0.151"), Verdict.NEEDS_REVIEW),
    # rule 3
    (Comparator.MORE_THAN, Stated(Fraction(4)), Fraction(4), Verdict.CONTRADICTED),
    (Comparator.MORE_THAN, Stated(Fraction(4)), Fraction(640, 151), Verdict.SUPPORTED),
    (Comparator.AT_LEAST, Stated(Fraction(4)), Fraction(4), Verdict.SUPPORTED),
    (Comparator.AT_LEAST, Stated(Fraction(4)), Fraction("3.999"), Verdict.CONTRADICTED),
    (Comparator.LESS_THAN, Stated(Fraction(700)), Fraction(700), Verdict.CONTRADICTED),
    (Comparator.LESS_THAN, Stated(Fraction(700)), Fraction(699), Verdict.SUPPORTED),
    (Comparator.UP_TO, Stated(Fraction(700)), Fraction(700), Verdict.SUPPORTED),
    (Comparator.UP_TO, Stated(Fraction(700)), Fraction("700.01"), Verdict.CONTRADICTED),
    # rule 4: almost 140
    (Comparator.ALMOST, Stated(Fraction(140)), Fraction(126), Verdict.SUPPORTED),
    (Comparator.ALMOST, Stated(Fraction(140)), Fraction("139.99"), Verdict.SUPPORTED),
    (Comparator.ALMOST, Stated(Fraction(140)), Fraction("125.9"), Verdict.NEEDS_REVIEW),
    (Comparator.ALMOST, Stated(Fraction(140)), Fraction(112), Verdict.NEEDS_REVIEW),
    (Comparator.ALMOST, Stated(Fraction(140)), Fraction("111.9"), Verdict.CONTRADICTED),
    (Comparator.ALMOST, Stated(Fraction(140)), Fraction(140), Verdict.NEEDS_REVIEW),
    (Comparator.ALMOST, Stated(Fraction(140)), Fraction(147), Verdict.NEEDS_REVIEW),
    (Comparator.ALMOST, Stated(Fraction(140)), Fraction("147.01"), Verdict.CONTRADICTED),
    # rule 5: about
    (Comparator.ABOUT, Stated(Fraction(700)), Fraction(770), Verdict.SUPPORTED),
    (Comparator.ABOUT, Stated(Fraction(700)), Fraction(630), Verdict.SUPPORTED),
    (Comparator.ABOUT, Stated(Fraction(700)), Fraction(771), Verdict.NEEDS_REVIEW),
    (Comparator.ABOUT, Stated(Fraction(700)), Fraction(560), Verdict.NEEDS_REVIEW),
    (Comparator.ABOUT, Stated(Fraction(700)), Fraction(559), Verdict.CONTRADICTED),
    (Comparator.ABOUT, Stated(Fraction(700)), Fraction(841), Verdict.CONTRADICTED),
    # rule 6: just over
    (Comparator.JUST_OVER, Stated(Fraction(600)), Fraction(600), Verdict.CONTRADICTED),
    (Comparator.JUST_OVER, Stated(Fraction(600)), Fraction(601), Verdict.SUPPORTED),
    (Comparator.JUST_OVER, Stated(Fraction(600)), Fraction(660), Verdict.SUPPORTED),
    (Comparator.JUST_OVER, Stated(Fraction(600)), Fraction(661), Verdict.NEEDS_REVIEW),
    # ranges
    (
        Comparator.BETWEEN,
        Stated(Fraction(40), Fraction(1), Fraction(50), Fraction(1)),
        Fraction(40),
        Verdict.SUPPORTED,
    ),
    (
        Comparator.BETWEEN,
        Stated(Fraction(40), Fraction(1), Fraction(50), Fraction(1)),
        Fraction(51),
        Verdict.NEEDS_REVIEW,
    ),
    (
        Comparator.BETWEEN,
        Stated(Fraction(40), Fraction(1), Fraction(50), Fraction(1)),
        Fraction(52),
        Verdict.CONTRADICTED,
    ),
]


@pytest.mark.parametrize(("comparator", "stated", "computed", "verdict"), CASES)
def test_comparator_boundaries(
    comparator: Comparator, stated: Stated, computed: Fraction, verdict: Verdict
) -> None:
    assert compare(comparator, stated, computed, DEFAULT_POLICY) is verdict


def test_every_comparator_has_a_boundary_case() -> None:
    assert {case[0] for case in CASES} == set(Comparator)
