"""Words said of every group on a claim about one group (engine/judge/groups.py).

The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _wording import ch, check_case

import claimcheck
from claimcheck.model import Verdict

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "waiting times fell in every region",
        ch(30, 26),
        Verdict.NEEDS_REVIEW,
        "one region's figures cannot show every region's fall",
    ),
    (
        "attendance was stable across all school types",
        ch("92.1%", "92.1%"),
        Verdict.NEEDS_REVIEW,
        "one type's figures cannot show every type",
    ),
    (
        "prices rose in all but one category",
        ch(100, 104),
        Verdict.NEEDS_REVIEW,
        "a statement about the other categories, which are not referenced",
    ),
    (
        "registrations for all vans fell 12%",
        ch(5000, 4400),
        Verdict.SUPPORTED,
        "'for all vans' is the total of vans, one figure: checked as it is",
    ),
    (
        "the number of suspensions across all state schools has risen by 8%",
        ch(5000, 5400),
        Verdict.SUPPORTED,
        "after the noun and before the verb: the total, whose figures are referenced",
    ),
    (
        "suspensions across all school types rose to 5,400",
        ch(5000, 5400),
        Verdict.SUPPORTED,
        "the group words qualify 'suspensions': the total",
    ),
    (
        "0.9 per cent of the pupils in all schools were given a suspension, up from 0.8 per cent",
        ch("0.8%", "0.9%"),
        Verdict.SUPPORTED,
        "'in all schools' names which pupils: all of them, one figure",
    ),
    (
        "the overall increase across all council areas was driven by the cities",
        ch(200, 230),
        Verdict.SUPPORTED,
        "'increase' after 'the overall' is a noun: the total's increase",
    ),
    (
        "spending on libraries in every council fell",
        ch(900, 850),
        Verdict.NEEDS_REVIEW,
        "'every' is one by one wherever it stands",
    ),
    (
        "suspensions rose across all school types",
        ch(5000, 5400),
        Verdict.NEEDS_REVIEW,
        "after the verb: said of every type",
    ),
    (
        "Across all regions, burglaries fell",
        ch(800, 760),
        Verdict.NEEDS_REVIEW,
        "fronted: said of every region",
    ),
    (
        "the jobless rate went down in all 9 divisions",
        ch("6.1%", "5.4%"),
        Verdict.NEEDS_REVIEW,
        "'all 9 divisions' after the verb: every division, one referenced",
    ),
    (
        "all four nations recorded fewer road deaths",
        ch(1200, 1100),
        Verdict.NEEDS_REVIEW,
        "'all four nations' as subject: said of each nation",
    ),
    (
        "Fife was the only council whose spending fell, to £3.1m from £3.4m",
        ch("£3.4m", "£3.1m"),
        Verdict.NEEDS_REVIEW,
        "'the only council whose' says the other councils did not fall",
    ),
]

# A wide table of periods: a line per school type and a total line.
_TYPES = "Type,2022,2023\nPrimary,410,380\nSecondary,4200,4650\nAll schools,4610,5030\n"
# A table of measures: a count and a rate for each kind of suspension, and no groups.
_MEASURES = (
    "Measure,2022,2023\nNumber of suspensions,5000,5400\nSuspension rate (%),4.1,4.4\n"
    "Number of expulsions,70,75\nExpulsion rate (%),0.06,0.06\n"
)
# A table of groups of one measure with no total line.
_GROUPS = "Type,2022,2023\nPrimary,410,380\nSecondary,4200,4650\nSpecial,90,95\n"
# quote, table, line, verdict, reason
TABLE_CASES: list[tuple[str, str, str, Verdict, str]] = [
    (
        "the number of suspensions across all state schools has risen by 8%",
        _MEASURES,
        "Number of suspensions",
        Verdict.SUPPORTED,
        "a table of measures has no groups: its line is the total the words name",
    ),
    (
        "the number of suspensions across all infant, junior and senior schools has risen by 8%",
        _MEASURES,
        "Number of suspensions",
        Verdict.SUPPORTED,
        "a list after 'all' still qualifies the noun before it: the total",
    ),
    (
        "the number of suspensions across all state-run infant, junior and senior schools "
        "has gone up by 8%",
        _MEASURES,
        "Number of suspensions",
        Verdict.SUPPORTED,
        "words before the list's first comma belong to it too",
    ),
    (
        "exclusions held up, with the number of suspensions across all state run infant, "
        "junior and senior schools edging higher",
        _MEASURES,
        "Number of suspensions",
        Verdict.SUPPORTED,
        "a participle after the list is its clause's verb",
    ),
    (
        "suspensions across all infant, junior and senior schools rose",
        _GROUPS,
        "Secondary",
        Verdict.NEEDS_REVIEW,
        "groups of one measure with no total line: one group's line is not the total",
    ),
    (
        "suspensions rose across all infant, junior and senior schools",
        _MEASURES,
        "Number of suspensions",
        Verdict.NEEDS_REVIEW,
        "after the verb: said of every school type, whatever the table",
    ),
]


# quote, line of the table of school types with a total line, verdict, reason
LINE_CASES: list[tuple[str, str, Verdict, str]] = [
    (
        "suspensions across all school types rose",
        "All schools",
        Verdict.SUPPORTED,
        "the total's words over the total's line",
    ),
    (
        "suspensions across all school types rose",
        "Secondary",
        Verdict.NEEDS_REVIEW,
        "the total's words over one type's line: never supported",
    ),
    (
        "suspensions rose across all school types",
        "Secondary",
        Verdict.NEEDS_REVIEW,
        "said of every type over one type's line",
    ),
]


@pytest.mark.parametrize(
    ("quote", "table", "line", "verdict", "why"),
    TABLE_CASES + [(quote, _TYPES, line, verdict, why) for quote, line, verdict, why in LINE_CASES],
)
def test_total_words_over_tables(
    tmp_path: Path, quote: str, table: str, line: str, verdict: Verdict, why: str
) -> None:
    (tmp_path / "t.csv").write_text(table, encoding="utf-8")
    body = (
        f'  - id: c\n    quote: {quote}\n    from: \'t["{line}", "2022"]\'\n'
        f'    to: \'t["{line}", "2023"]\'\n'
    )
    path = tmp_path / "claims.yaml"
    path.write_text(f"sources:\n  t:\n    table: t.csv\nclaims:\n{body}", encoding="utf-8")
    (finding,) = claimcheck.check(claimcheck.load(path)).claims
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"


def test_ranking_scope_is_no_group() -> None:
    # "across all forces" after a superlative is the scope of a ranking, for the ranking rules.
    finding = check_case("arrests rose 9%, the largest rise across all forces", ch(1000, 1090))
    assert "groups.every" not in [item.rule_id for item in finding.statements]


def test_time_is_no_group() -> None:
    # "in every year" is a run of time, for the series rows and the span rules, not a group.
    finding = check_case("the count rose in every year of the survey", ch(100, 110))
    assert "groups.every" not in [item.rule_id for item in finding.statements]


@pytest.mark.parametrize(("quote", "figures", "verdict", "why"), CASES)
def test_every_group(quote: str, figures: dict[str, Any], verdict: Verdict, why: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
