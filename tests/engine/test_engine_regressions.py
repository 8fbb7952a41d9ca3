"""Regression cases: each row is a sentence the engine once misjudged, and its verdict."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from _wording import ch, check_case, named, ser

from claimcheck.engine.checker import check_claim
from claimcheck.engine.verifier import build_claim
from claimcheck.model import Verdict

NEWEST_FALLING = (("2016", 10), ("2015", 20), ("2014", 30), ("2013", 40))
NEWEST_RISING = (("2016", 95), ("2015", 85), ("2014", 80), ("2013", 70))
RANGES = (("2016", 30), ("2014/15", 20), ("2013", 10), ("2011/12", 5))
OFFENCES = (("possession", 500), ("distribution", 300), ("making", 100))
QUARTERS = (("q1", 10), ("q2", 20), ("q3", 30))

# (quote, figures, verdict, words the explanation must contain)
CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    # A series is read in time order when its labels are years, whatever the file's order.
    ("rose every year", ser("2016", *NEWEST_FALLING), Verdict.CONTRADICTED, "2013 40, 2014 30"),
    (
        "has fallen every year",
        ser("2016", *NEWEST_FALLING),
        Verdict.SUPPORTED,
        "every step does: 2013",
    ),
    ("a record high", ser("2013", *NEWEST_FALLING), Verdict.NEEDS_REVIEW, "first label"),
    ("a record low", ser("2016", *NEWEST_FALLING), Verdict.SUPPORTED, "2016 (10) is below every"),
    ("a record high", ser("2016", *NEWEST_RISING), Verdict.SUPPORTED, "2016 (95) is above every"),
    ("rose every year", ser("2016", *NEWEST_RISING), Verdict.SUPPORTED, "every step does: 2013"),
    (
        "up for three years in a row",
        ser("2016", *NEWEST_RISING),
        Verdict.SUPPORTED,
        "every step does: 2013",
    ),
    ("rose every year", ser("2016", *RANGES), Verdict.SUPPORTED, "2011/12 5, 2013 10, 2014/15 20"),
    ("the highest since 2013", ser("2014/15", *RANGES), Verdict.CONTRADICTED, "was not as high"),
    (
        # 2013 and 2015 are missing: the policy's since-rule asks for every year between.
        "the lowest since 2012",
        ser("2016", ("2016", 10), ("2012", 5), ("2014", 15)),
        Verdict.NEEDS_REVIEW,
        "lacks 2013, 2015",
    ),
    (
        "the lowest since 2012",
        ser("2016", ("2016", 10), ("2012", 20), ("2014", 15)),
        Verdict.CONTRADICTED,
        "was not as low",
    ),
    # Labels that are periods but not years keep the file's order.
    ("rose every year", ser("q3", *QUARTERS), Verdict.SUPPORTED, "every step does: q1 10, q2 20"),
    # Categories have no order in time: a trend over them needs review.
    ("rose every year", ser("making", *OFFENCES), Verdict.NEEDS_REVIEW, "not periods"),
    ("a record high", ser("possession", *OFFENCES), Verdict.NEEDS_REVIEW, "not periods"),
    (
        "the most common offence",
        ser("possession", *OFFENCES),
        Verdict.SUPPORTED,
        "possession is the",
    ),
    # Negated wording is never judged as if it were not negated.
    ("crime has not doubled", ch(100, 200), Verdict.NEEDS_REVIEW, "'not' negates it"),
    ("crime has not doubled", ch(100, 150), Verdict.NEEDS_REVIEW, "would be contradicted"),
    ("did not rise", ch(100, 110), Verdict.NEEDS_REVIEW, "100 → 110 is a 10% rise (1.1×), so"),
    ("did not rise", ch(100, 90), Verdict.NEEDS_REVIEW, "100 → 90 is a 10% fall (0.9×), so"),
    ("has not fallen", ch(100, 90), Verdict.NEEDS_REVIEW, "100 → 90 is a 10% fall (0.9×), so"),
    ("arrests didn't fall", ch(100, 90), Verdict.NEEDS_REVIEW, "'n't' negates it"),
    ("arrests didn’t fall", ch(100, 90), Verdict.NEEDS_REVIEW, "100 → 90 is a 10% fall (0.9×)"),
    ("is no longer rising", ch(100, 120), Verdict.NEEDS_REVIEW, "'no longer'"),
    ("has never risen by 5%", ch(100, 105), Verdict.NEEDS_REVIEW, "100 → 105 is a 5% rise"),
    ("Not doubled, but nearly", ch(100, 190), Verdict.NEEDS_REVIEW, "190 / 100 = 1.9×, within 5%"),
    # Negations that belong to a qualifier are read as the qualifier.
    ("not less than 600 crimes", {"value": 640}, Verdict.SUPPORTED, "given.value is 640, at"),
    ("no more than 700 crimes", {"value": 640}, Verdict.SUPPORTED, "given.value is 640, no more"),
    ("not quite doubled", ch(100, 190), Verdict.SUPPORTED, "190 / 100 = 1.9×, a little under 2×"),
    (
        "It is not clear why, but crime doubled",
        ch(100, 200),
        Verdict.SUPPORTED,
        "200 / 100 = 2×, within",
    ),
    # A number the words tie to the from or to figure is judged against it alone (rule 1).
    (
        "rose to 290",
        ch(12, 288),
        Verdict.CONTRADICTED,
        "given.after is 288, which does not round to 290",
    ),
    (
        "increased from 12 in 2011 to 290 in 2016",
        ch(12, 288),
        Verdict.CONTRADICTED,
        "12 → 288 is a 24× rise",
    ),
    ("rose from 10 to 288", ch(12, 288), Verdict.CONTRADICTED, "does not round to 10"),
    ("rose to 289", ch(12, 288), Verdict.NEEDS_REVIEW, "one unit of its last digit"),
    ("640 crimes, compared to 151", ch(151, 640), Verdict.SUPPORTED, "given.after is 640, which"),
    ("700 crimes", ch(151, 640), Verdict.NEEDS_REVIEW, "matches no referenced figure"),
    # A signed percentage or difference states the signed change.
    ("a change of −5%", ch(100, 95), Verdict.SUPPORTED, "the change is -5%"),
    ("a change of -5%", ch(100, 95), Verdict.SUPPORTED, "the change is -5%, which matches"),
    ("a change of +12%", ch(100, 112), Verdict.SUPPORTED, "the change is +12%, which matches"),
    ("a change of -300", ch(1000, 700), Verdict.SUPPORTED, "the difference is -300, which matches"),
    ("a change of -5%", ch(100, 105), Verdict.CONTRADICTED, "the other way"),
    ("a change of +12%", ch(100, 88), Verdict.CONTRADICTED, "the other way"),
    ("a change of -5%", ch(100, 50), Verdict.NEEDS_REVIEW, "matches no referenced figure"),
    ("a change of 5%", ch(100, 95), Verdict.SUPPORTED, "the change is -5%, which matches"),
    # Ranges with the unit written once; each end at its written precision.
    ("40-50%", {"value": "45%"}, Verdict.SUPPORTED, "between 40 and 50"),
    ("40–50%", {"value": "50.4%"}, Verdict.SUPPORTED, "given.value is 50.4%, between 40 and 50"),
    ("40-50%", {"value": "50.5%"}, Verdict.NEEDS_REVIEW, "given.value is 50.5%, just outside 40"),
    ("40-50%", {"value": "52%"}, Verdict.CONTRADICTED, "given.value is 52%, outside 40 and 50"),
    ("40-50 people", {"value": 45}, Verdict.SUPPORTED, "given.value is 45, between 40 and 50"),
    ("40 to 50 per cent", {"value": "55%"}, Verdict.CONTRADICTED, "given.value is 55%, outside"),
    ("40 to 50 per cent", {"value": "45%"}, Verdict.SUPPORTED, "given.value is 45%, between 40"),
    ("between 40 and 50 per cent", {"value": "45%"}, Verdict.SUPPORTED, "given.value is 45%"),
    (
        "between 40 and 50 per cent of",
        {"part": 450, "whole": 1000},
        Verdict.SUPPORTED,
        "450 / 1,000",
    ),
    (
        "between 40 and 50 per cent of",
        {"part": 550, "whole": 1000},
        Verdict.CONTRADICTED,
        "550 / 1,000 is 55%",
    ),
    ("between 600 and 700 crimes", {"value": 700}, Verdict.SUPPORTED, "given.value is 700"),
    ("rose from 40 to 50", ch(40, 50), Verdict.SUPPORTED, "40 → 50 is a 25% rise (1.25×)"),
    ("from 12 in 2011 to 288 in 2016", ch(12, 288), Verdict.SUPPORTED, "given.before is 12"),
    # An N-fold fall is a fall to 1/N.
    ("a five-fold fall", ch(100, 20), Verdict.SUPPORTED, "1/5"),
    ("fell five-fold", ch(100, 20), Verdict.SUPPORTED, "100 → 20 is a 80% fall (0.2×)"),
    ("a ten-fold drop", ch(1000, 100), Verdict.SUPPORTED, "100 / 1,000 = 0.1×, within 5% of 1/10"),
    ("a 24-fold fall", ch(2400, 100), Verdict.SUPPORTED, "100 / 2,400 = 0.04×, within 5% of 1/24"),
    ("a five-fold fall", ch(100, 500), Verdict.CONTRADICTED, "500 / 100 = 5×, more than 10% away"),
    ("fell five-fold", ch(100, 50), Verdict.CONTRADICTED, "100 → 50 is a 50% fall (0.5×)"),
    # A compound number word before -fold is read whole, not as its last word.
    ("twenty-four-fold", ch(12, 288), Verdict.SUPPORTED, "24×"),
    ("a thirty-five-fold rise", ch(12, 420), Verdict.SUPPORTED, "35×"),
    ("twenty-four-fold", ch(12, 48), Verdict.CONTRADICTED, "48 / 12 = 4×, more than 10% away"),
    ("a fivefold rise", ch(10, 50), Verdict.SUPPORTED, "50 / 10 = 5×, within 5% of 5×"),
    # Half a percentage point is 0.5 points, not a rise by half.
    ("rose by half a percentage point", ch("10%", "10.5%"), Verdict.SUPPORTED, "0.5-point rise"),
    (
        "rose by half a percentage point",
        ch("10%", "11%"),
        Verdict.CONTRADICTED,
        "10% → 11% is a 1-point",
    ),
    (
        "fell by a quarter of a percentage point",
        ch("10%", "9.75%"),
        Verdict.SUPPORTED,
        "10% → 9.75% is a",
    ),
    ("up half a point", ch("10%", "10.5%"), Verdict.SUPPORTED, "10% → 10.5% is a 0.5-point rise"),
    ("rose by half a percentage point", ch("10%", "9.5%"), Verdict.CONTRADICTED, "10% → 9.5% is a"),
    ("rose by half", ch(100, 150), Verdict.SUPPORTED, "100 → 150 is a 50% rise (1.5×), within 5%"),
    # A share written with hyphens.
    ("one-in-five", {"part": 200, "whole": 1000}, Verdict.SUPPORTED, "200 / 1,000"),
    ("a one-in-five chance", {"part": 200, "whole": 1000}, Verdict.SUPPORTED, "200 / 1,000 = 20%"),
    ("nearly one-in-five", {"part": 190, "whole": 1000}, Verdict.SUPPORTED, "190 / 1,000 = 19%, a"),
    ("one-in-five", {"part": 300, "whole": 1000}, Verdict.CONTRADICTED, "300 / 1,000 = 30%, more"),
    # "rose 24 times" is a multiple, not a rise of 24.
    ("rose 24 times", ch(12, 288), Verdict.SUPPORTED, "288 / 12 = 24×"),
    ("increased 24 times", ch(12, 288), Verdict.SUPPORTED, "12 → 288 is a 24× rise (+2,300%)"),
    ("rose 24 times", ch(12, 100), Verdict.CONTRADICTED, "12 → 100 is a 8.33× rise (+733.3%)"),
    ("rose 24 times more", ch(12, 288), Verdict.SUPPORTED, "12 → 288 is a 24× rise (+2,300%)"),
    # A zero whole is named as such.
    (
        "one in five",
        {"part": 1, "whole": 0},
        Verdict.NEEDS_REVIEW,
        "the whole (given.whole) is zero",
    ),
    ("one in five", {"part": 0, "whole": 0}, Verdict.NEEDS_REVIEW, "is zero"),
    ("most of the offences", {"part": 0, "whole": 0}, Verdict.NEEDS_REVIEW, "is zero"),
    ("20% of", {"part": 1, "whole": -5}, Verdict.NEEDS_REVIEW, "is negative"),
]


@pytest.mark.parametrize(("quote", "figures", "verdict", "words"), named(CASES, by=(0, 2)))
def test_regression_case(quote: str, figures: dict[str, Any], verdict: Verdict, words: str) -> None:
    assert words, "each row names a fragment of the explanation it expects"
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, finding.explanation
    assert words in finding.explanation


def test_a_number_matching_nothing_gets_no_precision_note() -> None:
    finding = check_case("rose to 2,901", ch(12, 288))
    assert not [note for note in finding.notes if note.startswith("Precision")], finding.notes


@pytest.mark.parametrize(
    ("quote", "figures"),
    [
        ("doubled", ch("1000", "2000")),
        ("doubled", ch(1000, 2000)),
        ("doubled", ch("1,000", "£2,000")),
        ("a rise of 851", ch("2300", "3151")),
        ("€10m", {"value": "10000000"}),
        ("10,000,000 euros", {"value": "10000000"}),
    ],
)
def test_whole_source_figures_are_exact(quote: str, figures: dict[str, Any]) -> None:
    """A source figure written as a whole number is a count, not a rounded figure."""
    finding = check_case(quote, figures)
    assert finding.verdict is Verdict.SUPPORTED, finding.explanation
    assert not [note for note in finding.notes if note.startswith(("Could flip", "Precision"))], (
        finding.notes
    )


@pytest.mark.parametrize(
    ("quote", "figures", "note"),
    [
        ("doubled", ch("1.0m", "2.0m"), "Could flip"),
        ("rose by a third", ch("£3.7m", "£4.9m"), "Could flip"),
        ("12.30%", {"value": "12.3%"}, "Precision overstated"),
    ],
)
def test_rounded_source_figures_keep_their_precision(
    quote: str, figures: dict[str, Any], note: str
) -> None:
    finding = check_case(quote, figures)
    assert [item for item in finding.notes if item.startswith(note)], finding.notes


def test_an_n_fold_fall_is_noted_as_loose_wording() -> None:
    finding = check_case("a five-fold fall", ch(100, 20))
    assert any("fall to 1/5" in note for note in finding.notes), finding.notes


def test_the_times_more_note_quotes_the_phrase_used() -> None:
    finding = check_case("five times higher", ch(10, 50))
    assert any("'times higher' as 6×" in note for note in finding.notes), finding.notes


def test_rose_n_times_notes_the_ambiguity() -> None:
    finding = check_case("rose 24 times", ch(12, 288))
    assert any("24 separate rises" in note and "25×" in note for note in finding.notes)


@pytest.mark.parametrize(
    ("quote", "says", "verdict", "words"),
    [
        (
            "which went to 650 from the earlier total",
            "more than quadrupled",
            Verdict.NEEDS_REVIEW,
            "the quote states 650, which says: does not account for",
        ),
        (
            "crime rose to 700",
            "more than quadrupled",
            Verdict.CONTRADICTED,
            "does not round to 700",
        ),
        ("crime went from 151 to 640", "more than quadrupled", Verdict.SUPPORTED, ""),
        ("640 crimes, up from 151 in 2011", "more than quadrupled", Verdict.SUPPORTED, ""),
        (
            "the figures went to 650",
            "more than quadrupled to 650",
            Verdict.NEEDS_REVIEW,
            "650: matches no",
        ),
        ("the number went up massively", "more than quintupled", Verdict.CONTRADICTED, ""),
    ],
)
def test_says_leaves_no_quote_number_unchecked(
    quote: str, says: str, verdict: Verdict, words: str
) -> None:
    claim = replace(build_claim(quote, before=151, after=640, labels=("2011", "2016")), says=says)
    finding = check_claim(claim)
    assert finding.verdict is verdict, finding.explanation
    assert words in finding.explanation


@pytest.mark.parametrize(
    ("quote", "figures", "words"),
    [
        ("13%", {"value": "12.5%"}, "from 12.45% to 12.55%"),
        ("nearly 40%", {"value": "36%"}, "from 35.5% to 36.5%"),
        ("€11m", {"value": "€10.5m"}, "from €10,450,000 to €10,550,000"),
    ],
)
def test_could_flip_keeps_the_unit_and_the_interval(
    quote: str, figures: dict[str, Any], words: str
) -> None:
    finding = check_case(quote, figures)
    assert any(words in note for note in finding.notes), finding.notes


def test_a_stated_percentage_is_shown_as_written() -> None:
    finding = check_case("rose 4.2371%", ch(151, 640))
    assert "does not round to 4.2371%" in finding.explanation
    assert not [note for note in finding.notes if note.startswith("Precision")], finding.notes
