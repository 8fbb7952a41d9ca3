"""A number one digit off the figure its words and period name alone (``link_typo``) is
proposed with that figure and a comment that the values differ, so the check says
contradicted; without a named period, with two digits off, or with an approximation word the
draft proposes nothing. The sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

FINES = (
    "Parking fines issued by the council\n"
    "Fine,2023,2024\n"
    'Parking fines,"6,120","6,480"\n'
    "Bus lane fines,905,870\n"
)

CASES = [
    ("one-digit-off", "The council issued 6,580 parking fines in 2024.",
     {"figure": "fines.parking_fines[2024]"}, "contradicted"),
    ("one-digit-off-earlier-year", "In 2023 there were 975 bus lane fines.",
     {"figure": "fines.bus_lane_fines[2023]"}, "contradicted"),
    ("no-period-named", "The council issued 6,580 parking fines.", {}, "unsourced"),
    ("two-digits-off", "The council issued 6,950 parking fines in 2024.", {}, "unsourced"),
    ("approximate", "The council issued about 8,480 parking fines in 2024.", {}, "unsourced"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "article", "references", "verdict"), CASES, ids=[c[0] for c in CASES]
)
def test_one_digit_off_is_flagged(
    name: str, article: str, references: dict[str, str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted(tmp_path, Case(name, {"fines.csv": FINES}, article, "", {}, "", None))
    (finding,) = report.claims
    assert {source.role: source.ref for source in finding.sources} == references, text
    assert finding.verdict.value == verdict, text
    if references:
        assert "the values differ" in text, text
