"""A direction said of several rows at once with no figure: nothing proposed, and a comment
that says so (``article/drafting/several_moves.py``). The tables and sentences are written
for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed

GROUPS = (
    "Recorded offences by group,,,\n"
    "Offence group,2023,2024,Percentage change\n"
    'Shoplifting,"2,400","2,150",-10.4\n'
    "Criminal damage,980,940,-4.1\n"
    "Vehicle offences,760,700,-7.9\n"
)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("All three offence groups fell in 2024.", "several rows at once"),
        ("All three offence groups were down on 2023.", "several rows at once"),
        # a count that is a figure of the table is still linked
        ("Shoplifting fell to 2,150.", "2,150"),
    ],
)
def test_several_rows_moved(tmp_path: Path, sentence: str, said: str) -> None:
    text, found = assert_listed(tmp_path, {"g.csv": GROUPS}, sentence + "\n", {})
    assert said in text
    if said == "several rows at once":
        assert found[sentence.rstrip(".")] == ([], "unsourced")
