"""Rounded source figures (issue 10, class 3).

A source figure carries its written precision: "1.2m" stands for 1.15m up to 1.25m, "19.8%"
for 19.75% up to 19.85%. A quantity worked out from rounded figures is an interval; when the
stated value lies inside it the figures do not settle the claim, so it needs review with the
range, never contradicted. A whole number written in full ("640", "10%") is exact. There is
no "could flip" note where the figures give the stated value exactly. Own examples.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case

from claimcheck.model import Verdict

# (quote, figures, verdict, words the explanation must hold, why)
CASES: list[tuple[str, dict[str, Any], Verdict, str, str]] = [
    (
        "there were 2.68 million visits",
        {"value": "2.7 million"},
        Verdict.NEEDS_REVIEW,
        "rounded more coarsely",
        "a source rounded to 0.1 million cannot show 2.68 million wrong",
    ),
    (
        "there were 2.77 million visits",
        {"value": "2.7 million"},
        Verdict.CONTRADICTED,
        "does not round",
        "outside the source's rounding: wrong whatever the extra digits",
    ),
    (
        "visits were down 12%",
        ch("1.2m", "1.1m"),
        Verdict.NEEDS_REVIEW,
        "runs from -16% to 0%",
        "1.15m-1.25m to 1.05m-1.15m is a fall of anywhere from 0% to 16%: 12% is possible",
    ),
    (
        "visits were down 12%",
        ch("1,200,000", "1,100,000"),
        Verdict.CONTRADICTED,
        "does not round to 12%",
        "written in full, the counts are exact: an 8.3% fall",
    ),
    (
        "visits were down 25%",
        ch("1.2m", "1.1m"),
        Verdict.CONTRADICTED,
        "",
        "25% lies outside every value the rounded figures allow",
    ),
    (
        "claimants rose by 13,000",
        ch("2.31 million", "2.33 million"),
        Verdict.NEEDS_REVIEW,
        "from +10,000 to +30,000",
        "a difference of rounded levels: anywhere from 10,000 to 30,000",
    ),
    (
        "claimants rose by 13,000",
        ch("2,310,000", "2,330,000"),
        Verdict.CONTRADICTED,
        "",
        "the same levels written in full are exact: a rise of 20,000",
    ),
    (
        "the rate rose by 0.29 points",
        ch("14.46%", "14.76%"),
        Verdict.NEEDS_REVIEW,
        "",
        "0.30 points on the printed rates, 0.29 to 0.31 within their rounding",
    ),
    (
        "obesity remained stable",
        ch("24.8%", "25.0%"),
        Verdict.NEEDS_REVIEW,
        "a small change but not none",
        "a 0.8% move on the printed figures is inside the 1% review band already",
    ),
    (
        "obesity remained stable",
        ch("19.8%", "20.0%"),
        Verdict.NEEDS_REVIEW,
        "from +0.5% to +1.5%",
        "just over the 1% band on the printed figures, inside it within their rounding",
    ),
    (
        "obesity remained stable",
        ch("19.8%", "21.0%"),
        Verdict.CONTRADICTED,
        "not unchanged",
        "a 6% move is a move whatever the rounding",
    ),
    (
        "the share rose by 5%",
        ch("20%", "25%"),
        Verdict.NEEDS_REVIEW,
        "change in points written as per cent",
        "whole percentages are exact, and points given as a percentage change stay wrong",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "words", "why"),
    CASES,
    ids=[f"{i}:{case[0][:40]}" for i, case in enumerate(CASES)],
)
def test_rounded_sources(
    quote: str, figures: dict[str, Any], verdict: Verdict, words: str, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
    assert words in finding.explanation, f"{why}: {finding.explanation}"


def test_no_could_flip_note_when_the_figures_give_the_stated_value_exactly() -> None:
    finding = check_case("claimants rose by 20,000", ch("2.31 million", "2.33 million"))
    assert finding.verdict is Verdict.SUPPORTED
    assert not any(note.startswith("Could flip") for note in finding.notes), finding.notes


def test_could_flip_note_stays_when_the_stated_value_only_rounds_to_it() -> None:
    finding = check_case("visits were down 8%", ch("1.2m", "1.1m"))
    assert finding.verdict is Verdict.SUPPORTED
    assert any(note.startswith("Could flip") for note in finding.notes), finding.notes
