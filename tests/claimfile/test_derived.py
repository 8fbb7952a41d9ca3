"""Derived figures: worked out exactly, with the precision of their inputs and the working shown."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from claimcheck import check
from claimcheck.claimfile.loader import loads
from claimcheck.errors import ClaimFileError
from claimcheck.model import Verdict

SOURCES = """\
sources:
  shop:
    figures:
      loaves: {2022: 1200, 2023: 1500}
      bakers: 8
      takings: "£3.6m"
      margin: "4.5%"
      flour: 2.4
      none_left: 0
  sums:
    derived:
      answer: {expression}
claims:
  - id: c
    quote: "Something of 1."
    figure: sums.answer
"""


def _file(expression: str) -> str:
    return SOURCES.replace("{expression}", expression)


def _figure(expression: str) -> tuple[Fraction, Fraction, str, str | None]:
    loaded = loads(_file(expression), "f.yaml")
    figure = loaded.figures["sums.answer"]
    return figure.number.value, figure.number.step, figure.number.text, figure.cell


@pytest.mark.parametrize(
    ("expression", "value", "step", "text"),
    [
        # Whole counts are exact, so sums, differences and ratios of them are exact too.
        ("shop.loaves[2023] - shop.loaves[2022]", Fraction(300), Fraction(0), "300"),
        ("shop.loaves[2023] / shop.bakers", Fraction(375, 2), Fraction(0), "187.5"),
        ("(shop.loaves[2022] + shop.loaves[2023]) / 2", Fraction(1350), Fraction(0), "1,350"),
        ("shop.bakers / shop.loaves[2023] per 1,000", Fraction(16, 3), Fraction(0), "5.3333"),
        ("-shop.bakers * 3", Fraction(-24), Fraction(0), "-24"),
        # A rounded input stands for its interval: 2.4 is [2.35, 2.45].
        ("shop.flour * 10", Fraction(24), Fraction(1), "24"),
        ("shop.flour + shop.bakers", Fraction(52, 5), Fraction(1, 10), "10.4"),
        # Money scaled by a plain number stays money, in its currency.
        ("shop.takings / 360", Fraction(10000), Fraction(5000, 18), "£10,000"),
        ("shop.takings per 2", Fraction(7200000), Fraction(200000), "£7,200,000"),
        # A percentage scaled stays a percentage; a ratio of like figures is a plain number.
        ("shop.margin * 2", Fraction(9), Fraction(2, 10), "9%"),
        ("shop.loaves[2023] / shop.loaves[2022]", Fraction(5, 4), Fraction(0), "1.25"),
        # A percentage is a rate per 100: "per N" re-bases it to a plain rate per N.
        ("shop.margin per 1,000", Fraction(45), Fraction(1), "45"),
        ("shop.margin per 100", Fraction(9, 2), Fraction(1, 10), "4.5"),
    ],
)
def test_derived_values(expression: str, value: Fraction, step: Fraction, text: str) -> None:
    got_value, got_step, got_text, _ = _figure(expression)
    assert got_value == value
    assert got_step == step
    assert got_text == text


def test_the_working_names_every_input_and_where_it_was_written() -> None:
    *_, cell = _figure("shop.loaves[2023] / shop.bakers")
    assert cell == (
        "derived: shop.loaves[2023] / shop.bakers = 187.5 "
        "(shop.loaves[2023] = 1500, f.yaml:4:34; shop.bakers = 8, f.yaml:5:15)"
    )


def _problems(expression: str) -> list[str]:
    with pytest.raises(ClaimFileError) as caught:
        loads(_file(expression), "f.yaml")
    return [str(problem) for problem in caught.value.problems]


# The expression starts at line 12, column 15.
@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (
            "shop.bakers / shop.none_left",
            "f.yaml:12:27: sources.sums.derived.answer: division by zero",
        ),
        ("shop.bakers / (2 - 2)", "f.yaml:12:27: sources.sums.derived.answer: division by zero"),
        ("shop.baker * 2", "f.yaml:12:15: sources.sums.derived.answer: no figure 'baker'"),
        ("shp.bakers * 2", "f.yaml:12:15: sources.sums.derived.answer: no source 'shp'"),
        ("shop.bakers * (2", "sources.sums.derived.answer: '(' at character 15 is not closed"),
        ("shop.bakers +", "f.yaml:12:28: sources.sums.derived.answer: the expression ends"),
        ("bakers * 2", "f.yaml:12:15: sources.sums.derived.answer: 'bakers' is not a reference"),
        ("shop.takings + shop.margin", "f.yaml:12:28: sources.sums.derived.answer: shop.takings"),
        ("shop.bakers per 10 per 10", "'per' is written once, at the end"),
        ("shop.loaves / 2", "shop.loaves is a series"),
        ("shop.bakers ^ 2", "f.yaml:12:27: sources.sums.derived.answer: '^' cannot start"),
        ("+".join(["1"] * 60), "the expression has more than 100 parts"),
        ("(" * 30 + "shop.bakers" + ")" * 30, "nests more than 20 deep"),
        ("9" * 39 + " + " + "9" * 39 + " * 99", "the result is too large to check"),
        ("1" + "0" * 40 + " + " + "1" + "0" * 40, "the result is too large to check"),
    ],
)
def test_bad_expressions_are_problems_at_their_place(expression: str, expected: str) -> None:
    problems = _problems(expression)
    assert any(expected in problem for problem in problems), problems
    # The claim resting on the broken figure is not reported again.
    assert not any("claims[0]" in problem for problem in problems), problems


def test_a_derived_figure_cannot_take_the_name_of_a_figure() -> None:
    text = _file("shop.bakers * 2").replace(
        "sums:\n    derived:", "sums:\n    figures: {answer: 3}\n    derived:"
    )
    problems = _problems_of(text)
    assert any("already has a figure 'answer'" in problem for problem in problems), problems


def _problems_of(text: str) -> list[str]:
    with pytest.raises(ClaimFileError) as caught:
        loads(text, "f.yaml")
    return [str(problem) for problem in caught.value.problems]


def test_a_derived_figure_may_use_one_written_above_it() -> None:
    text = (
        _file("shop.bakers * 2")
        .replace("      answer:", "      double: shop.bakers * 2\n      answer:")
        .replace("answer: shop.bakers * 2", "answer: sums.double + 1")
    )
    loaded = loads(text, "f.yaml")
    assert loaded.figures["sums.answer"].number.value == 17


@pytest.mark.parametrize(
    ("quote", "verdict"),
    [
        ("The shop sold 187.5 loaves per baker.", Verdict.SUPPORTED),
        ("The shop sold 188 loaves per baker.", Verdict.SUPPORTED),
        ("The shop sold 150 loaves per baker.", Verdict.CONTRADICTED),
    ],
)
def test_claims_are_judged_against_a_derived_figure(quote: str, verdict: Verdict) -> None:
    text = _file("shop.loaves[2023] / shop.bakers").replace("Something of 1.", quote)
    report = check(loads(text, "f.yaml"))
    finding = report.claims[0]
    assert finding.verdict is verdict, finding.explanation
    assert finding.sources[0].cell is not None
    assert finding.sources[0].cell.startswith("derived: shop.loaves[2023] / shop.bakers")


def test_a_derived_figure_over_a_withheld_cell_leaves_the_claim_unsourced(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("Town,Visits,People\nAshby,300,12000\nBrill,[c],9000\n")
    text = (
        "sources:\n  t:\n    table: t.csv\n  r:\n    derived:\n"
        '      brill: t["Brill", Visits] / t["Brill", People] per 1,000\n'
        'claims:\n  - id: c\n    quote: "Brill saw 4 visits per 1,000 people."\n'
        "    figure: r.brill\n"
    )
    report = check(loads(text, str(tmp_path / "c.yaml")))
    finding = report.claims[0]
    assert finding.verdict is Verdict.UNSOURCED
    assert "[c]" in finding.explanation
    assert "r.brill" in finding.explanation


def test_a_table_cell_input_shows_its_cell(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("Town,Visits,People\nAshby,300,12000\n")
    text = (
        "sources:\n  t:\n    table: t.csv\n  r:\n    derived:\n"
        '      ashby: t["Ashby", Visits] / t["Ashby", People] per 1,000\n'
        'claims:\n  - id: c\n    quote: "Ashby saw 25 visits per 1,000 people."\n'
        "    figure: r.ashby\n"
    )
    report = check(loads(text, str(tmp_path / "c.yaml")))
    finding = report.claims[0]
    assert finding.verdict is Verdict.SUPPORTED
    assert "row 2" in (finding.sources[0].cell or "")
