"""Figures read from tables whose titles and headers carry the unit or the period.

- A percentage named in a title row ("Rate (%) of ...", "... (per cent)") holds for every
  figure below whose own column and row name no unit; a title that names counts as well
  ("Number and percentage (%) of ...") gives none.
- "N in every 10,000" against a percentage figure is a rate, compared exactly: 0.14% is 14 in
  every 10,000. Against part and whole figures it stays a share.
- A year inside two column headers of one measure ("Admissions 2016", "Admissions 2017") is
  the period of each figure, so "compared with 2016" is checked against it.
Own examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.claimfile.loader import load
from claimcheck.engine.judge.context import headed_years
from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

CLAIMS = """\
sources:
  t:
    title: Test table
    table: t.csv
claims:
  - id: c
    quote: "{quote}"
    figure: t["Coastal", "2023"]
"""


def _check(tmp_path: Path, title: str, quote: str) -> claimcheck.Finding:
    (tmp_path / "t.csv").write_text(
        f'"{title}",,\nArea,2022,2023\nCoastal,0.11,0.14\nInland,0.09,0.09\n', encoding="utf-8"
    )
    path = tmp_path / "c.yaml"
    path.write_text(CLAIMS.replace("{quote}", quote), encoding="utf-8")
    return claimcheck.check(load(path)).claims[0]


TITLES = [
    # (title row, quote, verdict, value shown)
    ("Rate (%) of adults on waiting lists", "14 in every 10,000 adults were waiting", S, "0.14%"),
    ("Adults on waiting lists (per cent)", "14 in every 10,000 adults were waiting", S, "0.14%"),
    ("Waiting-list rate, per cent", "9 in every 10,000 adults were waiting", C, "0.14%"),
    # counts named beside the percentage: the title gives no unit
    ("Number and percentage (%) of adults", "14 in every 10,000 adults were waiting", R, "0.14"),
    # no unit anywhere: a share needs part and whole
    ("Adults on waiting lists", "14 in every 10,000 adults were waiting", R, "0.14"),
]


@pytest.mark.parametrize(("title", "quote", "verdict", "shown"), TITLES)
def test_a_percentage_named_in_a_title_row(
    tmp_path: Path, title: str, quote: str, verdict: Verdict, shown: str
) -> None:
    finding = _check(tmp_path, title, quote)
    assert finding.verdict is verdict, finding.explanation
    assert finding.sources[0].value == shown


RATES = [
    # (quote, percentage figure, verdict)
    ("14 in every 10,000 pupils were excluded", "0.14%", S),
    ("14 out of every 10,000 pupils were excluded", "0.14%", S),
    ("14 in every 10,000 pupils were excluded", "0.17%", C),
    ("3 in every 1,000 patients waited", "0.3%", S),
    ("3 in every 1,000 patients waited", "0.32%", S),
    ("3 in every 1,000 patients waited", "0.5%", C),
    ("about 25 in every 100,000 people", "0.026%", S),
    ("nearly one in every 1,000 people", "0.097%", S),
    # a source rounded more coarsely than the rate cannot show it wrong
    ("14 in every 10,000 pupils were excluded", "0.1%", R),
    # a share over a small base is still a share, within 5%
    ("one in five pupils", "21%", S),
]


@pytest.mark.parametrize(("quote", "figure", "verdict"), RATES)
def test_n_in_every_ten_thousand_is_a_rate(quote: str, figure: str, verdict: Verdict) -> None:
    finding = claimcheck.verify(quote, value=figure)
    assert finding.verdict is verdict, finding.explanation


def test_n_in_every_thousand_against_counts_stays_a_share() -> None:
    finding = claimcheck.verify("3 in every 1,000 patients waited", part="31", whole="10000")
    assert finding.verdict is S, finding.explanation
    assert "31 / 10000" in finding.explanation


@pytest.mark.parametrize(
    ("first", "second", "years"),
    [
        ("Admissions 2016", "Admissions 2017", (2016, 2017)),
        ("2016 admissions", "2017 admissions", (2016, 2017)),
        ("Admissions 2016", "Discharges 2017", None),  # two measures
        ("2016", "Admissions 2017", None),
        ("Admissions 2016 and 2017", "Admissions 2018", None),  # two years in one header
    ],
)
def test_a_year_inside_column_headers(
    first: str, second: str, years: tuple[int, int] | None
) -> None:
    assert headed_years(first, second) == years


def test_compared_with_a_year_named_in_the_headers(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        "Trust,Admissions 2016,Admissions 2017\nRiverside,500,450\n", encoding="utf-8"
    )
    path = tmp_path / "c.yaml"
    path.write_text(
        "sources:\n  a:\n    title: Admissions\n    table: a.csv\nclaims:\n"
        "  - id: right\n    quote: Admissions fell by 10% compared with 2016\n"
        '    from: a["Riverside", "Admissions 2016"]\n    to: a["Riverside", "Admissions 2017"]\n'
        "  - id: wrong-year\n    quote: Admissions fell by 10% compared with 2015\n"
        '    from: a["Riverside", "Admissions 2016"]\n    to: a["Riverside", "Admissions 2017"]\n',
        encoding="utf-8",
    )
    right, wrong = claimcheck.check(load(path)).claims
    assert right.verdict is S, right.explanation
    assert wrong.verdict is R, wrong.explanation
    assert "not 2015" in wrong.explanation
