"""A change stated with one figure of its own, or with none, is drafted with both ends.

An amount stated as a change that no cell holds ("£60 up on the same month 12 months
earlier", "42 fewer than in 2022") is the move of the line the sentence's other numbers sit on,
from the period its words name (a year back, the year named, the one before) to the level;
a change said "in" a year ("a 5% rise in 2022") runs into that year; a published change off any
line ("Percentage change 2022 to 2023") places the sentence on its row's line. An amount that
is not the move of the line, or is said over a span of another length, is left as a question.

The sentences and tables are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from _drafting import DraftCase, assert_drafted, draft_cases

RENTS = "Month,Average rent (£)\nMar 2023,1190\nFeb 2024,1240\nMar 2024,1250\n"
RENTS_TWO = "Area,Average rent Mar 2023 (£),Average rent Mar 2024 (£)\nNorthby,1190,1250\n"
SAILINGS = (
    "Route,2021,2022,2023,Percentage change 2022 to 2023\n"
    "Ferry sailings,2000,2100,2037,-3\nRail crossings,900,950,990,4\n"
)
CRASHES_FIFTH = "Severity,2022,2023\nCrashes,450,359\n"
SAILINGS_PLAIN = "Route,2021,2022,2023\nFerry sailings,2000,2100,2037\n"
CRASHES = "Severity,2022,2023\nCrashes,450,408\nInjuries,3100,2990\n"

# name, tables, article, {quote: (references, verdict)}
CASES = [
    # 1. an amount beside its level: a year back on a line of months, or on a line of two columns
    ("a-year-back-on-a-line-of-months", {"rents.csv": RENTS},
     "Average rent was £1,250 in March 2024 – a figure £60 up on the same month "
     "12 months earlier.",
     {"Average rent was £1,250 in March 2024 – a figure £60 up on the same month "
      "12 months earlier": (
          [("from", "rents.average_rent[Mar 2023]"), ("to", "rents.average_rent[Mar 2024]")],
          "supported")}),
    ("a-year-back-across-two-columns", {"rents.csv": RENTS_TWO},
     "Average rent in Northby was £1,250 in March 2024 – a figure £60 higher than the same "
     "month a year earlier.",
     {"Average rent in Northby was £1,250 in March 2024 – a figure £60 higher than the same "
      "month a year earlier": (
          [("from", "rents.northby[Average rent Mar 2023 (£)]"),
           ("to", "rents.northby[Average rent Mar 2024 (£)]")], "supported")}),
    # 2. an amount after the level's clause, the year of its base named
    ("fewer-than-a-named-year", {"crashes.csv": CRASHES},
     "Crashes fell by nearly a tenth with 408 reported in 2023, 42 fewer than in 2022.",
     {"Crashes fell by nearly a tenth with 408 reported in 2023, 42 fewer than in 2022": (
         [("from", "crashes.crashes[2022]"), ("to", "crashes.crashes[2023]")],
         "supported")}),
    # "nearly one fifth" of a 20.2% fall: a "nearly" bound broken by a figure just over it
    ("nearly-a-fraction-just-broken", {"crashes.csv": CRASHES_FIFTH},
     "Crashes fell by nearly one fifth with 359 reported in 2023, 91 fewer than in 2022.",
     {"Crashes fell by nearly one fifth with 359 reported in 2023, 91 fewer than in 2022": (
         [("from", "crashes.crashes[2022]"), ("to", "crashes.crashes[2023]")],
         "needs_review")}),
    # 3. a change said in a year runs into that year, from the one before
    ("a-rise-in-a-year-after-a-published-change", {"sailings.csv": SAILINGS},
     "Ferry sailings fell by 3% last year, following a 5% rise in 2022.",
     {"Ferry sailings fell by 3% last year": (
         [("from", "sailings.ferry_sailings[2022]"), ("to", "sailings.ferry_sailings[2023]")],
         "supported"),
      "following a 5% rise in 2022": (
          [("from", "sailings.ferry_sailings[2021]"), ("to", "sailings.ferry_sailings[2022]")],
          "supported")}),
    ("a-rise-in-a-year-after-a-level", {"sailings.csv": SAILINGS_PLAIN},
     "There were 2,037 ferry sailings in 2023, following a 5% rise in 2022.",
     {"There were 2,037 ferry sailings in 2023": (
         [("figure", "sailings.ferry_sailings[2023]")], "supported"),
      "following a 5% rise in 2022": (
          [("from", "sailings.ferry_sailings[2021]"), ("to", "sailings.ferry_sailings[2022]")],
          "supported")}),
    # 4. nothing proposed: an amount that is not the move, or over a longer span
    ("an-amount-that-is-not-the-move", {"crashes.csv": CRASHES},
     "Crashes fell by nearly a tenth with 408 reported in 2023, 52 fewer than in 2022.",
     {"Crashes fell by nearly a tenth with 408 reported in 2023": (
         [("from", "crashes.crashes[2022]"), ("to", "crashes.crashes[2023]")], "supported"),
      "52 fewer than in 2022": ([], "unsourced")}),
    ("an-amount-over-a-longer-span", {"rents.csv": RENTS},
     "Average rent was £1,250 in March 2024 – a figure £60 higher over three years.",
     {"Average rent was £1,250 in March 2024": (
         [("figure", "rents.average_rent[Mar 2024]")], "supported"),
      "a figure £60 higher over three years": ([], "unsourced")}),
]  # fmt: skip


@draft_cases(CASES)
def test_carried_change(case: DraftCase, tmp_path: Path) -> None:
    assert_drafted(tmp_path, case)
