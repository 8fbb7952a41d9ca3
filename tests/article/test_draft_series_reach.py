"""Series statements and the column a measure names (issue 12): a record since a year runs
from that year's figure; "more than at any time in the past N years" is a record; "the first
annual rise since" is a series statement; a level said below a named year's is a fall from
that year; a measure's name said whole in a label outranks its words found apart; a region
named in lower case keeps its numbers to its own figures; a level stated "at" a number is no
clock time.

The tables and sentences are written for these tests. Each case drafts an article against its
tables, checks the draft, and asserts the references, a fragment of the reason and the verdict.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case, by_quote, drafted_article

from claimcheck.article.drafting.link_phrases import phrases
from claimcheck.article.drafting.series_reach import start_year
from claimcheck.article.drafting.stated import stated
from claimcheck.article.scan import scan
from claimcheck.model import Verdict

# A long table of selected years, with gaps between them.
HARVEST = (
    "Apple harvest, selected years\n"
    "Year,Tonnes harvested,Yield per hectare,Orchards\n"
    '1951,"33,800",3.10,\n'
    '1994,"38,050",4.25,960\n'
    '2019,"36,400",4.40,"1,020"\n'
    '2022,"35,900",4.31,990\n'
    '2023,"34,100",4.12,985\n'
)
# A wide table of measures over selected years.
VISITS = (
    "Museum visits, key figures\n"
    "Measure,1979,2008,2021,2022\n"
    "Visits,2.95,2.41,2.58,2.71\n"
    "Visits per resident,0.61,0.49,0.52,0.55\n"
)
# Two rates of one table whose labels both hold "ferry" and "rate": only one says "ferry rate",
# and the other holds a larger part of the sentence's words.
FERRIES = (
    "Ferry summary\n"
    "Year,Crude ferry rate (trips per resident),Cancellation rate (per 1000 ferry sailings)\n"
    "2022,31.5,6.2\n2023,30.1,5.8\n"
)
# A table of regions over two years, beside a national line.
REGIONS = (
    "Cycling rate by region, 2022 and 2023\n"
    "Region,2022,2023\n"
    "North West,2.31,2.44\n"
    "South of Scotland,2.07,2.19\n"
)
NATIONAL = "Year,Cycling rate (trips per person per week)\n2019,2.19\n2022,2.26\n2023,2.30\n"

CASES = [
    Case(
        "since-a-year-the-line-holds",
        {"harvest.csv": HARVEST},
        "Growers picked 34,100 tonnes of apples in 2023. That is the lowest since 1951.",
        "That is the lowest since 1951",
        {"from": "harvest.tonnes_harvested[1951]", "to": "harvest.tonnes_harvested[2023]"},
        "from 1951, the year its words start from, to 2023",
        Verdict.NEEDS_REVIEW,
    ),
    Case(
        "since-records-began",
        {"harvest.csv": HARVEST},
        "The yield per hectare slipped to 4.12 tonnes in 2023, its smallest since records began "
        "in 1994.",
        "its smallest since records began in 1994",
        {"from": "harvest.yield_per_hectare[1994]", "to": "harvest.yield_per_hectare[2023]"},
        "from 1994, the year its words start from, to 2023",
        Verdict.NEEDS_REVIEW,
    ),
    Case(
        "past-n-years-wide",
        {"visits.csv": VISITS},
        "Museums are drawing more visits than at any time in the past 14 years.",
        "Museums are drawing more visits than at any time in the past 14 years",
        {"from": "visits.visits[2008]", "to": "visits.visits[2022]"},
        "from 2008, the year its words start from, to 2022",
        Verdict.NEEDS_REVIEW,
    ),
    Case(
        "since-a-year-with-its-figure",
        {"harvest.csv": HARVEST},
        "Orchard numbers are at their lowest level since 1994, when 960 were counted.",
        "Orchard numbers are at their lowest level since 1994, when 960 were counted",
        {"from": "harvest.orchards[1994]", "to": "harvest.orchards[2023]"},
        "whose figure the quote states",
        Verdict.NEEDS_REVIEW,
    ),
    Case(
        "first-rise-since-runs-from-the-year-before",
        {"visits.csv": VISITS},
        "It was the first annual increase in visits per resident since 1979.",
        "It was the first annual increase in visits per resident since 1979",
        {"from": "visits.visits_per_resident[2021]", "to": "visits.visits_per_resident[2022]"},
        "a record along",
        Verdict.NEEDS_REVIEW,
    ),
    Case(
        "below-a-named-year",
        {"harvest.csv": HARVEST},
        "Even so, the yield per hectare stayed below the 2019 level.",
        "Even so, the yield per hectare stayed below the 2019 level",
        {"from": "harvest.yield_per_hectare[2019]", "to": "harvest.yield_per_hectare[2023]"},
        "a level set against the level of 2019",
        Verdict.SUPPORTED,
    ),
    Case(
        "below-a-named-year-to-the-year-named",
        {"harvest.csv": HARVEST},
        "But the 2022 harvest remained below the total harvested in 2019.",
        "But the 2022 harvest remained below the total harvested in 2019",
        {"from": "harvest.tonnes_harvested[2019]", "to": "harvest.tonnes_harvested[2022]"},
        "2019 to 2022",
        Verdict.SUPPORTED,
    ),
    Case(
        "above-a-named-year-that-went-the-other-way",
        {"harvest.csv": HARVEST},
        "The yield per hectare is still above its 2019 level.",
        "The yield per hectare is still above its 2019 level",
        {"from": "harvest.yield_per_hectare[2019]", "to": "harvest.yield_per_hectare[2023]"},
        "a level set against the level of 2019",
        Verdict.CONTRADICTED,
    ),
    Case(
        "a-phrase-whole-outranks-words-apart",
        {"ferries.csv": FERRIES},
        "The ferry rate has fallen to a record low.",
        "The ferry rate has fallen to a record low",
        {
            "from": "ferries.crude_ferry_rate_trips_per_resident[2022]",
            "to": "ferries.crude_ferry_rate_trips_per_resident[2023]",
        },
        "a record along",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-region-in-lower-case",
        {"regions.csv": REGIONS, "national.csv": NATIONAL},
        "The south of Scotland saw a rise, to 2.19 trips per person, from 2.07 in 2022.",
        "The south of Scotland saw a rise, to 2.19 trips per person, from 2.07 in 2022",
        {
            "from": "regions.south_of_scotland[2022]",
            "to": "regions.south_of_scotland[2023]",
        },
        "south",
        Verdict.SUPPORTED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_series_reach(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)


def test_no_figure_for_the_year_keeps_the_year_before(tmp_path: Path) -> None:
    """A line with no figure for the year the words start from keeps the period before."""
    _, report = drafted_article(
        tmp_path,
        {"harvest.csv": HARVEST},
        "Growers picked 34,100 tonnes of apples in 2023. That is the lowest since 1987.",
    )
    references, _ = by_quote(report)["That is the lowest since 1987"]
    assert references == {
        "from": "harvest.tonnes_harvested[2022]",
        "to": "harvest.tonnes_harvested[2023]",
    }


def test_a_level_at_a_number_is_no_clock_time(tmp_path: Path) -> None:
    """ "the lowest figure at 2.07" is a statistic, a claim of its own after "while"."""
    _, report = drafted_article(
        tmp_path,
        {"regions.csv": "Region,Trips 2023\nNorth West,2.44\nSouth of Scotland,2.19\n"},
        "Rates were highest in the North West, with 2.44 trips, while the South of Scotland "
        "stayed with the smallest figure at 2.19.",
    )
    claims = by_quote(report)
    assert claims["the South of Scotland stayed with the smallest figure at 2.19"][0] == {
        "figure": "regions.south_of_scotland[Trips 2023]"
    }


@pytest.mark.parametrize(
    ("text", "latest", "year"),
    [
        ("the lowest since 2002", 2020, 2002),
        ("its highest level since records began in 1938", 2020, 1938),
        ("the lowest since estimates were first published for 1959", 2020, 1959),
        ("has not been so low since 2005", 2018, 2005),
        ("more babies than at any time in the past 35 years", 2008, 1973),
        ("the highest in 12 years", 2020, 2008),
        ("lower than at any point since 1990", 2020, 1990),
        ("the first rise since 2015", 2021, None),
        ("for the first time since 1994", 2021, None),
        ("the lowest for at least 80 years", 2018, 1938),
        ("the highest on record", 2018, None),
    ],
)
def test_start_year(text: str, latest: int, year: int | None) -> None:
    assert start_year(text, 0, len(text), latest) == year


@pytest.mark.parametrize(
    ("text", "pair", "held"),
    [
        ("Crude birth rate (live births per 1000 population)", ("birth", "rate"), True),
        ("Stillbirth rate (per 1000 total births)", ("birth", "rate"), False),
        ("Birth rates", ("birth", "rate"), True),
        ("Rate of births", ("birth", "rate"), False),
        ("Deaths of cyclists", ("death", "cyclist"), False),
        ("Cyclist deaths", ("cyclist", "death"), True),
    ],
)
def test_phrases(text: str, pair: tuple[str, str], held: bool) -> None:
    """Two neighbouring words as concepts; a little word between breaks the pair."""
    assert (pair in phrases(text)) is held


@pytest.mark.parametrize(
    ("text", "number", "statistic"),
    [
        ("The rate stood at 4.25 last year.", "4.25", True),
        ("The meeting starts at 12.00 on Monday.", "12.00", False),
    ],
)
def test_level_at_a_number(text: str, number: str, statistic: bool) -> None:
    """A number written like a time after "at" is a statistic after a word for a level."""
    found = [mention for mention in scan(text) if mention.text == number]
    assert found, text
    assert stated(text, found[0]) is statistic
