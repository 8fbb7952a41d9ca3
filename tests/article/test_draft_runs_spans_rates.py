"""Runs of years kept with their change, spans of years, records said without "since", the
period after a change's base, and rates named by their measure (issue 12).

The sentences and the small tables are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import checked_quotes

from claimcheck.article.drafting.plan import stated
from claimcheck.article.drafting.statements import pieces, sentences
from claimcheck.article.scan import scan

SOURCES = """\
sources:
  waste:
    title: Household waste collected in Northshire
    figures:
      recycling_rate: {2015: "45.0", 2020: "42.5", 2021: "41.2"}
      tonnes_collected: {2018: "12,400", 2019: "11,650", 2020: "10,900", 2021: "9,950",
                         2022: "9,310", 2023: "8,680"}
  councils:
    title: Tonnes collected by council
    figures:
      eastvale: {2018: "2,150", 2019: "2,230", 2020: "1,900", 2021: "1,610", 2022: "1,400",
                 2023: "1,247"}
      westvale: {2018: "3,020", 2023: "2,200"}
  survey:
    title: Household survey
    figures:
      jobless_rate: {"Mar 2024": "6.2%", "Apr 2024": "6.3%"}
  vitals:
    title: Summary of vital statistics
    figures:
      stillbirth_rate: {2023: "4.2"}
claims: []
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("runs_spans_rates")
    (path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    return path


# text, claims drafted (quote: references, verdict), why
DRAFTS = [
    (
        "Last year the recycling rate dropped for the third consecutive year to 41.2 per cent, "
        "from 42.5 per cent in 2020.",
        {"Last year the recycling rate dropped for the third consecutive year to 41.2 per cent": (
             {"from": "waste.recycling_rate[2020]", "to": "waste.recycling_rate[2021]"},
             "needs_review",
         )},
        "a run that qualifies the change stays in its quote: the table cannot show three falls",
    ),
    (
        "The tonnage collected fell by 640 to 8,680 in 2023. For the fifth year running, the "
        "tonnes collected have fallen.",
        {"For the fifth year running, the tonnes collected have fallen": (
            {"from": "waste.tonnes_collected[2018]", "to": "waste.tonnes_collected[2023]"},
            "supported",
        )},
        "a run of years is linked from the year it starts from",
    ),
    (
        "Tonnes collected in Eastvale have dropped by 42 per cent in the last five years.",
        {"Tonnes collected in Eastvale have dropped by 42 per cent in the last five years": (
            {"from": "councils.eastvale[2018]", "to": "councils.eastvale[2023]"}, "supported"
        )},
        "a span of years runs from its start, on the line of the place named",
    ),
    (
        "The tonnes collected have fallen every year since the clean streets scheme, which pays "
        "volunteers, began in 2018.",
        {"The tonnes collected have fallen every year since the clean streets scheme, which pays "
         "volunteers, began in 2018": (
             {"from": "waste.tonnes_collected[2018]", "to": "waste.tonnes_collected[2023]"},
             "supported",
         )},
        "every year since a year: from that year's figure to the latest",
    ),
    (
        "The jobless rate rose slightly to 6% from 6.2% in March.",
        {"The jobless rate rose slightly to 6% from 6.2% in March": (
            {"from": "survey.jobless_rate[Mar 2024]", "to": "survey.jobless_rate[Apr 2024]"},
            "supported",
        )},
        "the month after the base is the base's; the rounded level is the next month's",
    ),
    (
        "The infant mortality rate rose to 4 deaths per 1,000 live births in 2023.",
        {"The infant mortality rate rose to 4 deaths per 1,000 live births in 2023": (
            {}, "unsourced"
        )},
        "a rate named by its measure never links to a rate of another measure",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "why"), DRAFTS, ids=[r[2] for r in DRAFTS])
def test_drafts(
    text: str, expected: dict[str, tuple[dict[str, str], str]], why: str, folder: Path
) -> None:
    found = checked_quotes(text, folder)
    for quote, (references, verdict) in expected.items():
        assert quote in found, (why, sorted(found))
        assert found[quote] == (references, verdict), why


def _quotes(text: str) -> list[str]:
    mentions = [m for m in scan(text, html=False) if stated(text, m)]
    return [
        text[piece.start : piece.end]
        for span in sentences(text)
        for piece in pieces(text, span, mentions)
    ]


def test_series_words_end_their_statement_before_a_clause_of_its_own() -> None:
    text = (
        "The wait grew by 2.1% to 14.2 days, reaching the highest level since 2009 and the "
        "share of patients seen on time in 2022 fell to 71.5%."
    )
    assert _quotes(text) == [
        "The wait grew by 2.1% to 14.2 days, reaching the highest level since 2009",
        "the share of patients seen on time in 2022 fell to 71.5%",
    ]
