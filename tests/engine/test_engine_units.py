"""Unit tests for the engine's small modules: formatting, templates, reading, notes."""

from __future__ import annotations

from fractions import Fraction

import pytest

from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge import notes as _notes
from claimcheck.engine.judge.compare import Comparator
from claimcheck.engine.judge.context import year_of, years_of
from claimcheck.engine.judge.explain import change
from claimcheck.engine.read.mentions import fold
from claimcheck.engine.read.reader import read
from claimcheck.engine.wording.phrases import family
from claimcheck.engine.wording.templates import compile_variant, literal
from claimcheck.model import Verdict
from claimcheck.numbers.number import parse_number
from claimcheck.policy import DEFAULT_POLICY


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Fraction(640, 151), "4.24"),
        (Fraction(2300), "2,300"),
        (Fraction(1, 3000), "0.0003"),
        (Fraction(-1, 2), "-0.5"),
        (Fraction(1072000), "1,072,000"),
        (Fraction(5, 2), "2.5"),
        (Fraction(1005, 1000), "1.01"),
    ],
)
def test_number_format(value: Fraction, text: str) -> None:
    assert fmt.number(value) == text


def test_money_format() -> None:
    assert fmt.money(Fraction(1200000), "GBP") == "£1,200,000"
    assert fmt.money(Fraction(-500), "USD") == "-$500"
    assert fmt.money(Fraction(5), "CHF") == "5 CHF"


def test_difference_in_words() -> None:
    assert (
        change(Fraction(124000), Fraction(122000), absolute=True)
        == "124,000 → 122,000 is a fall of 2,000"
    )
    assert change(Fraction(2500000), Fraction(3700000), absolute=True, currency="GBP") == (
        "£2,500,000 → £3,700,000 is a rise of £1,200,000"
    )


def test_editor_formats() -> None:
    assert fmt.ratio(Fraction(288, 12)) == "24×"
    assert fmt.signed_percent(Fraction(2300)) == "+2,300%"
    assert fmt.signed_percent(Fraction(-45)) == "-45%"
    assert fmt.points(Fraction(13, 10)) == "1.3 points"
    assert fmt.points(Fraction(1)) == "1 point"
    assert fmt.count_words(5) == "five"
    assert fmt.count_words(12) == "12"


@pytest.mark.parametrize(
    ("before", "after", "percentages", "text"),
    [
        (Fraction(12), Fraction(288), False, "12 → 288 is a 24× rise (+2,300%)"),
        (Fraction(100), Fraction(137), False, "100 → 137 is a 37% rise (1.37×)"),
        (Fraction(200), Fraction(110), False, "200 → 110 is a 45% fall (0.55×)"),
        (Fraction(20), Fraction(25), True, "20% → 25% is a 5-point rise, a 25% relative increase"),
        (Fraction(0), Fraction(5), False, "0 → 5 is a rise of 5"),
        (Fraction(7), Fraction(7), False, "7 → 7 is no change"),
    ],
)
def test_change_in_words(before: Fraction, after: Fraction, percentages: bool, text: str) -> None:
    assert change(before, after, percentages=percentages) == text


def test_fold_keeps_offsets() -> None:
    text = "İstanbul – 12 per cent"
    assert len(fold(text)) == len(text)
    assert fold("Rose – Fell") == "rose - fell"


def test_template_matches_around_the_number() -> None:
    template = compile_variant(family("factor"), "by a factor of {N}")
    text = "rose by a factor of 24"
    assert template.match_before(text, text.index("24")) is not None
    fold_template = compile_variant(family("n-fold"), "{N}-fold")
    assert fold_template.match_after("a 24 fold rise", 4) is not None
    assert fold_template.match_after("a 24-fold rise", 4) is not None


def test_literal_respects_word_boundaries() -> None:
    pattern = literal(("rose", "cut", "up"))
    assert pattern.search("prosecutions picked up") is not None
    assert [m.group(0) for m in pattern.finditer("prosecutions, setup, cutting")] == []


def _read(quote: str, labels: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(mention.family.id, mention.text) for mention in read(quote, labels).mentions]


def test_reader_finds_statements() -> None:
    assert _read("has more than quadrupled over the last five years") == [
        ("multiple-rise", "more than quadrupled"),
        ("period-years", "over the last five years"),
    ]
    assert _read("up by almost 1,000") == [("difference", "up by almost 1,000")]
    assert _read("fallen by 1.1 percentage points") == [
        ("points", "fallen by 1.1 percentage points")
    ]
    assert _read("between 600 and 700 crimes") == [("between", "between 600 and 700")]
    assert _read("3,000-plus officers") == [("value", "3,000-plus")]
    assert _read("the highest since 2012/13") == [("highest-since", "the highest since 2012/13")]


def test_reader_sets_labels_and_dates_aside() -> None:
    reading = read("increased from 12 in 2011/12 to 288 in 2016-17", ("2011/12", "2016/17"))
    assert [aside.text for aside in reading.asides] == ["2011/12", "2016-17"]
    assert [mention.text for mention in reading.mentions] == ["increased", "12", "288"]
    dated = read("Since June 2016 we have carried out almost 140 warrants in 12 months")
    assert [aside.why for aside in dated.asides] == ["a date", "a length of time"]


def test_reader_qualifier_comparators() -> None:
    mentions = read("just over 600, almost 140 and about 700").mentions
    assert [mention.comparator for mention in mentions] == [
        Comparator.JUST_OVER,
        Comparator.ALMOST,
        Comparator.ABOUT,
    ]


def test_weak_direction_words_are_not_statements() -> None:
    assert _read("offenders are getting more sophisticated") == []
    assert _read("set up a team") == []
    assert _read("crime is up on last year") == [("rise", "up"), ("year-on-year", "on last year")]


@pytest.mark.parametrize(
    ("label", "year"),
    [
        ("2011", 2011),
        ("2011/12", 2011),
        ("2012-13", 2012),
        ("2012–2013", 2012),
        ("q3", None),
        ("possession", None),
        (None, None),
    ],
)
def test_year_of_label(label: str | None, year: int | None) -> None:
    assert year_of(label) == year


@pytest.mark.parametrize(
    ("label", "years"),
    [
        ("2015/16", {2015, 2016}),
        ("Jan 2018 to Dec 2018", {2018}),
        ("Oct 2017 to Sep 2018", {2017, 2018}),
        ("Sept. 2019", {2019}),
        ("possession", set()),
    ],
)
def test_the_years_a_label_covers(label: str, years: set[int]) -> None:
    assert years_of(label) == years


def test_small_base_note() -> None:
    assert _notes.small_base(Fraction(12), DEFAULT_POLICY) is not None
    assert _notes.small_base(Fraction(30), DEFAULT_POLICY) is None
    assert _notes.small_base(Fraction(0), DEFAULT_POLICY) is None


def test_understated_note_names_the_stronger_word() -> None:
    note = _notes.understated(
        "more than doubled", Fraction(2), Fraction(640, 151), DEFAULT_POLICY, multiple=True
    )
    assert note is not None
    assert "quadrupled" in note
    assert (
        _notes.understated(
            "more than doubled", Fraction(2), Fraction(3), DEFAULT_POLICY, multiple=True
        )
        is None
    )


def test_better_as_multiple_note() -> None:
    note = _notes.better_as_multiple("a 2,300% rise", Fraction(2300))
    assert note is not None
    assert "24-fold" in note
    assert _notes.better_as_multiple("a 45% rise", Fraction(45)) is None


def test_significant_digits() -> None:
    def digits(text: str) -> int | None:
        number = parse_number(text)
        assert number is not None
        return _notes.significant_digits(number)

    assert digits("4.24") == 3
    assert digits("82,000") == 2
    assert digits("640") == 3
    assert digits("a third") is None


def test_could_flip_only_when_the_verdict_changes() -> None:
    def judge(value: Fraction) -> Verdict:
        return Verdict.SUPPORTED if value > 2 else Verdict.CONTRADICTED

    assert (
        _notes.could_flip(Verdict.SUPPORTED, [Fraction(21, 10), Fraction(22, 10)], judge, str)
        is None
    )
    note = _notes.could_flip(Verdict.SUPPORTED, [Fraction(19, 10), Fraction(22, 10)], judge, str)
    assert note is not None
    assert "contradicted" in note


@pytest.mark.parametrize(
    ("wording", "base"),
    [
        ("the death rate per 100,000 people", "100,000"),
        ("deaths per 100 million vehicle miles", "100 million"),
        ("the cost for every 1,000 homes", "1,000"),
    ],
)
def test_a_number_after_per_is_the_base_of_a_rate(wording: str, base: str) -> None:
    reading = read(wording)
    assert not reading.mentions
    assert [(aside.text, aside.why) for aside in reading.asides] == [(base, "the base of a rate")]


@pytest.mark.parametrize(
    ("wording", "dates", "values"),
    [
        pytest.param("between 2017-8 and 2018-9", ["2017-8", "2018-9"], [], id="school-years"),
        pytest.param(
            "the 1997/8 season, and in 2016-7.", ["1997/8", "2016-7"], [], id="slash-one-digit"
        ),
        pytest.param("in 2015-9 more", ["2015"], ["9 more"], id="not-the-next-year"),
        pytest.param(
            "from 1847 fines in 2019 to 8203 in 2021",
            ["2019", "2021"],
            ["1847", "8203"],
            id="a-count-in-a-year",
        ),
        pytest.param(
            "down 20% from 1990 levels in 2020", ["1990", "2020"], ["down 20%"], id="year-levels"
        ),
        pytest.param("crime rose over 2016, police said", ["2016"], ["rose"], id="over-a-year"),
        pytest.param("over 2000 people came", [], ["over 2000"], id="over-a-count"),
        pytest.param(
            "the count for 2019 rose to 4.07", ["2019"], ["rose", "4.07"], id="for-a-year"
        ),
        pytest.param("food for 2000 guests", [], ["2000"], id="for-a-count"),
        pytest.param(
            "sales were lower than 2019, a fall", ["2019"], ["lower", "fall"], id="than-a-year"
        ),
        pytest.param("there were more than 2000.", [], ["more than 2000"], id="than-a-count"),
        pytest.param("in 2014/2015 there were 90", ["2014/2015"], ["90"], id="full-year-pair"),
        pytest.param("4,100 Year 11 pupils", [], ["4,100"], id="school-year-not-a-duration"),
    ],
)
def test_years_written_short_and_counts_that_look_like_years(
    wording: str, dates: list[str], values: list[str]
) -> None:
    reading = read(wording)
    assert [aside.text for aside in reading.asides if aside.why == "a date"] == dates
    assert [mention.text for mention in reading.mentions] == values


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Fraction(98913), "+98,913"),
        (Fraction(-10900), "-10,900"),
        (Fraction(-7, 100), "-0.07"),
        (Fraction(123456789, 10), "+12,345,678.9"),
    ],
)
def test_a_change_in_a_working_is_written_in_plain_digits(value: Fraction, shown: str) -> None:
    assert fmt.signed_change(value) == shown
