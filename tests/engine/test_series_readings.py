"""Series readings: an ordinal before a since-claim, runs of months, a move to a level checked
from the label before, gaps in months and quarters, steady rises, and numbers that name a
group rather than state a figure (docs/policy.md)."""

from __future__ import annotations

import pytest

from claimcheck.engine.checker import check_claim
from claimcheck.engine.verifier import build_claim
from claimcheck.model import Verdict
from claimcheck.policy import DEFAULT_POLICY

_YEARS = (
    ("2015", "50"),
    ("2016", "40"),
    ("2017", "45"),
    ("2018", "60"),
    ("2019", "30"),
    ("2020", "55"),
    ("2021", "47"),
)
_GAPPY = tuple(item for item in _YEARS if item[0] != "2019")
_MONTHS = (
    ("January 2024", "5.0%"),
    ("February 2024", "5.2%"),
    ("March 2024", "4.9%"),
    ("April 2024", "4.5%"),
    ("May 2024", "4.1%"),
    ("June 2024", "3.9%"),
)
_MONTHS_GAP = tuple(item for item in _MONTHS if item[0] != "March 2024")
_RATES = (("2016", "9.1%"), ("2017", "8.8%"), ("2018", "8.2%"), ("2019", "7.9%"))
_STEADY = (("2012", "500"), ("2013", "520"), ("2014", "560"), ("2015", "600"), ("2016", "700"))
_DIPPED = (("2012", "500"), ("2013", "520"), ("2014", "510"), ("2015", "600"), ("2016", "700"))


def _verdict(quote: str, **figures: object) -> tuple[Verdict, str]:
    finding = check_claim(build_claim(quote, **figures), DEFAULT_POLICY)  # type: ignore[arg-type]
    return finding.verdict, finding.explanation


SERIES_CASES = [
    # an ordinal before a since-claim: the Nth over the years after the stated one
    ("It was the third highest count since 2015.", _YEARS, "2021", Verdict.SUPPORTED),
    ("It was the third lowest tally since 2016.", _YEARS, "2021", Verdict.SUPPORTED),
    ("It was the second-highest count since 2015.", _YEARS, "2021", Verdict.CONTRADICTED),
    ("It was the fourth highest count since 2015.", _YEARS, "2021", Verdict.CONTRADICTED),
    (
        "It was the third highest since 2015, with 2018 being the highest.",
        _YEARS,
        "2021",
        Verdict.SUPPORTED,
    ),
    (
        "It was the third highest since 2015, with 2020 being the highest.",
        _YEARS,
        "2021",
        Verdict.CONTRADICTED,
    ),
    # a year missing between could hold one more value beyond the label
    ("It was the third highest count since 2015.", _GAPPY, "2021", Verdict.NEEDS_REVIEW),
    # a run of months said apart from its direction, over a complete monthly series
    (
        "the rate fell for the fourth consecutive month in June",
        _MONTHS,
        "June 2024",
        Verdict.SUPPORTED,
    ),
    (
        "the rate fell for the fifth consecutive month in June",
        _MONTHS,
        "June 2024",
        Verdict.CONTRADICTED,
    ),
    (
        "the rate fell for the third straight month in June",
        _MONTHS_GAP,
        "June 2024",
        Verdict.NEEDS_REVIEW,
    ),
    # a run of a state, not of moves, is not counted as falls
    (
        "prices dropped, the fourth straight month of deflation",
        _MONTHS,
        "June 2024",
        Verdict.NEEDS_REVIEW,
    ),
    # a record along months with a month missing
    ("the rate hit a record low in June", _MONTHS_GAP, "June 2024", Verdict.NEEDS_REVIEW),
    (
        "sales reached a record high",
        (("Q3 2022", "10"), ("Q1 2023", "12"), ("Q2 2023", "13")),
        "Q2 2023",
        Verdict.NEEDS_REVIEW,
    ),
    (
        "sales reached a record high",
        (("Q4 2022", "10"), ("Q1 2023", "12"), ("Q2 2023", "13")),
        "Q2 2023",
        Verdict.SUPPORTED,
    ),
    # a move to a level, checked from the label right before
    ("The jobless rate fell to 7.9% in 2019", _RATES, "2019", Verdict.SUPPORTED),
    ("The jobless rate rose to 7.9% in 2019", _RATES, "2019", Verdict.NEEDS_REVIEW),
    ("The rate fell to 7.9% from 8.2% the year before", _RATES, "2019", Verdict.SUPPORTED),
    (
        "The rate slipped to 7.9%; it had stood at 8.2% a year before.",
        _RATES,
        "2019",
        Verdict.SUPPORTED,
    ),
    # an earlier number that is not the label before's: nothing implied
    ("The rate fell to 7.9% from 9.1%", _RATES, "2019", Verdict.NEEDS_REVIEW),
    (
        "The rate fell to 7.9%, the third straight annual decline",
        _RATES,
        "2019",
        Verdict.SUPPORTED,
    ),
    (
        "The rate fell to 7.9%, the fourth straight annual decline",
        _RATES,
        "2019",
        Verdict.NEEDS_REVIEW,
    ),
    # a steady rise claims a rise every year
    ("a steady rise in admissions since 2012", _STEADY, "2016", Verdict.SUPPORTED),
    ("admissions have climbed steadily", _DIPPED, "2016", Verdict.CONTRADICTED),
    (
        "a steady rise in admissions since 2012",
        tuple(item for item in _STEADY if item[0] != "2014"),
        "2016",
        Verdict.NEEDS_REVIEW,
    ),
]


@pytest.mark.parametrize(("quote", "series", "label", "expected"), SERIES_CASES)
def test_series_readings(
    quote: str, series: tuple[tuple[str, str], ...], label: str, expected: Verdict
) -> None:
    verdict, explanation = _verdict(quote, series=series, label=label)
    assert verdict is expected, explanation


NAME_CASES = [
    # a count joined to a group's name, an age band before its group, a year before its noun
    (
        "Inflation in the 20-member currency area eased to 2.6%, from 2.9% in May",
        {"before": "2.9%", "after": "2.6%", "labels": ("May 2024", "June 2024")},
    ),
    ("Ministers of the 27-nation union agreed a 3% rise", {"before": "100", "after": "103"}),
    ("The rate in the 45 to 54 age group rose to 31.2", {"before": "29.0", "after": "31.2"}),
    ("The 18-24 cohort grew by 4%", {"before": "250", "after": "260"}),
    ("The 65 and over age group grew by 10%", {"before": "300", "after": "330"}),
    (
        "Diesel is now 14 pence cheaper than the peak 2022 price of £1.92 a litre",
        {"before": "£1.92", "after": "£1.78"},
    ),
]


@pytest.mark.parametrize(("quote", "figures"), NAME_CASES)
def test_numbers_that_name_a_group_are_not_checked(quote: str, figures: dict[str, object]) -> None:
    verdict, explanation = _verdict(quote, **figures)
    assert verdict is Verdict.SUPPORTED, explanation


def test_a_hyphenated_count_with_a_unit_of_measure_stays_a_figure() -> None:
    verdict, explanation = _verdict("The party opened a 10-point lead", value="12")
    assert verdict is Verdict.CONTRADICTED, explanation


BINDING_CASES = [
    # a share beside a change in percentages is the later percentage
    (
        "roughly one in eight adults now drink daily, a share that has fallen by a fifth",
        {"before": "15.8%", "after": "12.6%"},
        Verdict.SUPPORTED,
    ),
    (
        "roughly one in five adults now drink daily",
        {"before": "15.8%", "after": "12.6%"},
        Verdict.CONTRADICTED,
    ),
    (
        "the share fell from one in six to one in eight",
        {"before": "15.8%", "after": "12.6%"},
        Verdict.NEEDS_REVIEW,
    ),
    # a percentage in brackets after the part's own number is the share
    ("5,120 (6.8%) refused", {"part": "5,120", "whole": "81,342"}, Verdict.CONTRADICTED),
    ("5,120 (6.3%) refused", {"part": "5,120", "whole": "81,342"}, Verdict.SUPPORTED),
    # a figure binds first to the number that is its value
    (
        "The choir counts more than 48,212 singers today, far short of its nearly 52,000 at best.",
        {"value": "48,212"},
        Verdict.CONTRADICTED,
    ),
    (
        "The choir counts 48,212 singers today, far short of its nearly 52,000 at best.",
        {"value": "48,212"},
        Verdict.NEEDS_REVIEW,
    ),
]


@pytest.mark.parametrize(("quote", "figures", "expected"), BINDING_CASES)
def test_binding_a_share_or_a_bound(
    quote: str, figures: dict[str, object], expected: Verdict
) -> None:
    verdict, explanation = _verdict(quote, **figures)
    assert verdict is expected, explanation


@pytest.mark.parametrize(
    ("word", "expected"), [("lower", Verdict.SUPPORTED), ("higher", Verdict.CONTRADICTED)]
)
def test_a_comparison_whose_other_figure_follows_in_a_relative_clause(
    word: str, expected: Verdict
) -> None:
    from claimcheck.claimfile.records import Claim, Reference, Role

    built = build_claim("x", series=(("Fife", "61.4"), ("Scotland and the North", "83.1")))
    whole = built.references[Role.FIGURE].series
    assert whole is not None
    lines = tuple(Reference(Role.FIGURE, f"t[{f.label}]", f, whole) for f in whole.figures)
    quote = (
        f"At 61.4 offences per 1,000 people, that was {word} than the rate across Scotland "
        "and the North, which stood at 83.1"
    )
    finding = check_claim(Claim("q", quote, {}, several=lines), DEFAULT_POLICY)
    assert finding.verdict is expected, finding.explanation
