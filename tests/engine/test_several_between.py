"""Two figures of a claim with ``figures:`` set against each other by a comparative
(engine/judge/between.py): "41 per 1,000, below the average for all forces of 63". The
figures and sentences are the project's own."""

from __future__ import annotations

import pytest

from claimcheck import check
from claimcheck.claimfile.loader import loads
from claimcheck.model import Finding, Verdict

S, C = Verdict.SUPPORTED, Verdict.CONTRADICTED

SOURCES = """\
sources:
  rates:
    figures:
      per_1000: {Riverside: 41, All forces: 63, Hillside: 63}
claims:
  - id: c
    quote: "{quote}"
    figures:
      - rates.per_1000[Riverside]
      - rates.per_1000[{other}]
"""


def _finding(quote: str, other: str = "All forces") -> Finding:
    text = SOURCES.replace("{quote}", quote).replace("{other}", other)
    return check(loads(text, "f.yaml")).claims[0]


# quote, the other figure, verdict, the rule that judges the comparison (None: no comparison)
CASES = [
    ("a rate of 41 crimes per 1,000 residents, below the average for all forces of 63",
     "All forces", S, "several.between"),
    ("a rate of 41 crimes per 1,000 residents, above the average for all forces of 63",
     "All forces", C, "several.between"),
    ("41 offences per 1,000 people, lower than the figure for all forces (63)",
     "All forces", S, "several.between"),
    ("Hillside recorded 63 per 1,000, higher than the rate in Riverside, 41",
     "Hillside", S, "several.between"),
    ("Hillside recorded 63 per 1,000, lower than the rate in Riverside, 41",
     "Hillside", C, "several.between"),
    # a comparative split around the first number: "higher in A (x) than in B (y)"
    ("the rate was higher in Hillside (63) than in Riverside (41)", "Hillside", S,
     "several.between"),
    ("the rate was lower in Riverside, at 41 per 1,000, than in Hillside, at 63", "Hillside", S,
     "several.between"),
    ("the rate was higher in Riverside (41) than in Hillside (63)", "Hillside", C,
     "several.between"),
    ("fewer offences in Riverside (41) than for all forces (63)", "All forces", S,
     "several.between"),
    # a move compared ("fell more") or a manner ("more slowly") is no comparison of levels
    ("the rate fell more in Riverside (41) than in Hillside (63)", "Hillside", S, None),
    ("the rate grew more slowly in Riverside (41) than in Hillside (63)", "Hillside", S, None),
    # "than" with no comparative before the first number compares nothing
    ("in Riverside (41) than in Hillside (63)", "Hillside", S, None),
    # a comparative of its own before the second number is read there, not split
    ("higher in Hillside (63), more than Riverside's 41", "Hillside", Verdict.NEEDS_REVIEW,
     None),
    # a comparative right before a number bounds it: the value rules judge "more than 63"
    ("Riverside had 41 per 1,000 and all forces more than 63", "All forces", C, None),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "other", "verdict", "rule"), CASES, ids=[c[0] for c in CASES])
def test_two_figures_compared(quote: str, other: str, verdict: Verdict, rule: str | None) -> None:
    finding = _finding(quote, other)
    rules = [statement.rule_id for statement in finding.statements]
    assert finding.verdict is verdict, finding.explanation
    if rule is None:
        assert "several.between" not in rules
    else:
        assert rule in rules


def test_equal_figures_are_neither_above_nor_below() -> None:
    finding = _finding(
        "Hillside recorded 63 per 1,000, above the average for all forces of 63", "All forces"
    )
    assert finding.verdict is not Verdict.SUPPORTED
