"""A table row printed as a line (``row_shares``): two counts of one row and the share the
smaller is of the larger become one share claim, ``part`` and ``whole``.

The tables and lines are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, assert_case, drafted_article

from claimcheck.model import Verdict

PERMITS = (
    "Table 2: Councils refusing fewest permit applications\n"
    "Rank,Council,Applications,Refusals,% Refused\n"
    '1,Northfield Council,"2,310",46,2.0%\n'
    "2,Eastmoor Council,980,29,3.0%\n"
    '3,Lowbridge Council,"4,120",165,4.0%\n'
)
LINES = (
    "Councils refusing fewest permits\n\n"
    "Rank Council Applications Refusals % Refused\n"
    "1 Northfield Council 2,310 46 2.0%\n"
    "2 Eastmoor Council 980 29 3.0%\n"
    "3 Lowbridge Council 4,120 165 4.1%\n"
)
ROW = "permits"

CASES = [
    Case(
        "a-row-with-its-two-counts-and-their-share",
        {"permits.csv": PERMITS},
        LINES,
        "Council 2,310 46 2.0%",
        {
            "part": f"{ROW}.refusals[Northfield Council]",
            "whole": f"{ROW}.applications[Northfield Council]",
        },
        "the line prints one row of the table",
        Verdict.SUPPORTED,
    ),
    Case(
        "another-row-of-the-same-table",
        {"permits.csv": PERMITS},
        LINES,
        "Council 980 29 3.0%",
        {
            "part": f"{ROW}.refusals[Eastmoor Council]",
            "whole": f"{ROW}.applications[Eastmoor Council]",
        },
        "the table publishes that share",
        Verdict.SUPPORTED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_row_shares(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)


def test_a_printed_share_the_table_does_not_publish_is_not_read_as_one(tmp_path: Path) -> None:
    # 4.1% is not the table's 4.0%: the line keeps its first count as a figure of its own
    text, _ = drafted_article(tmp_path, {"permits.csv": PERMITS}, LINES)
    assert f"part: {ROW}.refusals[Lowbridge Council]" not in text
