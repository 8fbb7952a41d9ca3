"""More regression cases: "rose by N to M", a bare "N times", "unchanged", "a 40-year high"."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case, named, ser

from claimcheck.model import Verdict

SINCE = (("2012", 700), ("2013", 500), ("2014", 600), ("2015", 650))
LOW_SINCE = (("2012", 140), ("2013", 180), ("2014", 170), ("2015", 150))


# (quote, figures, verdict, words the explanation must contain)
CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    # After a change word, "N to M" is the change and the new level, never a range.
    ("rose by 4,000 to 65,000", ch(55000, 65000), Verdict.CONTRADICTED, "a rise of 10,000"),
    ("rose by 10,000 to 65,000", ch(55000, 65000), Verdict.SUPPORTED, "55,000 → 65,000 is a rise"),
    ("rose by 400 to 640 from 151", ch(151, 640), Verdict.CONTRADICTED, "a rise of 489"),
    ("fell by 200 to 1,000", ch(1500, 1000), Verdict.CONTRADICTED, "a fall of 500"),
    ("fell by 500 to 1,000", ch(1500, 1000), Verdict.SUPPORTED, "1,500 → 1,000 is a fall of 500"),
    (
        "an increase of 4,000 to 65,000",
        ch(55000, 65000),
        Verdict.CONTRADICTED,
        "55,000 → 65,000 is a",
    ),
    (
        "an increase of 10,000 to 65,000",
        ch(55000, 65000),
        Verdict.SUPPORTED,
        "55,000 → 65,000 is a",
    ),
    ("a fall of 2,000 to 8,000", ch(10000, 8000), Verdict.SUPPORTED, "10,000 → 8,000 is a fall"),
    ("a fall of 4,000 to 8,000", ch(10000, 8000), Verdict.CONTRADICTED, "10,000 → 8,000 is a"),
    ("dropped by 10,000 to 30,000", ch(60000, 30000), Verdict.CONTRADICTED, "60,000 → 30,000 is a"),
    ("dropped by 30,000 to 30,000", ch(60000, 30000), Verdict.SUPPORTED, "60,000 → 30,000 is a"),
    ("up 3 to 20", ch(10, 20), Verdict.CONTRADICTED, "a rise of 10"),
    ("up 10 to 20", ch(10, 20), Verdict.SUPPORTED, "10 → 20 is a rise of 10, which matches"),
    ("rose 4,000 to 65,000", ch(55000, 65000), Verdict.CONTRADICTED, "55,000 → 65,000 is a rise"),
    (
        "rose by 50,000 to 1.2 million",
        ch(1000000, 1200000),
        Verdict.CONTRADICTED,
        "a rise of 200,000",
    ),
    (
        "rose by 200,000 to 1.2 million",
        ch(1000000, 1200000),
        Verdict.SUPPORTED,
        "1,000,000 → 1,200,000",
    ),
    (
        "rose by almost 10,000 to 66,000",
        ch(56500, 66000),
        Verdict.SUPPORTED,
        "56,500 → 66,000 is a",
    ),
    ("rose to 65,000", ch(55000, 65000), Verdict.SUPPORTED, "55,000 → 65,000 is a 18.2% rise"),
    # A range of changes: the change must lie in it.
    ("cut by 5 to 10 per cent", ch(100, 80), Verdict.CONTRADICTED, "outside 5% and 10%"),
    ("cut by 5 to 10 per cent", ch(100, 92), Verdict.SUPPORTED, "between 5% and 10%"),
    ("rose 5 to 10 per cent", ch(100, 92), Verdict.CONTRADICTED, "not a rise"),
    # Ranges without a change word stay ranges.
    ("40 to 50 per cent", {"value": "45%"}, Verdict.SUPPORTED, "between 40 and 50"),
    ("from 40 to 50", ch(40, 50), Verdict.SUPPORTED, "given.before is 40, which matches"),
    (
        "increased the budget by 5 to 10 per cent",
        ch(100, 107),
        Verdict.SUPPORTED,
        "between 5% and 10%",
    ),
    ("offences by 40 to 50 people", {"value": 45}, Verdict.SUPPORTED, "between 40 and 50"),
    # The level after "rose by N to" is the to figure.
    (
        "rose by 4,000 to 65,000",
        ch(61000, 69000),
        Verdict.CONTRADICTED,
        "given.after is 69,000, which does not",
    ),
    (
        "rose by 50,000 to 1.2 million",
        ch(1150000, 1200000),
        Verdict.SUPPORTED,
        "given.after is 1,200,000",
    ),
    # A range of multiples.
    ("increased by 3.5 to 4.5 times", ch(151, 640), Verdict.SUPPORTED, "between 3.5× and 4.5×"),
    ("3 to 4 times", ch(100, 500), Verdict.CONTRADICTED, "outside 3× and 4×"),
    ("3 to 4 times", ch(100, 430), Verdict.NEEDS_REVIEW, "just outside"),
    ("3-4 times as many", ch(100, 350), Verdict.SUPPORTED, "350 / 100 = 3.5×, between 3× and 4×"),
    ("a 3 to 4-fold rise", ch(100, 350), Verdict.SUPPORTED, "between 3× and 4×"),
    ("3 to 4 times a week", {"value": 3}, Verdict.SUPPORTED, "between 3 and 4"),
    # A bare "N times" with a qualifier is a multiple of the ratio, not a value.
    (
        "more than 4 times",
        ch(151, 500),
        Verdict.CONTRADICTED,
        "500 / 151 = 3.31×, not more than 4×",
    ),
    ("over 4 times", ch(151, 500), Verdict.CONTRADICTED, "not more than 4×"),
    ("more than 4 times", ch(151, 640), Verdict.SUPPORTED, "640 / 151 = 4.24×"),
    ("almost 5 times", ch(100, 480), Verdict.SUPPORTED, "a little under 5×"),
    ("almost 5 times", ch(100, 300), Verdict.CONTRADICTED, "300 / 100 = 3×, too far from 5× for"),
    ("about 3 times", ch(100, 310), Verdict.SUPPORTED, "within 10% of 3×"),
    ("about 3 times", ch(100, 500), Verdict.CONTRADICTED, "500 / 100 = 5×, more than 20% away"),
    ("4 times", ch(100, 400), Verdict.SUPPORTED, "400 / 100 = 4×"),
    # "N times" saying how often is not a multiple.
    ("five times a day", {"value": 5}, Verdict.SUPPORTED, "given.value is 5"),
    ("three times in a row", ch(3, 9), Verdict.SUPPORTED, "given.before is 3"),
    ("arrested 3 times", {"value": 3}, Verdict.SUPPORTED, "which matches"),
    (
        "more than 4 times since 2011",
        {**ch(151, 500), "labels": ("2011", "2016")},
        Verdict.CONTRADICTED,
        "not more than 4×",
    ),
    (
        "more than 4 times in five years",
        {**ch(151, 500), "labels": ("2011", "2016")},
        Verdict.CONTRADICTED,
        "500 / 151 = 3.31×, not more than 4×",
    ),
    ("arrested 3 times this year", {"value": 3}, Verdict.SUPPORTED, "given.value is 3, which"),
    # Wording that says nothing changed is judged, not ignored.
    ("remained unchanged at 5", ch(3, 5), Verdict.CONTRADICTED, "not unchanged"),
    ("remained unchanged at 5", ch(5, 5), Verdict.SUPPORTED, "5 → 5 is no change"),
    ("held steady at 5", ch(3, 5), Verdict.CONTRADICTED, "not unchanged"),
    ("stayed at 5", ch(3, 5), Verdict.CONTRADICTED, "stayed at"),
    ("stayed at 5", ch(5, 5), Verdict.SUPPORTED, "5 → 5 is no change"),
    ("was flat", ch(1000, 1100), Verdict.CONTRADICTED, "1,000 → 1,100 is a 10% rise (1.1×), not"),
    ("was flat", ch(1000, 1010), Verdict.NEEDS_REVIEW, "a small change but not none"),
    ("was flat", ch(1000, 1011), Verdict.CONTRADICTED, "1,000 → 1,011 is a 1.1% rise (1.01×)"),
    ("unchanged", ch(1000, 1000), Verdict.SUPPORTED, "1,000 → 1,000 is no change"),
    ("no change", ch("5.1%", "5.1%"), Verdict.SUPPORTED, "5.1% → 5.1% is no change"),
    ("unchanged at 4.5%", ch("4.4%", "4.5%"), Verdict.CONTRADICTED, "0.1-point rise"),
    (
        "unchanged",
        ch("1.2m", "1.24m"),
        Verdict.SUPPORTED,
        "within the rounding of the source figures",
    ),
    ("arrests did not change", ch(5, 6), Verdict.CONTRADICTED, "5 → 6 is a 20% rise (1.2×), not"),
    ("broadly unchanged", ch(1000, 1010), Verdict.SUPPORTED, "within 1% of the earlier figure"),
    ("little changed", ch(1000, 1015), Verdict.NEEDS_REVIEW, "1,000 → 1,015 is a 1.5% rise"),
    ("little changed", ch(1000, 1021), Verdict.CONTRADICTED, "1,000 → 1,021 is a 2.1% rise"),
    ("virtually unchanged", ch(100, 90), Verdict.CONTRADICTED, "100 → 90 is a 10% fall (0.9×)"),
    ("stayed at 5", {"value": 5}, Verdict.NEEDS_REVIEW, "reference from and to figures"),
    ("stayed at home", ch(5, 5), Verdict.NEEDS_REVIEW, "No number or checkable wording"),
    # "a 40-year high" is a claim about a series, never silently accepted.
    (
        "a 40-year high of 10.1%",
        {"value": "10.1%"},
        Verdict.NEEDS_REVIEW,
        "a 40-year high: this compares",
    ),
    ("a 20-year low", {"value": 5}, Verdict.NEEDS_REVIEW, "references no labelled figure"),
    (
        "inflation hit 10.1%, the highest in 40 years",
        {"value": "10.1%"},
        Verdict.NEEDS_REVIEW,
        "given.value is 10.1%",
    ),
    (
        "a 3-year high",
        ser("2015", *SINCE),
        Verdict.SUPPORTED,
        "the highest of the 3 years before it",
    ),
    ("a 4-year high", ser("2015", *SINCE), Verdict.CONTRADICTED, "is not above every label"),
    ("a four-year high", ser("2015", *SINCE), Verdict.CONTRADICTED, "2015 (650) is not above"),
    ("the highest in two years", ser("2014", *SINCE), Verdict.SUPPORTED, "2014 (600) is the"),
    (
        "its highest level for 40 years",
        ser("2015", ("2015", 9), ("2014", 8)),
        Verdict.NEEDS_REVIEW,
        "goes back only to 2014",
    ),
    ("the lowest in three years", ser("2015", *LOW_SINCE), Verdict.SUPPORTED, "2015 (150) is the"),
    ("a 2-year low", ser("2015", *SINCE), Verdict.CONTRADICTED, "is not below"),
    (
        "a 40-year high",
        ser("q3", ("q1", 1), ("q2", 2), ("q3", 3)),
        Verdict.NEEDS_REVIEW,
        "not a year",
    ),
    # A percentage used as part or whole is not divided as a count.
    (
        "40 per cent of",
        {"part": "40%", "whole": 100},
        Verdict.NEEDS_REVIEW,
        "is already a percentage (40%)",
    ),
    ("most of", {"part": "60%", "whole": 100}, Verdict.NEEDS_REVIEW, "with figure: instead"),
    ("one in five", {"part": 20, "whole": "100%"}, Verdict.NEEDS_REVIEW, "the whole (given.whole)"),
    ("40 per cent of", {"part": 40, "whole": 100}, Verdict.SUPPORTED, "40 / 100 = 40%"),
    ("40 per cent of", {"value": "40%"}, Verdict.SUPPORTED, "the figure is 40%, which matches"),
    # A change between two currencies cannot be judged without an exchange rate.
    (
        "rose 10%",
        ch("£100", "$110"),
        Verdict.NEEDS_REVIEW,
        "given.before is in GBP and given.after in USD",
    ),
    ("fell", ch("£100", "$110"), Verdict.NEEDS_REVIEW, "without an exchange rate"),
    ("doubled", ch("€100", "$200"), Verdict.NEEDS_REVIEW, "200 / 100 = 2×, within 5% of 2×"),
    ("rose 10%", ch("£100", "£110"), Verdict.SUPPORTED, "£100 → £110 is a 10% rise (1.1×), which"),
    # "3x" is a multiple; "3x more" is read like "3 times more".
    ("3x more", ch(100, 300), Verdict.SUPPORTED, "300 / 100 = 3×"),
    ("3X more crimes", ch(100, 400), Verdict.CONTRADICTED, "400 / 100 = 4×, more than 10% away"),
    ("a 3x rise", ch(100, 300), Verdict.SUPPORTED, "within 5% of 3×"),
    ("a 3× rise", ch(100, 400), Verdict.CONTRADICTED, "more than 10% away from 3×"),
    ("3× as many", ch(100, 300), Verdict.SUPPORTED, "300 / 100 = 3×, within 5% of 3×"),
    # "the majority" without "of" is the majority family.
    (
        "the majority",
        {"part": 60, "whole": 100},
        Verdict.SUPPORTED,
        "60 / 100 = 60%, more than 50%",
    ),
    (
        "the majority were men",
        {"part": 40, "whole": 100},
        Verdict.CONTRADICTED,
        "not more than 50%",
    ),
    ("a majority", {"part": 50, "whole": 100}, Verdict.CONTRADICTED, "50 / 100 = 50%, not more"),
]


@pytest.mark.parametrize(("quote", "figures", "verdict", "words"), named(CASES, by=(0, 2)))
def test_regression_case(quote: str, figures: dict[str, Any], verdict: Verdict, words: str) -> None:
    assert words, "each row names a fragment of the explanation it expects"
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, finding.explanation
    assert words in finding.explanation


def test_a_bare_times_multiple_notes_the_ambiguity() -> None:
    finding = check_case("more than 4 times", ch(151, 640))
    assert any("'more than 4 times'" in note and "5×" in note for note in finding.notes), (
        finding.notes
    )


@pytest.mark.parametrize(
    ("quote", "figures", "note"),
    [
        ("up 324%", ch(151, 640), "a 4.2-fold rise (4.24× the starting figure)"),
        ("a 2,300% increase", ch(12, 288), "a 24-fold rise"),
        ("increased by 200 per cent", ch(100, 300), "a 3-fold rise"),
    ],
)
def test_the_multiple_note_uses_the_figures(quote: str, figures: dict[str, Any], note: str) -> None:
    finding = check_case(quote, figures)
    assert any(note in item for item in finding.notes), finding.notes


@pytest.mark.parametrize(
    ("quote", "figures"),
    [
        ("increased by 400 per cent", ch(151, 640)),
        ("increased 300%", ch(100, 300)),
    ],
)
def test_no_multiple_note_on_a_wrong_percentage(quote: str, figures: dict[str, Any]) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is Verdict.CONTRADICTED
    assert not [item for item in finding.notes if "read better" in item], finding.notes


def test_a_number_matching_nothing_shows_no_computed_figure() -> None:
    finding = check_case("rose by 10%, with 1,200 arrests", ch(1000, 1500))
    unmatched = [item for item in finding.statements if item.stated == "1,200"]
    assert [(item.computed, item.exact, item.verdict) for item in unmatched] == [
        ("no match", None, Verdict.NEEDS_REVIEW)
    ]
    assert "given.before is 1,000" in finding.explanation


def test_the_level_after_rose_by_is_the_to_figure() -> None:
    finding = check_case("rose by 10% to 1,200", ch(1000, 1500))
    assert finding.statements[-1].explanation.startswith(
        "1,200: given.after is 1,500, which does not round to 1,200"
    )


@pytest.mark.parametrize(
    ("quote", "figures", "words"),
    [
        (
            # Not £8bn: where the figures give the stated change exactly there is no note.
            "spending rose by £2bn to £10bn",
            ch("£8.1bn", "£10bn"),
            "from +£1,350,000,000 to +£2,450,000,000, where it would need review.",
        ),
        ("13%", {"value": "12.5%"}, "where it would need review."),
    ],
)
def test_could_flip_reads_well_and_keeps_money(
    quote: str, figures: dict[str, Any], words: str
) -> None:
    finding = check_case(quote, figures)
    assert any(words in note for note in finding.notes), finding.notes
    assert not any("would be needs" in note for note in finding.notes), finding.notes


def test_a_money_change_is_computed_in_money() -> None:
    finding = check_case("spending rose by £2bn", ch("£8bn", "£10bn"))
    assert finding.statements[0].computed == "+£2,000,000,000"


def test_x_more_notes_the_ambiguity() -> None:
    finding = check_case("3x more", ch(100, 300))
    assert any("'3x more' is read as 3×" in note for note in finding.notes), finding.notes
