"""A ``figures:`` list in sentences that also name periods and positions.

- Ordinals naming list positions ("in the first, second and third rounds, respectively")
  state no figure of the list.
- A school or financial year ("2019-20", "2019/20", "07/08", "(2021-22)" after a percentage)
  is a period, never two amounts, wherever it stands.
- Nothing lost: whatever the binding's outcome, every listed figure is among the claim's
  sources in every report format, and the finding says why binding failed.
Own examples.
"""

from __future__ import annotations

import json

import pytest

from claimcheck import check
from claimcheck.claimfile.loader import loads
from claimcheck.engine.read.reader import read
from claimcheck.model import Finding, Verdict
from claimcheck.report import render

SOURCES = """\
sources:
  hall:
    figures:
      visitors: {Spring: 5300, Summer: 8150, Autumn: 2400}
claims:
  - id: c
    quote: "{quote}"
    figures:
      - hall.visitors[Spring]
      - hall.visitors[Summer]
      - hall.visitors[Autumn]
"""
LISTED = ["hall.visitors[Spring]", "hall.visitors[Summer]", "hall.visitors[Autumn]"]


def _finding(quote: str) -> Finding:
    return check(loads(SOURCES.replace("{quote}", quote), "f.yaml")).claims[0]


@pytest.mark.parametrize(
    "quote",
    [
        "The hall drew 5,300, 8,150 and 2,400 visitors in its first, second and third seasons, "
        "respectively",
        "In the first, second and third terms the hall drew 5,300, 8,150 and 2,400 visitors",
        "The hall drew 5,300, 8,150 and 2,400 visitors in 2019-20",
        "The hall drew 5,300, 8,150 and 2,400 visitors in 19/20",
        "In 07/08 the hall drew 5,300, 8,150 and 2,400 visitors",
        "The hall drew 5,300 (2021-22), 8,150 and 2,400 visitors",
        "The hall drew 5,300, 8,150 and 2,400 visitors (2021/22)",
    ],
)
def test_positions_and_school_years_state_no_figure(quote: str) -> None:
    finding = _finding(quote)
    assert finding.verdict is Verdict.SUPPORTED, finding.explanation
    assert [statement.stated for statement in finding.statements] == ["5,300", "8,150", "2,400"]


@pytest.mark.parametrize(
    ("quote", "periods"),
    [
        ("fees were up 4% (2021-22)", ["2021-22"]),
        ("fees were up 4% (2021/22)", ["2021/22"]),
        ("spending in 07/08 was £30m", ["07/08"]),
        ("from 09/10 to 2,300", ["09/10"]),
        ("between 2010-11 and 2014-15", ["2010-11", "2014-15"]),
        ("in fy 19-20 there were 40", ["19-20"]),
    ],
)
def test_a_school_or_financial_year_is_a_period(quote: str, periods: list[str]) -> None:
    reading = read(quote)
    assert [aside.text for aside in reading.asides if aside.why == "a date"] == periods
    assert not any(mention.text in ("22", "08", "10", "20") for mention in reading.mentions)


@pytest.mark.parametrize(
    "quote",
    [
        "aged 19-20",  # an age band
        "a score of 19/20",  # a mark out of twenty
        "on 12/07/08",  # a date of three parts is not a school year
    ],
)
def test_numbers_that_only_look_like_a_school_year(quote: str) -> None:
    reading = read(quote)
    assert not any(
        aside.why == "a date" and aside.text in ("19-20", "19/20", "07/08")
        for aside in reading.asides
    )


@pytest.mark.parametrize(
    "quote",
    [
        "The hall drew 5,300, 8,150, 2,400 and 900 visitors",  # a number no figure binds
        "The hall drew 5,300 visitors",  # figures no number states
        "The hall had a busy year",  # no number at all
    ],
)
@pytest.mark.parametrize("form", ["json", "text", "html"])
def test_every_listed_figure_is_a_source_whatever_the_binding(quote: str, form: str) -> None:
    report = check(loads(SOURCES.replace("{quote}", quote), "f.yaml"))
    finding = report.claims[0]
    assert finding.verdict is Verdict.NEEDS_REVIEW
    assert [use.ref for use in finding.sources] == LISTED
    shown = render(report, form)
    if form == "json":
        claim = json.loads(shown)["claims"][0]
        assert [use["ref"] for use in claim["sources"]] == LISTED
    for ref in LISTED:
        assert ref in shown


def test_an_unbound_list_says_why() -> None:
    finding = _finding("The hall drew 5,300, 8,150, 2,400 and 900 visitors")
    assert "binds to no figure" in finding.explanation
