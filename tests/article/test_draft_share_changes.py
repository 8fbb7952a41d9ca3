"""A share of a change a table publishes for each row ("two thirds of the rise came from
rail"): part and whole are the two rows' published change cells, when the part's earlier level
is blank. The sentences and tables are written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafting import DraftCase, assert_drafted, draft_cases

TRIPS = (
    "Thousands\n"
    "Trips,2023,2024,Change 2023 to 2024\n"
    "All trips,500,580,80\n"
    "Rail trips,[x],260,62\n"
    "Rail2 trips,[x],40,6\n"
    "Bus trips,[x],280,12\n"
)
FALLS = (
    "Thousands\n"
    "Trips,2023,2024,Change 2023 to 2024\n"
    "All trips,580,500,-80\n"
    "Rail trips,[x],200,-62\n"
    "Bus trips,[x],300,-18\n"
)
LEVELS = "Thousands\nTrips,2023,2024\nBus trips,250,280\nRail trips,240,300\nAll trips,490,580\n"
FIRST = "Trips rose to 580,000 in 2024 from 500,000 in 2023."
FIRST_FALL = "Trips fell to 500,000 in 2024 from 580,000 in 2023."
WHOLE = [("from", "trips.all_trips[2023]"), ("to", "trips.all_trips[2024]")]
RAIL_SHARE = [
    ("part", "trips.rail_trips[Change 2023 to 2024]"),
    ("whole", "trips.all_trips[Change 2023 to 2024]"),
]

# name, tables, article, {quote: (references, verdict)}
CASES = [
    ("a-share-of-a-rise", {"trips.csv": TRIPS},
     f"{FIRST} Over three quarters of the rise came from rail trips.",
     {FIRST[:-1]: (WHOLE, "supported"),
      "Over three quarters of the rise came from rail trips": (
          RAIL_SHARE, "supported")}),
    # of a fall, the check says no share of a negative whole can be worked out
    ("a-share-of-a-fall", {"trips.csv": FALLS},
     f"{FIRST_FALL} Over three quarters of the drop came from rail trips.",
     {FIRST_FALL[:-1]: (WHOLE, "supported"),
      "Over three quarters of the drop came from rail trips": (
          RAIL_SHARE, "needs_review")}),
    ("a-share-that-does-not-fit", {"trips.csv": TRIPS},
     f"{FIRST} A tenth of the increase came from bus trips.",
     {FIRST[:-1]: (WHOLE, "supported"),
      "A tenth of the increase came from bus trips": ([], "unsourced")}),
    # levels only, no change column: a share of the rise is never the part's share of the
    # levels (250 of 490 is about half, but bus trips gave a third of the rise of 90)
    ("a-share-of-a-rise-against-levels", {"trips.csv": LEVELS},
     "Trips rose to 580,000 in 2024. Half of the increase came from bus trips.",
     {"Trips rose to 580,000 in 2024": (WHOLE, "supported"),
      "Half of the increase came from bus trips": ([], "unsourced")}),
]  # fmt: skip


@draft_cases(CASES)
def test_share_of_a_published_change(case: DraftCase, tmp_path: Path) -> None:
    assert_drafted(tmp_path, case)
