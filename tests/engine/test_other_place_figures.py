"""A number a ranking gives for another place than the claim's needs review, never
contradicted (engine/judge/other_place.py, docs/policy.md "A ranking's figure for another
place").

The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, check_case, ser

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

TOWNS = (("Harwick", "712"), ("Dunmere", "655"), ("Lowfield", "590"), ("Osbury", "420"))

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "Dunmere had the second highest total, behind Harwick with 712",
        ser("Dunmere", *TOWNS),
        R,
        "712 is Harwick's, which the claim does not reference",
    ),
    (
        "Dunmere had the second highest total at 655, after Harwick's 712",
        ser("Dunmere", *TOWNS),
        R,
        "655 holds; 712 is Harwick's",
    ),
    (
        "Dunmere ranked second, some way below Harwick, on 712",
        ser("Dunmere", *TOWNS),
        R,
        "712 is Harwick's; the claim references Dunmere",
    ),
    (
        "Dunmere had the second highest total, behind Tarnby (730)",
        ser("Dunmere", *TOWNS),
        R,
        "a place the table does not list: its figure is not referenced either",
    ),
    (
        "Dunmere had the highest total, ahead of Harwick with 712",
        ser("Dunmere", *TOWNS),
        C,
        "the ranking itself fails: Harwick is higher",
    ),
    (
        "Dunmere had the second highest total, with 690",
        ser("Dunmere", *TOWNS),
        C,
        "the number is Dunmere's own, and wrong",
    ),
    (
        "Dunmere had the second highest total with 690",
        ser("Dunmere", *TOWNS),
        C,
        "the claim's own place governs the number",
    ),
    (
        "Dunmere recorded 690 incidents, while Harwick had 712",
        ser("Dunmere", *TOWNS),
        C,
        "no ranking: 690 is Dunmere's and wrong",
    ),
    (
        "Dunmere was second with 655, behind Harwick on 712",
        ser("Dunmere", *TOWNS),
        R,
        "655 holds; 712 is Harwick's",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_other_place_figures(
    quote: str, figures: dict[str, Any], verdict: Verdict, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
