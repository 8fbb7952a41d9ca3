"""A list said "respectively" (article/drafting/link_result.py): the numbers are paired with the
groups in the order the sentence names the groups, never by value, and checked in one claim
with several figures. The sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

MODES = "Group,Change 2022 to 2023 (%)\nCyclists,4\nWalkers,9\nRiders,-2\n"

CASES = [
    ("in-order", "Injuries to cyclists and walkers grew (4% and 9%, respectively).", "supported",
     ["modes.cyclists[Change 2022 to 2023 (%)]", "modes.walkers[Change 2022 to 2023 (%)]"]),
    ("named-the-other-way", "Injuries to walkers and cyclists grew (4% and 9%, respectively).",
     "contradicted",
     ["modes.walkers[Change 2022 to 2023 (%)]", "modes.cyclists[Change 2022 to 2023 (%)]"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "article", "verdict", "figures"), CASES, ids=[c[0] for c in CASES]
)
def test_a_list_said_respectively(
    name: str, article: str, verdict: str, figures: list[str], tmp_path: Path
) -> None:
    text, report = drafted(tmp_path, Case(name, {"modes.csv": MODES}, article, "", {}, "", None))
    (finding,) = report.claims
    assert [source.ref for source in finding.sources if source.role == "figures"] == figures, text
    assert finding.verdict.value == verdict, text


CHANGES = "Group,Change,Percent change\nCyclists,-52,-6.1%\nWalkers,-18,-2.4%\nRiders,-7,-1.0%\n"


@pytest.mark.parametrize(
    ("name", "article", "verdict"),
    [
        ("both-right", "Deaths of walkers fell (18 fewer, a 2.4-percent decrease).", "supported"),
        ("one-wrong", "Deaths of walkers fell (18 fewer, a 4.2-percent decrease).", "contradicted"),
    ],
)
def test_a_change_and_its_percentage_of_one_row_are_one_claim(
    name: str, article: str, verdict: str, tmp_path: Path
) -> None:
    """The change and the percentage change of one row, said together, are checked by one
    claim with both figures, not cut into two claims of two lines."""
    text, report = drafted(tmp_path, Case(name, {"by.csv": CHANGES}, article, "", {}, "", None))
    (finding,) = report.claims
    refs = [source.ref for source in finding.sources if source.role == "figures"]
    assert refs == ["by.change[Walkers]", "by.percent_change[Walkers]"], text
    assert finding.verdict.value == verdict, text


YEARS = "Measure,2018,2019,2020,2021\nParcels lost,300,320,410,390\nParcels late,120,118,97,95\n"
RATES = "Group,Delivery rate 2023 (%)\nVans,78.1\nBikes,72.3\nAll,75.2\n"
ON_TIME = "On-time rate (%),2022,2023\nVans,77.5,78.1\nBikes,72.0,72.3\n"

# article, tables, the references in order, verdict
LOST = "post.parcels_lost"
PAIRED = [
    # in time order, each number its period's figure: a change, from the first to the second
    ("Parcels lost were 320 and 410 in 2019 and 2020 respectively.", YEARS,
     [("from", f"{LOST}[2019]"), ("to", f"{LOST}[2020]")], "supported"),
    ("Parcels lost were 410 and 320 in 2019 and 2020 respectively.", YEARS,
     [("figures", f"{LOST}[2019]"), ("figures", f"{LOST}[2020]")], "contradicted"),
    # a rise said of the list: its start is the first number's figure
    ("Parcels lost climbed to 320 and 410 in 2019 and 2020 respectively.", YEARS,
     [("from", f"{LOST}[2019]"), ("to", f"{LOST}[2020]")], "needs_review"),
    ("Parcels lost climbed to 410 and 320 in 2019 and 2020 respectively.", YEARS,
     [("figures", f"{LOST}[2019]"), ("figures", f"{LOST}[2020]")], "contradicted"),
    # a number no figure has keeps its place in the list
    ("Parcels lost were 320 and 455 in 2019 and 2020 respectively.", YEARS,
     [("figures", f"{LOST}[2019]"), ("figures", f"{LOST}[2020]")], "contradicted"),
    ("Parcels lost were 300, 320 and 410 in 2018, 2019 and 2020 respectively.", YEARS,
     [("figures", f"{LOST}[2018]"), ("figures", f"{LOST}[2019]"), ("figures", f"{LOST}[2020]")],
     "supported"),
    # groups of one column, paired by where their names are said ("vans" before "bikes")
    ("The delivery rate was 78.1% and 72.3% for vans and bikes respectively.", RATES,
     [("figures", "post.vans[Delivery rate 2023 (%)]"),
      ("figures", "post.bikes[Delivery rate 2023 (%)]")], "supported"),
    ("The delivery rate was 78.1% and 72.3% for bikes and vans respectively.", RATES,
     [("figures", "post.bikes[Delivery rate 2023 (%)]"),
      ("figures", "post.vans[Delivery rate 2023 (%)]")], "contradicted"),
    # groups on lines of years: each in the one year the list names, whatever the value says
    ("On-time rates for vans and bikes were 78.1% and 72.3% respectively in 2023.", ON_TIME,
     [("figures", "post.vans[2023]"), ("figures", "post.bikes[2023]")], "supported"),
    ("On-time rates for vans and bikes were 77.5% and 72.3% respectively in 2023.", ON_TIME,
     [("figures", "post.vans[2023]"), ("figures", "post.bikes[2023]")], "contradicted"),
    # figures of two years and no year named: which is meant is not settled
    ("On-time rates for vans and bikes were 77.5% and 72.3% respectively.", ON_TIME,
     [], "unsourced"),
]  # fmt: skip


@pytest.mark.parametrize(("article", "table", "references", "verdict"), PAIRED)
def test_each_number_is_paired_with_the_period_or_group_in_its_place(
    article: str, table: str, references: list[tuple[str, str]], verdict: str, tmp_path: Path
) -> None:
    """Never by value: a change linked by value from one period to the other passed the list
    named the other way round."""
    text, report = drafted(tmp_path, Case("", {"post.csv": table}, article, "", {}, "", None))
    (finding,) = report.claims
    assert [(source.role, source.ref) for source in finding.sources] == references, text
    assert finding.verdict.value == verdict, text


@pytest.mark.parametrize(
    "article",
    [
        "Parcels lost were 320 and 410 respectively.",  # no periods named
        "Parcels lost were 320 and 410 in 2019 respectively.",  # fewer periods than numbers
    ],
)
def test_a_list_whose_periods_do_not_pair_gets_a_question(article: str, tmp_path: Path) -> None:
    text, report = drafted(tmp_path, Case("", {"post.csv": YEARS}, article, "", {}, "", None))
    (finding,) = report.claims
    assert not finding.sources, text
    assert "pair each number with its period" in text
