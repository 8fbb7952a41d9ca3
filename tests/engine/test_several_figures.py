"""A claim stating several figures in one sentence: each number judged against its own figure."""

from __future__ import annotations

import pytest

from claimcheck import check
from claimcheck.claimfile.loader import loads
from claimcheck.errors import ClaimFileError
from claimcheck.model import Finding, Verdict

SOURCES = """\
sources:
  fruit:
    figures:
      crates: {Apples: 1240, Pears: 385, Plums: 72}
claims:
  - id: c
    quote: "{quote}"
    figures:
      - fruit.crates[Apples]
      - fruit.crates[Pears]
      - fruit.crates[Plums]
"""


def _finding(quote: str) -> Finding:
    report = check(loads(SOURCES.replace("{quote}", quote), "f.yaml"))
    return report.claims[0]


@pytest.mark.parametrize(
    ("quote", "verdict", "bound"),
    [
        # Labels before their numbers.
        ("Apples 1,240, pears 385, plums 72", Verdict.SUPPORTED, ["1,240", "385", "72"]),
        # Labels after their numbers, in another order than the list.
        ("72 crates of plums, 1,240 of apples and 385 of pears", Verdict.SUPPORTED, []),
        ("72 crates of plums, 1,240 of apples and 358 of pears", Verdict.CONTRADICTED, []),
        # No labels: bound by order, as many numbers as figures.
        ("The farm packed 1,240, 385 and 72 crates", Verdict.SUPPORTED, []),
        ("The farm packed 1,240, 72 and 385 crates", Verdict.CONTRADICTED, []),
        # A year states no figure.
        ("In 2023 the farm packed 1,240, 385 and 72 crates", Verdict.SUPPORTED, []),
        # Nor does a length of time that describes a noun.
        ("Over a 12-month season the farm packed 1,240, 385 and 72 crates", Verdict.SUPPORTED, []),
        # Nor does the span the figures are counted over.
        (
            "Over the past 18 months the farm packed 1,240, 385 and 72 crates",
            Verdict.SUPPORTED,
            [],
        ),
        ("In the last three years the farm packed 1,240, 385 and 72 crates", Verdict.SUPPORTED, []),
        # Nor does the base of a rate.
        ("Per 1,000 farms: 1,240, 385 and 72 crates", Verdict.SUPPORTED, []),
        # Rounded as a story rounds.
        ("Apples about 1,200, pears about 390, plums about 70", Verdict.SUPPORTED, []),
    ],
)
def test_each_number_is_judged_against_its_figure(
    quote: str, verdict: Verdict, bound: list[str]
) -> None:
    finding = _finding(quote)
    assert finding.verdict is verdict, finding.explanation
    assert len(finding.statements) == 3
    for statement in finding.statements:
        assert statement.start is not None
        assert statement.end is not None
        assert quote[statement.start : statement.end].strip()
    if bound:
        assert [statement.stated for statement in finding.statements] == bound
    assert [use.role for use in finding.sources] == ["figures"] * 3


def test_a_number_no_figure_binds_needs_review_saying_so() -> None:
    finding = _finding("The farm packed 1,240, 385, 72 and 15 crates")
    assert finding.verdict is Verdict.NEEDS_REVIEW
    assert "binds to no figure" in finding.explanation


def test_a_figure_no_number_states_needs_review_saying_so() -> None:
    finding = _finding("The farm packed 1,240 crates of apples")
    assert finding.verdict is Verdict.NEEDS_REVIEW
    assert "fruit.crates[Pears] is listed but no number in the quote states it" in (
        finding.explanation
    )


def test_a_wrong_figure_among_right_ones_is_never_supported() -> None:
    finding = _finding("Apples 1,240, pears 385, plums 90")
    assert finding.verdict is Verdict.CONTRADICTED
    verdicts = [statement.verdict for statement in finding.statements]
    assert verdicts == [Verdict.SUPPORTED, Verdict.SUPPORTED, Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "figure: fruit.crates[Apples]\n    figures:\n      - fruit.crates[Pears]",
            "'figure' cannot go with figures",
        ),
        ("figures:\n      - fruit.crates[Aples]", "claims[0].figures[0]: no figure"),
        ("figures: []", "claims[0].figures: [] is not a valid value"),
    ],
)
def test_a_list_of_figures_is_checked_like_any_reference(body: str, expected: str) -> None:
    text = SOURCES.split("    figures:\n      - fruit")[0] + f"    {body}\n"
    with pytest.raises(ClaimFileError) as caught:
        loads(text.replace("{quote}", "Apples 1,240"), "f.yaml")
    problems = [str(problem) for problem in caught.value.problems]
    assert any(expected in problem for problem in problems), problems


LEVEL_AND_CHANGE = """\
sources:
  pay:
    figures:
      fare: "£3.40"
      fare_change: "-£0.05"
      uptake: "61%"
      uptake_change: 2.5
      riders: 48200
      routes: 14
      routes_increase: 6
claims:
  - id: c
    quote: "{quote}"
    figures: [{figures}]
"""


def _listed(quote: str, figures: str) -> Finding:
    text = LEVEL_AND_CHANGE.replace("{quote}", quote).replace("{figures}", figures)
    return check(loads(text, "f.yaml")).claims[0]


# quote, figures in the order the claim lists them, verdict
FIT_CASES: list[tuple[str, str, Verdict]] = [
    # Listed as level then change, stated as change then level: each number binds the figure
    # whose unit and scale it fits (5p is no reading of £3.40).
    ("The fare was cut by 5p to £3.40", "pay.fare, pay.fare_change", Verdict.SUPPORTED),
    ("The fare was cut by 5p to £3.40", "pay.fare_change, pay.fare", Verdict.SUPPORTED),
    # A wrong number still binds by kind, never by what would match: 9p is wrong.
    ("The fare was cut by 9p to £3.40", "pay.fare, pay.fare_change", Verdict.CONTRADICTED),
    # Points and a percentage against a plain change and a percentage: the scale decides.
    ("Uptake rose 2.5 points to 61%", "pay.uptake, pay.uptake_change", Verdict.SUPPORTED),
    # A sentence that orders its own list binds by order, fit or not.
    (
        "Uptake and its rise were 61% and 2.5 points respectively",
        "pay.uptake, pay.uptake_change",
        Verdict.SUPPORTED,
    ),
    (
        # ... so here each number is held against a figure of another kind: a question.
        "Uptake and its rise were 61% and 2.5 points respectively",
        "pay.uptake_change, pay.uptake",
        Verdict.NEEDS_REVIEW,
    ),
    # Of the same scale, a level ("to 14") never states a figure named as a change.
    ("Routes rose by 6 to 14", "pay.routes, pay.routes_increase", Verdict.SUPPORTED),
    ("Routes rose by 6 to 14", "pay.routes_increase, pay.routes", Verdict.SUPPORTED),
    ("Routes rose by 4 to 14", "pay.routes, pay.routes_increase", Verdict.CONTRADICTED),
    # No assignment fits every number: the order stands.
    ("Riders 48,200 and a fare of 5p", "pay.riders, pay.fare", Verdict.CONTRADICTED),
]


@pytest.mark.parametrize(("quote", "figures", "verdict"), FIT_CASES)
def test_a_number_bound_by_order_must_fit_its_figure(
    quote: str, figures: str, verdict: Verdict
) -> None:
    finding = _listed(quote, figures)
    assert finding.verdict is verdict, finding.explanation
