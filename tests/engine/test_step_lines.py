"""Rankings of one step's change: needs review on one line's figures, settled down the lines
of a table with a column per period (engine/judge/step_lines.py, judge/rankings.py).

The tables and sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _wording import case_id, ch, check_case

import claimcheck
from claimcheck.model import Finding, Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

ONE_LINE: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "Harbury saw the biggest rise in visitors",
        ch(1200, 1500, ("2022", "2023")),
        R,
        "ranks Harbury's rise against other towns' rises, which are not referenced",
    ),
    (
        "the smallest falls were in Eastdale, from 96 to 93",
        ch(96, 93, ("2022", "2023")),
        R,
        "ranks Eastdale's fall against other areas' falls, not referenced",
    ),
    (
        "the count rose in every year of the survey",
        ch(100, 110, ("2022", "2023")),
        R,
        "one pair of figures is one step, no run of every year",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), ONE_LINE, ids=[case_id(c[0], c[2]) for c in ONE_LINE]
)
def test_one_lines_step(quote: str, figures: dict[str, Any], verdict: Verdict, why: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"


_TOWNS = (
    "Town,2022,2023\nAll towns,5300,5720\nHarbury,1200,1500\nEastdale,2100,2150\n"
    "Kelby,900,960\nMarston,1100,1110\n"
)
# line, quote, verdict, reason
TABLE: list[tuple[str, str, Verdict, str]] = [
    ("Harbury", "Harbury saw the biggest rise in visitors", S, "+300 tops the lines' rises"),
    ("Kelby", "Kelby saw the biggest rise in visitors", C, "+60 is below Harbury's +300"),
    ("Marston", "the smallest increase was in Marston", S, "+10 is the smallest rise"),
    ("Eastdale", "the smallest increase was in Eastdale", C, "+50 is not the smallest"),
    ("Harbury", "Harbury saw the biggest fall in visitors", C, "Harbury rose"),
]


def _claim(tmp_path: Path, quote: str, line: str) -> Finding:
    (tmp_path / "towns.csv").write_text(_TOWNS, encoding="utf-8")
    body = (
        f'  - id: c\n    quote: {quote}\n    from: \'t["{line}", "2022"]\'\n'
        f'    to: \'t["{line}", "2023"]\'\n'
    )
    path = tmp_path / "claims.yaml"
    path.write_text(f"sources:\n  t:\n    table: towns.csv\nclaims:\n{body}", encoding="utf-8")
    (finding,) = claimcheck.check(claimcheck.load(path)).claims
    return finding


@pytest.mark.parametrize(
    ("line", "quote", "verdict", "why"), TABLE, ids=[case_id(c[1], c[2]) for c in TABLE]
)
def test_settled_down_the_lines(
    tmp_path: Path, line: str, quote: str, verdict: Verdict, why: str
) -> None:
    finding = _claim(tmp_path, quote, line)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"


def test_the_working_lists_every_lines_change(tmp_path: Path) -> None:
    finding = _claim(tmp_path, "Harbury saw the biggest rise in visitors", "Harbury")
    assert "each line's change from 2022 to 2023: Harbury +300" in finding.explanation
    assert "left out: All towns" in finding.explanation


def test_a_plural_superlative_allows_a_tie_at_the_top(tmp_path: Path) -> None:
    table = "Area,2022,2023\nNorth,50,44\nSouth,61,55\nWest,40,38\nEast,30,29\n"
    (tmp_path / "towns.csv").write_text(table, encoding="utf-8")
    for quote, verdict in (
        ("the biggest falls were in the North", S),
        ("the biggest fall was in the North", R),
    ):
        body = f'  - id: c\n    quote: {quote}\n    from: \'t["North", "2022"]\'\n'
        body += '    to: \'t["North", "2023"]\'\n'
        path = tmp_path / "claims.yaml"
        path.write_text(f"sources:\n  t:\n    table: towns.csv\nclaims:\n{body}", encoding="utf-8")
        (finding,) = claimcheck.check(claimcheck.load(path)).claims
        assert finding.verdict is verdict, f"{quote}: {finding.explanation}"
