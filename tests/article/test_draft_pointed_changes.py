"""A change whose subject points back ("This", "That figure", "It") at the figure of the
statement before (article/drafting/pointed_changes.py), and a change said in fraction words
against a row's published per cent change (article/drafting/link_fraction_change.py).

The sentences and the small tables are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed

FERRIES = (
    "Measure,2018,2019,2020,2021\nFerry crossings,300,320,410,390\nFerry delays,120,118,97,95\n"
)
CROSS = "ferries.ferry_crossings"

# article, each quote's (role, reference) pairs and verdict
POINTED = [
    # the base year the sentence names, to the figure before
    ("There were 390 ferry crossings in 2021. That figure was up 30% on 2018.",
     {"That figure was up 30% on 2018": (
         [("from", f"{CROSS}[2018]"), ("to", f"{CROSS}[2021]")], "supported")}),
    ("There were 390 ferry crossings in 2021. That figure was up 30% on 2019.",
     {"That figure was up 30% on 2019": (
         [("from", f"{CROSS}[2019]"), ("to", f"{CROSS}[2021]")], "contradicted")}),
    # "the year before": the period just before the figure, not the line's latest
    ("Ferry crossings reached 410 in 2020. It was up 28% on the year before.",
     {"It was up 28% on the year before": (
         [("from", f"{CROSS}[2019]"), ("to", f"{CROSS}[2020]")], "supported")}),
    # a clause after "and" whose subject is "this", with an amount of change
    ("Ferry crossings reached 410 in 2020, and this was 90 more than in 2019.",
     {"this was 90 more than in 2019": (
         [("from", f"{CROSS}[2019]"), ("to", f"{CROSS}[2020]")], "supported")}),
    # a sentence between that names another measure: nothing is carried
    ("There were 390 ferry crossings in 2021.\n\nFerry delays are another matter. "
     "This fell by 2 in 2021.",
     {"This fell by 2 in 2021": ([], "unsourced")}),
    # "the previous year" is the period before the figure pointed at
    ("Ferry crossings reached 410 in 2020. This was up 28% from the previous year.",
     {"This was up 28% from the previous year": (
         [("from", f"{CROSS}[2019]"), ("to", f"{CROSS}[2020]")], "supported")}),
    # a base that is no period: no change over time is proposed
    ("There were 390 ferry crossings in 2021. This was 3% above the national average.",
     {"This was 3% above the national average": ([], "unsourced")}),
    # an empty "it": the per cent compares a cost, not the figure before
    ("There were 390 ferry crossings in 2021. It was 5% cheaper to insure a van.",
     {"It was 5% cheaper to insure a van": ([], "unsourced")}),
    # a sentence before that links two lines: either may be meant
    ("There were 390 ferry crossings and 95 ferry delays in 2021. This was up 30% on 2018.",
     {"This was up 30% on 2018": ([], "unsourced")}),
    # a change with both its ends before: the figure pointed at is the later end
    ("Ferry crossings fell to 390 in 2021 from 410 in 2020. This was up 30% on 2018.",
     {"This was up 30% on 2018": (
         [("from", f"{CROSS}[2018]"), ("to", f"{CROSS}[2021]")], "supported")}),
    # no statement before with a figure: nothing to point at
    ("Harbour staff met on Monday. This rose by 90 in 2020.",
     {"This rose by 90 in 2020": ([], "unsourced")}),
    # a base year after the figure's own: no earlier period
    ("Ferry crossings reached 410 in 2020. It was up 5% on 2021.",
     {"It was up 5% on 2021": ([], "unsourced")}),
]  # fmt: skip


@pytest.mark.parametrize(("article", "expected"), POINTED)
def test_a_change_that_points_back_runs_along_the_figure_before(
    article: str, expected: dict[str, tuple[list[tuple[str, str]], str]], tmp_path: Path
) -> None:
    text, _ = assert_listed(tmp_path, {"ferries.csv": FERRIES}, article, expected)
    if any(refs for refs, _ in expected.values()):
        assert "names no measure of its own, so its measure is that of the statement" in text


def test_the_question_says_why_nothing_is_carried(tmp_path: Path) -> None:
    article = (
        "There were 390 ferry crossings in 2021.\n\nFerry delays are another matter. "
        "This fell by 2 in 2021."
    )
    text, _ = assert_listed(tmp_path, {"ferries.csv": FERRIES}, article, {})
    assert "may point at another measure than ferries.ferry_crossings[2021]" in text


CHANGES = (
    "Offence,Percent change 2022 to 2023\n"
    "Bicycle thefts,-33.0\nCar thefts,-47.5\nShop thefts,-48.0\nArson,12.0\n"
)
COLUMN = "Percent change 2022 to 2023"

FRACTIONS = [
    ("Bicycle thefts fell by a third in 2023.", "Bicycle thefts fell by a third in 2023",
     "crimes.bicycle_thefts", "supported"),
    ("Car thefts almost halved last year.", "Car thefts almost halved last year",
     "crimes.car_thefts", "supported"),
    ("Car thefts fell by a third in 2023.", "Car thefts fell by a third in 2023",
     "crimes.car_thefts", "contradicted"),
    ("Arson almost doubled in 2023.", "Arson almost doubled in 2023", "crimes.arson",
     "contradicted"),
    ("Arson rose by more than a tenth.", "Arson rose by more than a tenth", "crimes.arson",
     "supported"),
]  # fmt: skip


@pytest.mark.parametrize(("article", "quote", "row", "verdict"), FRACTIONS)
def test_a_fraction_word_links_to_the_published_change_of_its_row(
    article: str, quote: str, row: str, verdict: str, tmp_path: Path
) -> None:
    reference = f"{row.split('.')[0]}.{row.split('.')[1]}[{COLUMN}]"
    assert_listed(
        tmp_path, {"crimes.csv": CHANGES}, article, {quote: ([("figure", reference)], verdict)}
    )


def test_a_fraction_word_naming_no_row_gets_nothing(tmp_path: Path) -> None:
    assert_listed(
        tmp_path,
        {"crimes.csv": CHANGES},
        "Thefts fell by a third in 2023.",
        {"Thefts fell by a third in 2023": ([], "unsourced")},
    )
