"""Drafting a ranking said of a category: the category's cell (each member's for a group), and
the check ranks it down the table's column. Tables and sentences are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

NOTICES = {
    "notices.csv": 'Council,Penalty notices 2019\nHarwick,"3,120"\nDunmere,"1,870"\n'
    'Osbury,940\nTotal,"5,930"\n'
}
OFFENCES = {
    "offences.csv": 'Offence,Year ending June 2021\nShoplifting,"5,340"\nAssault,"4,980"\n'
    'Vandalism,"2,210"\nFraud,720\n'
}
AGES = {
    "births.csv": "Age group,Change in births 2021 to 2022\nUnder 20,-3.1\n20 to 24,-6.2\n"
    "25 to 29,-2.7\nAll ages,-1.9\n"
}
AREAS = {"areas.csv": "Area,Fertility rate 2022\nNorth East,1.47\nNorth West,1.53\nSouth,1.41\n"}

# name, tables, article, quote, references (role: refs), verdict
CASES: list[tuple[str, dict[str, str], str, str, dict[str, list[str]], Verdict]] = [
    (
        "fewest",
        NOTICES,
        "Fines soar.\n\nOsbury issued the fewest penalty notices.\n",
        "Osbury issued the fewest penalty notices",
        {"figure": ["notices.osbury[Penalty notices 2019]"]},
        S,
    ),
    (
        "most-false",
        NOTICES,
        "Fines soar.\n\nDunmere issued the most penalty notices.\n",
        "Dunmere issued the most penalty notices",
        {"figure": ["notices.dunmere[Penalty notices 2019]"]},
        C,
    ),
    (
        "highest-in",
        AREAS,
        "Births.\n\nRates were highest in the North West.\n",
        "Rates were highest in the North West",
        {"figure": ["areas.north_west[Fertility rate 2022]"]},
        S,
    ),
    (
        "second",
        OFFENCES,
        "Crime.\n\nAssault was the second most common offence.\n",
        "Assault was the second most common offence",
        {"figure": ["offences.assault[Year ending June 2021]"]},
        S,
    ),
    (
        "group",
        OFFENCES,
        "Crime.\n\nThe two most common offences were shoplifting and assault.\n",
        "The two most common offences were shoplifting and assault",
        {
            "figures": [
                "offences.shoplifting[Year ending June 2021]",
                "offences.assault[Year ending June 2021]",
            ]
        },
        S,
    ),
    (
        "group-false",
        OFFENCES,
        "Crime.\n\nThe two most common offences were shoplifting and fraud.\n",
        "The two most common offences were shoplifting and fraud",
        {
            "figures": [
                "offences.shoplifting[Year ending June 2021]",
                "offences.fraud[Year ending June 2021]",
            ]
        },
        C,
    ),
    (
        "fell-most",
        AGES,
        "Births.\n\nBirths fell most among women aged 20 to 24.\n",
        "Births fell most among women aged 20 to 24",
        {"figure": ["births.20_to_24[Change in births 2021 to 2022]"]},
        S,
    ),
]


@pytest.mark.parametrize(
    ("name", "tables", "article", "quote", "references", "verdict"),
    CASES,
    ids=[case[0] for case in CASES],
)
def test_a_ranking_links_the_category_cell(
    tmp_path: Path,
    name: str,
    tables: dict[str, str],
    article: str,
    quote: str,
    references: dict[str, list[str]],
    verdict: Verdict,
) -> None:
    case = Case(name, tables, article, quote, {}, "", None)
    text, report = drafted(tmp_path, case)
    findings = {finding.quote: finding for finding in report.claims}
    assert quote in findings, text
    finding = findings[quote]
    written: dict[str, list[str]] = {}
    for source in finding.sources:
        written.setdefault(source.role, []).append(source.ref)
    assert written == references, text
    assert "a ranking of" in text
    assert finding.verdict is verdict, finding.explanation


NOTHING = [
    # no category of the tables is named: no claim is drafted for the superlative
    ("Fines soar.\n\nThe busiest council issued the most penalty notices.\n", NOTICES),
    # a total is not a category to rank
    ("Fines soar.\n\nThe total was the highest on record.\n", NOTICES),
]


@pytest.mark.parametrize(("article", "tables"), NOTHING, ids=["no-category", "total"])
def test_no_category_no_ranking_claim(tmp_path: Path, article: str, tables: dict[str, str]) -> None:
    text, _ = drafted(tmp_path, Case("none", tables, article, "", {}, "", None))
    assert "a ranking of" not in text


def test_two_categories_for_one_place_propose_nothing(tmp_path: Path) -> None:
    article = "Crime.\n\nShoplifting, not assault, was the most common offence.\n"
    text, _ = drafted(tmp_path, Case("two", OFFENCES, article, "", {}, "", None))
    assert "a ranking of" not in text
    assert "the ranking speaks of 1 category" in text


def test_a_line_with_periods_of_its_own_is_not_linked_as_a_category(tmp_path: Path) -> None:
    tables = {"wide.csv": "Area,2021,2022\nNorth,1.62,1.58\nSouth,1.40,1.41\n"}
    article = "Births.\n\nThe South has the lowest rate of any area.\n"
    text, _ = drafted(tmp_path, Case("wide", tables, article, "", {}, "", None))
    assert "a ranking of" not in text
