"""A verb of receiving inside a share's group is no rise (engine/read/received.py).

The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, ch, check_case

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "31.4 per cent of candidates gained a distinction, down from 33.0 per cent",
        ch("33.0%", "31.4%"),
        S,
        "'gained a distinction' says who is counted; 'down' is the change",
    ),
    (
        "the share of learners who gained a merit fell to 41%",
        ch("44%", "41%"),
        S,
        "'who gained a merit' names the group of the share",
    ),
    (
        "the party gained a seat, to 11",
        ch(12, 11),
        C,
        "outside a share's group 'gained a seat' is a rise of the seats, and they fell",
    ),
    (
        "the index gained a further 3% to 103",
        ch(100, 103),
        S,
        "an amount after the article keeps the rise",
    ),
    (
        "12% of stocks gained a point, to 12%",
        ch("14%", "12%"),
        C,
        "'a point' is an amount: still a rise, and the share fell",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_receiving(quote: str, figures: dict[str, Any], verdict: Verdict, why: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
