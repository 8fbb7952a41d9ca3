"""A share said of the whole a sentence counts is the part and the whole
(``article/drafting/share_of_whole.py``).

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed

PERMITS = "Parking permit appeals, 2024,\nOutcome,Appeals\nAllowed,286\nRefused,314\nTotal,600\n"
PAIR = [("part", "a.appeals[Allowed]"), ("whole", "a.appeals[Total]")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nearly half of the 600 appeals were allowed.", (PAIR, "supported")),
        ("Some 48% of the 600 appeals were allowed.", (PAIR, "supported")),
        ("Just under half of the 600 appeals were allowed.", (PAIR, "supported")),
        # a share no row bears out keeps the count alone, and is left for review
        (
            "Two-thirds of the 600 appeals were allowed.",
            ([("figure", "a.appeals[Total]")], "needs_review"),
        ),
    ],
)
def test_a_share_of_the_counted_whole(
    tmp_path: Path, sentence: str, expected: tuple[list[tuple[str, str]], str]
) -> None:
    assert_listed(tmp_path, {"a.csv": PERMITS}, sentence + "\n", {sentence.rstrip("."): expected})
