"""A row said not to have moved, against a table that publishes its change beside one period's
counts, references that row's change (``article/drafting/published_no_change.py``).

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed

FLY_TIPS = (
    "Fly-tipping incidents by district,,\n"
    "District,2024,Percentage change on previous year\n"
    'Northbank,"2,310",0\n'
    'Southmoor,"1,480",-7\n'
    "Eastlea,905,3\n"
)
CHANGE = "f.percentage_change_on_previous_year[{}]"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fly-tipping in Northbank stayed the same.",
            ([("figure", CHANGE.format("Northbank"))], "supported"),
        ),
        (
            "In Northbank, fly-tipping incidents were unchanged.",
            ([("figure", CHANGE.format("Northbank"))], "supported"),
        ),
        # the story is wrong: the published change says so
        (
            "Fly-tipping in Southmoor stayed the same.",
            ([("figure", CHANGE.format("Southmoor"))], "contradicted"),
        ),
        # a thing the table does not count names no row of it
        ("Graffiti in Northbank stayed the same.", ([], "unsourced")),
    ],
)
def test_no_change_against_a_published_change(
    tmp_path: Path, sentence: str, expected: tuple[list[tuple[str, str]], str]
) -> None:
    assert_listed(tmp_path, {"f.csv": FLY_TIPS}, sentence + "\n", {sentence.rstrip("."): expected})
