"""A level and its change: when they are one claim and when they are two (issue 12).

- three numbers in one clause (a level, its change and the earlier level) are one claim from
  the earlier period to the level, when the earlier level stated is that period's figure;
- a level whose change (or no-change clause) the tables cannot check is cut from it at the
  clause boundary: the level is checked, the change is linked by itself or asked about;
- a change published as a row of its own ("..., change from a year earlier") is the change of
  the row it names;
- a change and its base stated in a "when" clause are one claim from the named year to the
  current level of the line the statements before spoke of.

The sentences and the small tables are written for these tests. Each case drafts the article
against its tables, checks the draft and compares every claim: its quote, its references (a
sorted list of role and reference) and its verdict.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import by_quote_listed, drafted_article

from claimcheck.article.drafting.change_rows import change_rows
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.article.drafting.stated import stated
from claimcheck.article.scan import scan
from claimcheck.claimfile.table_sources import draft_sources

FERRIES = "Year,Ferry passengers\n2021,1840\n2022,1915\n2023,1870\n"
KINDS = (
    "Kind,2022,2023,Percent change\nAll ferry passengers,1915,1870,-2.3\nFoot passengers,,640,4.1\n"
)
LOANS = "Branch,2022,2023\nEastgate,3250,3410\nWestgate,2100,1990\n"
MEASURES = (
    "Measure,Value\n"
    "Households waiting for a home (not adjusted),1.2 million\n"
    '"Households waiting for a home, change from a year earlier","-85,000"\n'
    'Empty shops,"27,400"\n'
    "Occupancy rate (%),71.3\n"
)
MEASURES_NET = (
    "Measure,Value\n"
    'Registered volunteers,"64,800"\n'
    'Net change in registered volunteers,"2,300"\n'
    'Registered donors,"12,900"\n'
    "Registered donors: over-the-year change,-150\n"
)
ORCHARDS = (
    "Year,Apple yield (tonnes per hectare),Pear yield (tonnes per hectare)\n"
    "1995,14.2,9.8\n2011,12.6,9.1\n2022,12.9,8.4\n2023,12.2,8.0\n"
)

# name, tables, article, {quote: (references, verdict)}
CASES = [
    # 1. a level, its change and the earlier level: one claim from the earlier period
    ("three-numbers-with-two-years", {"ferries.csv": FERRIES},
     "Some 1,870 passengers used the ferry in 2023, a 2.3 percent fall from 1,915 in 2022.",
     {"Some 1,870 passengers used the ferry in 2023, a 2.3 percent fall from 1,915 in 2022": (
         [("from", "ferries.ferry_passengers[2022]"), ("to", "ferries.ferry_passengers[2023]")],
         "supported")}),
    ("three-numbers-across-two-tables", {"ferries.csv": FERRIES, "kinds.csv": KINDS},
     "Some 1,870 passengers used the ferry in 2023, a 2.3 percent fall from 1,915 in 2022, "
     "the port said.",
     {"Some 1,870 passengers used the ferry in 2023, a 2.3 percent fall from 1,915 in 2022": (
         [("from", "ferries.ferry_passengers[2022]"), ("to", "ferries.ferry_passengers[2023]")],
         "supported")}),
    # "some" lets the level fit several years: the two years named say which is which
    ("three-numbers-with-a-loose-level", {"ferries.csv": FERRIES},
     "Some 1,870 passengers travelled in 2023, 2.3 per cent fewer than the 1,915 in 2022.",
     {"Some 1,870 passengers travelled in 2023, 2.3 per cent fewer than the 1,915 in 2022": (
         [("from", "ferries.ferry_passengers[2022]"), ("to", "ferries.ferry_passengers[2023]")],
         "supported")}),
    ("three-numbers-with-no-year", {"loans.csv": LOANS},
     "Loans at Eastgate reached 3,410, up 4.9% from 3,250.",
     {"Loans at Eastgate reached 3,410, up 4.9% from 3,250": (
         [("from", "loans.eastgate[2022]"), ("to", "loans.eastgate[2023]")], "supported")}),
    ("three-numbers-with-a-wrong-earlier-level", {"ferries.csv": FERRIES, "kinds.csv": KINDS},
     "Some 1,870 passengers used the ferry in 2023, down 2.3 percent from 1,840.",
     {"Some 1,870 passengers used the ferry in 2023": (
         [("figure", "ferries.ferry_passengers[2023]")], "supported"),
      "down 2.3 percent from 1,840": (
         [("figure", "kinds.all_ferry_passengers[Percent change]")], "needs_review")}),
    # 2. no earlier period and no change column: the level, and its change apart
    ("a-change-with-no-base-after-a-comma", {"measures.csv": MEASURES},
     "There were 27,400 empty shops, up by 1,100 over the year.",
     {"There were 27,400 empty shops": ([("figure", "measures.value[Empty shops]")],
                                        "supported"),
      "up by 1,100 over the year": ([], "unsourced")}),
    ("a-change-in-a-bracket-with-no-base", {"measures.csv": MEASURES},
     "There were 27,400 empty shops (up 4% on the year).",
     {"There were 27,400 empty shops": ([("figure", "measures.value[Empty shops]")],
                                        "supported"),
      "up 4% on the year": ([], "unsourced")}),
    # the change is the verb of the clause the level is an aside of: no clause boundary
    ("a-change-as-the-verb-stays-whole", {"measures.csv": MEASURES},
     "Empty shops (27,400) rose 4% on the year.",
     {"Empty shops (27,400) rose 4% on the year": (
         [("figure", "measures.value[Empty shops]")], "needs_review")}),
    ("a-no-change-clause-with-no-base", {"measures.csv": MEASURES},
     "Meanwhile, there were 27,400 empty shops, a number little changed over the year.",
     {"Meanwhile, there were 27,400 empty shops": (
         [("figure", "measures.value[Empty shops]")], "supported"),
      "a number little changed over the year": (
         [("figure", "measures.value[Empty shops]")], "needs_review")}),
    ("a-level-in-a-bracket-after-a-movement", {"measures.csv": MEASURES},
     "The occupancy rate has barely moved this year (now at 71.3%).",
     {"The occupancy rate has barely moved this year": (
         [("figure", "measures.value[Occupancy rate (%)]")], "needs_review"),
      "now at 71.3%": ([("figure", "measures.value[Occupancy rate (%)]")], "supported")}),
    ("a-no-change-in-a-bracket-after-the-level", {"measures.csv": MEASURES},
     "There were 27,400 empty shops (essentially unchanged on the year).",
     {"There were 27,400 empty shops": (
         [("figure", "measures.value[Empty shops]")], "supported"),
      "essentially unchanged on the year": (
         [("figure", "measures.value[Empty shops]")], "needs_review")}),
    ("the-same-as-another-place-stays-whole", {"measures.csv": MEASURES},
     "The occupancy rate was 71.3%, the same as the regional average.",
     {"The occupancy rate was 71.3%, the same as the regional average": (
         [("figure", "measures.value[Occupancy rate (%)]")], "needs_review")}),
    ("no-change-words-with-no-boundary-stay-whole", {"measures.csv": MEASURES},
     "The number of empty shops was little changed at 27,400.",
     {"The number of empty shops was little changed at 27,400": (
         [("figure", "measures.value[Empty shops]")], "needs_review")}),
    # 3. a change published as a row of its own
    ("a-change-row-after-a-comma", {"measures.csv": MEASURES},
     "Overall, 1.2 million households were waiting for a home, down by 85,000 over the year.",
     {"Overall, 1.2 million households were waiting for a home": (
         [("figure", "measures.value[Households waiting for a home (not adjusted)]")],
         "supported"),
      "down by 85,000 over the year": (
         [("figure", "measures.value[Households waiting for a home, change from a year earlier]")],
         "supported")}),
    ("a-change-row-in-the-same-clause", {"measures.csv": MEASURES},
     "Households waiting for a home (1.2 million) fell by 85,000 over the year.",
     {"Households waiting for a home (1.2 million) fell by 85,000 over the year": (
         [("figures", "measures.value[Households waiting for a home (not adjusted)]"),
          ("figures",
           "measures.value[Households waiting for a home, change from a year earlier]")],
         "supported")}),
    # the row fell: a rise is not joined to it, and the level alone cannot settle "rose"
    ("a-change-row-the-other-way", {"measures.csv": MEASURES},
     "Households waiting for a home (1.2 million) rose by 85,000 over the year.",
     {"Households waiting for a home (1.2 million) rose by 85,000 over the year": (
         [("figure", "measures.value[Households waiting for a home (not adjusted)]")],
         "needs_review")}),
    ("a-net-change-row", {"measures.csv": MEASURES_NET},
     "There were 64,800 registered volunteers, 2,300 more than a year before.",
     {"There were 64,800 registered volunteers": (
         [("figure", "measures.value[Registered volunteers]")], "supported"),
      "2,300 more than a year before": (
         [("figure", "measures.value[Net change in registered volunteers]")], "supported")}),
    # 4. a change and its base in a "when" clause
    ("when-with-the-line-in-the-sentence-before", {"orchards.csv": ORCHARDS},
     "The apple yield fell to 12.2 tonnes per hectare in 2023. That is 3.2% lower than in "
     "2011, when the yield was 12.6.",
     {"The apple yield fell to 12.2 tonnes per hectare in 2023": (
         [("from", "orchards.apple_yield_tonnes_per_hectare[2022]"),
          ("to", "orchards.apple_yield_tonnes_per_hectare[2023]")], "supported"),
      "That is 3.2% lower than in 2011, when the yield was 12.6": (
         [("from", "orchards.apple_yield_tonnes_per_hectare[2011]"),
          ("to", "orchards.apple_yield_tonnes_per_hectare[2023]")], "supported")}),
    ("when-with-both-years-named", {"orchards.csv": ORCHARDS},
     "In 2023 the pear yield was 12.1% lower than in 2011, when it stood at 9.1.",
     {"In 2023 the pear yield was 12.1% lower than in 2011, when it stood at 9.1": (
         [("from", "orchards.pear_yield_tonnes_per_hectare[2011]"),
          ("to", "orchards.pear_yield_tonnes_per_hectare[2023]")], "supported")}),
    ("when-with-a-base-the-year-does-not-hold", {"orchards.csv": ORCHARDS},
     "The apple yield fell to 12.2 tonnes per hectare in 2023. That is 3.2% lower than in "
     "2011, when the yield was 12.4.",
     {"The apple yield fell to 12.2 tonnes per hectare in 2023": (
         [("from", "orchards.apple_yield_tonnes_per_hectare[2022]"),
          ("to", "orchards.apple_yield_tonnes_per_hectare[2023]")], "supported"),
      "That is 3.2% lower than in 2011": ([], "unsourced"),
      "when the yield was 12.4": ([], "unsourced")}),
    # the base is the pear yield's in 2011, the sentence before spoke of apples: no level of
    # the pear line was stated, so nothing is joined
    ("when-with-a-base-of-another-line", {"orchards.csv": ORCHARDS},
     "The apple yield fell to 12.2 tonnes per hectare in 2023. That is 12.1% lower than in "
     "2011, when the yield was 9.1.",
     {"The apple yield fell to 12.2 tonnes per hectare in 2023": (
         [("from", "orchards.apple_yield_tonnes_per_hectare[2022]"),
          ("to", "orchards.apple_yield_tonnes_per_hectare[2023]")], "supported"),
      "That is 12.1% lower than in 2011": ([], "unsourced"),
      "when the yield was 9.1": (
          [("figure", "orchards.pear_yield_tonnes_per_hectare[2011]")], "supported")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "tables", "article", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_levels(
    name: str,
    tables: dict[str, str],
    article: str,
    expected: dict[str, tuple[list[tuple[str, str]], str]],
    tmp_path: Path,
) -> None:
    text, report = drafted_article(tmp_path, tables, article)
    found = by_quote_listed(report)
    assert found == expected, text


# label of the level's row, label of another row, whether the second is the first's change
CHANGE_ROWS = [
    ("Households waiting (not adjusted)", "Households waiting, change from a year earlier", True),
    ("Households waiting", "Households waiting: over-the-year change", True),
    ("Households waiting", "Households waiting - net change", True),
    ("Households waiting", "Net change in households waiting", True),
    ("Households waiting", "Empty shops, change from a year earlier", False),
    ("Households waiting", "Households waiting in temporary homes", False),
    ("Households waiting", "Percent change", False),
]


@pytest.mark.parametrize(
    ("level", "other", "expected"), CHANGE_ROWS, ids=[r[1] for r in CHANGE_ROWS]
)
def test_change_rows_name_their_level(
    level: str, other: str, expected: bool, tmp_path: Path
) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f'Measure,Value\n"{level}",100\n"{other}",-5\n', encoding="utf-8")
    sources, _ = draft_sources([path], tmp_path)
    catalog = Catalog.of(sources)
    (cell,) = [cell for cell in catalog.cells if cell.figure.label == level]
    assert bool(change_rows(cell, catalog)) is expected


# text, the number, whether a draft states it as a statistic
NUMBERS = [
    ("Jo Bloggs, 71, runs the shop.", "71", False),
    ("Meanwhile, 1.6 million people waited.", "1.6 million", True),
    ("Overall, 71 councils replied.", "71", True),
    ("Additionally, 45 shops closed.", "45", True),
    ("Smith, 1,250 votes behind, conceded.", "1,250", True),
]


@pytest.mark.parametrize(("text", "number", "expected"), NUMBERS, ids=[n[0] for n in NUMBERS])
def test_a_number_after_a_sentence_adverb_is_no_age(text: str, number: str, expected: bool) -> None:
    (mention,) = [m for m in scan(text) if m.text.endswith(number.split()[0]) or m.text == number]
    assert stated(text, mention) is expected


# A statement with no number of its own before "stood at X - down from Y": nothing to join the
# base to, and the draft goes on (this once stopped the whole draft with an internal error).
TWO_YEARS = (
    '"Table 1: Orchard yields, 2023 and 2024",,\nMeasure,2023,2024\n'
    'Pears picked,"51,072","54,677"\nPear yield (tonnes per hectare),8.42,8.41\n'
)


def test_a_numberless_statement_before_a_base(tmp_path: Path) -> None:
    article = (
        "Pear yields across the county have fallen to a record low for the third time in three "
        "years. In 2024, the pear yield across both valleys, defined as the tonnes picked per "
        "hectare of orchard, stood at 8.41 – down from 8.42 in 2023, according to the growers' "
        "board. For an orchard to pay its way the yield needs to be around 10."
    )
    text, report = drafted_article(tmp_path, {"orchards.csv": TWO_YEARS}, article)
    change = {
        "orchards.pear_yield_tonnes_per_hectare[2023]",
        "orchards.pear_yield_tonnes_per_hectare[2024]",
    }
    assert any({source.ref for source in finding.sources} == change for finding in report.claims), (
        text
    )
