"""Nested places never stand in for each other (``place_nations``, ``link_places``,
``drafted_places``): a statement about the UK is not linked to the row of Great Britain,
England or London, even when the table's title says "UK"; a place the table has no line
for gets no references. The tables and sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case

from claimcheck.article.drafting.place_nations import BRITAIN, covers, nations_of
from claimcheck.model import Verdict

RENTS = (
    '"Table 2: Average rent and annual change, UK nations and English regions, March 2025",,\n'
    "Area,Average rent March 2025 (£),Annual change March 2025 (%)\n"
    'United Kingdom,"1,180",4.1\n'
    'Great Britain,"1,195",4.3\n'
    'England,"1,240",4.5\n'
    'London,"2,060",3.2\n'
    "North East,640,6.0\n"
)
# a table of one nation's figures, whose title names it
GB_ONLY = (
    '"Table 1: Reported road casualties, Great Britain",,\n'
    "Casualty group,2023,2024\n"
    'Killed,"1,620","1,595"\n'
)
NONE: dict[str, str] = {}
ANOTHER_LINE = "is another line's figure, not"

CASES = [
    # England's figures given as the UK's: the UK's line does not hold them
    Case(
        "the-uk-is-not-england",
        {"rents.csv": RENTS},
        "Average rents across the UK rose by 4.5% to £1,240 in the year to March.",
        "Average rents across the UK rose by 4.5% to £1,240 in the year to March",
        NONE,
        f"{ANOTHER_LINE} UK's",
        Verdict.UNSOURCED,
    ),
    Case(
        "the-uk-is-not-london",
        {"rents.csv": RENTS},
        "Rents in the UK averaged £2,060 in March.",
        "Rents in the UK averaged £2,060 in March",
        NONE,
        f"{ANOTHER_LINE} UK's",
        Verdict.UNSOURCED,
    ),
    Case(
        "great-britain-is-not-the-uk",
        {"rents.csv": RENTS},
        "Rents in Great Britain averaged £1,180 in March.",
        "Rents in Great Britain averaged £1,180 in March",
        NONE,
        f"{ANOTHER_LINE} Great Britain's",
        Verdict.UNSOURCED,
    ),
    # London's change given as England's: England's own line is checked, and disagrees
    Case(
        "england-is-not-london",
        {"rents.csv": RENTS},
        "Average rents across England rose by 3.2% in the year to March.",
        "Average rents across England rose by 3.2% in the year to March",
        {"figure": "rents.england[Annual change March 2025 (%)]"},
        "",
        Verdict.CONTRADICTED,
    ),
    # the place's own line holds the figure: linked as before
    Case(
        "the-uks-own-line",
        {"rents.csv": RENTS},
        "Average rents across the UK rose by 4.1% in the year to March.",
        "Average rents across the UK rose by 4.1% in the year to March",
        {"figure": "rents.united_kingdom[Annual change March 2025 (%)]"},
        "",
        Verdict.SUPPORTED,
    ),
    Case(
        "londons-own-line",
        {"rents.csv": RENTS},
        "Rents in London averaged £2,060 in March.",
        "Rents in London averaged £2,060 in March",
        {"figure": "rents.london[Average rent March 2025 (£)]"},
        "",
        Verdict.SUPPORTED,
    ),
    # a line's name and the nation it lies in: the line
    Case(
        "a-region-of-its-nation",
        {"rents.csv": RENTS},
        "Rents rose fastest in the North-East of England, by 6.0% in the year to March.",
        "Rents rose fastest in the North-East of England, by 6.0% in the year to March",
        {"figure": "rents.north_east[Annual change March 2025 (%)]"},
        "",
        None,
    ),
    # a number said of no place, found on a part's line of a table of places: which place?
    Case(
        "no-place-named-and-a-parts-figure",
        {"rents.csv": RENTS},
        "Average rents rose by 4.5% to £1,240 in the year to March.",
        "Average rents rose by 4.5% to £1,240 in the year to March",
        NONE,
        "the words name no place, and the number is England's figure, not United Kingdom's",
        Verdict.UNSOURCED,
    ),
    # ... but a line whose name is said is linked
    Case(
        "a-line-said-by-its-name",
        {"rents.csv": RENTS},
        "London rents averaged £2,060 in March.",
        "London rents averaged £2,060 in March",
        {"figure": "rents.london[Average rent March 2025 (£)]"},
        "",
        Verdict.SUPPORTED,
    ),
    # a nation the table has no line for, though its title names the UK
    Case(
        "a-nation-the-table-lacks",
        {"rents.csv": RENTS},
        "Rents in Wales rose by 6.0% in the year to March.",
        "Rents in Wales rose by 6.0% in the year to March",
        NONE,
        "",
        Verdict.UNSOURCED,
    ),
    # "Britain" alone is said of Great Britain too
    Case(
        "britain-of-a-great-britain-table",
        {"roads.csv": GB_ONLY},
        "The number of people killed on Britain's roads fell to 1,595 in 2024.",
        "The number of people killed on Britain's roads fell to 1,595 in 2024",
        {"figure": "roads.killed[2024]"},
        "",
        None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_nested_places(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)


@pytest.mark.parametrize(
    ("text", "nations"),
    [
        ("across the UK", {0}),
        ("United Kingdom", {0}),
        ("Great Britain", {1}),
        ("Britain's roads", {BRITAIN}),
        ("England and Wales", {3, 4}),
        ("London", set()),
    ],
)
def test_the_nations_a_text_names(text: str, nations: set[int]) -> None:
    assert nations_of(text) == nations


@pytest.mark.parametrize(
    ("wanted", "named", "covered"),
    [
        ("the UK", "United Kingdom", True),
        ("the UK", "Great Britain", False),
        ("Great Britain", "UK", False),
        ("Britain", "Great Britain", True),
        ("Britain", "United Kingdom", True),
        ("the UK", "British figures", True),
        ("England and Wales", "England", False),
        ("England", "England and Wales", True),
        ("London", "England", False),
    ],
)
def test_which_nations_cover_a_place(wanted: str, named: str, covered: bool) -> None:
    assert covers(nations_of(wanted), nations_of(named)) is covered
