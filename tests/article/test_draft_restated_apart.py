"""A count restated after ", or" as a share or as a rate published on a line of its own
(article/drafting/tails.py, link_only.share): the restatement is checked too, never dropped.

The sentences and the small tables are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed

HIKERS = (
    "Walker,2022,2023\n"
    "Hill walkers rescued,390,412\n"
    "Climbers rescued,88,95\n"
    "All rescues,1540,1650\n"
)
IDLE = "Measure,2022,2023\nPeople out of work (thousands),1310,1250\nOut-of-work rate (%),4.1,3.9\n"
RESCUED = "rescues.hill_walkers_rescued"
OUT = "idle.people_out_of_work_thousands"

# article, tables, each quote's (role, reference) pairs and verdict
CASES = [
    # a share of the line's whole, said in words: the part and the whole
    ("In 2023, 412 hill walkers were rescued, or 25 per cent of all rescues.",
     {"rescues.csv": HIKERS},
     {"In 2023, 412 hill walkers were rescued, or 25 per cent of all rescues": (
         [("part", f"{RESCUED}[2023]"), ("whole", "rescues.all_rescues[2023]")], "supported")}),
    ("In 2023, 412 hill walkers were rescued, or 40 per cent of all rescues.",
     {"rescues.csv": HIKERS},
     # a share no whole of the table gives is not passed on the count's figure
     {"In 2023, 412 hill walkers were rescued, or 40 per cent of all rescues": (
         [("figure", f"{RESCUED}[2023]")], "needs_review")}),
    # a count restated as the rate of another line: two claims
    ("Those out of work fell to 1.25 million, or 3.9 per cent, in 2023.",
     {"idle.csv": IDLE},
     {"Those out of work fell to 1.25 million": (
         [("from", f"{OUT}[2022]"), ("to", f"{OUT}[2023]")], "supported"),
      "or 3.9 per cent, in 2023": (
         [("figure", "idle.out_of_work_rate[2023]")], "supported")}),
    ("Those out of work fell by 60,000 to 1,250,000, or 3.9% in 2023.",
     {"idle.csv": IDLE},
     {"Those out of work fell by 60,000 to 1,250,000": (
         [("from", f"{OUT}[2022]"), ("to", f"{OUT}[2023]")], "supported"),
      "or 3.9% in 2023": ([("figure", "idle.out_of_work_rate[2023]")], "supported")}),
    # a rate restated as the count of another line, the same year: two claims
    ("The out-of-work rate fell to 3.9% in 2023, or 1.25 million people.",
     {"idle.csv": IDLE},
     {"The out-of-work rate fell to 3.9% in 2023": (
         [("from", "idle.out_of_work_rate[2022]"), ("to", "idle.out_of_work_rate[2023]")],
         "supported"),
      "or 1.25 million people": ([("figure", f"{OUT}[2023]")], "supported")}),
    # the count is the year before's, the rate this year's: not cut, so no year is assumed
    ("Those out of work numbered 1.31 million, or 3.9 per cent in 2023.",
     {"idle.csv": IDLE},
     {"Those out of work numbered 1.31 million, or 3.9 per cent in 2023": (
         [("figure", f"{OUT}[2022]")], "needs_review")}),
    # "made up" is no rise: the share and its count are a part and a whole
    ("Hill walkers made up 25 per cent of rescues in 2023, or 412 people.",
     {"rescues.csv": HIKERS},
     {"Hill walkers made up 25 per cent of rescues in 2023, or 412 people": (
         [("part", f"{RESCUED}[2023]"), ("whole", "rescues.all_rescues[2023]")], "supported")}),
    # a rate no line holds stays in the quote, which then needs review
    ("Those out of work fell by 60,000 to 1,250,000, or 4.2% in 2023.",
     {"idle.csv": IDLE},
     {"Those out of work fell by 60,000 to 1,250,000, or 4.2% in 2023": (
         [("from", f"{OUT}[2022]"), ("to", f"{OUT}[2023]")], "needs_review")}),
    # the same change worked out in per cent stays with its change
    ("Those out of work fell by 60,000, or 4.6%, to 1,250,000 in 2023.",
     {"idle.csv": IDLE},
     {"Those out of work fell by 60,000, or 4.6%": (
         [("from", f"{OUT}[2022]"), ("to", f"{OUT}[2023]")], "supported")}),
]  # fmt: skip


@pytest.mark.parametrize(("article", "tables", "expected"), CASES)
def test_a_restatement_after_or_is_checked(
    article: str,
    tables: dict[str, str],
    expected: dict[str, tuple[list[tuple[str, str]], str]],
    tmp_path: Path,
) -> None:
    assert_listed(tmp_path, tables, article, expected)


_YEARS = range(2009, 2024)
_VALUES = [1900, 1850, 1800, 1760, 1700, 1690, 1650, 1600, 1620, 1640, 1680, 1500, 1558, 1711, 1950]
LONG = "Year,Rescues\n" + "".join(f"{y},{v}\n" for y, v in zip(_YEARS, _VALUES, strict=True))

# a second statement joined to a level: a series claim, or a concession with its own figure
JOINED = [
    ("Rescues rose to 1,950 in 2023, and higher than at any point since 2009.",
     {"r.csv": LONG},
     {"Rescues rose to 1,950 in 2023": (
         [("from", "r.rescues[2022]"), ("to", "r.rescues[2023]")], "supported"),
      "higher than at any point since 2009": (
         [("from", "r.rescues[2009]"), ("to", "r.rescues[2023]")], "supported")}),
    ("Rescues rose to 1,711 in 2022, and higher than at any point since 2009.",
     {"r.csv": LONG},
     {"Rescues rose to 1,711 in 2022": (
         [("from", "r.rescues[2021]"), ("to", "r.rescues[2022]")], "supported"),
      "higher than at any point since 2009": (
         [("from", "r.rescues[2009]"), ("to", "r.rescues[2022]")], "contradicted")}),
    ("Hill walker rescues rose for a second year, albeit slowly, with just 412 rescued in 2023.",
     {"rescues.csv": HIKERS},
     {"just 412 rescued in 2023": ([("figure", f"{RESCUED}[2023]")], "supported")}),
    ("Hill walker rescues rose to 412 in 2023, albeit from a low base, with just 95 climbers "
     "rescued.",
     {"rescues.csv": HIKERS},
     {"Hill walker rescues rose to 412 in 2023": (
         [("from", f"{RESCUED}[2022]"), ("to", f"{RESCUED}[2023]")], "supported"),
      "just 95 climbers rescued": (
         [("figure", "rescues.climbers_rescued[2023]")], "supported")}),
    ("Hill walker rescues rose to 412 in 2023, although from a low base, with only 95 "
     "climbers rescued.",
     {"rescues.csv": HIKERS},
     {"only 95 climbers rescued": ([("figure", "rescues.climbers_rescued[2023]")], "supported")}),
]  # fmt: skip


@pytest.mark.parametrize(("article", "tables", "expected"), JOINED)
def test_a_second_statement_joined_to_a_level_is_a_claim_of_its_own(
    article: str,
    tables: dict[str, str],
    expected: dict[str, tuple[list[tuple[str, str]], str]],
    tmp_path: Path,
) -> None:
    assert_listed(tmp_path, tables, article, expected)
