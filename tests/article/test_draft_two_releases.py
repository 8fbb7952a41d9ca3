"""Revisions across two releases given as two tables, a first estimate and a revised one said
in each table's title rows (``link_revised.across``), and an earlier estimate said in words
("was first reported as"). The sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import by_quote, drafted_article

FIRST = (
    "Quarterly output growth (%) - first estimate\n"
    "Quarter,Output growth (%)\n"
    "2025 Q1,0.4\n"
    "2025 Q2,0.3\n"
    "2025 Q3,0.2\n"
)
SECOND = FIRST.replace("first estimate", "second estimate").replace(
    "0.4\n2025 Q2,0.3\n2025 Q3,0.2", "0.5\n2025 Q2,0.3\n2025 Q3,0.1"
)
TABLES = {"first.csv": FIRST, "second.csv": SECOND}
Q1 = {"from": "first.output_growth[2025 Q1]", "to": "second.output_growth[2025 Q1]"}
Q3 = {"from": "first.output_growth[2025 Q3]", "to": "second.output_growth[2025 Q3]"}

CASES = [
    ("Output growth in the third quarter was revised down from 0.2% to 0.1%.", Q3,
     "supported"),
    ("Output growth in the third quarter was revised up from 0.2% to 0.1%.", Q3,
     "contradicted"),
    ("Output growth in the first quarter, first reported as 0.4%, was revised to 0.5%.", Q1,
     "supported"),
    ("Output growth in the third quarter was first reported as 0.2%.",
     {"figure": "first.output_growth[2025 Q3]"}, "supported"),
]  # fmt: skip


@pytest.mark.parametrize(("article", "references", "verdict"), CASES, ids=[c[0] for c in CASES])
def test_a_revision_across_two_releases(
    article: str, references: dict[str, str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted_article(tmp_path, TABLES, article)
    ((refs, found),) = by_quote(report).values()
    assert refs == references, text
    assert found == verdict, text


def test_two_tables_of_one_kind_are_no_revision(tmp_path: Path) -> None:
    """Two tables that say no estimate in their titles are two tables, not two releases."""
    tables = {
        "a.csv": FIRST.replace(" - first estimate", ""),
        "b.csv": SECOND.replace(" - second estimate", " - by region"),
    }
    article = "Output growth in the third quarter was revised down from 0.2% to 0.1%."
    text, report = drafted_article(tmp_path, tables, article)
    for refs, verdict in by_quote(report).values():
        assert set(refs) != {"from", "to"}, text
        assert verdict != "contradicted", text
