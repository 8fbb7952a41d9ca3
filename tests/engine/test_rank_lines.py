"""Rankings of a category down its table's column: a superlative or a top-N said of one line of
a table of categories, judged against the other lines at the same label (docs/policy.md,
"Rankings across the lines of a table"). Every table and sentence here is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _wording import case_id

import claimcheck
from claimcheck.claimfile.records import Figure, Lines, Source
from claimcheck.engine.judge.lines import AGGREGATE_RULES, Peers, Unclear, aggregate_rule, peers
from claimcheck.model import Finding, Verdict
from claimcheck.numbers.number import parse_number

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

TABLES = {
    # councils and the fines each issued, with a total row that must be left out
    "fines": 'Council,Penalty notices 2019\nHarwick,"3,120"\nDunmere,"1,870"\nOsbury,940\n'
    'Lowfield,"1,870"\nTotal,"7,800"\n',
    # the same with no "Total" name: the last line is the sum of the others
    "summed": "Council,Penalty notices 2019\nHarwick,310\nDunmere,187\nOsbury,94\nAll areas,591\n"
    "Everywhere,591\n",
    "unnamed": "Council,Penalty notices 2019\nHarwick,310\nDunmere,187\nOsbury,94\nKestle,591\n",
    # rounded to hundreds: a line within rounding of the others' sum may be a total
    "rounded": "Area,Visits 2020 (thousands)\nNorth,4.1\nSouth,3.3\nWest,2.2\nCoast,9.7\n",
    # regions with two country lines above them; Wales sits among the English regions
    "fertility": "Area,Fertility rate 2022\nEngland and Wales,1.49\nEngland,1.50\n"
    "North East,1.47\nSouth West,1.53\nLondon,1.41\nWales,1.46\n",
    # offence counts with a rate line of another kind below them
    "offences": 'Offence,Year ending June 2021\nShoplifting,"5,340"\nAssault,"4,980"\n'
    'Vandalism,"2,210"\nFraud,720\nCharge rate (%),18\n',
    # measures of different units with no label saying why: not categories
    "mixed": 'Item,2022\nParking tickets,"12,400"\nCourt costs,"£96,000"\nAppeals,870\n',
    # a table of changes, signed, with an all-ages line
    "changes": "Age group,Change in births 2021 to 2022\nUnder 20,-3.1\n35 to 39,-6.2\n"
    "25 to 29,-2.7\n30 to 34,1.4\nAll ages,-1.9\n",
    # the same falls written as positive numbers, with and without the table saying so
    "falls": "Age group,Fall in births 2021 to 2022\nUnder 20,3.1\n35 to 39,6.2\n25 to 29,2.7\n",
    "unsaid": "Age group,Births 2021 to 2022\nUnder 20,3.1\n35 to 39,6.2\n25 to 29,2.7\n",
    # two lines only: the table may hold just the categories a story named
    "two": "Region,Fertility rate 2019\nEast,1.74\nNorth East,1.58\n",
    # a column of falls with a rise written as a negative number
    "fallsigned": "Age group,Fall in births 2021 to 2022\nUnder 20,3.1\n35 to 39,6.2\n"
    "25 to 29,-0.4\n",
    # changes by nation with the kingdom's change among them (not their sum)
    "nationchange": "Nation,Change in deaths 2021\nUnited Kingdom,-9.0\nEngland,-4.0\n"
    "Scotland,-2.5\nWales,-1.0\n",
    # a withheld cell could hold any figure
    "withheld": "Ward,Burglaries 2023\nAshby,41\nBrent Hill,[c]\nCrowe,17\n",
    # a measure and its groups ("Suspensions: primary"), the measure's whole, another measure
    "heads": "Group,Pupils sent home 2023\nSuspensions,2400\nSuspensions: primary,300\n"
    "Suspensions: secondary,800\nSuspensions: special,100\nPermanent exclusions,900\n",
    # a blank cell on a line with figures elsewhere: not given, so it could hold any figure
    "blank": "Ward,Burglaries 2023,Thefts 2023\nAshby,41,\nBrent Hill,,12\nCrowe,17,30\n",
    # nations of a kingdom: England is a category here, the kingdom is the sum
    "nations": 'Nation,Road deaths 2020\nUnited Kingdom,"1,460"\nEngland,"1,200"\n'
    "Scotland,140\nWales,95\nNorthern Ireland,25\n",
}

# table, line, quote, verdict, reason
CASES: list[tuple[str, str, str, Verdict, str]] = [
    ("fines", "Harwick", "Harwick handed out the most penalty notices", S, "3,120 tops the column"),
    ("fines", "Harwick", "Harwick issued the most notices (3,120)", S, "the total is left out"),
    ("fines", "Osbury", "Osbury issued the most notices", C, "Harwick issued more"),
    # a superlative placed in time ranks the line's own years, which a column cannot show
    ("fines", "Osbury", "the most notices Osbury has issued since 2012", R, "in time, not down"),
    ("fines", "Osbury", "Osbury issued the most notices on record", R, "a record in time"),
    ("fines", "Harwick", "the largest number of notices ever recorded in Harwick", R, "ever"),
    ("fines", "Osbury", "Osbury issued the fewest notices", S, "940 is the smallest"),
    ("fines", "Dunmere", "Dunmere had the second highest number", R, "ties with Lowfield"),
    ("fines", "Dunmere", "Dunmere recorded the most notices", C, "Harwick is above it"),
    ("fines", "Total", "Total notices were the highest", R, "a total is not a category"),
    ("summed", "Harwick", "Harwick issued the most notices", S, "two named totals left out"),
    ("unnamed", "Harwick", "Harwick issued the most notices", S, "Kestle is the exact sum"),
    ("unnamed", "Kestle", "Kestle issued the most notices", R, "Kestle sums the others"),
    ("rounded", "North", "North had the most visits", R, "Coast may be a rounded total"),
    ("fertility", "South West", "Rates were highest in the South West", S, "1.53 tops"),
    ("fertility", "London", "the rate was lowest in London, at 1.41", S, "1.41 is lowest"),
    ("fertility", "Wales", "Wales had the lowest rate", C, "London is lower"),
    ("fertility", "North East", "the North East had the highest rate", C, "countries out"),
    ("offences", "Shoplifting", "Shoplifting was the most common offence", S, "rate out"),
    ("offences", "Assault", "Assault was the second most common offence", S, "second"),
    ("offences", "Fraud", "Fraud was the least common offence", S, "18% is a rate"),
    ("offences", "Vandalism", "Vandalism was the most common offence", C, "third"),
    ("mixed", "Appeals", "Appeals were the lowest figure", R, "counts beside money"),
    ("changes", "35 to 39", "births fell most among mothers aged 35 to 39", S, "-6.2"),
    ("changes", "25 to 29", "births fell most among mothers aged 25 to 29", C, "-2.7"),
    ("changes", "30 to 34", "the fall was largest among mothers aged 30 to 34", C, "a rise"),
    ("changes", "30 to 34", "births rose fastest among mothers aged 30 to 34", S, "the one rise"),
    ("changes", "35 to 39", "the biggest fall was among mothers aged 35 to 39", S, "-6.2"),
    ("falls", "35 to 39", "births fell most among mothers aged 35 to 39", S, "falls named"),
    ("falls", "Under 20", "births fell most among teenage mothers", C, "6.2 is larger"),
    ("unsaid", "35 to 39", "births fell most among mothers aged 35 to 39", R, "not said"),
    ("withheld", "Ashby", "Ashby had the most burglaries", R, "a withheld cell"),
    ("blank", "Ashby", "Ashby had the most burglaries", R, "a blank cell on a line of figures"),
    (
        "heads",
        "Suspensions: secondary",
        "secondary schools had the most suspensions",
        S,
        "the whole and another measure are no peers of a group",
    ),
    (
        "heads",
        "Suspensions: special",
        "special schools had the fewest suspensions",
        S,
        "the groups of one measure only",
    ),
    ("blank", "Crowe", "Crowe had the fewest burglaries", R, "as for a withheld cell"),
    ("fallsigned", "25 to 29", "births rose most among mothers aged 25 to 29", S, "-0.4 fall"),
    ("fallsigned", "35 to 39", "births fell most among mothers aged 35 to 39", S, "6.2 fall"),
    ("nationchange", "England", "deaths fell most in England", R, "the kingdom fell more"),
    ("nationchange", "Wales", "deaths fell least in Wales", R, "'fell least' is not read"),
    ("two", "East", "The rate was highest in the East, at 1.74", R, "two lines cannot rank"),
    ("two", "North East", "the North East had the lowest rate", R, "two lines cannot rank"),
    ("nations", "England", "England had the most road deaths", S, "the kingdom is the sum"),
    ("nations", "Northern Ireland", "Northern Ireland had the fewest deaths", S, "25"),
]

_COLUMN = {name: text.split("\n", 1)[0].split(",")[1] for name, text in TABLES.items()}


def _check(folder: Path, table: str, body: str) -> list[Finding]:
    (folder / f"{table}.csv").write_text(TABLES[table], encoding="utf-8")
    text = f"sources:\n  t:\n    table: {table}.csv\nclaims:\n{body}"
    path = folder / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return list(claimcheck.check(claimcheck.load(path)).claims)


def _claim(quote: str, reference: str) -> str:
    return f"  - id: c\n    quote: {quote}\n    figure: '{reference}'\n"


@pytest.mark.parametrize(
    ("table", "line", "quote", "verdict", "reason"),
    CASES,
    ids=[case_id(case[2], case[3]) for case in CASES],
)
def test_ranking_down_the_column(
    tmp_path: Path, table: str, line: str, quote: str, verdict: Verdict, reason: str
) -> None:
    reference = f't["{line}", "{_COLUMN[table]}"]'
    (finding,) = _check(tmp_path, table, _claim(quote, reference))
    assert finding.verdict is verdict, f"{reason}: {finding.explanation}"


def test_a_series_reference_ranks_down_the_column_too(tmp_path: Path) -> None:
    body = _claim("Harwick issued the most notices", "t.harwick[Penalty notices 2019]")
    (finding,) = _check(tmp_path, "fines", body)
    assert finding.verdict is S, finding.explanation


def test_the_working_names_the_column_the_lines_and_what_was_left_out(tmp_path: Path) -> None:
    body = _claim("Harwick issued the most notices", 't["Harwick", "Penalty notices 2019"]')
    (finding,) = _check(tmp_path, "fines", body)
    (statement,) = finding.statements
    assert "down the column 'Penalty notices 2019'" in statement.explanation
    assert "Dunmere 1,870, Osbury 940" in statement.explanation
    assert "left out: Total 7,800" in statement.explanation
    assert statement.computed == "Harwick 3,120"
    assert statement.rule_id == "series-max.rank-lines"
    assert "lines at Penalty notices 2019" in statement.rule


TOP_TWO: list[tuple[tuple[str, ...], str, Verdict, str]] = [
    (
        ("Shoplifting", "Assault"),
        "the two most common offences were shoplifting and assault",
        S,
        "both in the top two",
    ),
    (
        ("Shoplifting", "Vandalism"),
        "the two most common offences were shoplifting and vandalism",
        C,
        "vandalism is third",
    ),
    (
        ("Shoplifting",),
        "the two most common offences were shoplifting and assault",
        S,
        "a member listed alone must stand in the group",
    ),
    (
        ("Shoplifting", "Assault", "Vandalism"),
        "the two most common offences were shoplifting and assault",
        C,
        "a third member cannot stand in a top two",
    ),
    (
        ("Fraud", "Vandalism"),
        "the two least common offences were fraud and vandalism",
        S,
        "the bottom two, with the rate line left out",
    ),
]


@pytest.mark.parametrize(
    ("lines", "quote", "verdict", "reason"), TOP_TWO, ids=[case_id(c[1], c[2]) for c in TOP_TWO]
)
def test_a_top_group_lists_each_member(
    tmp_path: Path, lines: tuple[str, ...], quote: str, verdict: Verdict, reason: str
) -> None:
    listed = "".join(f'      - \'t["{line}", "Year ending June 2021"]\'\n' for line in lines)
    body = f"  - id: c\n    quote: {quote}\n    figures:\n{listed}"
    (finding,) = _check(tmp_path, "offences", body)
    assert finding.verdict is verdict, f"{reason}: {finding.explanation}"


def test_a_line_with_other_labels_still_ranks_along_them(tmp_path: Path) -> None:
    """Two year columns: the line has labels of its own to rank along, as before."""
    table = "Council,2018,2019\nHarwick,900,1200\nDunmere,2000,2100\n"
    (tmp_path / "wide.csv").write_text(table, encoding="utf-8")
    path = tmp_path / "claims.yaml"
    body = _claim("fines were at their highest in 2019", "t.harwick[2019]")
    path.write_text(f"sources:\n  t:\n    table: wide.csv\nclaims:\n{body}", encoding="utf-8")
    (finding,) = claimcheck.check(claimcheck.load(path)).claims
    assert finding.verdict is S, finding.explanation
    assert "down the column" not in finding.explanation


_SOURCE = Source("t")


def _lines(own: str, *rows: tuple[str, str]) -> Lines:
    figures = tuple(Figure(_SOURCE, "x", name, parse_number(value)) for name, value in rows)
    return Lines("2020", own, figures)


# own line, rows, kept (None: unclear)
PEERS: list[tuple[str, tuple[tuple[str, str], ...], tuple[str, ...] | None]] = [
    ("A", (("A", "5"), ("B", "3"), ("Total", "8")), ("A", "B")),
    ("A", (("A", "5"), ("B", "3"), ("All people", "8")), ("A", "B")),
    ("A", (("A", "5"), ("B", "3"), ("Overall", "4")), ("A", "B")),
    ("A", (("A", "5"), ("B", "3"), ("Average", "4")), ("A", "B")),
    ("A", (("A", "5"), ("B", "3"), ("Rate per 1,000", "40")), ("A", "B")),
    ("A", (("A", "5"), ("B", "3"), ("Rate per 1,000", "40"), ("Share", "20%")), None),
    ("A", (("A", "5"), ("B", "3"), ("C", "2"), ("Rate per 1,000", "40")), ("A", "B", "C")),
    ("A", (("A", "5"), ("B", "£3"), ("C", "2")), None),
    ("A", (("A", "5%"), ("B", "3%"), ("C", "2")), None),
    ("A", (("A", "5"),), None),
    ("Total", (("A", "5"), ("Total", "5")), None),
]


@pytest.mark.parametrize(("own", "rows", "kept"), PEERS, ids=[str(i) for i in range(len(PEERS))])
def test_peers(own: str, rows: tuple[tuple[str, str], ...], kept: tuple[str, ...] | None) -> None:
    found = peers(_lines(own, *rows))
    if kept is None:
        assert isinstance(found, Unclear)
        return
    assert isinstance(found, Peers), found
    assert tuple(figure.label for figure in found.figures) == kept


@pytest.mark.parametrize("rule", AGGREGATE_RULES, ids=[rule.name for rule in AGGREGATE_RULES])
def test_every_aggregate_rule_matches_its_examples_and_is_documented(rule: object) -> None:
    from claimcheck.engine.judge.lines import AggregateRule

    assert isinstance(rule, AggregateRule)
    for example in rule.example.split(", "):
        assert aggregate_rule(example) is rule, example
    doc = (Path(__file__).resolve().parents[2] / "docs" / "policy.md").read_text(encoding="utf-8")
    assert f"| {rule.name} | {rule.example} | {rule.reason} |" in doc


@pytest.mark.parametrize(
    "name", ["Harwick", "Wales", "Scotland", "Totalisers", "Allerdale", "Mean Street"]
)
def test_names_that_are_not_aggregates(name: str) -> None:
    assert aggregate_rule(name) is None


WIDE = "Area,2022,2023\nNorth,1.62,1.58\nSouth,1.40,1.41\nEast,1.70,1.66\n"
MEASURES = (
    'Council,Fines issued 2018,Fines paid 2018\nHarwick,"2,430","1,900"\n'
    'Dunmere,"1,210","1,100"\nOsbury,980,700\n'
)

# table, line, column, quote, verdict, reason
BOTH_WAYS: list[tuple[str, str, str, str, Verdict, str]] = [
    (WIDE, "South", "2023", "The South has the lowest rate of any area", S, "'of any' ranks areas"),
    (WIDE, "East", "2023", "The East had the highest rate", R, "its years and the areas disagree"),
    (WIDE, "North", "2022", "North had the highest rate in 2022", R, "along yes, down no"),
    (WIDE, "East", "2022", "East had the highest rate in 2022", S, "both readings agree"),
    (WIDE, "North", "2022", "North had the highest rate of the two years", R, "'of the' says no"),
    (WIDE, "North", "2022", "the North's rate was at its highest in 2022", S, "its own years"),
    (MEASURES, "Dunmere", "Fines issued 2018", "Dunmere issued the most fines", C, "not years"),
    (MEASURES, "Harwick", "Fines issued 2018", "Harwick issued the most fines", S, "not years"),
]


@pytest.mark.parametrize(
    ("table", "line", "column", "quote", "verdict", "reason"),
    BOTH_WAYS,
    ids=[case_id(case[3], case[4]) for case in BOTH_WAYS],
)
def test_a_line_with_labels_of_its_own(
    tmp_path: Path, table: str, line: str, column: str, quote: str, verdict: Verdict, reason: str
) -> None:
    """A line with periods of its own may be ranked along them or down the column: where the
    words do not say which and the two disagree, the claim needs review. Labels that are not
    distinct periods ("Fines issued 2018" beside "Fines paid 2018") are no series in time."""
    (tmp_path / "wide.csv").write_text(table, encoding="utf-8")
    path = tmp_path / "claims.yaml"
    body = _claim(quote, f't["{line}", "{column}"]')
    path.write_text(f"sources:\n  t:\n    table: wide.csv\nclaims:\n{body}", encoding="utf-8")
    (finding,) = claimcheck.check(claimcheck.load(path)).claims
    assert finding.verdict is verdict, f"{reason}: {finding.explanation}"
