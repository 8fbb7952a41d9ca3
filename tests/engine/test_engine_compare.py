"""The comparators: each pinned policy rule at its exact boundaries."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from claimcheck.engine.judge.compare import Comparator, Stated, compare
from claimcheck.model import Verdict
from claimcheck.policy import DEFAULT_POLICY

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED
CASES = [
    # rule 1: the interval of the written precision, one unit of slack for review
    (Comparator.EXACT, Stated(F("4.2"), F("0.1")), F("4.15"), S),
    (Comparator.EXACT, Stated(F("4.2"), F("0.1")), F("4.2499"), S),
    (Comparator.EXACT, Stated(F("4.2"), F("0.1")), F("4.25"), R),
    (Comparator.EXACT, Stated(F(16), F(1)), F("15.3"), R),
    (Comparator.EXACT, Stated(F(16), F(1)), F("14.5"), R),
    (Comparator.EXACT, Stated(F(16), F(1)), F("14.49"), C),
    (Comparator.EXACT, Stated(F(16), F(1)), F("17.5"), R),
    (Comparator.EXACT, Stated(F(16), F(1)), F("17.51"), C),
    (Comparator.EXACT, Stated(F(82000), F(1000)), F(81500), S),
    (Comparator.EXACT, Stated(F(82000), F(1000)), F(82500), R),
    # rule 2: a bare multiple within 5% / 10%
    (Comparator.MULTIPLE, Stated(F(4)), F("4.2"), S),
    (Comparator.MULTIPLE, Stated(F(4)), F("4.21"), R),
    (Comparator.MULTIPLE, Stated(F(4)), F("4.4"), R),
    (Comparator.MULTIPLE, Stated(F(4)), F("4.41"), C),
    (Comparator.MULTIPLE, Stated(F(4)), F("3.8"), S),
    (Comparator.MULTIPLE, Stated(F(1, 2)), F("0.525"), S),
    (Comparator.MULTIPLE, Stated(F(1, 6)), F("0.151"), R),
    # rule 3
    (Comparator.MORE_THAN, Stated(F(4)), F(4), C),
    (Comparator.MORE_THAN, Stated(F(4)), F(640, 151), S),
    (Comparator.AT_LEAST, Stated(F(4)), F(4), S),
    (Comparator.AT_LEAST, Stated(F(4)), F("3.999"), C),
    (Comparator.LESS_THAN, Stated(F(700)), F(700), C),
    (Comparator.LESS_THAN, Stated(F(700)), F(699), S),
    (Comparator.UP_TO, Stated(F(700)), F(700), S),
    (Comparator.UP_TO, Stated(F(700)), F("700.01"), C),
    # rule 4: almost 140
    (Comparator.ALMOST, Stated(F(140)), F(126), S),
    (Comparator.ALMOST, Stated(F(140)), F("139.99"), S),
    (Comparator.ALMOST, Stated(F(140)), F("125.9"), R),
    (Comparator.ALMOST, Stated(F(140)), F(112), R),
    (Comparator.ALMOST, Stated(F(140)), F("111.9"), C),
    (Comparator.ALMOST, Stated(F(140)), F(140), R),
    (Comparator.ALMOST, Stated(F(140)), F(147), R),
    (Comparator.ALMOST, Stated(F(140)), F("147.01"), C),
    # rule 5: about
    (Comparator.ABOUT, Stated(F(700)), F(770), S),
    (Comparator.ABOUT, Stated(F(700)), F(630), S),
    (Comparator.ABOUT, Stated(F(700)), F(771), R),
    (Comparator.ABOUT, Stated(F(700)), F(560), R),
    (Comparator.ABOUT, Stated(F(700)), F(559), C),
    (Comparator.ABOUT, Stated(F(700)), F(841), C),
    # rule 6: just over
    (Comparator.JUST_OVER, Stated(F(600)), F(600), C),
    (Comparator.JUST_OVER, Stated(F(600)), F(601), S),
    (Comparator.JUST_OVER, Stated(F(600)), F(660), S),
    (Comparator.JUST_OVER, Stated(F(600)), F(661), R),
    # ranges
    (Comparator.BETWEEN, Stated(F(40), F(1), F(50), F(1)), F(40), S),
    (Comparator.BETWEEN, Stated(F(40), F(1), F(50), F(1)), F(51), R),
    (Comparator.BETWEEN, Stated(F(40), F(1), F(50), F(1)), F(52), C),
]


@pytest.mark.parametrize(("comparator", "stated", "computed", "verdict"), CASES)
def test_comparator_boundaries(
    comparator: Comparator, stated: Stated, computed: F, verdict: Verdict
) -> None:
    assert compare(comparator, stated, computed, DEFAULT_POLICY) is verdict


def test_every_comparator_has_a_boundary_case() -> None:
    assert {case[0] for case in CASES} == set(Comparator)
