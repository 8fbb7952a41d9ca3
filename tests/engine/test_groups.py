"""Words said of every group on a claim about one group (engine/judge/groups.py).

The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case

from claimcheck.model import Verdict

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "waiting times fell in every region",
        ch(30, 26),
        Verdict.NEEDS_REVIEW,
        "one region's figures cannot show every region's fall",
    ),
    (
        "attendance was stable across all school types",
        ch("92.1%", "92.1%"),
        Verdict.NEEDS_REVIEW,
        "one type's figures cannot show every type",
    ),
    (
        "prices rose in all but one category",
        ch(100, 104),
        Verdict.NEEDS_REVIEW,
        "a statement about the other categories, which are not referenced",
    ),
    (
        "registrations for all vans fell 12%",
        ch(5000, 4400),
        Verdict.SUPPORTED,
        "'for all vans' is the total of vans, one figure: checked as it is",
    ),
]


def test_ranking_scope_is_no_group() -> None:
    # "across all forces" after a superlative is the scope of a ranking, for the ranking rules.
    finding = check_case("arrests rose 9%, the largest rise across all forces", ch(1000, 1090))
    assert "groups.every" not in [item.rule_id for item in finding.statements]


def test_time_is_no_group() -> None:
    # "in every year" is a run of time, for the series rows and the span rules, not a group.
    finding = check_case("the count rose in every year of the survey", ch(100, 110))
    assert "groups.every" not in [item.rule_id for item in finding.statements]


@pytest.mark.parametrize(("quote", "figures", "verdict", "why"), CASES)
def test_every_group(quote: str, figures: dict[str, Any], verdict: Verdict, why: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
