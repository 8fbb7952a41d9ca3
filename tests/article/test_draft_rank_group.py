"""A ranking whose named comparison group is not the table's rows ("the highest of all 43
forces" against a table of three) is not ranked down the column (``rank_group``); a group the
table holds in full is. The sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.article.drafting.link_ranks import rank_link
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.article.drafting.rank_group import group_size
from claimcheck.claimfile.table_sources import draft_sources

RATES = (
    "Arson rate per 100,000 people by force\nForce,Rate\nMillbrook,94\nAshcombe,71\nRedfern,58\n"
)


def _ranked(tmp_path: Path, clause: str) -> list[str]:
    path = tmp_path / "r.csv"
    path.write_text(RATES, encoding="utf-8")
    sources, _ = draft_sources([path], tmp_path)
    found = rank_link(clause, 0, len(clause), (0, len(clause)), Catalog.of(sources))
    assert found is not None
    return [ref for _, ref in found.references]


def test_a_larger_group_is_not_ranked_down_the_table(tmp_path: Path) -> None:
    assert _ranked(tmp_path, "Ashcombe had the highest rate of all 43 forces") == []


def test_the_table_s_own_group_is_ranked(tmp_path: Path) -> None:
    assert _ranked(tmp_path, "Millbrook had the highest rate of all 3 forces") == [
        "r.rate[Millbrook]"
    ]


@pytest.mark.parametrize(
    ("clause", "size"),
    [
        ("the highest of all 43 forces", 43),
        ("the lowest among the 150 councils", 150),
        ("the third highest out of 33 London boroughs", 33),
        ("the highest rate in the country", None),
    ],
)
def test_group_size(clause: str, size: int | None) -> None:
    assert group_size(clause) == size
