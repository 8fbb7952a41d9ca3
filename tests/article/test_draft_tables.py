"""Drafting straight from table files: figures at the table's scale, rates at another base,
series claims, shares of a change, and the derived figures a draft declares.

The tables and sentences are written for these tests. Each case drafts an article against
its tables (as ``claimcheck draft ARTICLE --sources TABLE...`` does), checks the draft, and
asserts the references proposed, a fragment of the reason, and the verdict.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case, drafted

from claimcheck.article.drafting.compose import draft
from claimcheck.claimfile.loader import load, loads
from claimcheck.model import Verdict

JOBS = (
    "Summary table: establishment survey,,,\n"
    "Category,Jan 2025,Feb 2025,Mar 2025\n"
    "Payroll jobs over-the-month change (in thousands),151,117,312\n"
    "Average weekly hours,34.2,34.3,34.3\n"
)
MILES = 'Year,Road deaths,Change in miles driven (billion)\n2022,"4,120",\n2023,"4,410",210\n'
MILES_BY_YEAR = 'Year,Miles driven (billions)\n2022,"2,830"\n2023,"3,040"\n'
SPENDING = 'Year,Library spending (£m)\n2022,"3,450"\n2023,"3,720"\n'
EXCLUSIONS_PERCENT = "Year,Pupils excluded,Exclusion rate (%)\n2021,420,0.06\n2022,610,0.09\n"
EXCLUSIONS_PER_1000 = 'Year,"Exclusions per 1,000 pupils"\n2021,0.6\n2022,0.9\n'
EXCLUSIONS_PER_10000 = 'Year,"Exclusions per 10,000 pupils"\n2021,6\n2022,9\n'
FINES_BY_YEAR = 'Year,Parking fines issued\n2020,"2,980"\n2021,"3,815"\n2022,"4,321"\n'
FINES_SUMMARY = 'Measure,Number\nCouncils asked,120\nParking fines issued by all councils,"4,321"\n'
CRIME = (
    "Offence group,Year to March 2023,Year to March 2024\n"
    'Total recorded crime,900,"1,200"\n'
    "Burglary,100,200\n"
    "Vehicle theft,150,170\n"
)


CASES = [
    # a change in thousands, in a row that says it holds changes: the figure is the change
    Case(
        "thousands-in-a-row",
        {"jobs.csv": JOBS},
        "Employers added payroll jobs again. Payroll jobs grew by 312,000 in March.",
        "Payroll jobs grew by 312,000 in March",
        {"figure": "jobs.payroll_jobs_over_the_month_change_in_thousands[Mar 2025]"},
        "312,000 is",
        Verdict.SUPPORTED,
    ),
    # a change column in a by-year table, the sentence naming both years: a derived figure
    # that spans them, at the column's scale
    Case(
        "billions-spanning-two-years",
        {"roads.csv": MILES},
        "Drivers covered about 210 billion more miles in 2023 than in 2022.",
        "Drivers covered about 210 billion more miles in 2023 than in 2022",
        {"figure": "worked_out.change_in_miles_driven_billion_2022_to_2023"},
        "is the change from 2022 to 2023, both named: derived worked_out.",
        Verdict.SUPPORTED,
    ),
    # a year the change column does not span: the cell itself, and the check asks about it
    Case(
        "billions-other-year",
        {"roads.csv": MILES},
        "Drivers covered about 210 billion more miles in 2023 than in 2021.",
        "Drivers covered about 210 billion more miles in 2023 than in 2021",
        {"figure": "roads.change_in_miles_driven_billion[2023]"},
        "210 billion is roads.change_in_miles_driven_billion[2023]",
        Verdict.NEEDS_REVIEW,
    ),
    # a difference of two cells at the table's scale: the change between them
    Case(
        "billions-difference",
        {"roads.csv": MILES_BY_YEAR},
        "Miles driven rose by about 210 billion in 2023 compared with 2022.",
        "Miles driven rose by about 210 billion in 2023 compared with 2022",
        {"from": "roads.miles_driven_billions[2022]", "to": "roads.miles_driven_billions[2023]"},
        "change along roads.miles_driven_billions",
        Verdict.SUPPORTED,
    ),
    # money in millions against a sentence in billions: the same figures
    Case(
        "money-in-millions",
        {"libraries.csv": SPENDING},
        "Library spending rose to £3.72bn from £3.45bn.",
        "Library spending rose to £3.72bn from £3.45bn",
        {"from": "libraries.library_spending_m[2022]", "to": "libraries.library_spending_m[2023]"},
        "change along libraries.library_spending_m",
        Verdict.SUPPORTED,
    ),
    # a rate per 10,000 against a table in per cent: derived figures show the conversion
    Case(
        "per-10000-from-percent",
        {"schools.csv": EXCLUSIONS_PERCENT},
        "The exclusion rate was nine pupils per 10,000, up from six per 10,000 a year earlier.",
        "The exclusion rate was nine pupils per 10,000, up from six per 10,000 a year earlier",
        {
            "from": "worked_out.exclusion_rate_2021_per_10000",
            "to": "worked_out.exclusion_rate_2022_per_10000",
        },
        "is 0.09%, stated per 10,000: derived worked_out.exclusion_rate_2022_per_10000 = "
        "schools.exclusion_rate[2022] per 10,000",
        Verdict.SUPPORTED,
    ),
    # the second number of the clause takes the base the clause gives
    Case(
        "base-written-once",
        {"schools.csv": EXCLUSIONS_PERCENT},
        "The exclusion rate rose to nine pupils per 10,000 from six.",
        "The exclusion rate rose to nine pupils per 10,000 from six",
        {
            "from": "worked_out.exclusion_rate_2021_per_10000",
            "to": "worked_out.exclusion_rate_2022_per_10000",
        },
        "stated per 10,000",
        Verdict.SUPPORTED,
    ),
    # a rate per 1,000 against a sentence per 10,000
    Case(
        "per-10000-from-per-1000",
        {"schools.csv": EXCLUSIONS_PER_1000},
        "Exclusions reached nine per 10,000 pupils in 2022.",
        "Exclusions reached nine per 10,000 pupils in 2022",
        {"figure": "worked_out.exclusions_per_1_000_pupils_2022_per_10000"},
        "= schools.exclusions_per_1_000_pupils[2022] / 1,000 per 10,000",
        Verdict.SUPPORTED,
    ),
    # per 100 against a percentage: a plain rate per 100, the same number
    Case(
        "per-100-from-percent",
        {"schools.csv": "Year,Suspension rate (%)\n2021,4.1\n2022,4.3\n"},
        "The suspension rate was 4.3 per 100 pupils in 2022.",
        "The suspension rate was 4.3 per 100 pupils in 2022",
        {"figure": "worked_out.suspension_rate_2022_per_100"},
        "is 4.3%, stated per 100: derived",
        Verdict.SUPPORTED,
    ),
    # the same base: the cell itself
    Case(
        "same-base",
        {"schools.csv": EXCLUSIONS_PER_10000},
        "Exclusions reached nine per 10,000 pupils in 2022.",
        "Exclusions reached nine per 10,000 pupils in 2022",
        {"figure": "schools.exclusions_per_10_000_pupils[2022]"},
        "nine is schools.exclusions_per_10_000_pupils[2022]",
        Verdict.SUPPORTED,
    ),
    # a rate that is no figure at any base: nothing proposed
    Case(
        "rate-that-fits-nothing",
        {"schools.csv": EXCLUSIONS_PERCENT},
        "The exclusion rate was 12 pupils per 10,000 in 2022.",
        "The exclusion rate was 12 pupils per 10,000 in 2022",
        {},
        "",
        Verdict.UNSOURCED,
    ),
    # a record: the figure in the series of years, not the same value in a summary table
    Case(
        "record-in-its-series",
        {"by_year.csv": FINES_BY_YEAR, "summary.csv": FINES_SUMMARY},
        "Councils issued a record 4,321 parking fines last year.",
        "Councils issued a record 4,321 parking fines last year",
        {"figure": "by_year.parking_fines_issued[2022]"},
        "4,321 is by_year.parking_fines_issued[2022]",
        Verdict.SUPPORTED,
    ),
    # with no series claim the summary table's words decide
    Case(
        "no-record-summary-wins",
        {"by_year.csv": FINES_BY_YEAR, "summary.csv": FINES_SUMMARY},
        "All councils issued 4,321 parking fines.",
        "All councils issued 4,321 parking fines",
        {"figure": "summary.number[Parking fines issued by all councils]"},
        "4,321 is summary.number",
        Verdict.SUPPORTED,
    ),
    # a share of the change just spoken of: part and whole are derived differences
    Case(
        "share-of-the-rise",
        {"crime.csv": CRIME},
        "Recorded crime rose to 1,200 from 900. A third of the increase came from burglary.",
        "A third of the increase came from burglary",
        {
            "part": "worked_out.burglary_change_to_year_to_march_2024",
            "whole": "worked_out.total_recorded_crime_change_to_year_to_march_2024",
        },
        "derived worked_out.burglary_change_to_year_to_march_2024 = "
        "crime.burglary[Year to March 2024] - crime.burglary[Year to March 2023]",
        Verdict.SUPPORTED,
    ),
    # the share does not fit the line the words name: nothing proposed, and why
    Case(
        "share-that-does-not-fit",
        {"crime.csv": CRIME},
        "Recorded crime rose to 1,200 from 900. Half of the increase came from vehicle theft.",
        "Half of the increase came from vehicle theft",
        {},
        "but that share is 6.7%",
        Verdict.UNSOURCED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_drafting_from_tables(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)


def test_each_derived_figure_is_declared_once(tmp_path: Path) -> None:
    case = next(case for case in CASES if case.name == "per-10000-from-percent")
    text, _ = drafted(tmp_path, case)
    sources = text[: text.index("claims:")]
    assert sources.count("exclusion_rate_2022_per_10000:") == 1
    assert sources.count("worked_out:") == 1


def test_a_table_named_like_the_derived_source_keeps_its_name(tmp_path: Path) -> None:
    case = Case(
        "clash",
        {"worked_out.csv": EXCLUSIONS_PERCENT},
        "The exclusion rate was nine pupils per 10,000 in 2022.",
        "The exclusion rate was nine pupils per 10,000 in 2022",
        {"figure": "worked_out_2.exclusion_rate_2022_per_10000"},
        "= worked_out.exclusion_rate[2022] per 10,000",
        Verdict.SUPPORTED,
    )
    test_drafting_from_tables(tmp_path, case)


def test_sources_from_a_claim_file_get_a_note_not_a_derived_figure(tmp_path: Path) -> None:
    (tmp_path / "schools.csv").write_text(EXCLUSIONS_PERCENT, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  schools:\n    title: Exclusions\n    table: schools.csv\nclaims: []\n",
        encoding="utf-8",
    )
    text = draft(
        "The exclusion rate was nine pupils per 10,000 in 2022.",
        load(tmp_path / "sources.yaml"),
        output_dir=tmp_path,
    )
    assert "worked_out" not in text
    assert "declare a derived figure schools.exclusion_rate[2022] per 10,000" in text
    loads(text, str(tmp_path / "draft.yaml"), base_dir=tmp_path)  # loads: nothing dangling


def test_derived_names_of_two_tables_alike_carry_their_source(tmp_path: Path) -> None:
    case = Case(
        "twins",
        {"north.csv": EXCLUSIONS_PERCENT, "south.csv": EXCLUSIONS_PERCENT.replace("0.09", "0.11")},
        "In the north the exclusion rate was nine pupils per 10,000 in 2022.",
        "In the north the exclusion rate was nine pupils per 10,000 in 2022",
        {"figure": "worked_out.north_exclusion_rate_2022_per_10000"},
        "= north.exclusion_rate[2022] per 10,000",
        Verdict.SUPPORTED,
    )
    test_drafting_from_tables(tmp_path, case)


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("a record 4,321 fines", True),
        ("an all-time high of 870 notices", True),
        ("the highest level for a decade", True),
        ("the lowest in 10 years", True),
        ("the lowest since 1977", True),
        ("the highest on record", True),
        # a rank among categories, a verb: no place in time
        ("the most common offence", False),
        ("the force recorded 500 crimes", False),
    ],
)
def test_which_statements_place_a_figure_in_time(text: str, series: bool) -> None:
    from claimcheck.article.drafting.link_values import series_claim

    assert series_claim(text) is series
