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
