"""Statements that hold beyond the development articles (issue 12): names with "and", full stops
of abbreviations, statements joined by "as" or ", with", changes that share a subject, series
words beside a level, changes stated by direction alone, and times that are measures.

The sentences and the small tables are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import checked_quotes, drafted_article

from claimcheck.article.drafting.plan import stated
from claimcheck.article.drafting.records import series_clauses
from claimcheck.article.drafting.statements import pieces, sentences
from claimcheck.article.scan import scan


def _quotes(text: str) -> list[str]:
    mentions = [m for m in scan(text, html=False) if stated(text, m)]
    return [
        text[piece.start : piece.end]
        for span in sentences(text)
        for piece in pieces(text, span, mentions)
    ]


# text, the sentences it holds, why
SENTENCES = [
    ("Sales in the U.S. rose 4%. Costs fell.", ["Sales in the U.S. rose 4%.", "Costs fell."],
     "'U.S.' before a lower-case word"),
    ("Output grew in the U.K. The pound fell.", ["Output grew in the U.K.", "The pound fell."],
     "'U.K.' ends a sentence before a word that opens one"),
    ("Dr. Amy Ng said 40 beds closed.", ["Dr. Amy Ng said 40 beds closed."], "a title"),
    ("Prof. R. Osei counted 210 nests.", ["Prof. R. Osei counted 210 nests."], "an initial"),
    ("It opened on St. Mark's Road in 2020.", ["It opened on St. Mark's Road in 2020."], "St."),
    ("Sales peaked on Sept. 14 at 900.", ["Sales peaked on Sept. 14 at 900."],
     "a month's short name before a day"),
    ("Route No. 12 carried 5,000 people.", ["Route No. 12 carried 5,000 people."],
     "'No.' before a number"),
    ("Some fees rose, e.g. Parking fees.", ["Some fees rose, e.g. Parking fees."], "e.g."),
    ("The vote went to Plan B. It was 61.", ["The vote went to Plan B.", "It was 61."],
     "a capital letter and a full stop before a word that opens a sentence"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "why"), SENTENCES, ids=[r[2] for r in SENTENCES])
def test_abbreviations_do_not_end_sentences(text: str, expected: list[str], why: str) -> None:
    assert [text[a:b] for a, b in sentences(text)] == expected, why


# sentence, the statements it holds, why
STATEMENTS = [
    ("Cases rose 5% in Trinidad and Tobago to 1,200 last year.",
     ["Cases rose 5% in Trinidad and Tobago to 1,200 last year"],
     "a capitalised word either side of 'and': a name"),
    ("Fines rose 8% in Bosnia and Herzegovina and 3% in Serbia.",
     ["Fines rose 8% in Bosnia and Herzegovina", "3% in Serbia"],
     "the name is kept whole and the sentence cut at the next 'and'"),
    ("Output rose 136,000 as the vacancy rate slipped to 3.2 per cent.",
     ["Output rose 136,000", "the vacancy rate slipped to 3.2 per cent"],
     "'as' before a subject of its own joins two statements"),
    ("The jobless rate fell to 3.8 percent in March as employers added 303,000 jobs.",
     ["The jobless rate fell to 3.8 percent in March", "employers added 303,000 jobs"],
     "'as' before a bare plural subject and its verb joins two statements"),
    ("Fares rose 4% as expected last year.", ["Fares rose 4% as expected last year"],
     "'as expected' has no subject of its own"),
    ("Trips rose 2%, as the number of stations fell to 140.",
     ["Trips rose 2%", "the number of stations fell to 140"], "', as' joins two statements"),
    ("Sales rose 5%, twice as fast as the 2.5% rise in costs.",
     ["Sales rose 5%", "twice as fast as the 2.5% rise in costs"],
     "'as' that compares joins nothing"),
    ("As many as 300 staff left, as much as 4% of the total.",
     ["As many as 300 staff left", "as much as 4% of the total"], "'as many as' is a bound"),
    ("Flights grew by 12,000, with the delay rate falling from 8.2 to 7.9.",
     ["Flights grew by 12,000", "the delay rate falling from 8.2 to 7.9"],
     "', with' joins two statements"),
    ("That is a drop of 2.1% since 2019 and 6.4% since 2015.",
     ["That is a drop of 2.1% since 2019", "6.4% since 2015"],
     "'and' between two changes of one subject"),
    ("Weights were 300 and 410 in 2019 and 2020.",
     ["Weights were 300 and 410 in 2019 and 2020"], "bare numbers joined by 'and' stay one"),
    ("There was a 6% fall in bus trips, a 2% fall in rail trips, and a 9% rise in cycle trips.",
     ["There was a 6% fall in bus trips", "a 2% fall in rail trips", "a 9% rise in cycle trips"],
     "a list of parallel changes"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "quotes", "why"), STATEMENTS, ids=[r[2] for r in STATEMENTS])
def test_statements(sentence: str, quotes: list[str], why: str) -> None:
    assert _quotes(sentence) == quotes, why


def test_a_change_after_and_takes_the_direction_and_subject_before_it() -> None:
    text = "Thefts fell to 900, a drop of 2.1% since 2019 and 6.4% since 2015."
    mentions = [m for m in scan(text, html=False) if stated(text, m)]
    found = pieces(text, (0, len(text)), mentions)
    last = found[-1]
    assert text[last.start : last.end] == "6.4% since 2015"
    assert last.carried == -1
    assert last.subject is not None
    assert text[last.subject[0] : last.subject[1]] == "Thefts fell to "


def test_a_label_with_and_is_not_cut() -> None:
    text = "Pay rose 3% in leisure and hospitality to 410 a week."
    mentions = [m for m in scan(text, html=False) if stated(text, m)]
    span = (0, len(text))
    cut = [text[p.start : p.end] for p in pieces(text, span, mentions, ["leisure and hospitality"])]
    assert cut == ["Pay rose 3% in leisure and hospitality to 410 a week"]


# sentence, the series clauses of a sentence with numbers, why
SERIES = [
    ("Rents fell from 9.4 to 9.1 - the lowest level since records began in 1951.",
     ["the lowest level since records began in 1951"], "after a dash"),
    ("For the first time since 1995, the share rose, from 12.1% to 12.4%.",
     ["For the first time since 1995"], "a first time since"),
    ("Losses were a record low for the third year running, with 2.2 per 1,000.",
     ["Losses were a record low for the third year running"], "a record and a run"),
    ("An all-time high of 7,400 permits were granted.", [],
     "series words that qualify the number stay with it"),
    ("The toll, 410, has not been this low since 1962.",
     ["has not been this low since 1962"], "not been this low since"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected", "why"), SERIES, ids=[r[2] for r in SERIES])
def test_series_words_beside_numbers(sentence: str, expected: list[str], why: str) -> None:
    spans = [(m.start, m.end) for m in scan(sentence, html=False) if stated(sentence, m)]
    found = series_clauses(sentence, (0, len(sentence)), spans)
    assert [sentence[c.start : c.end] for c in found] == expected, why


SOURCES = """\
sources:
  rents:
    title: Rent arrears per 100 tenancies
    figures:
      arrears_rate: {2018: "8.8", 2019: "9.9", 2020: "9.6", 2021: "9.5", 2022: "9.4", 2023: "9.1"}
  burglary:
    title: Burglaries recorded
    figures:
      burglaries: {2012: "900", 2015: "1,000", 2019: "956", 2023: "936"}
  orders:
    title: Public space orders in force
    figures:
      councils_with_orders: {2022: "120", 2023: "147"}
      orders: {2022: "230", 2023: "276"}
  hours:
    title: Average weekly hours
    figures:
      average_weekly_hours: {March: "34.5", April: "34.5"}
claims: []
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("generalise")
    (path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    return path


LEVEL = {"from": "rents.arrears_rate[2022]", "to": "rents.arrears_rate[2023]"}

# text, claims drafted (quote: references, verdict), why
DRAFTS = [
    (
        "Rent arrears fell from 9.4 to 9.1 - the lowest since 2018.",
        {"Rent arrears fell from 9.4 to 9.1": (LEVEL, "supported"),
         # from the year the record starts from (``series_reach``)
         "the lowest since 2018": (
             {"from": "rents.arrears_rate[2018]", "to": "rents.arrears_rate[2023]"}, "supported"
         )},
        "a series statement the table can check is a claim of its own",
    ),
    (
        "Rent arrears fell from 9.4 to 9.1 - the lowest since 1900.",
        {"Rent arrears fell from 9.4 to 9.1 - the lowest since 1900": (LEVEL, "contradicted")},
        "one the table does not reach back to stays with the level and is checked with it",
    ),
    (
        "Burglaries fell to 936, a drop of 2.1% since 2019 and 6.4% since 2015.",
        {"Burglaries fell to 936, a drop of 2.1% since 2019": (
            {"from": "burglary.burglaries[2019]", "to": "burglary.burglaries[2023]"}, "supported"),
         "6.4% since 2015": (
            {"from": "burglary.burglaries[2015]", "to": "burglary.burglaries[2023]"}, "supported")},
        "a change after 'and' links by the subject before it",
    ),
    (
        "Burglaries fell to 936, a drop of 2.1% since 2019 and 4% since 2012.",
        {"Burglaries fell to 936, a drop of 2.1% since 2019": (
            {"from": "burglary.burglaries[2019]", "to": "burglary.burglaries[2023]"}, "supported"),
         "4% since 2012": ({}, "unsourced")},
        "no change is proposed that the figures cannot move in the direction carried",
    ),
    (
        "Rent arrears edged down.",
        {"Rent arrears edged down": (LEVEL, "supported")},
        "a change stated by its direction alone links to the line its words name",
    ),
    (
        "Rent arrears held steady.",
        {"Rent arrears held steady": (LEVEL, "contradicted")},
        "and is checked against it",
    ),
    (
        "Rent arrears edged down and burglaries fell 2.1% since 2019.",
        {"Rent arrears edged down": (LEVEL, "supported"),
         "burglaries fell 2.1% since 2019": (
            {"from": "burglary.burglaries[2019]", "to": "burglary.burglaries[2023]"}, "supported")},
        "a change with no number beside one with a number links by its own words",
    ),
    (
        "Rent arrears were unchanged on the year.",
        {"Rent arrears were unchanged on the year": (LEVEL, "contradicted")},
        "a year said by its length is the latest pair of a line of years a year apart",
    ),
    (
        "In 2023, 147 councils introduced 276 orders.",
        {"In 2023, 147 councils": ({"figure": "orders.councils_with_orders[2023]"}, "supported"),
         "introduced 276 orders": ({"figure": "orders.orders[2023]"}, "supported")},
        "two numbers of two lines in one clause: a claim each",
    ),
    (
        "Orders rose from 230 to 276 in 2023.",
        {"Orders rose from 230 to 276 in 2023": (
            {"from": "orders.orders[2022]", "to": "orders.orders[2023]"}, "supported")},
        "two numbers of one line stay one change",
    ),
    (
        "Average weekly hours were unchanged at 34.5 hours.",
        {"Average weekly hours were unchanged at 34.5 hours": (
            {"from": "hours.average_weekly_hours[March]",
             "to": "hours.average_weekly_hours[April]"}, "supported")},
        "a measure in hours is a statistic",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "why"), DRAFTS, ids=[r[2] for r in DRAFTS])
def test_drafts(
    text: str, expected: dict[str, tuple[dict[str, str], str]], why: str, folder: Path
) -> None:
    assert checked_quotes(text, folder) == expected, why


def test_a_series_statement_before_as_is_drafted_once(tmp_path: Path) -> None:
    """A numberless series statement before "as" and a count after it: two claims, the
    series statement quoted once."""
    table = (
        "Measure,Feb. 2024,Mar. 2024\nUnemployment rate (percent),3.9,3.8\n"
        '"Total nonfarm payroll employment, over-the-month change",,"303,000"\n'
    )
    article = (
        "The jobless rate reached its lowest level in five decades in March as employers "
        "added 303,000 jobs in March."
    )
    text, report = drafted_article(tmp_path, {"jobs.csv": table}, article)
    quotes = [finding.quote for finding in report.claims]
    assert len(quotes) == 2, text
    assert "employers added 303,000 jobs in March" in quotes, text
