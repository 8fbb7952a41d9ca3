"""A change with one end stated, the other implied (issue 12).

- a level reached after a direction word ("climbed to 2.46") on a row that gives one measure
  in two period columns ("Visit rate 2022", "Visit rate 2023") runs from the period before;
- a base stated alone ("up from 2.31 in 2022", "higher than the previous spring when it was
  2.05", "higher than the spring 2021 rate of 1.84") runs from the base to the level the
  statements before stated, or to the latest period when none was stated;
- a change with no level ("rose by nearly 9 per cent", "were up by a third") runs along the one
  line its words say in full, the exact one of a figure published in two tables.

The sentences and the small tables are written for these tests. Each case drafts the article
against its tables, checks the draft and compares every claim: its quote, its references (a
sorted list of role and reference) and its verdict.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import by_quote_listed, drafted_article

from claimcheck.article.drafting.link_table import period_of
from claimcheck.article.drafting.measure_lines import measure_spots
from claimcheck.article.drafting.stated import stated
from claimcheck.article.scan import scan

CLINICS = (
    "Area,Visits 2022,Visits 2023,Percent change in visits (%),"
    "Visit rate per 1000 residents 2022,Visit rate per 1000 residents 2023\n"
    'All areas,"48,210","51,930",7.7,2.31,2.46\n'
)
ONE_YEAR = 'Area,Visits 2023,Visit rate per 1000 residents 2023\nAll areas,"51,930",2.46\n'
LOANS = (
    "Measure,Spring 2021,Spring 2022,Spring 2023\n"
    "Loan rate,1.84,2.05,2.92\n"
    "Loans issued,1500,1610,1720\n"
)
BRANCHES = "Branch,2022,2023\nEastgate,3250,3410\nWestgate,2100,1990\n"
ROUNDED = (
    "Headline figures (rounded)\n"
    "Indicator,Winter 2022/23,Winter 2023/24\n"
    'Stops,"41,600","45,300"\n'
    'Arrests,"2,700","3,600"\n'
)
EXACT = (
    "Indicator,Winter 2022/23,Winter 2023/24\n"
    'Number of stops,"41,612","45,288"\n'
    "Stop rate,2.10,2.29\n"
    'Number of arrests,"2,711","3,604"\n'
    "Arrest rate,0.12,0.15\n"
)
STOPS = {"rounded.csv": ROUNDED, "exact.csv": EXACT}
DEFAULTS = "Year,Default rate\n2021,0.10\n2022,0.16\n2023,0.22\n"

CLINIC_RATE = "clinics.all_areas[Visit rate per 1000 residents {}]"

# name, tables, article, {quote: (references, verdict)}
CASES = [
    # 1. a level after a direction word, on a row of one measure in two period columns
    (
        "level-on-a-row-of-two-measures",
        {"clinics.csv": CLINICS},
        "The visit rate for 2023 climbed to 2.46 per 1,000 residents.",
        {
            "The visit rate for 2023 climbed to 2.46 per 1,000 residents": (
                [("from", CLINIC_RATE.format(2022)), ("to", CLINIC_RATE.format(2023))],
                "supported",
            )
        },
    ),
    # with no earlier period the level stays one figure, and the rise needs review
    (
        "level-with-no-earlier-period",
        {"clinics.csv": ONE_YEAR},
        "The visit rate for 2023 climbed to 2.46 per 1,000 residents.",
        {
            "The visit rate for 2023 climbed to 2.46 per 1,000 residents": (
                [("figure", CLINIC_RATE.format(2023))],
                "needs_review",
            )
        },
    ),
    # 2. the base alone, in the next sentence: "up from" the figure of 2022
    (
        "base-up-from-in-the-next-sentence",
        {"clinics.csv": CLINICS},
        "The visit rate climbed to 2.46 per 1,000 residents. That is up from 2.31 in 2022.",
        {
            "The visit rate climbed to 2.46 per 1,000 residents": (
                [("from", CLINIC_RATE.format(2022)), ("to", CLINIC_RATE.format(2023))],
                "supported",
            ),
            "That is up from 2.31 in 2022": (
                [("from", CLINIC_RATE.format(2022)), ("to", CLINIC_RATE.format(2023))],
                "supported",
            ),
        },
    ),
    # the next sentence bases the rise on another period: the level runs from that base
    (
        "level-based-by-the-next-sentence",
        {"loans.csv": LOANS},
        "The loan rate rose to 2.92 in spring 2023. That is up from 1.84 in spring 2021.",
        {
            "The loan rate rose to 2.92 in spring 2023": (
                [("from", "loans.loan_rate[Spring 2021]"), ("to", "loans.loan_rate[Spring 2023]")],
                "supported",
            ),
            "That is up from 1.84 in spring 2021": (
                [("from", "loans.loan_rate[Spring 2021]"), ("to", "loans.loan_rate[Spring 2023]")],
                "supported",
            ),
        },
    ),
    # "up from" runs to the level stated before, not to the latest period of the line
    (
        "base-up-to-an-earlier-level",
        {"loans.csv": LOANS},
        "The loan rate rose to 2.05 in spring 2022. That is up from 1.84 a year before.",
        {
            "The loan rate rose to 2.05 in spring 2022": (
                [("from", "loans.loan_rate[Spring 2021]"), ("to", "loans.loan_rate[Spring 2022]")],
                "supported",
            ),
            "That is up from 1.84 a year before": (
                [("from", "loans.loan_rate[Spring 2021]"), ("to", "loans.loan_rate[Spring 2022]")],
                "supported",
            ),
        },
    ),
    # "higher than ... when it was" and "higher than the ... rate of": to the level before
    (
        "bases-after-higher-than",
        {"loans.csv": LOANS},
        "The loan rate was 2.92 in spring 2023. This is higher than the previous spring when it "
        "was 2.05, and higher than the spring 2021 rate of 1.84.",
        {
            "The loan rate was 2.92 in spring 2023": (
                [("figure", "loans.loan_rate[Spring 2023]")],
                "supported",
            ),
            "This is higher than the previous spring when it was 2.05": (
                [("from", "loans.loan_rate[Spring 2022]"), ("to", "loans.loan_rate[Spring 2023]")],
                "supported",
            ),
            "higher than the spring 2021 rate of 1.84": (
                [("from", "loans.loan_rate[Spring 2021]"), ("to", "loans.loan_rate[Spring 2023]")],
                "supported",
            ),
        },
    ),
    # the level stated before is on another line (another branch): nothing is joined
    (
        "base-of-another-line",
        {"branches.csv": BRANCHES},
        "Eastgate issued 3,410 loans in 2023. That is far more than Westgate, which issued "
        "2,100 the year before.",
        {
            "Eastgate issued 3,410 loans in 2023": (
                [("figure", "branches.eastgate[2023]")],
                "supported",
            ),
            "That is far more than Westgate, which issued 2,100 the year before": (
                [("figure", "branches.westgate[2022]")],
                "supported",
            ),
        },
    ),
    # the words say the level is lower than the base, the figures that it is higher: the base
    # stays a figure of its own
    (
        "base-against-the-figures",
        {"loans.csv": LOANS},
        "The loan rate was 2.92 in spring 2023. This is lower than the spring 2022 rate of 2.05.",
        {
            "The loan rate was 2.92 in spring 2023": (
                [("figure", "loans.loan_rate[Spring 2023]")],
                "supported",
            ),
            "This is lower than the spring 2022 rate of 2.05": (
                [("figure", "loans.loan_rate[Spring 2022]")],
                "supported",
            ),
        },
    ),
    # a qualifier ("more than 1,500") is no base
    (
        "more-than-is-no-base",
        {"loans.csv": LOANS},
        "Loans issued were more than 1,600 in spring 2022.",
        {
            "Loans issued were more than 1,600 in spring 2022": (
                [("figure", "loans.loans_issued[Spring 2022]")],
                "supported",
            )
        },
    ),
    # a base with no level stated before: to the latest period of its line
    (
        "base-with-no-level-before",
        {"loans.csv": LOANS},
        "Loans issued are higher than in spring 2021, when there were 1,500.",
        {
            "Loans issued are higher than in spring 2021, when there were 1,500": (
                [
                    ("from", "loans.loans_issued[Spring 2021]"),
                    ("to", "loans.loans_issued[Spring 2023]"),
                ],
                "supported",
            )
        },
    ),
    # a base no word names, after "This": on the line of the level before
    (
        "base-on-the-line-of-the-level-before",
        {"defaults.csv": DEFAULTS},
        "The default rate was 0.22 in 2023. This is a 38% increase on the year before (0.16).",
        {
            "The default rate was 0.22 in 2023": (
                [("figure", "defaults.default_rate[2023]")],
                "supported",
            ),
            "This is a 38% increase on the year before (0.16)": (
                [("from", "defaults.default_rate[2022]"), ("to", "defaults.default_rate[2023]")],
                "supported",
            ),
        },
    ),
    # a change stated with the base that does not fit: nothing is joined
    (
        "base-with-a-change-that-does-not-fit",
        {"defaults.csv": DEFAULTS},
        "The default rate was 0.22 in 2023. This is a 12% increase on the year before (0.16).",
        {
            "The default rate was 0.22 in 2023": (
                [("figure", "defaults.default_rate[2023]")],
                "supported",
            ),
            "This is a 12% increase on the year before (0.16)": ([], "unsourced"),
        },
    ),
    # 3. a change with no level: the line said in full, the exact one of two tables
    (
        "change-said-of-one-figure-in-two-tables",
        STOPS,
        "Stops rose by nearly 9 per cent in a year.",
        {
            "Stops rose by nearly 9 per cent in a year": (
                [
                    ("from", "exact.number_of_stops[Winter 2022/23]"),
                    ("to", "exact.number_of_stops[Winter 2023/24]"),
                ],
                "supported",
            )
        },
    ),
    # "arrests" names the count, not the rate (whose change is the one stated): contradicted
    (
        "change-said-of-a-count-not-its-rate",
        STOPS,
        "Arrests were up by a quarter.",
        {
            "Arrests were up by a quarter": (
                [
                    ("from", "exact.number_of_arrests[Winter 2022/23]"),
                    ("to", "exact.number_of_arrests[Winter 2023/24]"),
                ],
                "contradicted",
            )
        },
    ),
    # an amount said against the previous term, of the line the sentence names
    (
        "amount-against-the-previous-period",
        STOPS,
        "There were 45,300 stops this winter. This was an increase of 3,700 compared to the "
        "previous winter.",
        {
            "There were 45,300 stops this winter": (
                [("figure", "rounded.stops[Winter 2023/24]")],
                "supported",
            ),
            "This was an increase of 3,700 compared to the previous winter": (
                [
                    ("from", "exact.number_of_stops[Winter 2022/23]"),
                    ("to", "exact.number_of_stops[Winter 2023/24]"),
                ],
                "supported",
            ),
        },
    ),
]


@pytest.mark.parametrize(
    ("name", "tables", "article", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_bases(
    name: str,
    tables: dict[str, str],
    article: str,
    expected: dict[str, tuple[list[tuple[str, str]], str]],
    tmp_path: Path,
) -> None:
    text, report = drafted_article(tmp_path, tables, article)
    found = by_quote_listed(report)
    assert found == expected, text


# text, the number, whether a draft states it as a statistic
TIMES = [
    ("The rate is up from 1.08 in 2014.", "1.08", True),
    ("The office is open from 9.30 to 17.00 on weekdays.", "9.30", False),
    ("The meeting starts at 10.15 in the hall.", "10.15", False),
]


@pytest.mark.parametrize(("text", "number", "expected"), TIMES, ids=[t[0] for t in TIMES])
def test_a_base_after_from_is_no_clock_time(text: str, number: str, expected: bool) -> None:
    (mention,) = [m for m in scan(text) if m.text == number]
    assert stated(text, mention) is expected


# column titles, the titles read as one measure in time (title: measure, order)
MEASURES = [
    (
        ["Deaths 2022", "Deaths 2023", "Percent change", "Death rate 2022", "Death rate 2023"],
        {
            "Deaths 2022": ("deaths", 0),
            "Deaths 2023": ("deaths", 1),
            "Death rate 2022": ("death rate", 0),
            "Death rate 2023": ("death rate", 1),
        },
    ),
    # a measure named in one period only stays a figure of its own
    (["Exclusions 2023", "Exclusion rate 2023 (%)"], {}),
    # two titles of one measure in one period are no line
    (["Visits 2023", "Visits, 2023", "Visits 2022"], {}),
    # listed newest first, read in time
    (
        ["Stops 2023", "Stops 2021", "Stops 2022", "Arrests 2023"],
        {"Stops 2021": ("stops", 0), "Stops 2022": ("stops", 1), "Stops 2023": ("stops", 2)},
    ),
]


@pytest.mark.parametrize(("titles", "expected"), MEASURES, ids=[m[0][0] for m in MEASURES])
def test_one_measure_in_several_periods_is_a_line(
    titles: list[str], expected: dict[str, tuple[str, int]]
) -> None:
    spots = measure_spots(titles, lambda title: _year(title))
    assert {title: (spot.measure, spot.order) for title, spot in spots.items()} == expected


def _year(title: str) -> tuple[int, int] | None:
    period = period_of(title)
    return None if period is None or not period.years else (max(period.years), 0)
