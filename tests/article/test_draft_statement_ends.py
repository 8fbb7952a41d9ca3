"""Where one statement ends and the next begins (issue 12): attributions left out of quotes, a
comma splice cut in two, a second predicate of the same subject, and an aside inside brackets
or dashes that places the level in its series.

The sentences and the small tables are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import by_quote, drafted_article

from claimcheck.article.drafting.clauses import opens_clause, second_predicate
from claimcheck.article.drafting.quote_ends import without_attribution
from claimcheck.article.drafting.record_parts import parts
from claimcheck.article.drafting.statements import pieces
from claimcheck.article.scan import scan

# text, the quotes of its statements, why
ATTRIBUTIONS = [
    ("Bus journeys rose 3% to 1,711, according to figures published by the Department for "
     "Transport.", ["Bus journeys rose 3% to 1,711"], "according to, after"),
    ("According to the ONS, thefts fell 4% to 5,210.", ["thefts fell 4% to 5,210"],
     "according to, before"),
    ("Thefts fell 4% to 5,210, the ONS said.", ["Thefts fell 4% to 5,210"], "the ONS said"),
    ("Thefts fell 4% to 5,210, figures show.", ["Thefts fell 4% to 5,210"], "figures show"),
    ("Thefts fell 4% to 5,210, the report found.", ["Thefts fell 4% to 5,210"],
     "the report found"),
    ("Thefts fell 4% to 5,210, police said on Monday.", ["Thefts fell 4% to 5,210"],
     "police said, with a day"),
    ("Thefts fell 4% to 5,210, said the council.", ["Thefts fell 4% to 5,210"],
     "said, before its source"),
    ("Figures from the council show that thefts fell 4% to 5,210.", ["thefts fell 4% to 5,210"],
     "show that, before"),
    ("Thefts fell 4% to 5,210, the audit found, while robberies rose 3% to 900, police said.",
     ["Thefts fell 4% to 5,210", "while robberies rose 3% to 900"], "one after each statement"),
    ("Thefts fell 4% to 5,210, according to a poll of 2,000 adults.",
     ["Thefts fell 4% to 5,210", "according to a poll of 2,000 adults"],
     "a number of its own: not left out"),
    ("Thefts fell 4% to 5,210, according to figures for 2019.",
     ["Thefts fell 4% to 5,210, according to figures for 2019"], "a year: not left out"),
    ("Thefts rose 5% to 5,210, the highest the audit has found.",
     ["Thefts rose 5% to 5,210, the highest the audit has found"], "a series statement"),
    ("Payrolls: 254,000 vs. 150,000 expected.", ["Payrolls: 254,000"],
     "a forecast beside the figure, with its own number"),
    ("The jobless rate was 4.1% versus a forecast 4.2%.", ["The jobless rate was 4.1%"],
     "a forecast named before its number"),
    ("Payrolls: 254,000 vs. 150,000 expected and 142,000 in August.",
     ["Payrolls: 254,000", "142,000 in August"], "a forecast before another statement"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected", "why"), ATTRIBUTIONS, ids=[a[2] for a in ATTRIBUTIONS]
)
def test_attributions_are_left_out(text: str, expected: list[str], why: str) -> None:
    found = pieces(text, (0, len(text) - 1), scan(text, html=False))
    assert [text[p.start : p.end] for p in found] == expected, why


def test_an_opening_attribution_still_counts_for_linking() -> None:
    text = "Home Office figures on knife crime show that offences rose 5%"
    start, end, lead = without_attribution(text, 0, len(text))
    assert text[start:end] == "offences rose 5%"
    assert lead is not None
    assert "knife crime" in text[lead[0] : lead[1]]


# text, opens a clause of its own, why
CLAUSES = [
    ("the rate of fixed-term exclusions has risen", True, "a subject and a verb"),
    ("robberies fell 3%", True, "a one-word subject"),
    ("finally, rents remained high", True, "a sentence adverb first"),
    ("Hull and York", False, "a list"),
    ("41, said", False, "an age after a name"),
    ("down 3%", False, "a change with no subject"),
    ("a rise of 3% on the year", False, "an apposition"),
    ("which was 3% up", False, "a relative clause"),
    ("the number of people who moved house in the north of the country fell", False,
     "more words than a subject"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "why"), CLAUSES, ids=[c[2] for c in CLAUSES])
def test_a_clause_of_its_own(text: str, expected: bool, why: str) -> None:
    assert opens_clause(text, 0, len(text)) is expected, why


def test_a_second_predicate_opens_with_an_auxiliary() -> None:
    assert second_predicate("is the highest on record", 0, 24)
    assert second_predicate("has fallen in rural areas", 0, 25)
    assert not second_predicate("then fell", 0, 9)
    assert not second_predicate("the rate fell", 0, 13)


# text, the statements of a sentence with no number, why
PARTS = [
    ("The rate of thefts has held steady in every town, the rate of burglaries has risen.",
     ["The rate of thefts has held steady in every town", "the rate of burglaries has risen."],
     "a comma splice"),
    ("Burglaries rose; robberies fell.", ["Burglaries rose", "robberies fell."], "a semicolon"),
    ("The vacancy rate has climbed overall but has fallen in coastal towns.",
     ["The vacancy rate has climbed overall", "has fallen in coastal towns."],
     "a second predicate"),
    ("Rents fell in Leeds, Hull and York.", [], "a list"),
    ("Mr Jones, a landlord, said rents fell.", [], "an apposition"),
    ("Arrests rose, while the clear-up rate fell.", [], "', while' is no comma splice"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "why"), PARTS, ids=[p[2] for p in PARTS])
def test_parts(text: str, expected: list[str], why: str) -> None:
    assert [text[p.start : p.end] for p in parts(text, 0, len(text))] == expected, why


def test_a_comma_splice_with_numbers_opens_a_statement_of_its_own() -> None:
    text = "Thefts rose 3% to 900, robberies fell 2% to 410."
    found = pieces(text, (0, len(text) - 1), scan(text, html=False))
    assert [(text[p.start : p.end], p.joined) for p in found] == [
        ("Thefts rose 3% to 900", False),
        ("robberies fell 2% to 410", True),
    ]
    level = "There were 5,210 thefts, down 3% on the year."
    found = pieces(level, (0, len(level) - 1), scan(level, html=False))
    assert [p.joined for p in found] == [False, False]


ROADS = "Road user,2022,2023,Percent change\nCyclists,,812,2.1\nWalkers,,5990,8.9\n"
SERIES = "Year,Cyclist deaths\n1990,1100\n2000,950\n2022,795\n2023,812\n"
SHORT = "Year,Cyclist deaths\n2022,795\n2023,812\n"
RATES = "Year,Vacancy rate (%),Rate of empty shops (%)\n2022,4.1,7.7\n2023,4.4,7.9\n"
HOMES = "Year,Homes sold\n2006,100\n2021,131\n2022,125\n2023,120\n"
ROADS_CYCLISTS = {"figure": "roads.cyclists[2023]"}
NONE: dict[str, str] = {}

# name, tables, article, {quote: (references, verdict)}
CASES = [
    ("aside-with-the-level", {"roads.csv": ROADS},
     "Cyclist deaths (812 fatalities - the most since 1995) rose 2.1 percent.",
     {"Cyclist deaths (812 fatalities": (ROADS_CYCLISTS, "supported"),
      "the most since 1995": (ROADS_CYCLISTS, "needs_review"),
      "rose 2.1 percent": ({"figure": "roads.cyclists[Percent change]"}, "supported")}),
    ("aside-between-dashes", {"roads.csv": ROADS},
     "Cyclist deaths – 812, the highest since 1995 – rose 2.1 percent.",
     {"Cyclist deaths – 812": (ROADS_CYCLISTS, "supported"),
      "the highest since 1995": (ROADS_CYCLISTS, "needs_review"),
      "rose 2.1 percent": ({"figure": "roads.cyclists[Percent change]"}, "supported")}),
    ("aside-with-a-wrong-change", {"roads.csv": ROADS},
     "Walker deaths (5,990 fatalities, the highest number since 1995) rose 4.2 percent.",
     {"Walker deaths (5,990 fatalities": ({"figure": "roads.walkers[2023]"}, "supported"),
      "the highest number since 1995": ({"figure": "roads.walkers[2023]"}, "needs_review"),
      "rose 4.2 percent": (NONE, "unsourced")}),
    ("the-level-alone-stays-one-claim", {"roads.csv": ROADS},
     "Cyclist deaths (812 fatalities) rose 2.1 percent.",
     {"Cyclist deaths (812 fatalities) rose 2.1 percent": (
         {"figures": "roads.cyclists[Percent change]"}, "supported")}),
    ("aside-along-a-series-that-reaches-back", {"series.csv": SERIES},
     "Cyclist deaths (812 - the highest since 2000) rose 2.1 percent.",
     {"Cyclist deaths (812": ({"figure": "series.cyclist_deaths[2023]"}, "supported"),
      "the highest since 2000": (
          {"from": "series.cyclist_deaths[2022]", "to": "series.cyclist_deaths[2023]"},
          "needs_review"),
      "rose 2.1 percent": (
          {"from": "series.cyclist_deaths[2022]", "to": "series.cyclist_deaths[2023]"},
          "supported")}),
    ("aside-a-record-the-series-disproves", {"series.csv": SERIES},
     "Cyclist deaths (812 - the highest since 1990) rose 2.1 percent.",
     {"Cyclist deaths (812": ({"figure": "series.cyclist_deaths[2023]"}, "supported"),
      "the highest since 1990": (
          {"from": "series.cyclist_deaths[2022]", "to": "series.cyclist_deaths[2023]"},
          "contradicted"),
      "rose 2.1 percent": (
          {"from": "series.cyclist_deaths[2022]", "to": "series.cyclist_deaths[2023]"},
          "supported")}),
    ("second-predicate-with-series-words", {"homes.csv": HOMES},
     "Home sales fell 4% to 120 in 2023, and are the lowest since 2006.",
     {"Home sales fell 4% to 120 in 2023": (
         {"from": "homes.homes_sold[2022]", "to": "homes.homes_sold[2023]"}, "supported"),
      "are the lowest since 2006": ({"from": "homes.homes_sold[2022]",
                                     "to": "homes.homes_sold[2023]"}, "needs_review")}),
    ("second-predicate-a-two-year-line", {"short.csv": SHORT},
     "Cyclist deaths rose 2.1% to 812, and are the highest since 1990.",
     {"Cyclist deaths rose 2.1% to 812": (
         {"from": "short.cyclist_deaths[2022]", "to": "short.cyclist_deaths[2023]"},
         "supported"),
      "are the highest since 1990": ({"figure": "short.cyclist_deaths[2023]"}, "needs_review")}),
    ("comma-splice-with-no-number", {"rates.csv": RATES},
     "The vacancy rate has risen in every town, the rate of empty shops has risen overall.",
     {"The vacancy rate has risen in every town": (NONE, "unsourced"),
      "the rate of empty shops has risen overall": (
          {"from": "rates.rate_of_empty_shops[2022]", "to": "rates.rate_of_empty_shops[2023]"},
          "supported")}),
    ("second-predicate-the-other-way", {"rates.csv": RATES},
     "The rate of empty shops has risen overall but has fallen in market towns.",
     {"The rate of empty shops has risen overall": (
         {"from": "rates.rate_of_empty_shops[2022]", "to": "rates.rate_of_empty_shops[2023]"},
         "supported"),
      "has fallen in market towns": (NONE, "unsourced")}),
    ("second-predicate-shares-the-line", {"homes.csv": HOMES},
     "Home sales have fallen for the second year running and are the lowest since 2006.",
     {"Home sales have fallen for the second year running": (  # two falls: from 2021
         {"from": "homes.homes_sold[2021]", "to": "homes.homes_sold[2023]"}, "supported"),
      "are the lowest since 2006": (  # from the year named (``series_reach``)
         {"from": "homes.homes_sold[2006]", "to": "homes.homes_sold[2023]"}, "needs_review")}),
    ("a-subject-that-points-back", {"homes.csv": HOMES},
     "Sales of new flats rose and homes of this kind have fallen for the first time in five "
     "years.",
     {"Sales of new flats rose": (NONE, "unsourced"),
      "homes of this kind have fallen for the first time in five years": (NONE, "unsourced")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "tables", "article", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_statement_ends(
    name: str,
    tables: dict[str, str],
    article: str,
    expected: dict[str, tuple[dict[str, str], str]],
    tmp_path: Path,
) -> None:
    text, report = drafted_article(tmp_path, tables, article)
    found = by_quote(report)
    assert found == expected, text
