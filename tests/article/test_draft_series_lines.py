"""Series statements and changes that name their line elsewhere, or by their words alone (issue
12): a record whose subject is the figure of the statement before ("This is the highest since
1990"), series words beside a number no figure links, and a change stated by a bare verb ("the
number of robberies fell").

The tables and sentences are written for these tests. Each case drafts an article against its
tables, checks the draft, and asserts the references, a fragment of the reason and the verdict.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case, drafted

from claimcheck.article.drafting.bare_moves import bare_move
from claimcheck.article.drafting.records import SeriesClause
from claimcheck.article.drafting.series_carried import carries_subject
from claimcheck.model import Verdict

# A wide table of two years: a share, and a count.
BUYERS = (
    "Measure,2022,2023\n"
    "Share of homes bought by first-time buyers (%),33.1,35.4\n"
    'Homes bought,"1,200","1,150"\n'
)
# A long table of three years.
CRIME = "Year,Robberies,Burglaries\n2021,900,2100\n2022,950,2000\n2023,870,2050\n"
# A table of categories whose rows have no earlier year, beside a total that has one.
ROAD_DEATHS = (
    "Deaths by road user, 2022 and 2023\n"
    "Road user,2022,2023,Percent change\n"
    'All road users,"4,100","4,350",6.1\n'
    "Pedalcyclist fatalities,,512,3.2\n"
    'Pedestrian fatalities,,"1,210",8.0\n'
    "Motorcyclist fatalities,,640,2.4\n"
)
JOURNEYS = "Journeys by mode (millions)\nMode,2021,2022,2023\nRail journeys,910,980,1020\n"
JOURNEYS += "Bus journeys,2100,2050,2000\n"
SUSPENSIONS = (
    "Academic year,Temporary suspension rate (%),Permanent exclusion rate (%),Suspensions\n"
    '2020/21,4.25,0.05,"350,000"\n2021/22,6.91,0.08,"578,000"\n2022/23,9.33,0.11,"787,000"\n'
)
SHARE_LINE = {
    "from": "buyers.share_of_homes_bought_by_first_time_buyers[2022]",
    "to": "buyers.share_of_homes_bought_by_first_time_buyers[2023]",
}
ROBBERIES = {"from": "crime.robberies[2022]", "to": "crime.robberies[2023]"}
THE_LINE_BEFORE = "the line of the statement before it"

CASES = [
    # class 1: the subject is the figure the sentence before stated
    Case(
        "this-after-a-share",
        {"buyers.csv": BUYERS},
        "Some 35.4% of homes went to first-time buyers. That is the highest level since the "
        "survey started in 1990.",
        "That is the highest level since the survey started in 1990",
        SHARE_LINE,
        THE_LINE_BEFORE,
        Verdict.NEEDS_REVIEW,
    ),
    Case(
        "an-attribution-and-a-second-clause-stay-out-of-the-quote",
        {"buyers.csv": BUYERS},
        "Some 35.4% of homes went to first-time buyers. That is the highest level since the "
        "survey started in 1990 and is up again, the agency said.",
        "That is the highest level since the survey started in 1990",
        SHARE_LINE,
        THE_LINE_BEFORE,
        Verdict.NEEDS_REVIEW,
    ),
    Case(
        "it-after-a-level",
        {"crime.csv": CRIME},
        "Police logged 870 robberies in 2023. It was the lowest on record.",
        "It was the lowest on record",
        ROBBERIES,
        THE_LINE_BEFORE,
        Verdict.SUPPORTED,
    ),
    Case(
        "the-figure-after-a-level",
        {"crime.csv": CRIME},
        "Police logged 870 robberies in 2023. The figure is the lowest since 2021.",
        "The figure is the lowest since 2021",
        ROBBERIES,
        THE_LINE_BEFORE,
        Verdict.CONTRADICTED,  # 2021 was higher: the lowest since a year before it
    ),
    Case(
        "a-record-with-no-year-on-a-line-of-two-periods-is-asked-about",
        {"buyers.csv": BUYERS},
        "Some 35.4% of homes went to first-time buyers. That is the highest on record.",
        "That is the highest on record",
        {},
        "the line may not be the whole series",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-clause-with-no-subject-takes-the-sentences",
        {"crime.csv": CRIME},
        "Robberies fell to 870 in 2023 from 950. This was 20 per cent lower than when counting "
        "began in 2009, and is the lowest number on record.",
        "is the lowest number on record",
        ROBBERIES,
        THE_LINE_BEFORE,
        Verdict.SUPPORTED,
    ),
    # class 2: series words beside a number that no figure links
    Case(
        "series-words-beside-an-unlinked-share",
        {"journeys.csv": JOURNEYS},
        "Trains and coaches took almost half of the growth, with the ministry recording the "
        "largest number of rail journeys since 2021.",
        "the largest number of rail journeys since 2021",
        {"from": "journeys.rail_journeys[2022]", "to": "journeys.rail_journeys[2023]"},
        "a record along journeys.rail_journeys",
        None,
    ),
    Case(
        "a-line-with-no-earlier-period-gives-its-figure",
        {"deaths.csv": ROAD_DEATHS},
        "Pedestrians were behind over a third of the increase, with the regulator reporting "
        "the largest number of cyclist deaths since 2009.",
        "the largest number of cyclist deaths since 2009",
        {"figure": "deaths.pedalcyclist_fatalities[2023]"},
        "no figure for the period before",
        Verdict.NEEDS_REVIEW,
    ),
    # class 3: a change stated by a bare verb, linked when its words name one line
    Case(
        "a-bare-rise-of-a-rate",
        {"suspensions.csv": SUSPENSIONS},
        "Schools issued 787,000 suspensions in 2022/23. The rate of temporary suspensions has "
        "increased overall.",
        "The rate of temporary suspensions has increased overall",
        {
            "from": "suspensions.temporary_suspension_rate[2021/22]",
            "to": "suspensions.temporary_suspension_rate[2022/23]",
        },
        "a change stated by its direction along",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-bare-fall-of-a-count",
        {"crime.csv": CRIME},
        "Burglaries reached 2,050 in 2023. The number of robberies fell.",
        "The number of robberies fell",
        ROBBERIES,
        "a change stated by its direction along",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-bare-verb-that-names-its-period",
        {"crime.csv": CRIME},
        "Burglaries reached 2,050 in 2023. Robberies rose in 2022.",
        "Robberies rose in 2022",
        {"from": "crime.robberies[2021]", "to": "crime.robberies[2022]"},
        "a change stated by its direction along",
        Verdict.SUPPORTED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_series_lines(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)


# tables, article, a quote no claim of the draft may have, why
NOTHING = [
    ({"crime.csv": CRIME}, "Burglaries reached 2,050 in 2023. Robberies would have fallen.",
     "Robberies would have fallen", "a conditional"),
    ({"crime.csv": CRIME}, "Burglaries reached 2,050 in 2023. Robberies are expected to rise.",
     "Robberies are expected to rise", "a forecast"),
    ({"crime.csv": CRIME}, "Burglaries reached 2,050 in 2023. Officers believe robberies fell.",
     "Officers believe robberies fell", "an opinion"),
    ({"crime.csv": CRIME}, "Burglaries reached 2,050 in 2023. Shoplifting fell.",
     "Shoplifting fell", "words that name no line"),
    ({"crime.csv": CRIME}, "Burglaries reached 2,000 in 2022. The number of robberies fell.",
     "The number of robberies fell", "the article speaks of a period before the line's latest"),
    ({"crime.csv": CRIME},
     "Burglaries reached 2,050 in 2023. Robberies rose in 2019 as well as 2022 and 2023.",
     "Robberies rose in 2019 as well as 2022 and 2023", "periods one change cannot hold"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("tables", "article", "quote", "why"), NOTHING, ids=[row[3] for row in NOTHING]
)
def test_nothing_is_drafted(tmp_path: Path, tables: dict[str, str], article: str, quote: str,
                            why: str) -> None:  # fmt: skip
    case = Case(why, tables, article, quote, {}, "", None)
    text, report = drafted(tmp_path, case)
    assert quote not in {finding.quote for finding in report.claims}, text


# a clause, whether its subject is the figure of the statement before
SUBJECTS = [
    ("This is the highest since 1990", True),
    ("It was the lowest on record", True),
    ("That marks the highest level in a decade", True),
    ("It's the lowest since 2001", True),
    ("The total was the highest on record", True),
    ("Robberies were the lowest on record", False),
    ("The rate of robberies is the lowest since 2001", False),
    ("Its highest level since 1990", False),
]


@pytest.mark.parametrize(("clause", "carried"), SUBJECTS)
def test_a_subject_carried_from_the_statement_before(clause: str, carried: bool) -> None:
    assert carries_subject(clause, SeriesClause(0, len(clause))) is carried


# a clause, the verb read as a change stated as a fact (None: none)
VERBS = [
    ("The number of robberies fell", "fell"),
    ("The rate has increased overall", "increased"),
    ("Payroll jobs went up in May", "went up"),
    ("Exports have risen", "risen"),
    ("Robberies would have fallen", None),
    ("Rents are expected to rise", None),
    ("Rents could have risen", None),
    ("Rents have not risen", None),
    ("Officials hope that rents fell", None),
    ("An increased number of visits", None),
    ("If rents rose, tenants would leave", None),
    ("Rising rents", None),
    ("Ferry trips were slightly down during 2023", "were slightly down"),
    ("Ferry trips were up", "were up"),
    ("Ferry trips were down 4%", None),
    ("Ferry trips would be up", None),
]


@pytest.mark.parametrize(("clause", "verb"), VERBS)
def test_a_bare_verb_states_a_change(clause: str, verb: str | None) -> None:
    found = bare_move(clause, 0, len(clause))
    assert (found.group(0) if found is not None else None) == verb
