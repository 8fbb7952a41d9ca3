"""A story's words against a table's labels: newsroom verbs and nouns for a heading
("refused" for "Rejected", "bike riders" for "Pedal cyclists"), the national row named by
"nationally" or "across the country" (``link_nation``), and two rows of one column compared in
one statement (``link_areas``). The sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, by_quote_listed, drafted, drafted_article

from claimcheck.article.drafting.link_nation import national_row
from claimcheck.article.drafting.link_words import concepts

PERMITS = (
    "Outcome,2023,2024\nPermit requests approved,2040,1980\nPermit requests rejected,1950,2030\n"
)
REJECTED = {"figure": "p.permit_requests_rejected[2024]"}

WORDS = [
    ("refused", "The board refused about 2,000 permit requests in 2024.", REJECTED, "supported"),
    ("refusals", "Refusals of permit requests reached about 2,000 in 2024.", REJECTED,
     "supported"),
    ("turned-down", "The board turned down about 2,000 permit requests in 2024.", REJECTED,
     "supported"),
    ("rejected", "The board rejected about 2,000 permit requests in 2024.", REJECTED,
     "supported"),
    ("granted", "The board granted about 2,000 permit requests in 2024.",
     {"figure": "p.permit_requests_approved[2024]"}, "supported"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "article", "references", "verdict"), WORDS, ids=[c[0] for c in WORDS]
)
def test_a_newsroom_verb_names_its_heading(
    name: str, article: str, references: dict[str, str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted(tmp_path, Case(name, {"p.csv": PERMITS}, article, "", {}, "", None))
    (finding,) = report.claims
    assert {source.role: source.ref for source in finding.sources} == references, text
    assert finding.verdict.value == verdict, text


ROADS = "Road user,2022,2023\nPedestrians,385,405\nPedal cyclists,91,87\nMotorcyclists,350,310\n"


@pytest.mark.parametrize(
    "article",
    ["Deaths among bike riders fell to 87 in 2023.", "Bicycle riders killed fell from 91 to 87."],
)
def test_bike_riders_are_cyclists(article: str, tmp_path: Path) -> None:
    text, report = drafted(tmp_path, Case("", {"r.csv": ROADS}, article, "", {}, "", None))
    (finding,) = report.claims
    refs = {source.role: source.ref for source in finding.sources}
    assert refs == {"from": "r.pedal_cyclists[2022]", "to": "r.pedal_cyclists[2023]"}, text
    assert finding.verdict.value == "supported", text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("rejected", "reject"),
        ("refusals", "reject"),
        ("turned them down", "reject"),
        ("bike riders", "cyclist"),
        ("nationally", "national"),
        ("across the country", "national"),
        ("nationwide", "national"),
        ("the country as a whole", "national"),
        ("Pushcyclists", "cyclist"),
        ("Schoolchildren", "pupil"),
        ("Cybercrimes", "crime"),
        ("Taxidrivers", "driver"),
    ],
)
def test_the_words_give_the_concept(text: str, concept: str) -> None:
    assert concept in concepts(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Motorcyclists", "cyclist"),
        ("Stepchildren", "pupil"),
        ("Exoffenders", "crime"),
        ("Warehouses", "house"),
        ("the nation's capital", "national"),
    ],
)
def test_the_words_do_not_give_the_concept(text: str, concept: str) -> None:
    """A qualifier that makes the noun another thing, or a noun left out of compounds."""
    assert concept not in concepts(text)


@pytest.mark.parametrize(
    ("label", "national"),
    [
        ("England", True),
        ("England and Wales", True),
        ("UK", True),
        ("United States", True),
        ("National", True),
        ("Total", True),
        ("North East", False),
        ("Total offences", False),
        ("National Insurance", False),
    ],
)
def test_a_national_row(label: str, national: bool) -> None:
    assert national_row(label) is national


RATES = "Area,Rate per 1000 people 2024\nNorth East,7.9\nNorth West,6.6\nLondon,6.5\nEngland,6.5\n"
PERMITS_BY_AREA = "Area,2023,2024\nNorthvale,1200,1350\nEastmoor,980,1010\nTotal,5400,5700\n"
ENGLAND = {"figure": "a.england[Rate per 1000 people 2024]"}
TOTAL = {"from": "a.total[2023]", "to": "a.total[2024]"}

NATIONAL = [
    ("nationally", RATES, "Nationally, the rate stood at 6.5 per 1,000 people.", ENGLAND,
     "supported"),
    ("across-the-country", RATES, "Across the country, the rate was about 6.6 per 1,000.",
     ENGLAND, "supported"),
    ("total-across", PERMITS_BY_AREA, "Across the country, permits rose by 300 in 2024.", TOTAL,
     "supported"),
    ("total-nationally", PERMITS_BY_AREA, "Permits rose 5.6% nationally in 2024.", TOTAL,
     "supported"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "table", "article", "references", "verdict"), NATIONAL, ids=[c[0] for c in NATIONAL]
)
def test_national_words_name_the_one_national_row(
    name: str, table: str, article: str, references: dict[str, str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted(tmp_path, Case(name, {"a.csv": table}, article, "", {}, "", None))
    (finding,) = report.claims
    assert {source.role: source.ref for source in finding.sources} == references, text
    assert finding.verdict.value == verdict, text


def test_a_national_change_of_another_size_is_not_supported(tmp_path: Path) -> None:
    article = "Nationally, permits rose by 400 in 2024."
    text, report = drafted(
        tmp_path, Case("", {"a.csv": PERMITS_BY_AREA}, article, "", {}, "", None)
    )
    (finding,) = report.claims
    assert finding.verdict.value != "supported", text


def test_two_national_rows_name_neither(tmp_path: Path) -> None:
    """With "England" and "England and Wales" both in the table, "nationally" says neither."""
    table = RATES.replace("London,6.5\n", "England and Wales,6.5\n")
    text, report = drafted(
        tmp_path,
        Case("", {"a.csv": table}, "Nationally, the rate was 6.5 per 1,000.", "", {}, "", None),
    )
    (finding,) = report.claims
    assert not finding.sources, text


AREAS = (
    "Area,Rate per 1000 people 2023,Rate per 1000 people 2024\n"
    "Northvale,7.4,7.9\n"
    "Eastmoor,3.8,3.9\n"
    "Southby,5.1,5.0\n"
    "Westmarsh,4.0,4.4\n"
)
NORTHVALE = ("figures", "a.northvale[Rate per 1000 people 2024]")
EASTMOOR = ("figures", "a.eastmoor[Rate per 1000 people 2024]")
WESTMARSH = ("figures", "a.westmarsh[Rate per 1000 people 2024]")

COMPARED = [
    ("brackets", "The rate was higher in Northvale (7.9) than in Eastmoor (3.9).",
     [EASTMOOR, NORTHVALE], "supported"),
    ("lower", "The rate was lower in Eastmoor (3.9) than in Northvale (7.9).",
     [EASTMOOR, NORTHVALE], "supported"),
    ("the-wrong-way", "The rate was higher in Eastmoor (3.9) than in Northvale (7.9).",
     [EASTMOOR, NORTHVALE], "contradicted"),
    ("commas", "The rate was higher in Northvale, at 7.9 per 1,000 people, than in Westmarsh, "
     "at 4.4.", [NORTHVALE, WESTMARSH], "supported"),
    ("above", "The rate in Northvale, 7.9, was above the rate in Eastmoor, 3.9.",
     [EASTMOOR, NORTHVALE], "supported"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "article", "references", "verdict"), COMPARED, ids=[c[0] for c in COMPARED]
)
def test_two_areas_compared_in_one_claim(
    name: str, article: str, references: list[tuple[str, str]], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted_article(tmp_path, {"a.csv": AREAS}, article)
    found = by_quote_listed(report)
    assert list(found.values()) == [(references, verdict)], text


def test_two_periods_are_no_comparison_of_areas(tmp_path: Path) -> None:
    """Two numbers of two columns (2023 and 2024) are not two areas of one measure."""
    article = "The rate was higher in Northvale (7.9) than in Eastmoor (3.8)."
    text, report = drafted_article(tmp_path, {"a.csv": AREAS}, article)
    refs = [refs for refs, _ in by_quote_listed(report).values()]
    assert [NORTHVALE, ("figures", "a.eastmoor[Rate per 1000 people 2023]")] not in refs, text


MEASURES = (
    "Measure,Value\n"
    "Live births,605479\n"
    "Deaths,577160\n"
    "Birth rate per 1000 people,10.2\n"
    "Total fertility rate,1.44\n"
)

APART = [
    "The birth rate was lower, at 10.2, than live births (605,479).",
    "Live births rose to 605,479 from 10.2.",
    "Live births were the highest of the measures, at 605,479.",
]


@pytest.mark.parametrize("article", APART)
def test_lines_of_different_measures_are_no_series(article: str, tmp_path: Path) -> None:
    """A count and a rate in one column are never compared, changed or ranked as one."""
    text, report = drafted_article(tmp_path, {"m.csv": MEASURES}, article)
    for refs, verdict in by_quote_listed(report).values():
        assert len(refs) <= 1, text
        assert verdict != "contradicted", text


SUMMARY = (
    "Measure,Period,Value\n"
    "Change in payrolls (thousands),Mar 2025,140\n"
    "Net revision to prior two months (thousands),Jan 2025 to Feb 2025,-35\n"
    "Three-month average change in payrolls (thousands),Jan 2025 to Mar 2025,155\n"
    "Jobless rate (%),Mar 2025,4.3\n"
    "Jobless rate (%),Feb 2025,4.2\n"
)
RATE_FEB = "s.value[Jobless rate (%), Feb 2025]"
RATE_MAR = "s.value[Jobless rate (%), Mar 2025]"

MEASURE_VALUE = [
    ("payrolls", "Payrolls rose by 140,000 in March.",
     {"figure": "s.value[Change in payrolls (thousands), Mar 2025]"}, "supported"),
    ("average", "Payroll gains averaged 155,000 over the past three months.",
     {"figure": "s.value[Three-month average change in payrolls (thousands), Jan 2025 to Mar "
      "2025]"}, "supported"),
    ("rate-change", "The jobless rate rose to 4.3% in March from 4.2% in February.",
     {"from": RATE_FEB, "to": RATE_MAR}, "supported"),
    ("rate-level", "The jobless rate was 4.2% in February.", {"figure": RATE_FEB}, "supported"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "article", "references", "verdict"), MEASURE_VALUE, ids=[c[0] for c in MEASURE_VALUE]
)
def test_a_measure_value_table_gives_labelled_figures(
    name: str, article: str, references: dict[str, str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted(tmp_path, Case(name, {"s.csv": SUMMARY}, article, "", {}, "", None))
    (finding,) = report.claims
    assert {source.role: source.ref for source in finding.sources} == references, text
    assert finding.verdict.value == verdict, text


PRICES = (
    "Area,Average price 2024 (£)\n"
    "England,252000\n"
    "Wales,190000\n"
    "Scotland,180000\n"
    "South East,310000\n"
    "East of England,330000\n"
    "United Kingdom,235000\n"
)

PLACES = [
    ("another-row", "Average prices across the UK reached £252,000 in 2024.", {},
     "the table's line for UK does not hold it"),
    ("its-own-row", "Average prices in the UK reached £235,000 in 2024.",
     {"figure": "uk_prices.united_kingdom[Average price 2024 (£)]"}, ""),
    ("a-region", "Average prices in the South East reached £310,000 in 2024.",
     {"figure": "uk_prices.south_east[Average price 2024 (£)]"}, ""),
    ("england", "Average prices in England reached £252,000 in 2024.",
     {"figure": "uk_prices.england[Average price 2024 (£)]"}, ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "article", "references", "todo"), PLACES, ids=[c[0] for c in PLACES]
)
def test_a_place_that_is_a_row_names_that_row(
    name: str, article: str, references: dict[str, str], todo: str, tmp_path: Path
) -> None:
    """A value that fits another row than the place the words name is not that place's figure,
    whatever the file's name says ("uk-prices")."""
    tables = {"uk-prices.csv": PRICES}
    text, report = drafted(tmp_path, Case(name, tables, article, "", {}, "", None))
    (finding,) = report.claims
    assert {source.role: source.ref for source in finding.sources} == references, text
    assert todo in text
