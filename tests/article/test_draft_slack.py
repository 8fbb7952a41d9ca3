"""Approximation words and the ties they make (``link_slack``): among cells the words fit
equally, the figure that is the written value, or within its written precision, beats one
that fits only by the qualifier's slack; a period the clause names still comes first; "some
N" and "an estimated N" are as precise as a plain N. The sentences and tables are the
project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

THEFTS = 'Thefts recorded by year\nOffence,2022,2023\nThefts,"8,960","8,300"\n'
ROADS = (
    'Road deaths by road type, 2023\nRoad type,Deaths\nRural roads,"4,210"\nUrban roads,"3,980"\n'
)

CASES = [
    ("almost-picks-the-near-year", {"thefts.csv": THEFTS}, "Almost 9,000 thefts were recorded.",
     {"figure": "thefts.thefts[2022]"}, "supported"),
    ("named-year-first", {"thefts.csv": THEFTS},
     "Almost 9,000 thefts were recorded in 2023.", {"figure": "thefts.thefts[2023]"},
     "supported"),
    ("some-is-the-value", {"roads.csv": ROADS}, "Some 4,210 people died on the roads.",
     {"figure": "roads.deaths[Rural roads]"}, "supported"),
    ("an-estimated-is-the-value", {"roads.csv": ROADS},
     "An estimated 3,980 people died on the roads.", {"figure": "roads.deaths[Urban roads]"},
     "supported"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "tables", "article", "references", "verdict"), CASES, ids=[c[0] for c in CASES]
)
def test_the_written_value_beats_the_slack(
    name: str,
    tables: dict[str, str],
    article: str,
    references: dict[str, str],
    verdict: str,
    tmp_path: Path,
) -> None:
    text, report = drafted(tmp_path, Case(name, tables, article, "", {}, "", None))
    (finding,) = report.claims
    assert {source.role: source.ref for source in finding.sources} == references, text
    assert finding.verdict.value == verdict, text


def test_about_with_no_near_figure_still_asks(tmp_path: Path) -> None:
    """Two rows the words fit equally, neither near the written value: the draft asks."""
    tables = {"roads.csv": ROADS}
    text, report = drafted(
        tmp_path, Case("", tables, "About 4,100 people died on the roads.", "", {}, "", None)
    )
    assert "fits" in text, text
    assert "equally" in text, text
    assert all(not finding.sources for finding in report.claims), text
