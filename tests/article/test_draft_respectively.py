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
