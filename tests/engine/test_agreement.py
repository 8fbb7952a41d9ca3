"""Statements of one quote that disagree (engine/judge/agreement.py).

A number held against a figure another number of the quote already matches, and a movement
that another movement of the quote disproves, speak of figures the claim does not reference:
they need review, never contradicted. Nothing here may become supported. The sentences are
the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case

from claimcheck.model import Verdict


def fig(value: Any) -> dict[str, Any]:
    return {"value": value}


# (quote, figures, verdict, rule id expected among the statements or "", why)
CASES: list[tuple[str, dict[str, Any], Verdict, str, str]] = [
    (
        "parking tickets went from 2,210 in 2019 to 4,480 in 2023",
        fig(4480),
        Verdict.NEEDS_REVIEW,
        "quote.disagree",
        "4,480 is the referenced figure; 2,210 is another year's, which is not referenced",
    ),
    (
        "12 trusts ran 31 wards between them",
        fig(12),
        Verdict.NEEDS_REVIEW,
        "quote.disagree",
        "12 is the trusts figure; 31 counts wards, a column the claim does not reference",
    ),
    (
        "the service answered 8,800 calls",
        fig(8100),
        Verdict.CONTRADICTED,
        "",
        "a single number against the only figure: a wrong number stays contradicted",
    ),
    (
        "the service answered 8,800 calls, 8,800 of them at night",
        fig(8100),
        Verdict.CONTRADICTED,
        "",
        "no number matches the figure, so none is shown to be about another one",
    ),
    (
        "waiting times rose everywhere except the islands, where they held steady",
        ch(14, 14),
        Verdict.NEEDS_REVIEW,
        "quote.disagree",
        "'held steady' holds for the islands' figures, so 'rose' speaks of the other areas",
    ),
    (
        "vacancies were little changed in March and stood at 8.4%, up from 6.1% in 2019",
        ch("6.1%", "8.4%", ("2019", "March 2024")),
        Verdict.NEEDS_REVIEW,
        "quote.disagree",
        "'up' holds over the years referenced, so 'little changed' speaks of the month before",
    ),
    (
        "lending fell in the spring but rose 4% over the year",
        ch(500, 520),
        Verdict.NEEDS_REVIEW,
        "quote.disagree",
        "the 4% rise holds, so the spring fall is about other figures",
    ),
    (
        "the March count was revised up by 300 to 9,300, and April's was revised up by 40",
        ch(9000, 9300),
        Verdict.NEEDS_REVIEW,
        "quote.disagree",
        "up by 300 holds; the pair has one difference, so 'up by 40' is about April's pair",
    ),
    (
        "the first estimate of 5,200 was cut by 150 last month, a total cut of 900",
        ch(5200, 4300),
        Verdict.NEEDS_REVIEW,
        "quote.disagree",
        "900 is the difference; 'cut by 150' is an earlier revision the claim does not give",
    ),
    (
        "the count was revised up by 40",
        ch(9000, 9300),
        Verdict.CONTRADICTED,
        "",
        "one amount, and it does not match: contradicted",
    ),
    (
        "lending rose, a change of 4%",
        ch(520, 500),
        Verdict.CONTRADICTED,
        "",
        "'a change of 4%' says no direction, so nothing disproves 'rose', which is wrong",
    ),
    (
        "lending rose 4%",
        ch(520, 500),
        Verdict.CONTRADICTED,
        "",
        "one movement, the wrong way: contradicted",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "rule", "why"),
    CASES,
    ids=[case[0][:40] for case in CASES],
)
def test_agreement(
    quote: str, figures: dict[str, Any], verdict: Verdict, rule: str, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
    if rule:
        assert rule in [item.rule_id for item in finding.statements], why


def test_never_supported() -> None:
    # Turning a failed statement into a question can never pass the claim.
    finding = check_case("from 900 in 2020 to 1,200 in 2022", fig(1200))
    assert finding.verdict is Verdict.NEEDS_REVIEW
    assert [item.verdict for item in finding.statements].count(Verdict.SUPPORTED) == 1
