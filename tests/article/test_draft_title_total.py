"""A measure named only in its table's title, with rows of categories and a Total: a clause
that says the measure and names no row takes the Total row (``title_total``). The sentences
and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

FIRES = (
    "Deliberate fires attended by fire services\n"
    "Service,2022/23,2023/24\n"
    "Harbourside,610,655\n"
    "Fellgate,1120,1050\n"
    "Total,1730,1705\n"
)
BOTH = {"from": "f.total[2022/23]", "to": "f.total[2023/24]"}

CASES = [
    ("change-in-per-cent", "Deliberate fires fell 1% last year.", BOTH, "supported"),
    ("change-as-amount", "Deliberate fires dropped by 25 last year.", BOTH, "supported"),
    ("level", "Crews attended around 1,700 deliberate fires in 2023/24.",
     {"figure": "f.total[2023/24]"}, "supported"),
    ("a-row-named", "Deliberate fires in Fellgate fell 6% last year.",
     {"from": "f.fellgate[2022/23]", "to": "f.fellgate[2023/24]"}, "supported"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "article", "references", "verdict"), CASES, ids=[c[0] for c in CASES]
)
def test_the_title_measure_is_the_total(
    name: str, article: str, references: dict[str, str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted(tmp_path, Case(name, {"f.csv": FIRES}, article, "", {}, "", None))
    (finding,) = report.claims
    assert {source.role: source.ref for source in finding.sources} == references, text
    assert finding.verdict.value == verdict, text


def test_no_total_row_no_link(tmp_path: Path) -> None:
    tables = {"f.csv": FIRES.replace("Total,1730,1705\n", "")}
    text, report = drafted(
        tmp_path, Case("", tables, "Deliberate fires fell 1%.", "", {}, "", None)
    )
    (finding,) = report.claims
    assert not finding.sources, text
