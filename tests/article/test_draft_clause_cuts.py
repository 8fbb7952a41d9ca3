"""Where one sentence's statements are cut into claims (issue 12, point 2): two figures of two
lines set side by side by "compared to", a record stated by a participle clause, a ranking said
before a participle that states the number, a list of categories each with its figure in
brackets after a long lead, and a bracket that restates a figure at another base.

The sentences and the small tables are written for these tests. Each case drafts the article
against its tables, checks the draft and compares every claim: its quote, its references and
its verdict.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import by_quote, drafted_article

from claimcheck.article.drafting.plan import stated
from claimcheck.article.drafting.statements import pieces
from claimcheck.article.scan import scan

FINES = (
    "Fines issued by the boroughs that replied,2024-25\n"
    "Fixed penalty notices for dog fouling,41200\n"
    "Penalty charge notices for bus lane offences,1800000\n"
)
FINE_YEARS = (
    "Year,Fixed penalty notices for dog fouling,Penalty charge notices for bus lane offences\n"
    "2023-24,44100,1700000\n"
    "2024-25,41200,1800000\n"
)
PAY = "Month,Average weekly pay growth over the year (%)\nAug. 2025,3.4\nSept. 2025,2.7\n"
PAY_YEARS = "Year,Average weekly pay growth (%)\n2023,3.9\n2024,3.4\n2025,2.7\n"
PAY_LONG = (
    "Year,Average weekly pay growth (%)\n"
    "2019,2.6\n2020,3.0\n2021,3.1\n2022,3.3\n2023,3.9\n2024,3.4\n2025,2.7\n"
)
PERSONS = (
    "Person type,Deaths 2023,Deaths 2024,Percent change 2023 to 2024 (%)\n"
    "Cyclists,800,872,9\n"
    "Pedestrians,5000,5300,6\n"
    "Drivers,20000,20800,4\n"
)
TRADES = (
    "Jobs by trade: over-the-month change (in thousands)\n"
    "Trade,Aug 2025,Sep 2025\n"
    "Wholesale and warehousing,3,8\n"
    "Retail,2,-6\n"
    "Mining,1,2\n"
)
RATES = (
    "Year,Permanent exclusion rate (%),Fixed period exclusion rate (%)\n"
    "2021/22,0.08,4.10\n"
    "2022/23,0.09,4.95\n"
    "2023/24,0.09,5.20\n"
)
RATE_ROWS = (
    '"Table 1: Exclusions, England",,,\n'
    "School type and measure,2021/22,2022/23,2023/24\n"
    '"Total - Permanent exclusion rate",0.08,0.09,0.09\n'
)

DOG = "fines.fixed_penalty_notices_for_dog_fouling[2024-25]"
BUS = "fines.penalty_charge_notices_for_bus_lane_offences[2024-25]"
DOG_YEARS = "fine_years.fixed_penalty_notices_for_dog_fouling"
PAY_SEPT = "pay.average_weekly_pay_growth_over_the_year[Sept. 2025]"
PAY_AUG = "pay.average_weekly_pay_growth_over_the_year[Aug. 2025]"
CHANGE = "Percent change 2023 to 2024 (%)"
NONE: dict[str, str] = {}

# name, tables, article, {quote: (references, verdict)}
CASES = [
    # 1. two figures of two lines joined by a comparison: two claims
    ("compared-two-lines", {"fines.csv": FINES},
     "In all, the boroughs issued 41,200 fixed penalty notices for dog fouling compared with "
     "1.8 million penalty charge notices for bus lane offences.",
     {"In all, the boroughs issued 41,200 fixed penalty notices for dog fouling":
          ({"figure": DOG}, "supported"),
      "compared with 1.8 million penalty charge notices for bus lane offences":
          ({"figure": BUS}, "supported")}),
    ("compared-two-lines-of-a-table-of-years", {"fine_years.csv": FINE_YEARS},
     "The boroughs issued 41,200 fixed penalty notices for dog fouling against 1.8 million "
     "penalty charge notices for bus lane offences.",
     {"The boroughs issued 41,200 fixed penalty notices for dog fouling":
          ({"figure": f"{DOG_YEARS}[2024-25]"}, "supported"),
      "1.8 million penalty charge notices for bus lane offences":
          ({"figure": "fine_years.penalty_charge_notices_for_bus_lane_offences[2024-25]"},
           "supported")}),
    # one line: a change, one claim
    ("compared-one-line", {"fine_years.csv": FINE_YEARS},
     "The boroughs issued 41,200 fixed penalty notices for dog fouling in 2024-25, compared "
     "with 44,100 a year earlier.",
     {"The boroughs issued 41,200 fixed penalty notices for dog fouling in 2024-25, compared "
      "with 44,100 a year earlier":
          ({"from": f"{DOG_YEARS}[2023-24]", "to": f"{DOG_YEARS}[2024-25]"}, "supported")}),
    # a change whose base is another line's value: never cut into a false supported
    ("compared-after-a-change", {"fine_years.csv": FINE_YEARS},
     "Dog fouling notices fell to 41,200 in 2024-25 compared with 1.8 million a year earlier.",
     {"Dog fouling notices fell to 41,200 in 2024-25 compared with 1.8 million a year earlier":
          ({"from": f"{DOG_YEARS}[2023-24]", "to": f"{DOG_YEARS}[2024-25]"},
           "needs_review")}),
    # 2. a participle clause with a record of its own
    ("marking-a-record-the-line-cannot-reach", {"pay.csv": PAY},
     "Over the past year, average weekly pay grew just 2.7%, marking the weakest pace of "
     "growth since July 2024.",
     {"Over the past year, average weekly pay grew just 2.7%": ({"figure": PAY_SEPT},
                                                                "supported"),
      "the weakest pace of growth since July 2024": ({"from": PAY_AUG, "to": PAY_SEPT},
                                                     "needs_review")}),
    ("marking-the-slowest-increase", {"pay.csv": PAY},
     "Over the past year, average weekly pay grew just 2.7%, marking the slowest increase "
     "since July 2024.",
     {"Over the past year, average weekly pay grew just 2.7%": ({"figure": PAY_SEPT},
                                                                "supported"),
      "the slowest increase since July 2024": ({"figure": PAY_SEPT}, "needs_review")}),
    ("making-it-a-record-the-line-reaches", {"pay_long.csv": PAY_LONG},
     "Average weekly pay grew 2.7% in 2025, making it the lowest rate since 2019.",
     {"Average weekly pay grew 2.7% in 2025": ({"figure": "pay_long.average_weekly_pay_growth"
                                                          "[2025]"}, "supported"),
      # a record since a year runs from that year's figure when the line holds it
      "the lowest rate since 2019": ({"from": "pay_long.average_weekly_pay_growth[2019]",
                                      "to": "pay_long.average_weekly_pay_growth[2025]"},
                                     "supported")}),
    ("making-it-a-record-the-line-cannot-reach", {"pay_years.csv": PAY_YEARS},
     "Average weekly pay grew 2.7% in 2025, making it the lowest rate since 2019.",
     {"Average weekly pay grew 2.7% in 2025": ({"figure": "pay_years.average_weekly_pay_growth"
                                                           "[2025]"}, "supported"),
      "the lowest rate since 2019": ({"from": "pay_years.average_weekly_pay_growth[2024]",
                                      "to": "pay_years.average_weekly_pay_growth[2025]"},
                                     "needs_review")}),
    # 3. a superlative predicate before a participle with the number
    ("ranking-before-a-participle", {"trades.csv": TRADES},
     "Retail shed the most jobs of any trade, losing 6,000 in September.",
     {"Retail shed the most jobs of any trade": (NONE, "unsourced"),
      "losing 6,000 in September": ({"figure": "trades.retail[Sep 2025]"}, "supported")}),
    # 4. a list of categories each with its figure in brackets after a long lead
    ("list-after-a-long-lead", {"persons.csv": PERSONS},
     "Early figures suggest that most regions saw significant increases in cyclist (9%), "
     "pedestrian (6%) and driver deaths (4% increase).",
     {"cyclist (9%)": ({"figure": f"persons.cyclists[{CHANGE}]"}, "supported"),
      "pedestrian (6%)": ({"figure": f"persons.pedestrians[{CHANGE}]"}, "supported"),
      "driver deaths (4% increase)": ({"figure": f"persons.drivers[{CHANGE}]"}, "supported")}),
    ("list-after-of", {"persons.csv": PERSONS},
     "Nearly every county recorded big rises in deaths of cyclists (9%), pedestrians (6%) "
     "and drivers (4%).",
     {"cyclists (9%)": ({"figure": f"persons.cyclists[{CHANGE}]"}, "supported"),
      "pedestrians (6%)": ({"figure": f"persons.pedestrians[{CHANGE}]"}, "supported"),
      "drivers (4%)": ({"figure": f"persons.drivers[{CHANGE}]"}, "supported")}),
    ("list-item-a-label-with-and", {"trades.csv": TRADES},
     "Of the jobs added in September, most came in wholesale and warehousing (8,000) and "
     "mining (2,000).",
     # the items, amounts of change on lines of months, are then one claim (join_lists)
     {"wholesale and warehousing (8,000) and mining (2,000)": (
         {"figures": "trades.mining[Sep 2025]"}, "supported")}),
    # 5. a bracket that restates a figure at another base
    ("restated-per-10000", {"rates.csv": RATE_ROWS},
     "The rate of permanent exclusions rose to 0.09 in 2022/23 (9 pupils per 10,000).",
     {"The rate of permanent exclusions rose to 0.09 in 2022/23":
          ({"from": "rates.total_permanent_exclusion_rate[2021/22]",
            "to": "rates.total_permanent_exclusion_rate[2022/23]"}, "supported"),
      "9 pupils per 10,000": (NONE, "unsourced")}),
    ("restated-keeps-the-period-before-it", {"rates.csv": RATES},
     "The rate of permanent exclusions rose to 0.09 in 2022/23 (9 pupils per 10,000).",
     {"The rate of permanent exclusions rose to 0.09 in 2022/23": (NONE, "unsourced"),
      "9 pupils per 10,000": ({"figure": "worked_out.permanent_exclusion_rate_2022_23_per_10000"},
                              "supported")}),
    ("restated-for-every", {"rates.csv": RATE_ROWS},
     "The permanent exclusion rate was 0.09 in 2023/24 (nine pupils for every 10,000).",
     {"The permanent exclusion rate was 0.09 in 2023/24":
          ({"figure": "rates.total_permanent_exclusion_rate[2023/24]"}, "supported"),
      "nine pupils for every 10,000": (NONE, "unsourced")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "tables", "article", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_clause_cuts(
    name: str,
    tables: dict[str, str],
    article: str,
    expected: dict[str, tuple[dict[str, str], str]],
    tmp_path: Path,
) -> None:
    text, report = drafted_article(tmp_path, tables, article)
    assert by_quote(report) == expected, text


# text, the pieces it is cut into, why
PIECES = [
    ("Thefts were 5,210 (up 3%) and robberies 410 (down 2%).",
     ["Thefts were 5,210 (up 3%)", "robberies 410 (down 2%)"],
     "a level with its change in brackets is no list of categories"),
    ("Most came in Leeds (41%), Hull (30%) and York (29%).",
     ["Leeds (41%)", "Hull (30%)", "York (29%)"],
     "the lead's quantifier is no part of the first item's quote"),
    ("Cyclists (9%), walkers (6%) and drivers (4%) all died in greater numbers.",
     ["Cyclists (9%)", "walkers (6%)", "drivers (4%) all died in greater numbers"],
     "a list with no lead"),
    ("The rate was 4.1 (up from 3.9 in 2022).",
     ["The rate was 4.1 (up from 3.9 in 2022)"],
     "a bracket that is no restatement at another base is not cut"),
    ("Eastby Council issued the most fines (2430), then Westby (1,020) and Northby (770).",
     ["Eastby Council issued the most fines (2430)", "then Westby (1,020)", "Northby (770)"],
     "a ranked object of the lead is no item of the list"),
    ("Rises came in cyclist deaths (9%), walker deaths (6%) and driver deaths (4%).",
     ["cyclist deaths (9%)", "walker deaths (6%)", "driver deaths (4%)"],
     "an item after a preposition"),
    ("Retail shed the most jobs of any trade, losing 6,000.",
     ["Retail shed the most jobs of any trade", "losing 6,000"],
     "a ranking before a participle with the number"),
    ("Retail shed 2,000 jobs, losing 6,000 over the year.",
     ["Retail shed 2,000 jobs", "losing 6,000 over the year"],
     "a clause with a number of its own before the participle is left to the other cuts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "why"), PIECES, ids=[p[2] for p in PIECES])
def test_pieces(text: str, expected: list[str], why: str) -> None:
    mentions = [m for m in scan(text) if stated(text, m)]
    found = pieces(text, (0, len(text)), mentions)
    assert [text[p.start : p.end] for p in found] == expected, why
