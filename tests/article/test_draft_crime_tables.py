"""Local crime and road-death stories over release tables (issue 12).

- a change found in a change column, on a row that also holds its two levels, is linked
  ``from`` one level ``to`` the other (``link_levels``);
- a change and its base in a "when" clause that opens with the number ("when 3,990 were
  recorded") are one claim (``join_when``);
- "violent crime" names the violence row, and "lost their lives" names deaths
  (``link_words``);
- "one" that counts a thing a table's labels name is a statistic (``counted_one``);
- a thing named with no qualifier ("Crime rose") is its table's total line
  (``total_lines``), and "year-on-year" speaks of a line of twelve-month periods;
- a change said after the earlier level runs to the later figure the sentence before spoke
  of (``join_later``).

The sentences and the small tables are written for these tests. Each case drafts the article
against its tables, checks the draft and compares the claims it names: quote, references (a
sorted list of role and reference) and verdict.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed, by_quote_listed, drafted_article

from claimcheck.article.drafting.counted_one import counted_ones
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.scan import scan
from claimcheck.claimfile.table_sources import draft_sources

GROUPS = (
    "Offence group,2022,2023,Change,Percentage change (%)\n"
    'Total recorded crime,"15,200","16,040",840,5.5\n'
    'Burglary,"1,250","1,070",-180,-14.4\n'
    'Vehicle offences,,"2,210",,6.0\n'
)
DRIFTED = "Offence group,2022,2023,Percentage change (%)\nShoplifting,400,440,5\n"
SINCE = "Offence group,2019,2022,2023,Change since 2019 (%)\nShoplifting,420,400,440,4.8\n"
ROADS = (
    '"Road deaths and death rate, 2022 and 2023",,,,,\n'
    "Area,Deaths 2022,Deaths 2023,Percent change in deaths (%),"
    "Death rate 2022,Death rate 2023\n"
    'All roads,"1,620","1,540",-4.9,2.71,2.55\n'
)
TWELVE_MONTHS = (
    '"Police recorded crime by offence group, Westvale",,\n'
    "Offence group,Apr 2021 to Mar 2022,Apr 2022 to Mar 2023\n"
    'Total recorded crime (excluding fraud),"8,410","9,120"\n'
    "Possession of weapons offences,64,71\n"
    'Theft offences,"2,300","2,460"\n'
)
MONTHS = (
    '"Police recorded crime by offence group, Westvale",,\n'
    "Offence group,Jan 2023,Feb 2023\n"
    "Total recorded crime,910,980\n"
    "Theft offences,300,320\n"
)
VIOLENCE = (
    "Offence group,Apr 2022 to Mar 2023\n"
    'Total recorded crime,"7,900"\n'
    'Violence against the person,"2,230"\n'
    'Theft offences,"2,170"\n'
    "Homicide,1\n"
    "Stalking and harassment,412\n"
)
BURGLARIES = (
    "Offence group,Apr 2021 to Mar 2022,Apr 2022 to Mar 2023\n"
    'Burglary,"3,980","4,310"\n'
    'Robbery,"1,020","1,105"\n'
)
YEARS = 'Offence group,2021,2022\nBurglary,"3,980","4,310"\n'

CHANGE = "groups.total_recorded_crime"
ROAD = "roads.all_roads"

# name, tables, article, {quote: (references, verdict)} for the claims the case is about
CASES = [
    # 1. a change column beside both levels: the levels
    (
        "fewer-with-both-years",
        {"groups.csv": GROUPS},
        "There were 180 fewer burglaries in 2023 than 2022.",
        {
            "There were 180 fewer burglaries in 2023 than 2022": (
                [("from", "groups.burglary[2022]"), ("to", "groups.burglary[2023]")],
                "supported",
            )
        },
    ),
    (
        "per-cent-with-no-year",
        {"groups.csv": GROUPS},
        "Recorded crime in the county rose 5.5%.",
        {
            "Recorded crime in the county rose 5.5%": (
                [("from", f"{CHANGE}[2022]"), ("to", f"{CHANGE}[2023]")],
                "supported",
            )
        },
    ),
    (
        "headline-of-a-measure-among-two",
        {"roads.csv": ROADS},
        "Road deaths down 4.9%",
        {
            "Road deaths down 4.9%": (
                [("from", f"{ROAD}[Deaths 2022]"), ("to", f"{ROAD}[Deaths 2023]")],
                "supported",
            )
        },
    ),
    # the earlier level blank: the change column
    (
        "no-earlier-level",
        {"groups.csv": GROUPS},
        "Vehicle offences rose 6%.",
        {
            "Vehicle offences rose 6%": (
                [("figure", "groups.vehicle_offences[Percentage change (%)]")],
                "supported",
            )
        },
    ),
    # the levels do not bear the stated change out: the column the number matched
    (
        "levels-that-disagree",
        {"drifted.csv": DRIFTED},
        "Shoplifting rose 5%.",
        {
            "Shoplifting rose 5%": (
                [("figure", "drifted.shoplifting[Percentage change (%)]")],
                "supported",
            )
        },
    ),
    # a column that runs from another year than the one before the latest
    (
        "change-since-another-year",
        {"since.csv": SINCE},
        "Shoplifting rose 4.8%.",
        {
            "Shoplifting rose 4.8%": (
                [("figure", "since.shoplifting[Change since 2019 (%)]")],
                "supported",
            )
        },
    ),
    # 2. a base in a "when" clause that opens with its number
    (
        "when-with-a-number",
        {"burglaries.csv": BURGLARIES},
        "Police logged 4,310 burglaries in the year to March 2023. That is up 8% on the previous "
        "year, when 3,980 were recorded.",
        {
            "That is up 8% on the previous year, when 3,980 were recorded": (
                [
                    ("from", "burglaries.burglary[Apr 2021 to Mar 2022]"),
                    ("to", "burglaries.burglary[Apr 2022 to Mar 2023]"),
                ],
                "supported",
            )
        },
    ),
    # 3. violent crime is the violence row, not crime as a whole nor thefts
    (
        "violent-crime",
        {"violence.csv": VIOLENCE},
        "Officers recorded more than 2,100 violent crimes in the district last year.",
        {
            "Officers recorded more than 2,100 violent crimes in the district last year": (
                [("figure", "violence.violence_against_the_person[Apr 2022 to Mar 2023]")],
                "supported",
            )
        },
    ),
    # 4. "one" that counts a row's thing
    (
        "one-murder",
        {"violence.csv": VIOLENCE},
        "There was one murder, and 412 reports of stalking or harassment.",
        {
            "There was one murder": (
                [("figure", "violence.homicide[Apr 2022 to Mar 2023]")],
                "supported",
            ),
            "412 reports of stalking or harassment": (
                [("figure", "violence.stalking_and_harassment[Apr 2022 to Mar 2023]")],
                "supported",
            ),
        },
    ),
    # 5. crime with no qualifier is the total; "year-on-year" over twelve-month periods
    (
        "crime-is-the-total",
        {"months12.csv": TWELVE_MONTHS},
        "Crime has risen year-on-year in Westvale. Police recorded 9,120 offences in the year "
        "to March 2023.",
        {
            "Crime has risen year-on-year in Westvale": (
                [
                    ("from", "months12.total_recorded_crime_excluding_fraud[Apr 2021 to Mar 2022]"),
                    ("to", "months12.total_recorded_crime_excluding_fraud[Apr 2022 to Mar 2023]"),
                ],
                "supported",
            )
        },
    ),
    # 6. a change after the earlier level runs to the figure of the sentence before (a size
    # that fits joins the two into one claim; one that does not is the change's own claim)
    (
        "rise-after-the-earlier-level",
        {"years.csv": YEARS},
        "Police logged 4,310 burglaries in 2022. In the same months a year before they logged "
        "3,980 burglaries - a rise of 330.",
        {
            "In the same months a year before they logged 3,980 burglaries - a rise of 330": (
                [("from", "years.burglary[2021]"), ("to", "years.burglary[2022]")],
                "supported",
            )
        },
    ),
    (
        "wrong-rise-after-the-earlier-level",
        {"years.csv": YEARS},
        "Police logged 4,310 burglaries in 2022. In the same months a year before they logged "
        "3,980 burglaries - a rise of 303.",
        {
            "a rise of 303": (
                [("from", "years.burglary[2021]"), ("to", "years.burglary[2022]")],
                "contradicted",
            )
        },
    ),
]


@pytest.mark.parametrize(
    ("name", "tables", "article", "expected"), CASES, ids=[case[0] for case in CASES]
)
def test_crime_tables(
    name: str,
    tables: dict[str, str],
    article: str,
    expected: dict[str, tuple[list[tuple[str, str]], str]],
    tmp_path: Path,
) -> None:
    assert_listed(tmp_path, tables, article, expected)


# Sentences that must not be linked by these rules: (name, tables, article, quote that must
# have no references, or None when no claim may quote the sentence at all)
NOT_LINKED = [
    # a rise beside the earlier level with no words placing it as a base, and a size that
    # does not fit: the change may run from a year the tables do not hold
    (
        "rise-of-another-year",
        {"years.csv": YEARS},
        "Police logged 4,310 burglaries in 2022. In 2021 there were 3,980 burglaries, a rise "
        "of 200.",
        "a rise of 200",
    ),
    # "year-on-year" over a line of months: the latest pair is no year
    (
        "year-on-year-over-months",
        {"months.csv": MONTHS},
        "Crime has risen year-on-year in Westvale. Police recorded 980 offences in February 2023.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "tables", "article", "quote"), NOT_LINKED, ids=[case[0] for case in NOT_LINKED]
)
def test_not_linked(
    name: str, tables: dict[str, str], article: str, quote: str | None, tmp_path: Path
) -> None:
    text, report = drafted_article(tmp_path, tables, article)
    found = by_quote_listed(report)
    if quote is None:
        assert not any(q.startswith("Crime has risen") and refs for q, (refs, _) in found.items())
    else:
        assert found[quote][0] == [], text


# text, concept, whether the text names it
CONCEPTS = [
    ("violent crime", "violence", True),
    ("violent crime", "crime", False),
    ("violent offences rose", "violence", True),
    ("Violence against the person", "violence", True),
    ("fewer drivers lost their lives", "death", True),
    ("lives were lost on the roads", "death", True),
    ("cyclists losing their life", "death", True),
    ("their life expectancy", "death", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), CONCEPTS)
def test_newsroom_concepts(text: str, name: str, expected: bool) -> None:
    assert (name in concepts(text)) is expected


# text, whether its "one" is stated as a count over the violence table
ONES = [
    ("There was one homicide in the town.", True),
    ("There was also one murder.", True),
    ("Police recorded just one homicide.", True),
    ("One of the main factors was theft.", False),
    ("There was one reason for the rise.", False),
    ("One homicide detective said the figures were worrying.", False),
    ("Councils issue just one homicide report a week.", False),
]


@pytest.mark.parametrize(("text", "expected"), ONES)
def test_one_that_counts(text: str, expected: bool, tmp_path: Path) -> None:
    path = tmp_path / "violence.csv"
    path.write_text(VIOLENCE, encoding="utf-8")
    sources, _ = draft_sources([path], tmp_path)
    mentions = [m for m in counted_ones(text, scan(text), Catalog.of(sources)) if m.value == 1]
    assert any(m.statistical for m in mentions) is expected
