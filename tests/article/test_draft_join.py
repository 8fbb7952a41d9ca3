"""A level and its change said together are one statement, one claim (issue 12), and the cuts
that end a statement where another begins.

The sentences and the small tables are written for these tests. Each case drafts the article
against its tables, checks the draft and compares every claim: its quote, its references (a
sorted list of role and reference, since ``figures`` lists two) and its verdict.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, by_quote_listed, drafted, drafted_article

from claimcheck.article.drafting.join_change import NO_CHANGE_WORDS, opens_without_subject
from claimcheck.article.scan import scan

ROADS = "Road user,2022,2023,Percent change\nWalkers,385,390,1.3\nRiders,425,412,-3.1\n"
COMPLAINTS = "Year,Complaints\n2021,6610\n2022,6850\n2023,7090\n"
FINES = "Kind,2022,2023\nParking fines,1250,1350\nBus lane fines,800,790\n"
ARREARS = "Year,Households in arrears (thousands)\n2022,2560\n2023,2490\n2024,2400\n"
STOPS = "Year,Stops\n2019,43000\n2020,42200\n2021,41300\n"
CLAIMANTS = "Month,Claimants (thousands)\nMar 2023,1510\nFeb 2024,1455\nMar 2024,1480\n"
THEFTS_CHANGE = "Offence,2023,Change on year (%)\nTheft,4120,6.0\nRobbery,950,5.6\n"
THEFTS_NET = "Offence,2023,Net change\nTheft,4120,233\nRobbery,950,50\n"
FERRIES = (
    "Thousands\nRoute,2023,2024,Change 2023 to 2024\n"
    "Ferry crossings,[x],410,-60\nRail crossings,[x],220,15\n"
)
THEFTS_ONLY = "Offence,2023\nTheft,4120\nRobbery,950\n"
THEFTS = "Offence,2022,2023\nTheft,3887,4120\nRobbery,1000,950\n"
MARRIAGE = "Year,Mean age at marriage\n2016,33.4\n2018,33.6\n2020,33.4\n"
RATE = "Year,Vacancy rate (%)\n2023,4.1\n2024,4.1\n"
QUARTERS = "Quarter,Vacancy rate (%)\nQ2 2023,3.9\nQ1 2024,4.1\nQ2 2024,4.2\n"
WORKERS = (
    "Measure,Apr-Jun 2023,Jan-Mar 2024,Apr-Jun 2024\n"
    "Vacancy rate (%),3.9,4.1,4.2\n"
    "People in work (thousands),33000,33100,33200\n"
)
CLAIMS = "Year,Claimants (millions)\n2023,1.4\n2024,1.5\n"
TOWNS = "Town,2022,2023\nNorthby,3000,3180\nSouthby,2000,1900\n"
MEDIAN = "Year,Median age\n1975,26.4\n2019,31.2\n2020,31.2\n"

# name, tables, article, {quote: (references, verdict)}
CASES = [
    # 1. a level and its change on one line: from the earlier period to the level
    ("level-in-parenthesis-then-change", {"roads.csv": ROADS},
     "Rider deaths (412 fatalities) fell 3.1 percent last year.",
     {"Rider deaths (412 fatalities) fell 3.1 percent last year": (
         [("from", "roads.riders[2022]"), ("to", "roads.riders[2023]")], "supported")}),
    ("change-in-apposition", {"complaints.csv": COMPLAINTS},
     "Inspectors logged 7,090 complaints, a 3.5 percent rise.",
     {"Inspectors logged 7,090 complaints, a 3.5 percent rise": (
         [("from", "complaints.complaints[2022]"), ("to", "complaints.complaints[2023]")],
         "supported")}),
    ("more-than-is-no-rise", {"roads.csv": ROADS},
     "Rider deaths were 412, down more than 3% on the year.",
     {"Rider deaths were 412, down more than 3% on the year": (
         [("from", "roads.riders[2022]"), ("to", "roads.riders[2023]")], "supported")}),
    ("change-then-level", {"fines.csv": FINES},
     "Parking fines went up 8% to 1,350.",
     {"Parking fines went up 8% to 1,350": (
         [("from", "fines.parking_fines[2022]"), ("to", "fines.parking_fines[2023]")],
         "supported")}),
    ("amount-on-the-year", {"arrears.csv": ARREARS},
     "Some 2.4 million households were in arrears, down 90,000 on the year.",
     {"Some 2.4 million households were in arrears, down 90,000 on the year": (
         [("from", "arrears.households_in_arrears_thousands[2023]"),
          ("to", "arrears.households_in_arrears_thousands[2024]")], "supported")}),
    ("amount-than-a-named-year", {"stops.csv": STOPS},
     "There were 41,300 stops, 1,700 fewer than in 2019.",
     {"There were 41,300 stops, 1,700 fewer than in 2019": (
         [("from", "stops.stops[2019]"), ("to", "stops.stops[2021]")], "supported")}),
    ("on-the-year-on-a-line-of-months", {"claimants.csv": CLAIMANTS},
     "The claimant count stood at 1.48 million in March, down 30,000 on the year.",
     {"The claimant count stood at 1.48 million in March, down 30,000 on the year": (
         [("from", "claimants.claimants_thousands[Mar 2023]"),
          ("to", "claimants.claimants_thousands[Mar 2024]")], "supported")}),
    ("points-on-the-year-on-a-line-of-quarters", {"quarters.csv": QUARTERS},
     "The vacancy rate was 4.2%, up 0.3 percentage points on the year.",
     {"The vacancy rate was 4.2%, up 0.3 percentage points on the year": (
         [("from", "quarters.vacancy_rate[Q2 2023]"), ("to", "quarters.vacancy_rate[Q2 2024]")],
         "supported")}),
    ("points-on-the-quarter", {"quarters.csv": QUARTERS},
     "The vacancy rate was 4.2%, up 0.1 points on the quarter.",
     {"The vacancy rate was 4.2%, up 0.1 points on the quarter": (
         [("from", "quarters.vacancy_rate[Q1 2024]"), ("to", "quarters.vacancy_rate[Q2 2024]")],
         "supported")}),
    ("on-the-year-across-quarter-columns", {"workers.csv": WORKERS},
     "Some 33.2 million people were in work, up 200,000 on the year.",
     {"Some 33.2 million people were in work, up 200,000 on the year": (
         [("from", "workers.people_in_work_thousands[Apr-Jun 2023]"),
          ("to", "workers.people_in_work_thousands[Apr-Jun 2024]")], "supported")}),
    ("level-after-the-change-and-a-comma", {"roads.csv": ROADS},
     "The number of riders killed fell 3.1 percent from a year earlier, to 412.",
     {"The number of riders killed fell 3.1 percent from a year earlier, to 412": (
         [("from", "roads.riders[2022]"), ("to", "roads.riders[2023]")], "supported")}),
    ("a-change-within-the-rounding-of-the-cells", {"claims.csv": CLAIMS},
     "Claimants numbered 1.5 million, up 9% on the year.",
     {"Claimants numbered 1.5 million, up 9% on the year": (
         [("from", "claims.claimants_millions[2023]"), ("to", "claims.claimants_millions[2024]")],
         "needs_review")}),
    # 2. no earlier period: the level and its row's published change
    ("published-percent-change", {"thefts.csv": THEFTS_CHANGE},
     "Police logged 4,120 thefts, up 6% on the year.",
     {"Police logged 4,120 thefts, up 6% on the year": (
         [("figures", "thefts.2023[Theft]"), ("figures", "thefts.change_on_year[Theft]")],
         "supported")}),
    ("published-net-change", {"thefts.csv": THEFTS_NET},
     "Police logged 4,120 thefts, 233 more than a year before.",
     {"Police logged 4,120 thefts, 233 more than a year before": (
         [("figures", "thefts.2023[Theft]"), ("figures", "thefts.net_change[Theft]")],
         "supported")}),
    ("published-percent-change-before-the-level", {"thefts.csv": THEFTS_CHANGE},
     "Thefts went up 6% to 4,120.",
     {"Thefts went up 6% to 4,120": (
         [("figures", "thefts.2023[Theft]"), ("figures", "thefts.change_on_year[Theft]")],
         "supported")}),
    ("published-amount-before-the-level", {"thefts.csv": THEFTS_NET},
     "Thefts went up by 233 to 4,120.",
     {"Thefts went up by 233 to 4,120": (
         [("figures", "thefts.2023[Theft]"), ("figures", "thefts.net_change[Theft]")],
         "supported")}),
    ("published-amount-before-the-level-falling", {"thefts.csv": THEFTS_NET},
     "Robberies rose by 50 to 950.",
     {"Robberies rose by 50 to 950": (
         [("figures", "thefts.2023[Robbery]"), ("figures", "thefts.net_change[Robbery]")],
         "supported")}),
    ("published-fall-with-a-minus-sign-before-the-level", {"ferries.csv": FERRIES},
     "Ferry crossings fell by 60,000 to 410,000.",
     {"Ferry crossings fell by 60,000 to 410,000": (
         [("figures", "ferries.ferry_crossings[2024]"),
          ("figures", "ferries.ferry_crossings[Change 2023 to 2024]")], "supported")}),
    # the published change is a fall: the rise is held against it alone, and is wrong
    ("published-fall-said-as-a-rise-is-not-joined", {"ferries.csv": FERRIES},
     "Ferry crossings rose by 60,000 to 410,000.",
     {"Ferry crossings rose by 60,000 to 410,000": (
         [("figure", "ferries.ferry_crossings[Change 2023 to 2024]")], "contradicted")}),
    # 3. nothing joined: the change does not fit, is of another line, or has no base
    ("change-from-another-year-than-named", {"stops.csv": STOPS},
     "There were 41,300 stops, 900 fewer than in 2019.",
     {"There were 41,300 stops": ([("figure", "stops.stops[2021]")], "supported"),
      "900 fewer than in 2019": ([], "unsourced")}),
    ("change-over-a-longer-span", {"stops.csv": STOPS},
     "There were 41,300 stops, 900 fewer over two years.",
     {"There were 41,300 stops": ([("figure", "stops.stops[2021]")], "supported"),
      "900 fewer over two years": ([], "unsourced")}),
    ("change-against-a-base-that-is-no-period", {"stops.csv": STOPS},
     "There were 41,300 stops, 900 fewer than before the pandemic.",
     {"There were 41,300 stops": ([("figure", "stops.stops[2021]")], "supported"),
      "900 fewer than before the pandemic": ([], "unsourced")}),
    ("change-of-another-line", {"thefts.csv": THEFTS},
     "Police logged 4,120 thefts, robberies down 5%.",
     {"Police logged 4,120 thefts": ([("figure", "thefts.theft[2023]")], "supported"),
      "robberies down 5%": (
          [("from", "thefts.robbery[2022]"), ("to", "thefts.robbery[2023]")], "supported")}),
    ("change-with-no-base-in-the-tables", {"thefts.csv": THEFTS_ONLY},
     "Police logged 4,120 thefts (a 6% rise).",
     {"Police logged 4,120 thefts": ([("figure", "thefts.theft[2023]")], "supported"),
      "a 6% rise": ([], "unsourced")}),
    # 4. a level said not to have moved: from the period named, or the one before, to the level
    ("the-same-as-a-named-year", {"marriage.csv": MARRIAGE},
     "The mean age at marriage was 33.4 years, the same as in 2016.",
     {"The mean age at marriage was 33.4 years, the same as in 2016": (
         [("from", "marriage.mean_age_at_marriage[2016]"),
          ("to", "marriage.mean_age_at_marriage[2020]")], "supported")}),
    ("unchanged-over-the-year", {"rate.csv": RATE},
     "The vacancy rate was unchanged over the year at 4.1%.",
     {"The vacancy rate was unchanged over the year at 4.1%": (
         [("from", "rate.vacancy_rate[2023]"), ("to", "rate.vacancy_rate[2024]")],
         "supported")}),
    ("little-movement-with-the-level-after", {"rate.csv": RATE},
     "The vacancy rate has shown little movement over the year (now at 4.1%).",
     {"The vacancy rate has shown little movement over the year (now at 4.1%)": (
         [("from", "rate.vacancy_rate[2023]"), ("to", "rate.vacancy_rate[2024]")],
         "supported")}),
    ("the-same-as-another-group-is-no-change-over-time", {"rate.csv": RATE},
     "The vacancy rate was 4.1%, the same as the national average.",
     # The level is linked; the comparison with the national average, which no table
     # holds, leaves the claim needing review.
     {"The vacancy rate was 4.1%, the same as the national average": (
         [("figure", "rate.vacancy_rate[2024]")], "needs_review")}),
    # 5. cuts that end a statement where another begins
    ("dash-but-with-a-subject-of-its-own", {"towns.csv": TOWNS},
     "Burglary in Northby reached 3,180, up 6 per cent on last year - but Southby saw a fall.",
     {"Burglary in Northby reached 3,180, up 6 per cent on last year": (
         [("from", "towns.northby[2022]"), ("to", "towns.northby[2023]")], "supported")}),
    ("comma-but-with-a-subject-of-its-own", {"towns.csv": TOWNS},
     "Burglary in Northby reached 3,180, up 6 per cent on last year, but Southby saw a fall.",
     {"Burglary in Northby reached 3,180, up 6 per cent on last year": (
         [("from", "towns.northby[2022]"), ("to", "towns.northby[2023]")], "supported")}),
    ("dash-but-with-no-subject-stays", {"towns.csv": TOWNS},
     "Burglary in Northby reached 3,180, up 6 per cent on last year - but fell back in spring.",
     {"Burglary in Northby reached 3,180, up 6 per cent on last year - but fell back in spring": (
         [("from", "towns.northby[2022]"), ("to", "towns.northby[2023]")], "needs_review")}),
    ("after-a-fall-in-another-year", {"towns.csv": TOWNS},
     "Burglary in Northby reached 3,180, after a fall in 2022.",
     {"Burglary in Northby reached 3,180": ([("figure", "towns.northby[2023]")], "supported")}),
    ("following-a-rise-over-another-span", {"median.csv": MEDIAN},
     "The median age is 31.2 years, unchanged from 2019, following a steady rise since 1975.",
     {"The median age is 31.2 years, unchanged from 2019": (
         [("from", "median.median_age[2019]"), ("to", "median.median_age[2020]")],
         "supported")}),
    ("a-forecast-missed-after-the-statement", {"towns.csv": TOWNS},
     "Burglary in Northby reached 3,180, up 6 per cent on last year, both missing forecasts.",
     {"Burglary in Northby reached 3,180, up 6 per cent on last year": (
         [("from", "towns.northby[2022]"), ("to", "towns.northby[2023]")], "supported")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "tables", "article", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_join(
    name: str,
    tables: dict[str, str],
    article: str,
    expected: dict[str, tuple[list[tuple[str, str]], str]],
    tmp_path: Path,
) -> None:
    text, report = drafted_article(tmp_path, tables, article)
    found = by_quote_listed(report)
    assert found == expected, text


def test_the_reason_names_the_level_and_its_change(tmp_path: Path) -> None:
    """A joined claim says in its comment that it checks a level and its change."""
    case = Case("reason", {"roads.csv": ROADS}, CASES[0][2], "", {}, "", None)
    text, _ = drafted(tmp_path, case)
    assert "a level and its change along roads.riders: '2022' to '2023'\n" in text
    assert "check it in a claim of its own" not in text


# text, where the clause after the cut starts, whether it opens with no subject of its own
OPENINGS = [
    ("4,120 thefts, a 6% rise", "a 6%", True),
    ("4,120 thefts, down 140 on the year", "down", True),
    ("4,120 thefts, 233 more than before", "233", True),
    ("4,120 thefts, robberies down 5%", "robberies", False),
    ("4,120 thefts, while robberies fell 5%", "while", False),
]


@pytest.mark.parametrize(("text", "at", "expected"), OPENINGS, ids=[o[0] for o in OPENINGS])
def test_a_change_opens_without_a_subject(text: str, at: str, expected: bool) -> None:
    mentions = [m for m in scan(text) if m.statistical]
    assert opens_without_subject(text, text.index(at), mentions) is expected


@pytest.mark.parametrize(
    "phrase", ["unchanged", "held steady", "the same as in", "little movement", "broadly flat"]
)
def test_no_change_words_come_from_the_wording_table(phrase: str) -> None:
    assert phrase in NO_CHANGE_WORDS


def test_no_change_words_leave_out_what_counts_only_before_a_number() -> None:
    assert not any(word.endswith(" at") or "{" in word for word in NO_CHANGE_WORDS)


@pytest.mark.parametrize(
    "article",
    [
        "There were 412 rider deaths, 3.1% fewer than in Wales.",
        "There were 412 rider deaths, 3.1% lower than the national average.",
        "There were 412 rider deaths, down 3.1% compared with the five-year average.",
    ],
)
def test_a_change_against_another_base_is_not_joined(article: str, tmp_path: Path) -> None:
    """A change from a base the tables do not hold (another place, an average) is never
    joined to the level: the level stays a claim of its own, and the change is not proposed
    as a change over time (a question for the reporter instead)."""
    case = Case("other-base", {"roads.csv": ROADS}, article, "", {}, "", None)
    _, report = drafted(tmp_path, case)
    findings = {finding.quote: finding for finding in report.claims}
    assert "There were 412 rider deaths" in findings
    (change,) = [finding for quote, finding in findings.items() if "3.1%" in quote]
    assert not change.sources, "a change over time is not what the sentence compares"


def test_a_change_with_no_base_asks_for_one(tmp_path: Path) -> None:
    """A change beside a level whose line holds no earlier figure (and whose row no change
    column) stays a claim of its own, with a question that names the level's figure."""
    case = Case(
        "no-base",
        {"thefts.csv": THEFTS_ONLY},
        "Police logged 4,120 thefts (a 6% rise).",
        "",
        {},
        "",
        None,
    )
    text, _ = drafted(tmp_path, case)
    assert "'6%' is the change of 4,120 (thefts.theft[2023]), but the tables hold no" in text
