"""Shares and changes said in words, and two levels set against each other (issue 12).

- a share word ("most", "a minority of") with no number states the share a table publishes
  for the group its words name, when the share fits the word; a number inside the group's
  name ("fewer than two visits a month") links nothing of its own;
- "the most" is a superlative, and a share that does not fit the word is not proposed;
- a change said as a fraction ("up by more than a third") is a part of the earlier figure,
  so it picks the line whose latest change it is, among lines the words name;
- two levels of one column set against each other by a comparative ("41 ..., below the
  average for all forces of 63") are one claim with both figures, and the check judges the
  comparison; two figures of two columns are not joined.

The sentences and the small tables are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed, by_quote_listed, drafted_article

SURVEY = (
    '"Parish survey of libraries, 2023",\n'
    "Measure,2023\n"
    "Libraries that replied,212\n"
    "Libraries opening fewer than two evenings a week (%),61\n"
    "Libraries with no evening opening (%),14\n"
)
BRANCHES = "Library,Evenings open a week\nHighbury,5\nEastfield,1\nMoorside,1\nWestgate,2\n"
THEFTS = (
    '"Table 4: Recorded offences, Riverside force area",,\n'
    "Offence group,2022,2023\n"
    'Total recorded crime,"18,400","18,950"\n'
    "Bicycle theft,240,330\n"
    "Shoplifting,910,1010\n"
)
RATES = 'Area,"Rate per 1,000 population"\nRiverside,41\nAll forces,63\n'

SHARE = "survey.libraries_opening_fewer_than_two_evenings_a_week[2023]"
BIKES = "thefts.bicycle_theft[{}]"

# name, tables, article, {quote: (references, verdict)}
CASES = [
    (
        "a share word names the share a table publishes",
        {"survey.csv": SURVEY, "branches.csv": BRANCHES},
        "Most libraries open on fewer than two evenings a week.",
        {
            "Most libraries open on fewer than two evenings a week": (
                [("figure", SHARE)],
                "supported",
            )
        },
    ),
    (
        "a share that does not fit the word is not proposed",
        {"survey.csv": SURVEY, "branches.csv": BRANCHES},
        "A minority of libraries open on fewer than two evenings a week.",
        {"A minority of libraries open on fewer than two evenings a week": ([], "unsourced")},
    ),
    (
        "the most is a superlative, not a share",
        {"survey.csv": SURVEY, "branches.csv": BRANCHES},
        "Highbury opened on the most evenings, five a week.",
        {},
    ),
    (
        "a change said as a fraction picks the line whose change it is",
        {"thefts.csv": THEFTS, "rates.csv": RATES},
        "Bike thefts in Riverside have gone up by more than a third.",
        {
            "Bike thefts in Riverside have gone up by more than a third": (
                [("from", BIKES.format("2022")), ("to", BIKES.format("2023"))],
                "supported",
            )
        },
    ),
]


@pytest.mark.parametrize(
    ("name", "tables", "article", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_shares_in_words(
    name: str,
    tables: dict[str, str],
    article: str,
    expected: dict[str, tuple[list[tuple[str, str]], str]],
    tmp_path: Path,
) -> None:
    text, found = assert_listed(tmp_path, tables, article, expected)
    if not expected:
        assert all(SHARE not in refs for refs, _ in found.values()), text


FORCE_RATES = (
    '"Recorded crime rate per 1,000 population, 2023",,\n'
    'Area,"Rate per 1,000 population","Offences"\n'
    'Riverside,41,"9,020"\n'
    'All forces,63,"3,900,000"\n'
)
RIVERSIDE = "rates.rate_per_1_000_population[Riverside]"
ALL_FORCES = "rates.rate_per_1_000_population[All forces]"

# article, {quote: (references, verdict)}
COMPARED = [
    (
        "Riverside recorded 41 crimes per 1,000 residents, below the average for all forces of 63.",
        {
            "Riverside recorded 41 crimes per 1,000 residents, below the average for all forces "
            "of 63": ([("figures", ALL_FORCES), ("figures", RIVERSIDE)], "supported")
        },
    ),
    (
        "Riverside recorded 41 crimes per 1,000 residents, above the average for all forces of 63.",
        {
            "Riverside recorded 41 crimes per 1,000 residents, above the average for all forces "
            "of 63": ([("figures", ALL_FORCES), ("figures", RIVERSIDE)], "contradicted")
        },
    ),
    (
        # two figures of two columns are no comparison of one measure: two claims
        "Riverside recorded 41 crimes per 1,000 residents, fewer than the 9,020 offences of "
        "the year.",
        {},
    ),
]


@pytest.mark.parametrize(("article", "expected"), COMPARED, ids=[c[0][:60] for c in COMPARED])
def test_two_levels_compared(
    article: str, expected: dict[str, tuple[list[tuple[str, str]], str]], tmp_path: Path
) -> None:
    text, report = drafted_article(tmp_path, {"rates.csv": FORCE_RATES}, article)
    found = by_quote_listed(report)
    for quote, want in expected.items():
        assert found.get(quote) == want, text
    if not expected:
        assert all("figures" not in [role for role, _ in refs] for refs, _ in found.values()), text
