"""A change stated alone and linked to its row's published change is drafted from the earlier
level to the later when the row's line holds both years the change column names
(``drafting/change_ends.py``). The sentences and tables are written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafting import DraftCase, assert_drafted, draft_cases

AMOUNTS = "Route,2023,2024,Change 2023 to 2024\nFerry sailings,470,410,-60\nBus runs,900,950,50\n"
PERCENTS = (
    "Route,2023,2024,Percentage change 2023 to 2024\n"
    "Ferry sailings,470,410,-12.8\nBus runs,900,950,5.6\n"
)
BLANK = "Route,2023,2024,Change 2023 to 2024\nFerry sailings,[x],410,-60\nBus runs,[x],950,50\n"
ENDS = [("from", "routes.ferry_sailings[2023]"), ("to", "routes.ferry_sailings[2024]")]

# name, tables, article, {quote: (references, verdict)}
CASES = [
    ("an-amount-with-a-bound", {"routes.csv": AMOUNTS},
     "Ferry sailings fell by more than 55 last year.",
     {"Ferry sailings fell by more than 55 last year": (ENDS, "supported")}),
    ("a-percentage", {"routes.csv": PERCENTS},
     "Ferry sailings fell by 13% last year.",
     {"Ferry sailings fell by 13% last year": (ENDS, "supported")}),
    # the earlier level is blank: the published change stays the one figure
    ("no-earlier-level", {"routes.csv": BLANK},
     "Ferry sailings fell by 60 last year.",
     {"Ferry sailings fell by 60 last year": (
         [("figure", "routes.ferry_sailings[Change 2023 to 2024]")], "supported")}),
]  # fmt: skip


@draft_cases(CASES)
def test_change_with_both_ends(case: DraftCase, tmp_path: Path) -> None:
    assert_drafted(tmp_path, case)
