"""A place in a ranking said by what alone beat the figure (engine/judge/only_by.py): the
ranking needs review. The sentences are the project's own."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, check_case, fig

from claimcheck.model import Verdict

S, R = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    ("It was topped only by 2019's 4,210 crossings", fig(4210), R, "topped only by"),
    ("Leeds, second only to London, recorded 6,080 thefts", fig(6080), R, "second only to"),
    ("The 2021 total of 930 was only exceeded by 1998", fig(930), R, "only exceeded by"),
    ("Only 6,080 thefts were recorded", fig(6080), S, "'only' with no ranking"),
    ("Thefts were only 6,080, topped by nothing", fig(6080), S, "no 'only by'"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_a_ranking_said_by_what_alone_beat_it(
    quote: str, figures: dict[str, Any], verdict: Verdict, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
