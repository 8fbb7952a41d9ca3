"""A rate restated per another base ("5 in every 10,000 pupils" for 0.05%) is converted
exactly before it is compared (engine/judge/per_base.py; docs/policy.md "Small rates written
as one in so many").

The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, ch, check_case, fig

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    ("5 in every 10,000 pupils", fig("0.05%"), S, "0.05% is 5 per 10,000"),
    ("five in every 10,000 pupils", fig("0.05%"), S, "the count in words"),
    ("50 out of every 100,000 pupils", fig("0.05%"), S, "0.05% is 50 per 100,000"),
    ("8 in every 10,000 pupils", fig("0.05%"), C, "0.05% is 5 per 10,000, not 8"),
    ("6 in every 10,000 pupils", fig("0.05%"), R, "one unit off the count: rule 1"),
    ("nearly 5 in every 10,000 pupils", fig("0.047%"), S, "a qualifier keeps its tolerance"),
    ("14 in every 10,000 pupils", fig("0.1%"), R, "a source rounded more coarsely"),
    # The from and to percentages of a change are rates at the same base.
    ("rose to 8 in every 10,000 pupils", ch("0.05%", "0.08%"), S, "the later rate is 8"),
    ("rose to 11 in every 10,000 pupils", ch("0.05%", "0.08%"), C, "the later rate is 8, not 11"),
    ("fell to 5 in every 10,000 pupils", ch("0.08%", "0.05%"), S, "the later rate is 5"),
    (
        "up from 5 in every 10,000 to 8 in every 10,000",
        ch("0.05%", "0.08%"),
        S,
        "each rate at its own figure",
    ),
    # Part and whole figures keep it a share.
    ("5 in every 10,000 pupils", {"part": "5", "whole": "10000"}, S, "a share of counts"),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_rates_per_base(quote: str, figures: dict[str, Any], verdict: Verdict, why: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
