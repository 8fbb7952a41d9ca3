"""The category a ranking names, and lines the words leave out (engine/judge/category.py).

The tables and sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _wording import case_id, check_case, ser

import claimcheck
from claimcheck.engine.judge.category import CATEGORIES
from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

_RATES = (
    ("Puerto Rico", "9.8%"),
    ("District of Columbia", "6.9%"),
    ("Oregon", "6.2%"),
    ("Ohio", "5.5%"),
    ("Iowa", "3.1%"),
    ("United States", "5.0%"),
)
_PROVINCES = (
    ("Nunavut", "14.0%"),
    ("Newfoundland and Labrador", "10.9%"),
    ("Ontario", "6.1%"),
    ("Alberta", "5.8%"),
)

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "Oregon had the highest jobless rate among the states",
        ser("Oregon", *_RATES),
        S,
        "the words rank states: the District and Puerto Rico are left out",
    ),
    (
        "the state with the highest rate was Oregon",
        ser("Oregon", *_RATES),
        S,
        "'the state with' names the category too",
    ),
    (
        "Oregon had the highest jobless rate in the country",
        ser("Oregon", *_RATES),
        C,
        "no category named: every line is ranked, and Puerto Rico is higher",
    ),
    (
        "Ohio had the highest jobless rate among the states",
        ser("Ohio", *_RATES),
        C,
        "Oregon is a state, and higher",
    ),
    (
        "the District had the highest rate of any state",
        ser("District of Columbia", *_RATES),
        C,
        "the claim's own line is never left out: it is ranked as written",
    ),
    (
        "Excluding Puerto Rico, the District of Columbia posted the highest rate",
        ser("District of Columbia", *_RATES),
        S,
        "the words leave Puerto Rico out by name",
    ),
    (
        "Oregon once again posted the highest rate among the states",
        ser("Oregon", *_RATES),
        R,
        "'once again' says it was highest before too: one month's lines cannot show that",
    ),
    (
        "Newfoundland and Labrador had the highest rate of the provinces",
        ser("Newfoundland and Labrador", *_PROVINCES),
        S,
        "Nunavut is a territory, not a province",
    ),
    (
        "Newfoundland and Labrador had the highest rate in Canada",
        ser("Newfoundland and Labrador", *_PROVINCES),
        C,
        "no category named: Nunavut counts",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_ranked_category(quote: str, figures: dict[str, Any], verdict: Verdict, why: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"


def test_the_working_names_what_was_left_out() -> None:
    finding = check_case("Oregon had the highest rate of any state", ser("Oregon", *_RATES))
    assert "left out: Puerto Rico 9.8% (not a state" in finding.explanation


def test_a_table_line_is_ranked_over_the_named_category(tmp_path: Path) -> None:
    table = "State,Rate 2024\n" + "".join(f"{name},{rate}\n" for name, rate in _RATES)
    (tmp_path / "rates.csv").write_text(table, encoding="utf-8")
    path = tmp_path / "claims.yaml"
    body = "  - id: c\n    quote: Oregon had the highest rate of the states\n"
    body += '    figure: \'t["Oregon", "Rate 2024"]\'\n'
    path.write_text(f"sources:\n  t:\n    table: rates.csv\nclaims:\n{body}", encoding="utf-8")
    (finding,) = claimcheck.check(claimcheck.load(path)).claims
    assert finding.verdict is S, finding.explanation


def test_every_category_has_words_outsiders_and_a_reason() -> None:
    for category in CATEGORIES:
        assert category.words, category.name
        assert category.outsiders, category.name
        assert category.reason, category.name


def test_every_category_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "policy.md").read_text(encoding="utf-8")
    for category in CATEGORIES:
        assert f"| {category.name} |" in doc, category.name
        assert category.reason in doc, category.name
