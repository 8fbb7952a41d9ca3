"""A count and the share of its table's total said in the clause after it
(``share_of_total``): one claim, ``part`` and ``whole``.

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case, drafted_article

from claimcheck.model import Verdict

PUPILS = (
    "Pupils on roll by year group, Eastvale\n"
    "Year group,2022,2023\n"
    'All pupils,"34,900","34,760"\n'
    'Year 7,"4,180","4,310"\n'
    'Year 11,"3,950","4,020"\n'
)
PART = {"part": "pupils.year_7[2023]", "whole": "pupils.all_pupils[2023]"}

CASES = [
    Case(
        "who-made-up-a-share-of-the-roll",
        {"pupils.csv": PUPILS},
        "There were 4,310 pupils in Year 7 in 2023, who made up 12.4 per cent of the roll.",
        "There were 4,310 pupils in Year 7 in 2023, who made up 12.4 per cent of the roll",
        PART,
        "its table's total in its period",
        Verdict.SUPPORTED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_shares_of_totals(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)


def test_a_share_of_no_total_in_the_count_s_period_is_not_joined(tmp_path: Path) -> None:
    text, _ = drafted_article(
        tmp_path,
        {"pupils.csv": PUPILS},
        "There were 4,310 pupils in Year 7 in 2023, who made up 12.0 per cent of the roll.",
    )
    assert "part: pupils.year_7[2023]" not in text
