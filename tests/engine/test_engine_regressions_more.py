"""More regression cases: "rose by N to M", a bare "N times", "unchanged", "a 40-year high"."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case, named, ser

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED


SINCE = (("2012", 700), ("2013", 500), ("2014", 600), ("2015", 650))
LOW_SINCE = (("2012", 140), ("2013", 180), ("2014", 170), ("2015", 150))


# (quote, figures, verdict, words the explanation must contain)
CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    # After a change word, "N to M" is the change and the new level, never a range.
    ("rose by 4,000 to 65,000", ch(55000, 65000), C, "a rise of 10,000"),
    ("rose by 10,000 to 65,000", ch(55000, 65000), S, "55,000 → 65,000 is a rise of 10,000"),
    ("rose by 400 to 640 from 151", ch(151, 640), C, "a rise of 489"),
    ("fell by 200 to 1,000", ch(1500, 1000), C, "a fall of 500"),
    ("fell by 500 to 1,000", ch(1500, 1000), S, "1,500 → 1,000 is a fall of 500, which matches"),
    ("an increase of 4,000 to 65,000", ch(55000, 65000), C, "55,000 → 65,000 is a rise of"),
    ("an increase of 10,000 to 65,000", ch(55000, 65000), S, "55,000 → 65,000 is a rise of"),
    ("a fall of 2,000 to 8,000", ch(10000, 8000), S, "10,000 → 8,000 is a fall of 2,000, which"),
    ("a fall of 4,000 to 8,000", ch(10000, 8000), C, "10,000 → 8,000 is a fall of 2,000, which"),
    ("dropped by 10,000 to 30,000", ch(60000, 30000), C, "60,000 → 30,000 is a fall of 30,000"),
    ("dropped by 30,000 to 30,000", ch(60000, 30000), S, "60,000 → 30,000 is a fall of 30,000"),
    ("up 3 to 20", ch(10, 20), C, "a rise of 10"),
    ("up 10 to 20", ch(10, 20), S, "10 → 20 is a rise of 10, which matches"),
    ("rose 4,000 to 65,000", ch(55000, 65000), C, "55,000 → 65,000 is a rise of 10,000, which"),
    ("rose by 50,000 to 1.2 million", ch(1000000, 1200000), C, "a rise of 200,000"),
    ("rose by 200,000 to 1.2 million", ch(1000000, 1200000), S, "1,000,000 → 1,200,000 is a rise"),
    ("rose by almost 10,000 to 66,000", ch(56500, 66000), S, "56,500 → 66,000 is a rise of"),
    ("rose to 65,000", ch(55000, 65000), S, "55,000 → 65,000 is a 18.2% rise (1.18×)"),
    # A range of changes: the change must lie in it.
    ("cut by 5 to 10 per cent", ch(100, 80), C, "outside 5% and 10%"),
    ("cut by 5 to 10 per cent", ch(100, 92), S, "between 5% and 10%"),
    ("rose 5 to 10 per cent", ch(100, 92), C, "not a rise"),
    # Ranges without a change word stay ranges.
    ("40 to 50 per cent", {"value": "45%"}, S, "between 40 and 50"),
    ("from 40 to 50", ch(40, 50), S, "given.before is 40, which matches"),
    ("increased the budget by 5 to 10 per cent", ch(100, 107), S, "between 5% and 10%"),
    ("offences by 40 to 50 people", {"value": 45}, S, "between 40 and 50"),
    # The level after "rose by N to" is the to figure.
    ("rose by 4,000 to 65,000", ch(61000, 69000), C, "given.after is 69,000, which does not"),
    ("rose by 50,000 to 1.2 million", ch(1150000, 1200000), S, "given.after is 1,200,000"),
    # A range of multiples.
    ("increased by 3.5 to 4.5 times", ch(151, 640), S, "between 3.5× and 4.5×"),
    ("3 to 4 times", ch(100, 500), C, "outside 3× and 4×"),
    ("3 to 4 times", ch(100, 430), R, "just outside"),
    ("3-4 times as many", ch(100, 350), S, "350 / 100 = 3.5×, between 3× and 4×"),
    ("a 3 to 4-fold rise", ch(100, 350), S, "between 3× and 4×"),
    ("3 to 4 times a week", {"value": 3}, S, "between 3 and 4"),
    # A bare "N times" with a qualifier is a multiple of the ratio, not a value.
    ("more than 4 times", ch(151, 500), C, "500 / 151 = 3.31×, not more than 4×"),
    ("over 4 times", ch(151, 500), C, "not more than 4×"),
    ("more than 4 times", ch(151, 640), S, "640 / 151 = 4.24×"),
    ("almost 5 times", ch(100, 480), S, "a little under 5×"),
    ("almost 5 times", ch(100, 300), C, "300 / 100 = 3×, too far from 5× for 'almost'"),
    ("about 3 times", ch(100, 310), S, "within 10% of 3×"),
    ("about 3 times", ch(100, 500), C, "500 / 100 = 5×, more than 20% away from 3×"),
    ("4 times", ch(100, 400), S, "400 / 100 = 4×"),
    # "N times" saying how often is not a multiple.
    ("five times a day", {"value": 5}, S, "given.value is 5"),
    ("three times in a row", ch(3, 9), S, "given.before is 3"),
    ("arrested 3 times", {"value": 3}, S, "which matches"),
    (
        "more than 4 times since 2011",
        {**ch(151, 500), "labels": ("2011", "2016")},
        C,
        "not more than 4×",
    ),
    (
        "more than 4 times in five years",
        {**ch(151, 500), "labels": ("2011", "2016")},
        C,
        "500 / 151 = 3.31×, not",
    ),
    ("arrested 3 times this year", {"value": 3}, S, "given.value is 3, which matches"),
    # Wording that says nothing changed is judged, not ignored.
    ("remained unchanged at 5", ch(3, 5), C, "not unchanged"),
    ("remained unchanged at 5", ch(5, 5), S, "5 → 5 is no change"),
    ("held steady at 5", ch(3, 5), C, "not unchanged"),
    ("stayed at 5", ch(3, 5), C, "stayed at"),
    ("stayed at 5", ch(5, 5), S, "5 → 5 is no change"),
    ("was flat", ch(1000, 1100), C, "1,000 → 1,100 is a 10% rise (1.1×), not unchanged"),
    ("was flat", ch(1000, 1010), R, "a small change but not none"),
    ("was flat", ch(1000, 1011), C, "1,000 → 1,011 is a 1.1% rise (1.01×), not unchanged"),
    ("unchanged", ch(1000, 1000), S, "1,000 → 1,000 is no change"),
    ("no change", ch("5.1%", "5.1%"), S, "5.1% → 5.1% is no change"),
    ("unchanged at 4.5%", ch("4.4%", "4.5%"), C, "0.1-point rise"),
    ("unchanged", ch("1.2m", "1.24m"), S, "within the rounding of the source figures"),
    ("arrests did not change", ch(5, 6), C, "5 → 6 is a 20% rise (1.2×), not unchanged"),
    ("broadly unchanged", ch(1000, 1010), S, "within 1% of the earlier figure"),
    ("little changed", ch(1000, 1015), R, "1,000 → 1,015 is a 1.5% rise (1.02×), a small change"),
    ("little changed", ch(1000, 1021), C, "1,000 → 1,021 is a 2.1% rise (1.02×), not unchanged"),
    ("virtually unchanged", ch(100, 90), C, "100 → 90 is a 10% fall (0.9×), not unchanged"),
    ("stayed at 5", {"value": 5}, R, "reference from and to figures"),
    ("stayed at home", ch(5, 5), R, "No number or checkable wording"),
    # "a 40-year high" is a claim about a series, never silently accepted.
    ("a 40-year high of 10.1%", {"value": "10.1%"}, R, "a 40-year high: this compares"),
    ("a 20-year low", {"value": 5}, R, "references no labelled figure"),
    ("inflation hit 10.1%, the highest in 40 years", {"value": "10.1%"}, R, "given.value is 10.1%"),
    ("a 3-year high", ser("2015", *SINCE), S, "the highest of the 3 years before it"),
    ("a 4-year high", ser("2015", *SINCE), C, "is not above every label"),
    ("a four-year high", ser("2015", *SINCE), C, "2015 (650) is not above every label of the 4"),
    ("the highest in two years", ser("2014", *SINCE), S, "2014 (600) is the highest of the 2"),
    (
        "its highest level for 40 years",
        ser("2015", ("2015", 9), ("2014", 8)),
        R,
        "goes back only to 2014",
    ),
    ("the lowest in three years", ser("2015", *LOW_SINCE), S, "2015 (150) is the lowest of the 3"),
    ("a 2-year low", ser("2015", *SINCE), C, "is not below"),
    ("a 40-year high", ser("q3", ("q1", 1), ("q2", 2), ("q3", 3)), R, "not a year"),
    # A percentage used as part or whole is not divided as a count.
    ("40 per cent of", {"part": "40%", "whole": 100}, R, "is already a percentage (40%)"),
    ("most of", {"part": "60%", "whole": 100}, R, "with figure: instead"),
    ("one in five", {"part": 20, "whole": "100%"}, R, "the whole (given.whole)"),
    ("40 per cent of", {"part": 40, "whole": 100}, S, "40 / 100 = 40%"),
    ("40 per cent of", {"value": "40%"}, S, "the figure is 40%, which matches"),
    # A change between two currencies cannot be judged without an exchange rate.
    ("rose 10%", ch("£100", "$110"), R, "given.before is in GBP and given.after in USD"),
    ("fell", ch("£100", "$110"), R, "without an exchange rate"),
    ("doubled", ch("€100", "$200"), R, "200 / 100 = 2×, within 5% of 2×"),
    ("rose 10%", ch("£100", "£110"), S, "£100 → £110 is a 10% rise (1.1×), which matches"),
    # "3x" is a multiple; "3x more" is read like "3 times more".
    ("3x more", ch(100, 300), S, "300 / 100 = 3×"),
    ("3X more crimes", ch(100, 400), C, "400 / 100 = 4×, more than 10% away from 3×"),
    ("a 3x rise", ch(100, 300), S, "within 5% of 3×"),
    ("a 3× rise", ch(100, 400), C, "more than 10% away from 3×"),
    ("3× as many", ch(100, 300), S, "300 / 100 = 3×, within 5% of 3×"),
    # "the majority" without "of" is the majority family.
    ("the majority", {"part": 60, "whole": 100}, S, "60 / 100 = 60%, more than 50%"),
    ("the majority were men", {"part": 40, "whole": 100}, C, "not more than 50%"),
    ("a majority", {"part": 50, "whole": 100}, C, "50 / 100 = 50%, not more than 50%"),
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
    assert finding.verdict is C
    assert not [item for item in finding.notes if "read better" in item], finding.notes


def test_a_number_matching_nothing_shows_no_computed_figure() -> None:
    finding = check_case("rose by 10%, with 1,200 arrests", ch(1000, 1500))
    unmatched = [item for item in finding.statements if item.stated == "1,200"]
    assert [(item.computed, item.exact, item.verdict) for item in unmatched] == [
        ("no match", None, R)
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
            "spending rose by £2bn to £10bn",
            ch("£8bn", "£10bn"),
            "from +£1,000,000,000 to +£3,000,000,000, where it would need review.",
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
