"""A source's publication date reaches every report that shows provenance.

An archive re-check compares a claim with the figures as they stood when the story ran, so
the report names when the source was published as well as when it was retrieved.
"""

from __future__ import annotations

import json

import pytest

import claimcheck
from claimcheck.report import render

CLAIMS = """\
sources:
  births:
    title: Births by year
    publisher: A statistics office
    url: https://example.org/births
    published: 2024-10-28
    retrieved: 2024-11-02
    figures:
      births: {2022: 605000, 2023: 591000}
claims:
  - id: fell
    quote: births fell to 591,000
    from: births.births[2022]
    to: births.births[2023]
"""


@pytest.fixture(scope="module")
def report() -> claimcheck.Report:
    return claimcheck.check(claimcheck.loads(CLAIMS, path="births.yaml"))


def test_json_carries_published_for_the_source_and_each_figure(report: claimcheck.Report) -> None:
    data = json.loads(render(report, "json"))
    assert data["sources"][0]["published"] == "2024-10-28"
    assert {use["published"] for use in data["claims"][0]["sources"]} == {"2024-10-28"}


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_readable_reports_say_when_the_source_was_published(
    report: claimcheck.Report, fmt: str
) -> None:
    output = render(report, fmt)
    assert "published 2024-10-28" in output
    assert output.index("published 2024-10-28") < output.index("retrieved 2024-11-02")


def test_text_report_names_the_publication_date_beside_each_figure(
    report: claimcheck.Report,
) -> None:
    output = render(report, "text")
    assert "births.births[2023] = 591000, published 2024-10-28" in output
