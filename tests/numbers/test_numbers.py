"""The number reader: values, precision, units and forms of numbers as news writes them."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from claimcheck.numbers.number import Form, Number, Unit, find_numbers, parse_number

# text, value, step, unit, currency, form, is_word
PARSE_CASES: list[tuple[str, F, F, Unit, str | None, Form, bool]] = [
    ("640", F(640), F(1), Unit.NONE, None, Form.CARDINAL, False),
    ("20", F(20), F(1), Unit.NONE, None, Form.CARDINAL, False),
    ("100", F(100), F(1), Unit.NONE, None, Form.CARDINAL, False),
    ("1,072", F(1072), F(1), Unit.NONE, None, Form.CARDINAL, False),
    ("1,072,000", F(1072000), F(1000), Unit.NONE, None, Form.CARDINAL, False),
    ("82,000", F(82000), F(1000), Unit.NONE, None, Form.CARDINAL, False),
    ("2,300", F(2300), F(100), Unit.NONE, None, Form.CARDINAL, False),
    ("1,000,000", F(10**6), F(10**6), Unit.NONE, None, Form.CARDINAL, False),
    ("40 000", F(40000), F(10000), Unit.NONE, None, Form.CARDINAL, False),
    ("4.2", F(42, 10), F(1, 10), Unit.NONE, None, Form.CARDINAL, False),
    ("4.20", F(42, 10), F(1, 100), Unit.NONE, None, Form.CARDINAL, False),
    (".5", F(1, 2), F(1, 10), Unit.NONE, None, Form.CARDINAL, False),
    ("-5", F(-5), F(1), Unit.NONE, None, Form.CARDINAL, False),
    ("−3.2", F(-32, 10), F(1, 10), Unit.NONE, None, Form.CARDINAL, False),
    ("+7", F(7), F(1), Unit.NONE, None, Form.CARDINAL, False),
    ("12.5%", F(125, 10), F(1, 10), Unit.PERCENT, None, Form.CARDINAL, False),
    ("37%", F(37), F(1), Unit.PERCENT, None, Form.CARDINAL, False),
    ("2,300%", F(2300), F(100), Unit.PERCENT, None, Form.CARDINAL, False),
    ("15 per cent", F(15), F(1), Unit.PERCENT, None, Form.CARDINAL, False),
    ("15 percent", F(15), F(1), Unit.PERCENT, None, Form.CARDINAL, False),
    ("1.3 percentage points", F(13, 10), F(1, 10), Unit.POINTS, None, Form.CARDINAL, False),
    # joined by a hyphen, as US copy writes them before a noun ("a 5-percent decrease")
    ("5-percent", F(5), F(1), Unit.PERCENT, None, Form.CARDINAL, False),
    ("12-per-cent", F(12), F(1), Unit.PERCENT, None, Form.CARDINAL, False),
    ("0.3-percentage-point", F(3, 10), F(1, 10), Unit.POINTS, None, Form.CARDINAL, False),
    ("6-cent", F(6, 100), F(1, 100), Unit.MONEY, "USD", Form.CARDINAL, False),
    ("2 points", F(2), F(1), Unit.POINTS, None, Form.CARDINAL, False),
    ("£3.7m", F(3_700_000), F(100_000), Unit.MONEY, "GBP", Form.CARDINAL, False),
    ("£12.2billion", F(12_200_000_000), F(10**8), Unit.MONEY, "GBP", Form.CARDINAL, False),
    ("$1.5 million", F(1_500_000), F(100_000), Unit.MONEY, "USD", Form.CARDINAL, False),
    ("US$1.5bn", F(1_500_000_000), F(10**8), Unit.MONEY, "USD", Form.CARDINAL, False),
    ("€10m", F(10_000_000), F(10**6), Unit.MONEY, "EUR", Form.CARDINAL, False),
    ("£3.2bn", F(3_200_000_000), F(10**8), Unit.MONEY, "GBP", Form.CARDINAL, False),
    ("£40", F(40), F(1), Unit.MONEY, "GBP", Form.CARDINAL, False),
    ("20 million pounds", F(20_000_000), F(10**6), Unit.MONEY, "GBP", Form.CARDINAL, False),
    ("50p", F(1, 2), F(1, 100), Unit.MONEY, "GBP", Form.CARDINAL, False),
    ("1.13 million", F(1_130_000), F(10_000), Unit.NONE, None, Form.CARDINAL, False),
    ("10k", F(10_000), F(1000), Unit.NONE, None, Form.CARDINAL, False),
    ("5bn", F(5 * 10**9), F(10**9), Unit.NONE, None, Form.CARDINAL, False),
    ("nine", F(9), F(1), Unit.NONE, None, Form.CARDINAL, True),
    ("Twenty-four", F(24), F(1), Unit.NONE, None, Form.CARDINAL, True),
    ("two hundred and eighty-eight", F(288), F(1), Unit.NONE, None, Form.CARDINAL, True),
    ("two hundred eighty-eight", F(288), F(1), Unit.NONE, None, Form.CARDINAL, True),
    ("a dozen", F(12), F(1), Unit.NONE, None, Form.CARDINAL, True),
    ("dozen", F(12), F(1), Unit.NONE, None, Form.CARDINAL, True),
    ("a hundred", F(100), F(1), Unit.NONE, None, Form.CARDINAL, True),
    ("a million", F(10**6), F(10**6), Unit.NONE, None, Form.CARDINAL, True),
    ("two million", F(2 * 10**6), F(10**6), Unit.NONE, None, Form.CARDINAL, True),
    ("half a million", F(500_000), F(100_000), Unit.NONE, None, Form.CARDINAL, True),
    ("twenty per cent", F(20), F(1), Unit.PERCENT, None, Form.CARDINAL, True),
    ("a third", F(1, 3), F(0), Unit.NONE, None, Form.FRACTION, True),
    ("one third", F(1, 3), F(0), Unit.NONE, None, Form.FRACTION, True),
    ("two-thirds", F(2, 3), F(0), Unit.NONE, None, Form.FRACTION, True),
    ("three-quarters", F(3, 4), F(0), Unit.NONE, None, Form.FRACTION, True),
    ("a quarter", F(1, 4), F(0), Unit.NONE, None, Form.FRACTION, True),
    ("a fifth", F(1, 5), F(0), Unit.NONE, None, Form.FRACTION, True),
    ("half", F(1, 2), F(0), Unit.NONE, None, Form.FRACTION, True),
    ("a half", F(1, 2), F(0), Unit.NONE, None, Form.FRACTION, True),
    ("3/4", F(3, 4), F(0), Unit.NONE, None, Form.FRACTION, False),
    ("21st", F(21), F(0), Unit.NONE, None, Form.ORDINAL, False),
    ("3rd", F(3), F(0), Unit.NONE, None, Form.ORDINAL, False),
    ("third", F(3), F(0), Unit.NONE, None, Form.ORDINAL, True),
    ("twenty-fifth", F(25), F(0), Unit.NONE, None, Form.ORDINAL, True),
    ("one hundred and first", F(101), F(0), Unit.NONE, None, Form.ORDINAL, True),
    ("one in five", F(1, 5), F(0), Unit.NONE, None, Form.RATIO, True),
    ("1 in 14", F(1, 14), F(0), Unit.NONE, None, Form.RATIO, False),
    ("three in ten", F(3, 10), F(0), Unit.NONE, None, Form.RATIO, True),
    ("one out of three", F(1, 3), F(0), Unit.NONE, None, Form.RATIO, True),
    ("one in every six", F(1, 6), F(0), Unit.NONE, None, Form.RATIO, True),
    ("1.3e6", F(1_300_000), F(100_000), Unit.NONE, None, Form.CARDINAL, False),
    ("one point five million", F(1_500_000), F(100_000), Unit.NONE, None, Form.CARDINAL, True),
    ("five and a half million", F(5_500_000), F(500_000), Unit.NONE, None, Form.CARDINAL, True),
    ("3 million and a half", F(3_500_000), F(10**6), Unit.NONE, None, Form.CARDINAL, False),
    ("two and a half", F(5, 2), F(1, 2), Unit.NONE, None, Form.CARDINAL, True),
    ("minus five", F(-5), F(1), Unit.NONE, None, Form.CARDINAL, True),
    ("minus 5%", F(-5), F(1), Unit.PERCENT, None, Form.CARDINAL, False),
    ("2 1/2", F(5, 2), F(0), Unit.NONE, None, Form.CARDINAL, False),
    ("½", F(1, 2), F(0), Unit.NONE, None, Form.FRACTION, False),
    ("one over three", F(1, 3), F(0), Unit.NONE, None, Form.FRACTION, True),
    ("quarter million", F(250_000), F(100_000), Unit.NONE, None, Form.CARDINAL, True),
    ("$2.174T", F(2_174_000_000_000), F(10**9), Unit.MONEY, "USD", Form.CARDINAL, False),
    ("10M", F(10**7), F(10**6), Unit.NONE, None, Form.CARDINAL, False),
    ("1.5m", F(1_500_000), F(100_000), Unit.NONE, None, Form.CARDINAL, False),
    ("hundred thousand", F(100_000), F(1000), Unit.NONE, None, Form.CARDINAL, True),
    ("12,34,567", F(1_234_567), F(1), Unit.NONE, None, Form.CARDINAL, False),
    ("2.33 k", F(2330), F(10), Unit.NONE, None, Form.CARDINAL, False),
    ("3 hundred and 21", F(321), F(1), Unit.NONE, None, Form.CARDINAL, False),
    ("3 hundred and one", F(301), F(1), Unit.NONE, None, Form.CARDINAL, False),
    ("3 dollars 50 cents", F(7, 2), F(1, 100), Unit.MONEY, "USD", Form.CARDINAL, False),
    ("3 cents", F(3, 100), F(1, 100), Unit.MONEY, "USD", Form.CARDINAL, False),
    ("twelve cents", F(12, 100), F(1, 100), Unit.MONEY, "USD", Form.CARDINAL, True),
    ("75 USD million", F(75_000_000), F(10**6), Unit.MONEY, "USD", Form.CARDINAL, False),
    ("30 MUSD", F(30_000_000), F(10**6), Unit.MONEY, "USD", Form.CARDINAL, False),
    ("1.1^2", F(121, 100), F(0), Unit.NONE, None, Form.CARDINAL, False),
    ("-4/5", F(-4, 5), F(0), Unit.NONE, None, Form.FRACTION, False),
    ("one hundred and three quarters", F(403, 4), F(0), Unit.NONE, None, Form.CARDINAL, True),
]


@pytest.mark.parametrize(
    ("text", "value", "step", "unit", "currency", "form", "is_word"),
    PARSE_CASES,
    ids=[case[0] for case in PARSE_CASES],
)
def test_parse_number(
    text: str,
    value: F,
    step: F,
    unit: Unit,
    currency: str | None,
    form: Form,
    is_word: bool,
) -> None:
    number = parse_number(text)
    assert number == Number(value, step, text, unit, currency, is_word, form)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "nan",
        "NaN",
        "inf",
        "-inf",
        "Infinity",
        "12 apples",
        "about 12",
        "12 and 13",
        "a",
        "hundred",
        "thousands",
        "£",
        "%",
        "12.5.3",
        "one two",
    ],
)
def test_parse_number_refuses(text: str) -> None:
    assert parse_number(text) is None


def test_parse_number_keeps_surrounding_whitespace_out_of_text() -> None:
    number = parse_number("  12.5% ")
    assert number is not None
    assert number.text == "12.5%"


def _found(text: str) -> list[tuple[str, F]]:
    return [(m.number.text, m.number.value) for m in find_numbers(text)]


FIND_CASES: list[tuple[str, list[tuple[str, F]]]] = [
    ("In 2016, a total of 640 crimes", [("2016", F(2016)), ("640", F(640))]),
    ("compared to 151 in 2011.", [("151", F(151)), ("2011", F(2011))]),
    ("in the 2012-13 year", [("2012", F(2012)), ("13", F(13))]),
    ("in 2011/12", [("2011", F(2011)), ("12", F(12))]),
    ("at 10:30", [("10", F(10)), ("30", F(30))]),
    ("0808 800 5000", [("0808", F(808)), ("800", F(800)), ("5000", F(5000))]),
    ("0800 1111", [("0800", F(800)), ("1111", F(1111))]),
    ("3,000-plus officers", [("3,000", F(3000))]),
    ("between 40 and 50", [("40", F(40)), ("50", F(50))]),
    ("40-50", [("40", F(40)), ("50", F(50))]),
    ("COVID-19 since mid-2016", [("19", F(19)), ("2016", F(2016))]),
    ("5 in 10 days", [("5", F(5)), ("10", F(10))]),
    ("8 in 5", [("8", F(8)), ("5", F(5))]),
    ("the M6 and H1N1", []),
    ("version 1.2.3", [("1", F(1)), ("2", F(2)), ("3", F(3))]),
    ("192.168.1.2", [("192", F(192)), ("168", F(168)), ("1", F(1)), ("2", F(2))]),
    ("on 5/17/2018", [("5", F(5)), ("17", F(17)), ("2018", F(2018))]),
    ("revenue was ($99.99).", [("$99.99", F(-9999, 100))]),
    # an amount in brackets after a name is an aside, not an accounts loss
    ("Cumbria (£512) paid least", [("£512", F(512))]),
    ("($75.10)", [("$75.10", F(-7510, 100))]),
    ("the net result: (£4,200)", [("£4,200", F(-4200))]),
    ("from 75 - 300 mm", [("75", F(75)), ("300", F(300))]),
    ("2011 - 2016", [("2011", F(2011)), ("2016", F(2016))]),
    ("I'm 1.8m tall", [("1.8", F(18, 10))]),
    ("1.8m people", [("1.8m", F(1_800_000))]),
    ("a 10km run", [("10", F(10))]),
    ("in the 1990s", [("1990", F(1990))]),
    ("someone, anyone, alone", []),
    ("more than quadrupled over the last five years", [("five", F(5))]),
    ("a 24-fold rise", [("24", F(24))]),
    ("a third of arrests", [("a third", F(1, 3))]),
    ("the third year", [("third", F(3))]),
    ("nineteen eighty-four", [("nineteen", F(19)), ("eighty-four", F(84))]),
    ("1, 2, 3", [("1", F(1)), ("2", F(2)), ("3", F(3))]),
    ("a lot of people", []),
    ("£3.7m and €10m", [("£3.7m", F(3_700_000)), ("€10m", F(10_000_000))]),
    ("a 3m fall", [("3", F(3))]),
    ("it fell − 5 points", [("5 points", F(5))]),
    ("it fell −5 points", [("−5 points", F(-5))]),
    ("up 40\u00a0000 people", [("40\u00a0000", F(40000))]),
    ("a twenty-four-fold rise", [("twenty-four", F(24))]),
    ("a thirty-five-fold increase", [("thirty-five", F(35))]),
    ("a twenty-four-year-old", [("twenty-four", F(24))]),
    ("a twenty-four-hour strike", [("twenty-four", F(24))]),
    ("a twenty-four-strong team", [("twenty-four", F(24))]),
    ("twenty-four-fold and ninety-nine-fold", [("twenty-four", F(24)), ("ninety-nine", F(99))]),
]


# "pc" is per cent only right after a number; "PCs" are computers.
PC_CASES: list[tuple[str, str, Unit]] = [
    ("up 12pc", "12pc", Unit.PERCENT),
    ("a 12pc rise", "12pc", Unit.PERCENT),
    ("fell 12 pc last year", "12 pc", Unit.PERCENT),
    ("a 4.5pc.", "4.5pc", Unit.PERCENT),
    ("twelve pc", "twelve pc", Unit.PERCENT),
    ("12 PCs were stolen", "12", Unit.NONE),
    ("12 PC", "12", Unit.NONE),
    ("the 12 pcs", "12", Unit.NONE),
    ("12pcs", "12", Unit.NONE),
]


@pytest.mark.parametrize(("text", "found", "unit"), PC_CASES, ids=[c[0] for c in PC_CASES])
def test_pc_is_per_cent_after_a_number(text: str, found: str, unit: Unit) -> None:
    [match] = find_numbers(text)
    assert match.number.text == found
    assert match.number.unit == unit
    assert text[match.start : match.end] == found


@pytest.mark.parametrize(("text", "expected"), FIND_CASES, ids=[c[0] for c in FIND_CASES])
def test_find_numbers(text: str, expected: list[tuple[str, F]]) -> None:
    assert _found(text) == expected


def test_find_numbers_spans_and_forms() -> None:
    text = "One in five said so; two-thirds did; the 21st time; 3/4 of them."
    matches = find_numbers(text)
    assert [m.form for m in matches] == [Form.RATIO, Form.FRACTION, Form.ORDINAL, Form.FRACTION]
    for m in matches:
        assert text[m.start : m.end] == m.number.text


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        ("4.2", F(415, 100), F(425, 100)),
        ("37%", F(365, 10), F(375, 10)),
        ("1.13 million", F(1_125_000), F(1_135_000)),
        ("82,000", F(81_500), F(82_500)),
    ],
)
def test_precision_interval_is_half_open(text: str, inside: F, outside: F) -> None:
    number = parse_number(text)
    assert number is not None
    assert number.contains(inside)
    assert not number.contains(outside)
    assert number.contains(number.value)


def test_exact_numbers_contain_only_themselves() -> None:
    third = parse_number("a third")
    assert third is not None
    assert third.contains(F(1, 3))
    assert not third.contains(F(333, 1000))
