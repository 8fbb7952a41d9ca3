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
