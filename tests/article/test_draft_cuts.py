"""Cuts that give each statement its own claim and each number its own figure (issue 12): a
clause after ", where" with a movement of its own, series words beside a change or a revision,
the two ends of a change after the change itself, two numbers of two columns of one row,
elliptical continuations after "and", and two subjects that each move in a sentence with no
number.

The sentences and the small tables are written for these tests. Each case drafts the article
against its tables, checks the draft and compares every claim: its quote, its references and
its verdict.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from _drafting import Case, by_quote, drafted, drafted_article

from claimcheck import verify
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.plan import stated
from claimcheck.article.drafting.record_parts import parts, where_parts
from claimcheck.article.scan import MentionKind, scan

# Birth rates by age group, read across two year columns.
AGES = "Age group,2022,2023\nUnder 20,10.1,9.5\n20 to 29,60.2,58.2\nWomen over 40,15.1,15.1\n"
BANDS = "Age group,2022,2023\nUnder 20,10.1,9.5\n20 to 29,60.2,58.2\n40 and over,15.1,15.1\n"
# Westvale fell too, so "where it rose" is wrong (two equal rounded figures would not settle it)
REGIONS = "Region,2022,2023\nNorthmoor,1.6,1.5\nSouthdale,1.7,1.6\nWestvale,1.4,1.2\n"
SMOKING = "Year,Share of adults vaping (%)\n1994,9.8\n2020,8.6\n2021,8.3\n"
SMOKING_SHORT = "Year,Share of adults vaping (%)\n2019,9.1\n2020,8.6\n2021,8.3\n"
REVISIONS = (
    "Hiring revisions: over-the-month change (in thousands)\n"
    "Month,As previously published,As revised\n"
    "Mar. 2025,98,72\n"
    "Apr. 2025,141,166\n"
)
NET = "Month,Net change in payrolls (thousands)\nJan 2025,151\nFeb 2025,117\nMar 2025,90\n"
TICKETS = "Year,Tickets issued\n2019,1847\n2020,4100\n2021,8203\n"
BY_NATION = "Nation,Councils with orders,Orders issued\nNorthland,147,276\nIsles,20,31\n"
SURVEY = "Survey summary,Value\nCouncils that replied,147\nOrders issued,276\nFines issued,1200\n"
BY_TRADE = (
    "Jobs by trade: over-the-month change (in thousands)\n"
    "Trade,Jul 2025,Aug 2025,Sep 2025\n"
    "Wholesale,3,8,16\n"
    "Retail,2,4,7\n"
    "Mining,1,2,3\n"
)
JOBS = (
    "Month,Payrolls (thousands),Jobless rate (%)\n"
    "Jul 2025,110,4.3\n"
    "Aug 2025,120,4.2\n"
    "Sep 2025,135,4.1\n"
)

FIRST_TIME = (
    "For the first time since 1994, the vaping share fell, from 8.6% in 2020 to 8.3% in 2021."
)
AGES_40 = {"from": "ages.women_over_40[2022]", "to": "ages.women_over_40[2023]"}
NONE: dict[str, str] = {}
# A national rate beside a table of changes by age band.
NATIONAL_RATE = "Measure,2022,2023\nTotal fertility rate,1.58,1.61\n"
BY_BAND = "Age group of mother,Percentage change 2022 to 2023 (%)\nUnder 20,-16\n45 to 49,6\n"

# Offences over two twelve-month columns.
OFFENCES = (
    "Offence,Apr 2021 to Mar 2022,Apr 2022 to Mar 2023\n"
    "Shed burglary,210,150\nBicycle theft,96,84\nVehicle crime,120,100\nDrug offences,42,47\n"
)
SHED = {"from": "crime.shed_burglary[Apr 2021 to Mar 2022]",
        "to": "crime.shed_burglary[Apr 2022 to Mar 2023]"}  # fmt: skip
BICYCLE = {"from": "crime.bicycle_theft[Apr 2021 to Mar 2022]",
           "to": "crime.bicycle_theft[Apr 2022 to Mar 2023]"}  # fmt: skip
DRUGS = {"from": "crime.drug_offences[Apr 2021 to Mar 2022]",
         "to": "crime.drug_offences[Apr 2022 to Mar 2023]"}  # fmt: skip

# Monthly changes in ferry crossings, in thousands.
CROSSINGS = (
    "Series,Jan. 2025,Feb. 2025,Mar. 2025\n"
    "Ferry crossings: over-the-month change (thousands),239,313,120\n"
)

# name, tables, article, {quote: (references, verdict)}
CASES = [
    # the value is February's, the words say January: the figure for January is proposed
    ("the-period-the-words-name", {"crossings.csv": CROSSINGS},
     "Operators added 313,000 crossings in January.",
     {"Operators added 313,000 crossings in January": (
         {"figure": "crossings.ferry_crossings_over_the_month_change_thousands[Jan. 2025]"},
         "contradicted")}),
    # a span that ends at the value's period keeps it
    ("a-span-ending-at-the-value", {"crossings.csv": CROSSINGS},
     "Operators added 313,000 crossings between January and February.",
     {"Operators added 313,000 crossings between January and February": (
         {"figure": "crossings.ferry_crossings_over_the_month_change_thousands[Feb. 2025]"},
         "supported")}),
    # the two ends of one change joined by "and" are not cut apart: the change stays with them
    ("from-one-end-and-the-other", {"crime.csv": OFFENCES},
     "Shed burglary fell from 210 in the year to March 2022 and 150 a year later – a drop of "
     "30.1 per cent.",
     {"Shed burglary fell from 210 in the year to March 2022 and 150 a year later – a drop of "
      "30.1 per cent": (SHED, "contradicted")}),
    ("with-one-end-and-the-other", {"crime.csv": OFFENCES},
     "Bicycle theft dropped 12.5 per cent with 96 crimes in the year to March 2022 and 84 in "
     "the latest figures.",
     {"Bicycle theft dropped 12.5 per cent with 96 crimes in the year to March 2022 and 84 in "
      "the latest figures": (BICYCLE, "supported")}),
    # a change from one number to another in one place, and a second number of another place
    ("from-to-and-another-place", {"crime.csv": OFFENCES},
     "Vehicle crime fell from 120 to 100 in Ashford and 300 in Kent.",
     {"Vehicle crime fell from 120 to 100 in Ashford": (
         {"from": "crime.vehicle_crime[Apr 2021 to Mar 2022]",
          "to": "crime.vehicle_crime[Apr 2022 to Mar 2023]"}, "supported"),
      "300 in Kent": (NONE, "unsourced")}),
    ("from-one-end-comma-to-the-other", {"crime.csv": OFFENCES + "Shop theft,310,352\n"},
     "Shop theft rose by 12 per cent in the same period, from 310 in 2021-22, to 352 in 2022-23.",
     {"Shop theft rose by 12 per cent in the same period, from 310 in 2021-22, to 352 in "
      "2022-23": ({"from": "crime.shop_theft[Apr 2021 to Mar 2022]",
                   "to": "crime.shop_theft[Apr 2022 to Mar 2023]"}, "contradicted")}),
    # a "to" end before the "from": what follows ", and" is another statement
    ("to-then-from-and-another", {"crime.csv": OFFENCES},
     "Shed burglary fell to 150 in 2023 from 210 in 2022, and bicycle theft fell 12.5 per cent.",
     {"Shed burglary fell to 150 in 2023 from 210 in 2022": (SHED, "supported"),
      "bicycle theft fell 12.5 per cent": (BICYCLE, "supported")}),
    # a change in per cent, then its two ends after "with": one claim
    ("ends-after-with", {"crime.csv": OFFENCES},
     "Drug offences rose by 11.9 per cent in the year to March 2023, with the latest figure "
     "standing at 47 and the figure for the year ending March 2022 at 42.",
     {"Drug offences rose by 11.9 per cent in the year to March 2023, with the latest figure "
      "standing at 47 and the figure for the year ending March 2022 at 42": (DRUGS, "supported")}),
    # 0. a closed age band written another way than the table's line
    ("a-closed-age-band", {"national.csv": NATIONAL_RATE, "ages.csv": BY_BAND},
     "Among adults between the ages of 45 and 49, the rate went up by six per cent.",
     {"Among adults between the ages of 45 and 49, the rate went up by six per cent":
      ({"figure": "ages.45_to_49[Percentage change 2022 to 2023 (%)]"}, "supported")}),
    # 1. a clause after ", where" with its own movement
    ("where-held-steady", {"ages.csv": AGES},
     "Birth rates fell in every age group except women over 40, where they held steady.",
     {"Birth rates fell in every age group except women over 40": (NONE, "unsourced"),
      "they held steady": (AGES_40, "supported")}),
    ("where-an-age-band-written-another-way", {"bands.csv": BANDS},
     "Birth rates fell in every age group except the over-40s, where they held steady.",
     {"Birth rates fell in every age group except the over-40s": (NONE, "unsourced"),
      "they held steady": ({"from": "bands.40_and_over[2022]", "to": "bands.40_and_over[2023]"},
                           "supported")}),
    ("where-with-a-number", {"ages.csv": AGES},
     "Birth rates fell in every age group except women over 40, where the rate stayed at 15.1.",
     {"Birth rates fell in every age group except women over 40": (NONE, "unsourced"),
      "the rate stayed at 15.1": (AGES_40, "supported")}),
    ("where-said-wrongly", {"regions.csv": REGIONS},
     "Fertility fell in every region except Westvale, where it rose.",
     {"Fertility fell in every region except Westvale": (NONE, "unsourced"),
      "it rose": ({"from": "regions.westvale[2022]", "to": "regions.westvale[2023]"},
                  "contradicted")}),
    # 2. series words beside a change or a revision
    ("first-time-beside-a-change", {"smoking.csv": SMOKING},
     "For the first time since 1994, the vaping share fell, from 8.6% in 2020 to 8.3% in 2021.",
     {"For the first time since 1994": (
         {"from": "smoking.share_of_adults_vaping[2020]",
          "to": "smoking.share_of_adults_vaping[2021]"}, "needs_review"),
      "the vaping share fell, from 8.6% in 2020 to 8.3% in 2021": (
         {"from": "smoking.share_of_adults_vaping[2020]",
          "to": "smoking.share_of_adults_vaping[2021]"}, "supported")}),
    ("series-words-the-table-cannot-reach", {"smoking.csv": SMOKING_SHORT}, FIRST_TIME,
     {FIRST_TIME[:-1]: (
         {"from": "smoking.share_of_adults_vaping[2020]",
          "to": "smoking.share_of_adults_vaping[2021]"}, "needs_review")}),
    ("smallest-in-a-span-beside-a-change", {"smoking.csv": SMOKING_SHORT},
     "The vaping share fell from 8.6% to 8.3%, the lowest in more than a decade.",
     {"The vaping share fell from 8.6% to 8.3%": (
         {"from": "smoking.share_of_adults_vaping[2020]",
          "to": "smoking.share_of_adults_vaping[2021]"}, "supported"),
      "the lowest in more than a decade": (  # the whole line: it starts after the decade
         {"from": "smoking.share_of_adults_vaping[2019]",
          "to": "smoking.share_of_adults_vaping[2021]"}, "needs_review")}),
    ("series-words-beside-a-revision", {"revisions.csv": REVISIONS},
     "March was revised down to 72,000, the smallest increase in more than a year.",
     {"March was revised down to 72,000": (
         {"from": "revisions.as_previously_published[Mar. 2025]",
          "to": "revisions.as_revised[Mar. 2025]"}, "supported"),
      "the smallest increase in more than a year": (
         {"from": "revisions.as_previously_published[Mar. 2025]",
          "to": "revisions.as_revised[Mar. 2025]"}, "needs_review")}),
    ("series-words-beside-a-later-revision", {"revisions.csv": REVISIONS},
     "April was revised up to 166,000, the largest increase in more than a year.",
     {"April was revised up to 166,000": (
         {"from": "revisions.as_previously_published[Apr. 2025]",
          "to": "revisions.as_revised[Apr. 2025]"}, "supported"),
      "the largest increase in more than a year": (
         {"from": "revisions.as_revised[Mar. 2025]",
          "to": "revisions.as_revised[Apr. 2025]"}, "needs_review")}),
    ("weakest-in-months-beside-a-change-figure", {"net.csv": NET},
     "Payrolls rose 90,000 in March, the weakest in six months.",
     {"Payrolls rose 90,000 in March": (
         {"figure": "net.net_change_in_payrolls_thousands[Mar 2025]"}, "supported"),
      "the weakest in six months": (
         {"from": "net.net_change_in_payrolls_thousands[Feb 2025]",
          "to": "net.net_change_in_payrolls_thousands[Mar 2025]"}, "needs_review")}),
    # 3. the two ends of a change after the change itself
    ("ends-after-the-change", {"tickets.csv": TICKETS},
     "Tickets rose more than fourfold over two years, from 1847 in 2019 to 8203 in 2021.",
     {"Tickets rose more than fourfold over two years, from 1847 in 2019 to 8203 in 2021": (
         {"from": "tickets.tickets_issued[2019]", "to": "tickets.tickets_issued[2021]"},
         "supported")}),
    ("ends-after-a-wrong-change", {"tickets.csv": TICKETS},
     "Tickets rose more than sixfold over two years, from 1847 in 2019 to 8203 in 2021.",
     {"Tickets rose more than sixfold over two years, from 1847 in 2019 to 8203 in 2021": (
         {"from": "tickets.tickets_issued[2019]", "to": "tickets.tickets_issued[2021]"},
         "contradicted")}),
    ("a-change-with-its-own-period", {"tickets.csv": TICKETS},
     "Tickets rose 5% last year, from 1847 in 2019 to 8203 in 2021.",
     {"Tickets rose 5% last year": (
         {"from": "tickets.tickets_issued[2020]", "to": "tickets.tickets_issued[2021]"},
         "contradicted"),
      "from 1847 in 2019 to 8203 in 2021": (
         {"from": "tickets.tickets_issued[2019]", "to": "tickets.tickets_issued[2021]"},
         "supported")}),
    # 4. two numbers of two columns of one row
    ("two-columns-of-a-row", {"nations.csv": BY_NATION},
     "147 councils introduced 276 orders in the period.",
     {"147 councils": ({"figure": "nations.councils_with_orders[Northland]"}, "supported"),
      "introduced 276 orders in the period": (
         {"figure": "nations.orders_issued[Northland]"}, "supported")}),
    ("after-a-place-and-a-comma", {"nations.csv": BY_NATION},
     "In Northland, 147 councils introduced 276 orders.",
     {"In Northland, 147 councils": (
         {"figure": "nations.councils_with_orders[Northland]"}, "supported"),
      "introduced 276 orders": ({"figure": "nations.orders_issued[Northland]"}, "supported")}),
    ("a-second-count-with-no-figure", {"nations.csv": BY_NATION},
     "In Northland, 147 councils introduced 290 orders.",
     {"In Northland, 147 councils": (
         {"figure": "nations.councils_with_orders[Northland]"}, "supported"),
      "introduced 290 orders": (NONE, "unsourced")}),
    ("two-rows-of-a-summary", {"survey.csv": SURVEY},
     "The 147 councils that replied issued 276 orders.",
     {"The 147 councils that replied": (
         {"figure": "survey.value[Councils that replied]"}, "supported"),
      "issued 276 orders": ({"figure": "survey.value[Orders issued]"}, "supported")}),
    ("one-word-between-two-rows", {"survey.csv": SURVEY},
     "Of the councils that replied, 147 issued 276 orders.",
     {"Of the councils that replied, 147 issued": (
         {"figure": "survey.value[Councils that replied]"}, "supported"),
      "276 orders": ({"figure": "survey.value[Orders issued]"}, "supported")}),
    # 5. elliptical continuations
    ("elliptical-of-another-value", {"trades.csv": BY_TRADE},
     "Employers added 16,000 jobs in wholesale and 5,000 in retail.",
     {"Employers added 16,000 jobs in wholesale": (
         {"figure": "trades.wholesale[Sep 2025]"}, "supported"),
      "5,000 in retail": ({"figure": "trades.retail[Sep 2025]"}, "contradicted")}),
    ("elliptical-takes-the-period", {"trades.csv": BY_TRADE},
     "Jobs rose 16,000 in wholesale and 1,000 in mining.",
     {"Jobs rose 16,000 in wholesale": ({"figure": "trades.wholesale[Sep 2025]"}, "supported"),
      "1,000 in mining": ({"figure": "trades.mining[Sep 2025]"}, "contradicted")}),
    ("elliptical-of-the-right-value", {"trades.csv": BY_TRADE},
     "Jobs rose 16,000 in wholesale and 7,000 in retail last month.",
     {"Jobs rose 16,000 in wholesale": ({"figure": "trades.wholesale[Sep 2025]"}, "supported"),
      "7,000 in retail last month": ({"figure": "trades.retail[Sep 2025]"}, "supported")}),
    # 6. two subjects that each move, with no number
    ("two-subjects-two-lines", {"jobs.csv": JOBS},
     "Payrolls grew and the jobless rate edged down in September.",
     {"Payrolls grew": (
         {"from": "jobs.payrolls_thousands[Aug 2025]", "to": "jobs.payrolls_thousands[Sep 2025]"},
         "supported"),
      "the jobless rate edged down in September": (
         {"from": "jobs.jobless_rate[Aug 2025]", "to": "jobs.jobless_rate[Sep 2025]"},
         "supported")}),
    ("two-subjects-one-wrong", {"jobs.csv": JOBS},
     "Payrolls grew, but the jobless rate rose.",
     {"Payrolls grew": (
         {"from": "jobs.payrolls_thousands[Aug 2025]", "to": "jobs.payrolls_thousands[Sep 2025]"},
         "supported"),
      "the jobless rate rose": (
         {"from": "jobs.jobless_rate[Aug 2025]", "to": "jobs.jobless_rate[Sep 2025]"},
         "contradicted")}),
    ("a-direction-on-a-line-of-changes", {"net.csv": NET},
     "Payrolls grew and wages were flat.",
     {"Payrolls grew": (NONE, "unsourced"), "wages were flat": (NONE, "unsourced")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "tables", "article", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_cuts(
    name: str,
    tables: dict[str, str],
    article: str,
    expected: dict[str, tuple[dict[str, str], str]],
    tmp_path: Path,
) -> None:
    text, report = drafted_article(tmp_path, tables, article)
    found = by_quote(report)
    assert found == expected, text


def test_the_reasons_are_written(tmp_path: Path) -> None:
    """Each claim with no references says why in the draft, for the reporter."""
    case = Case(
        "reasons",
        {"ages.csv": AGES, "net.csv": NET},
        "Birth rates fell in every age group except women over 40, where they held steady. "
        "Payrolls grew and the jobless count was flat. "
        "March was revised down to 72,000, the smallest increase in more than a year.",
        "",
        {},
        "",
        None,
    )
    text, _ = drafted(tmp_path, replace(case, tables={**case.tables, "rev.csv": REVISIONS}))
    assert "speaks of several lines at once" in text
    assert "a direction said of a line of changes" in text
    assert "series words beside the change they follow" in text


# text, the statements of a sentence with no number, why
PARTS = [
    ("Payrolls grew and the jobless rate edged down.",
     ["Payrolls grew", "the jobless rate edged down."], "two subjects, each moving"),
    ("Sales fell, but prices held steady in May.",
     ["Sales fell", "prices held steady in May."], "', but' between two subjects"),
    ("Payrolls rose and then fell.", [], "one subject moving twice"),
    ("Payrolls grew in August and September.", [], "'and' inside a period"),
    ("Rates fell in the black and white groups, but rose elsewhere.", [],
     "no subject of its own after 'but'"),
    ("Costs fell in the North and Wales saw rents rise.", [],
     "a verb that moves nothing said ('saw')"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "why"), PARTS, ids=[p[2] for p in PARTS])
def test_parts(text: str, expected: list[str], why: str) -> None:
    assert [text[p.start : p.end] for p in parts(text, 0, len(text))] == expected, why


def test_where_parts_name_the_group_after_except() -> None:
    text = "Rents rose in every town apart from Eastby, where they were unchanged."
    before, after = where_parts(text, 0, len(text))
    assert before.across
    assert text[before.start : before.end] == "Rents rose in every town apart from Eastby"
    assert after.subject is not None
    assert text[after.subject[0] : after.subject[1]] == "Eastby"
    assert where_parts("Rents were high in Eastby, where most people rent.", 0, 50) == []


# text, the kinds of the numbers the draft states, why
YEARS = [
    ("Tickets rose from 1847 in 2019 to 8203 in 2021.", ["1847", "8203"],
     "a year-like count at an end of a change, with its own year"),
    ("Tickets rose from 1847 tickets in 2019 to 8203.", ["1847", "8203"], "with its noun"),
    ("Tickets rose from 1990 to 2016.", [], "two years"),
    ("Output fell from 1990 levels in 2020.", [], "a year that qualifies 'levels'"),
    ("The rate has not been this low since 1977 in any region.", [], "a year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "why"), YEARS, ids=[y[2] for y in YEARS])
def test_counts_that_look_like_years(text: str, expected: list[str], why: str) -> None:
    found = [m for m in scan(text, html=False) if stated(text, m)]
    assert [m.text for m in found] == expected, why
    assert all(m.kind is MentionKind.COUNT for m in found)


def test_the_engine_reads_the_count_at_an_end_of_a_change() -> None:
    finding = verify("Tickets rose from 1847 in 2019 to 8203 in 2021", before="1847", after="8203")
    assert finding.verdict.value == "supported", finding.explanation
    assert "1847: given.before is 1847" in finding.explanation


# text, the age bands it names as concepts, why
BANDS_WRITTEN = [
    ("the over-40s", {"aged40plus"}, "a group"),
    ("women over 40", {"aged40plus"}, "over and a number"),
    ("40 and over", {"aged40plus"}, "a label"),
    ("aged 40 or older", {"aged40plus"}, "or older"),
    ("40+", {"aged40plus"}, "a plus sign"),
    ("the under-20s", {"agedunder20"}, "under"),
    ("over 2,000 people", set(), "a count after 'over'"),
    ("over 40% of staff", set(), "a percentage after 'over'"),
    ("35 to 39", {"aged35to39"}, "a closed band as a label"),
    ("between the ages of 45 and 49", {"aged45to49"}, "between the ages of"),
    ("mothers aged 20-24", {"aged20to24"}, "a hyphenated band"),
    ("25 to 29-year-olds", {"aged25to29"}, "year-olds"),
    ("rose from 12 to 18", set(), "the two ends of a change"),
    ("up 12 to 18 per cent", set(), "a range of percentages"),
    ("waits of 6 to 8 weeks", set(), "a range of weeks"),
    ("from 2014 to 2015", set(), "two years"),
]


@pytest.mark.parametrize(
    ("text", "expected", "why"), BANDS_WRITTEN, ids=[b[2] for b in BANDS_WRITTEN]
)
def test_age_bands_are_one_concept(text: str, expected: set[str], why: str) -> None:
    assert {c for c in concepts(text) if c.startswith("aged") and c != "aged"} == expected, why
