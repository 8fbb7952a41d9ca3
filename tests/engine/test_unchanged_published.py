""" "Unchanged" against a published percentage change, not two levels: a move from 100
(engine/judge/unchanged.py through change_figure). A level in per cent with no sign and no
word of change says nothing about a move and stays a question. Own examples.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("quote", "change", "verdict"),
    [
        ("Ferry crossings stayed the same", "+0%", S),
        ("Ferry crossings were unchanged", "-0.0%", S),
        ("Ferry crossings stayed the same", "+12%", C),
        ("Ferry crossings were broadly unchanged", "+0.4%", S),
        ("Ferry crossings were unchanged", "-0.6%", R),
        ("Ferry crossings were flat", "-9%", C),
        # a level: no move to judge
        ("The pass rate was unchanged", "41%", R),
    ],
)
def test_unchanged_against_a_published_change(quote: str, change: str, verdict: Verdict) -> None:
    finding = claimcheck.verify(quote, value=change)
    assert finding.verdict is verdict, finding.explanation
    assert ("a move from 100" in finding.explanation) is (change[0] in "+-")
