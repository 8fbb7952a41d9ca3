"""Saying nothing rather than a false contradicted: links the words do not bear out
(``link_guards``, ``plan_numberless``, ``link_groups``, ``link_places``, ``link_only``).

A drafted claim that comes out contradicted where the sentence is true tells the editor a true
sentence is wrong. Each case below is a sentence whose words speak of something the tables do
not hold (a forecast, a month of a table of years, a kind of offence with no line, a share
against a change column, a likelihood of one group, a nation against a county's table, a fall
against a line that rose), drafted with no references and a comment that says why, beside a
control the rule must leave linked.

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case, drafted_article

from claimcheck.model import Verdict

NONE: dict[str, str] = {}

JOBLESS = (
    "Table A. Household data, seasonally adjusted\n"
    "Measure,Apr. 2025,May 2025\n"
    "Unemployment rate (%),4.0,3.9\n"
    "Payroll employment (thousands),151200,151380\n"
)
COLLISIONS = 'Year,Collisions,Casualties\n2022,"1,800","2,400"\n2023,"1,890","2,450"\n'
COUNTY = (
    '"Table 2: Police recorded crime by offence group, Northshire police force area",,\n'
    "Offence group,Year to Dec 2022,Year to Dec 2023\n"
    '"Homicide",,3\n'
    '"Burglary",400,428\n'
    '"Robbery",120,126\n'
    '"Possession of weapons offences",200,240\n'
)
COUNTY_RATES = (
    '"Table 3: Crime rate per 1,000 population",\n'
    'Area,"Rate per 1,000 population"\n'
    "Northshire,51\n"
    "England and Wales,87\n"
)
FORCES = (
    '"Knife offences by police force area, England and Wales",,,\n'
    "Police force area,2022,2023,Percentage change (%)\n"
    'Northern Police,"10,000","12,200",22\n'
    'Eastern Police,"4,000","4,200",5\n'
    'Western Police,"3,000","2,850",-5\n'
)
SUSPENSIONS = "Term,Suspension rate\nAutumn 2022/23,2.20\nAutumn 2023/24,2.40\n"
BY_SEX = "Pupil group,Suspension rate 2023/24\nAll pupils,2.40\nBoys,3.60\nGirls,1.20\n"
DEATHS = 'Year,Road deaths\n2022,"1,710"\n2023,"1,760"\n'
STALKING = (
    "Offence group,Year to Mar 2023,Year to Mar 2024\n"
    '"Total recorded crime",,"6,200"\n'
    '"Stalking and harassment",480,500\n'
)

CASES = [
    # a forecast: what economists expected is no figure of the tables
    Case(
        "a-forecast-of-the-rate",
        {"jobs.csv": JOBLESS},
        "Analysts had predicted that the unemployment rate would fall to 3.8 percent in May.",
        "Analysts had predicted that the unemployment rate would fall to 3.8 percent in May",
        NONE,
        "a forecast",
        Verdict.UNSOURCED,
    ),
    Case(
        "the-rate-itself-stays-linked",
        {"jobs.csv": JOBLESS},
        "The unemployment rate fell to 3.9 percent in May.",
        "The unemployment rate fell to 3.9 percent in May",
        {"from": "jobs.unemployment_rate[Apr. 2025]", "to": "jobs.unemployment_rate[May 2025]"},
        "",
        Verdict.SUPPORTED,
    ),
    # a change set against a forecast, with no number: no line guessed for it
    Case(
        "a-move-beside-a-forecast",
        {"jobs.csv": JOBLESS},
        "Payroll employment edged up more than economists expected in May.",
        "Payroll employment edged up more than economists expected in May",
        NONE,
        "set against a forecast",
        Verdict.UNSOURCED,
    ),
    # a month against a table of whole years
    Case(
        "a-month-against-years",
        {"roads.csv": COLLISIONS},
        "The sharpest rise in collisions came in March, at 14.2 percent.",
        "The sharpest rise in collisions came in March, at 14.2 percent",
        NONE,
        "speaks of March",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-year-ending-in-a-month-is-a-year",
        {"roads.csv": COLLISIONS},
        "In the year to December 2023, collisions rose by 5 percent.",
        "In the year to December 2023, collisions rose by 5 percent",
        {"from": "roads.collisions[2022]", "to": "roads.collisions[2023]"},
        "",
        Verdict.SUPPORTED,
    ),
    # a subject the tables do not name, linked only through "offences"
    Case(
        "a-kind-of-offence-with-no-line",
        {"county.csv": COUNTY},
        "Shoplifting offences rose by 3%.",
        "Shoplifting offences rose by 3%",
        NONE,
        "names shoplift",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-subject-before-an-apposition",
        {"county.csv": COUNTY},
        "Arson, one of the rarer crimes, fell by 2%.",
        "Arson, one of the rarer crimes, fell by 2%",
        NONE,
        "names arson",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-named-line-stays-linked",
        {"county.csv": COUNTY},
        "Burglary offences rose by 7%.",
        "Burglary offences rose by 7%",
        {
            "from": "county.burglary[Year to Dec 2022]",
            "to": "county.burglary[Year to Dec 2023]",
        },
        "",
        Verdict.SUPPORTED,
    ),
    # a national figure against a county's table, when another table has the nation's line:
    # the ranking of the county's homicides down its column is no claim about the nation
    Case(
        "a-nation-against-a-county",
        {"county.csv": COUNTY, "rates.csv": COUNTY_RATES},
        "In England and Wales as a whole, homicides logged by police went up 8%, their highest "
        "level in ten years.",
        "In England and Wales as a whole, homicides logged by police went up 8%, their highest "
        "level in ten years",
        NONE,
        "",
        Verdict.UNSOURCED,
    ),
    # a share is not a change
    Case(
        "a-share-against-a-change-column",
        {"forces.csv": FORCES},
        "Some 31% were recorded by the Northern Police, more than any other force.",
        "Some 31% were recorded by the Northern Police, more than any other force",
        NONE,
        "is a share of a whole",
        Verdict.UNSOURCED,
    ),
    # a likelihood compares two groups: one group named is no change over time
    Case(
        "a-likelihood-of-one-group",
        {"suspensions.csv": SUSPENSIONS},
        "Boys were three times more likely to be suspended.",
        "Boys were three times more likely to be suspended",
        NONE,
        "a comparison between two groups",
        Verdict.UNSOURCED,
    ),
    Case(
        "that-of-another-group-with-no-line",
        {"suspensions.csv": SUSPENSIONS},
        "For boys the rate of suspension ran at more than 1.5 times that of girls.",
        "For boys the rate of suspension ran at more than 1.5 times that of girls",
        NONE,
        "a comparison between two groups",
        Verdict.UNSOURCED,
    ),
    Case(
        "that-of-another-group-with-its-line",
        {"sex.csv": BY_SEX},
        "The suspension rate for boys was three times that of girls.",
        "The suspension rate for boys was three times that of girls",
        {"from": "sex.girls[Suspension rate 2023/24]", "to": "sex.boys[Suspension rate 2023/24]"},
        "",
        Verdict.SUPPORTED,
    ),
    # the line of the sentence before moved the other way: another subject's change
    Case(
        "a-fall-against-the-thread-that-rose",
        {"crime.csv": STALKING},
        "There were 500 cases of stalking and harassment, compared to 480 the year before. "
        "The overall number of offences fell by four per cent.",
        "The overall number of offences fell by four per cent",
        NONE,
        "",
        Verdict.UNSOURCED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_words_that_do_not_bear_out_a_link(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)


def test_a_scope_that_points_back_links_nothing(tmp_path: Path) -> None:
    """ "Deaths rose in these categories" speaks of the groups listed before, not the total: a
    change said by its direction gets a question, one said by a bare verb no claim at all."""
    assert_case(
        tmp_path,
        Case(
            "in-these-categories",
            {"deaths.csv": DEATHS},
            "Road deaths edged up in 2023 in these categories: cyclists and walkers.",
            "Road deaths edged up in 2023 in these categories",
            NONE,
            "in these categories",
            Verdict.UNSOURCED,
        ),
    )
    article = (
        "Road deaths increased in 2023 compared to 2022 in these categories.\n\n"
        "Road deaths increased in 2023 compared to 2022.\n"
    )
    _, report = drafted_article(tmp_path, {"deaths.csv": DEATHS}, article)
    linked = [finding.quote for finding in report.claims if finding.sources]
    assert linked == ["Road deaths increased in 2023 compared to 2022"]
