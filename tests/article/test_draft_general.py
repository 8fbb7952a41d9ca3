"""Drafting rules that hold for any release table, not only the development articles: change
tables marked in a title or header, published percentage changes by category, revisions, the
row the words name when no value fits, the subject carried from the clause before, academic
years, and comparisons of two groups.

The tables and sentences are written for these tests. Each case drafts an article against its
tables, checks the draft, and asserts the references, a fragment of the reason and the verdict.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case

from claimcheck.model import Verdict

# A wide table whose title row says every cell is a change over the month.
BY_INDUSTRY = (
    "Employment by industry: over-the-month change (in thousands)\n"
    "Industry,Jan 2025,Feb 2025,Mar 2025\n"
    "Total nonfarm,151,117,228\n"
    "Construction,12,9,16\n"
    "Retail trade,-3,20.8,11\n"
    "Mining,2,-1,-4\n"
)
# A long table whose column header says its cells are changes.
NET_CHANGE = "Month,Net change in payrolls (thousands)\nJan 2025,151\nFeb 2025,117\nMar 2025,228\n"
# Published percentage changes by category, with a reduction written as a negative number.
BY_ROAD_USER = (
    "Road user,% change 2018-2019\n"
    "Drivers,1\n"
    "Passengers,-4\n"
    "Pedestrians,3\n"
    "Pedalcyclists,-1\n"
    "Motorcyclists,-6\n"
)
REVISIONS = (
    "Payroll revisions: over-the-month change (in thousands)\n"
    "Month,As previously published,As revised\n"
    "Jul. 2021,112,96\n"
    "Aug. 2021,158,181\n"
    "Sept. 2021,137,166\n"
)
REVISIONS_NET = (
    "Month,As first published,As revised,Net revision\nJul. 2021,112,96,-16\nAug. 2021,158,181,23\n"
)
CRIMES = 'Year,Crimes recorded\n2019,"19,870"\n2020,"21,540"\n2021,"27,925"\n'
BIRTHS = 'Year,Live births\n2020,"612,480"\n2021,"598,330"\n2022,"579,190"\n'
NOTICES = "Year,Notices issued\n2019,140\n2020,210\n2021,310\n"
PENALTIES = "Year,Parking tickets\n2019,140\n2020,210\n2021,310\n"
EXCLUSIONS = (
    "Academic year,Permanent exclusions,Permanent exclusion rate (%)\n"
    '2014/15,"4,310",0.05\n2015/16,"4,960",0.06\n2016/17,"5,705",0.07\n'
)
POPULATION = 'Population change, 2011 to 2021\nArea,2011,2021\nNorthshire,"55,000","60,000"\n'
BY_GROUP = "Pupil group,Exclusion rate (%)\nAll pupils,0.10\nBlack Caribbean,0.28\nChinese,0.01\n"
# A title that says "change" over a table whose own columns say which cells are changes.
LEVELS_AND_CHANGE = (
    "Arrests by force: numbers and change on previous year\n"
    "Force,2023,2024,% change\n"
    "Northshire,400,440,10\n"
    "Southshire,300,270,-10\n"
)

CASES = [
    # class 1: a title row says the cells are changes: "added 16,000" is the cell itself
    Case(
        "change-in-a-title-row",
        {"jobs.csv": BY_INDUSTRY},
        "Construction firms added 16,000 jobs in March.",
        "Construction firms added 16,000 jobs in March",
        {"figure": "jobs.construction[Mar 2025]"},
        "16,000 is jobs.construction[Mar 2025]",
        Verdict.SUPPORTED,
    ),
    # two changes on one line are two figures, not a change between them
    Case(
        "two-changes-on-a-line",
        {"jobs.csv": BY_INDUSTRY},
        "Construction added 16,000 jobs in March after 9,000 in February.",
        "Construction added 16,000 jobs in March after 9,000 in February",
        {"figure": "jobs.construction[Mar 2025]"},
        "16,000 is jobs.construction[Mar 2025]",
        None,
    ),
    # ... unless the sentence sets one against the other with "to" and "from"
    Case(
        "a-change-slowed-to-from",
        {"jobs.csv": BY_INDUSTRY},
        "Hiring in construction slowed to 9,000 in February from 12,000 in January.",
        "Hiring in construction slowed to 9,000 in February from 12,000 in January",
        {"from": "jobs.construction[Jan 2025]", "to": "jobs.construction[Feb 2025]"},
        "change along jobs.construction",
        None,
    ),
    Case(
        "rose-without-by-in-a-title-row",
        {"jobs.csv": BY_INDUSTRY},
        "Total nonfarm payrolls rose 228,000 in March.",
        "Total nonfarm payrolls rose 228,000 in March",
        {"figure": "jobs.total_nonfarm[Mar 2025]"},
        "228,000 is jobs.total_nonfarm[Mar 2025]",
        Verdict.SUPPORTED,
    ),
    Case(
        "change-in-a-column-header",
        {"payrolls.csv": NET_CHANGE},
        "Payrolls grew 117,000 in February.",
        "Payrolls grew 117,000 in February",
        {"figure": "payrolls.net_change_in_payrolls_thousands[Feb 2025]"},
        "117,000 is",
        Verdict.SUPPORTED,
    ),
    # the title's "change" speaks of the change column: the year columns stay levels
    Case(
        "title-change-with-a-change-column",
        {"arrests.csv": LEVELS_AND_CHANGE},
        "In Northshire arrests rose to 440 in 2024.",
        "In Northshire arrests rose to 440 in 2024",
        {"from": "arrests.northshire[2023]", "to": "arrests.northshire[2024]"},
        "change along arrests.northshire",
        Verdict.SUPPORTED,
    ),
    # ... and so does a column in per cent among columns of counts
    Case(
        "title-change-with-a-percent-column",
        {"arrests.csv": LEVELS_AND_CHANGE.replace("% change", "%")},
        "Northshire made 440 arrests in 2024.",
        "Northshire made 440 arrests in 2024",
        {"figure": "arrests.northshire[2024]"},
        "440 is arrests.northshire[2024]",
        Verdict.SUPPORTED,
    ),
    # a title naming a span of years speaks of the change between the columns
    Case(
        "title-change-over-a-span",
        {"people.csv": POPULATION},
        "The population of Northshire rose to 60,000 in 2021.",
        "The population of Northshire rose to 60,000 in 2021",
        {"from": "people.northshire[2011]", "to": "people.northshire[2021]"},
        "change along people.northshire",
        Verdict.SUPPORTED,
    ),
    # class 2: a published percentage change, the sign agreeing with the direction word
    Case(
        "reduction-is-negative",
        {"roads.csv": BY_ROAD_USER},
        "Passenger deaths saw a 4% reduction.",
        "Passenger deaths saw a 4% reduction",
        {"figure": "roads.passengers[% change 2018-2019]"},
        "4% is roads.passengers[% change 2018-2019]",
        Verdict.SUPPORTED,
    ),
    Case(
        "newsroom-word-for-the-row",
        {"roads.csv": BY_ROAD_USER},
        "Deaths of cyclists fell by 1%.",
        "Deaths of cyclists fell by 1%",
        {"figure": "roads.pedalcyclists[% change 2018-2019]"},
        "1% is roads.pedalcyclists[% change 2018-2019]",
        Verdict.SUPPORTED,
    ),
    # a fall of 1% never links to a row of +1: the row the words name, which the check refutes
    Case(
        "reduction-never-a-rise",
        {"roads.csv": BY_ROAD_USER},
        "Driver deaths fell by 1%.",
        "Driver deaths fell by 1%",
        {"figure": "roads.drivers[% change 2018-2019]"},
        "but no figure has the stated value",
        None,
    ),
    # a rise said of a row that fell: the named row, which the check refutes
    Case(
        "rise-said-of-a-fall",
        {"roads.csv": BY_ROAD_USER},
        "Passenger deaths rose 4%.",
        "Passenger deaths rose 4%",
        {"figure": "roads.passengers[% change 2018-2019]"},
        "but no figure has the stated value",
        Verdict.CONTRADICTED,
    ),
    # class 3: a revision is the same month in the two columns
    Case(
        "revised-across-two-columns",
        {"revisions.csv": REVISIONS},
        "August was revised upward 23,000 to 181,000.",
        "August was revised upward 23,000 to 181,000",
        {
            "from": "revisions.as_previously_published[Aug. 2021]",
            "to": "revisions.as_revised[Aug. 2021]",
        },
        "revised",
        Verdict.SUPPORTED,
    ),
    # a net revision column is neither estimate: the pair is still the two estimates
    Case(
        "revised-beside-a-net-revision",
        {"revisions.csv": REVISIONS_NET},
        "August was revised upward 23 to 181.",
        "August was revised upward 23 to 181",
        {
            "from": "revisions.as_first_published[Aug. 2021]",
            "to": "revisions.as_revised[Aug. 2021]",
        },
        "a revision:",
        None,
    ),
    # no number fits: the one pair of the month the clause names
    Case(
        "revised-by-a-change-alone",
        {"revisions.csv": REVISIONS},
        "The figure for September was revised up by 29,000.",
        "The figure for September was revised up by 29,000",
        {
            "from": "revisions.as_previously_published[Sept. 2021]",
            "to": "revisions.as_revised[Sept. 2021]",
        },
        "a revision: revisions.as_previously_published[Sept. 2021] as first published",
        None,
    ),
    # class 4: the words single out one row in the period named; no cell has the value
    Case(
        "meaning-outranks-value",
        {"jobs.csv": BY_INDUSTRY},
        "Retail trade added 5,000 jobs in March.",
        "Retail trade added 5,000 jobs in March",
        {"figure": "jobs.retail_trade[Mar 2025]"},
        "but no figure has the stated value",
        Verdict.CONTRADICTED,
    ),
    # a level of another value is another count, not a slip: nothing proposed
    Case(
        "a-level-of-another-value",
        {"crimes.csv": CRIMES},
        "Officers recorded 510 crimes during the operation.",
        "Officers recorded 510 crimes during the operation",
        {},
        "",
        Verdict.UNSOURCED,
    ),
    Case(
        "nothing-named-nothing-proposed",
        {"jobs.csv": BY_INDUSTRY},
        "The museum added 5,000 visitors in March.",
        "The museum added 5,000 visitors in March",
        {},
        "",
        Verdict.UNSOURCED,
    ),
    # class 5: the change of the number the clause before linked
    Case(
        "rise-after-a-level",
        {"crimes.csv": CRIMES},
        "In 2021 there were 27,925 crimes recorded, a rise of 6,385.",
        "In 2021 there were 27,925 crimes recorded, a rise of 6,385",
        {"from": "crimes.crimes_recorded[2020]", "to": "crimes.crimes_recorded[2021]"},
        "change along crimes.crimes_recorded",
        Verdict.SUPPORTED,
    ),
    # the stated rise is the one to the period after the number: that pair
    Case(
        "rise-to-the-period-after",
        {"crimes.csv": CRIMES},
        "In 2020 there were 21,540 crimes recorded, a rise of 6,385 the year after.",
        "In 2020 there were 21,540 crimes recorded, a rise of 6,385 the year after",
        {"from": "crimes.crimes_recorded[2020]", "to": "crimes.crimes_recorded[2021]"},
        "change along crimes.crimes_recorded",
        None,
    ),
    # two numbers on the line before it: the change between them
    Case(
        "rise-between-two-levels",
        {"crimes.csv": CRIMES},
        "Crimes recorded went from 21,540 in 2020 to 27,925 in 2021, a rise of 6,385.",
        "Crimes recorded went from 21,540 in 2020 to 27,925 in 2021, a rise of 6,385",
        {"from": "crimes.crimes_recorded[2020]", "to": "crimes.crimes_recorded[2021]"},
        "change along crimes.crimes_recorded",
        None,
    ),
    Case(
        "decrease-since-a-year",
        {"births.csv": BIRTHS},
        "There were 579,190 live births in 2022, a decrease of 3.2% since 2021.",
        "There were 579,190 live births in 2022, a decrease of 3.2% since 2021",
        {"from": "births.live_births[2021]", "to": "births.live_births[2022]"},
        "change along births.live_births",
        Verdict.SUPPORTED,
    ),
    Case(
        "multiple-of-the-figure-before",
        {"notices.csv": NOTICES},
        "Councils issued 310 notices in 2021. That was more than double the 140 issued in 2019.",
        "That was more than double the 140 issued in 2019",
        {"from": "notices.notices_issued[2019]", "to": "notices.notices_issued[2021]"},
        "change along notices.notices_issued",
        Verdict.SUPPORTED,
    ),
    # no word of its own names the earlier figure: the line the sentence before spoke of,
    # in the period the clause names
    Case(
        "multiple-on-the-thread",
        {"penalties.csv": PENALTIES},
        "Wardens handed out 310 parking tickets in 2021. That is more than double the 140 "
        "given in 2019.",
        "That is more than double the 140 given in 2019",
        {"from": "penalties.parking_tickets[2019]", "to": "penalties.parking_tickets[2021]"},
        "change along penalties.parking_tickets",
        Verdict.SUPPORTED,
    ),
    # ... and so is the line of a sentence before with no number of its own
    Case(
        "a-count-after-a-numberless-sentence",
        {"penalties.csv": PENALTIES},
        "Parking tickets handed out by wardens rose in the latest figures. Some 310 were handed "
        "out in 2021.",
        "Some 310 were handed out in 2021",
        {"figure": "penalties.parking_tickets[2021]"},
        "",
        Verdict.SUPPORTED,
    ),
    # class 6: academic years written with a dash match labels with a slash
    Case(
        "academic-years",
        {"exclusions.csv": EXCLUSIONS},
        "Permanent exclusions rose by 15% between 2015-16 and 2016-17.",
        "Permanent exclusions rose by 15% between 2015-16 and 2016-17",
        {
            "from": "exclusions.permanent_exclusions[2015/16]",
            "to": "exclusions.permanent_exclusions[2016/17]",
        },
        "change along exclusions.permanent_exclusions",
        Verdict.SUPPORTED,
    ),
    Case(
        "academic-years-written-short",
        {"exclusions.csv": EXCLUSIONS},
        "Permanent exclusions went up from 4,960 in 2015-6 to 5,705 in 2016-7.",
        "Permanent exclusions went up from 4,960 in 2015-6 to 5,705 in 2016-7",
        {
            "from": "exclusions.permanent_exclusions[2015/16]",
            "to": "exclusions.permanent_exclusions[2016/17]",
        },
        "change along exclusions.permanent_exclusions",
        Verdict.SUPPORTED,
    ),
    # "more than" before a multiple is its qualifier, not a comparison of groups
    Case(
        "more-than-tripled-is-no-comparison",
        {"notices.csv": "Year,Notices issued\n2017,130\n2018,290\n"},
        "Notices issued more than doubled last year.",
        "Notices issued more than doubled last year",
        {"from": "notices.notices_issued[2017]", "to": "notices.notices_issued[2018]"},
        "change along notices.notices_issued",
        Verdict.SUPPORTED,
    ),
    # class 7: a multiple comparing a group with the whole needs both lines named
    Case(
        "two-groups-not-in-the-table",
        {"exclusions.csv": EXCLUSIONS},
        "Boarding pupils have a suspension rate four times higher than the pupil population.",
        "Boarding pupils have a suspension rate four times higher than the pupil population",
        {},
        "",
        Verdict.UNSOURCED,
    ),
    # two groups both named: from the group after "than" to the one before it
    Case(
        "two-groups-both-named",
        {"groups.csv": BY_GROUP},
        "Black Caribbean pupils had an exclusion rate nearly three times higher than all pupils.",
        "Black Caribbean pupils had an exclusion rate nearly three times higher than all pupils",
        {
            "from": "groups.exclusion_rate[All pupils]",
            "to": "groups.exclusion_rate[Black Caribbean]",
        },
        "two groups the words name",
        Verdict.SUPPORTED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_general_rules(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)


@pytest.mark.parametrize(
    ("text", "at", "sign"),
    [
        ("saw a 4% reduction", 6, -1),
        ("rose 16,000", 5, 1),
        ("added 20,000 jobs", 6, 1),
        ("lost 4,000 jobs", 5, -1),
        # the nearest direction word speaks for the number
        ("drivers rose 2% while passengers fell 4%", 38, -1),
        # "more than" is a qualifier, not a direction
        ("more than 4%", 10, 0),
    ],
)
def test_the_direction_of_a_stated_change(text: str, at: int, sign: int) -> None:
    from claimcheck.article.drafting.link_moves import direction

    assert direction(text, at) == sign


@pytest.mark.parametrize(
    ("written", "label", "named"),
    [
        ("2015-6", "2015/16", True),
        ("2015-16", "2015/16", True),
        ("2015–16", "2015/16", True),
        ("between 2017-8 and 2018-9", "2016/17", False),
        ("between 2017-8 and 2018-9", "2018/19", True),
        ("in 2016", "2015/16", True),
        ("1999-00", "1999/2000", True),
    ],
)
def test_academic_years_name_their_span(written: str, label: str, named: bool) -> None:
    from claimcheck.article.drafting.link_table import period_of

    stated, span = period_of(written), period_of(label)
    assert stated is not None
    assert span is not None
    assert span.names(stated.years) is named
