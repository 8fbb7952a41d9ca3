"""Scanning articles: every number found, classified by its context, spans into the original."""

from __future__ import annotations

from fractions import Fraction as F
from pathlib import Path

import pytest

from claimcheck.article.scan import Mention, MentionKind, format_value, scan

SHARED = Path(__file__).resolve().parents[3] / "shared"
ARTICLE = SHARED / "articles" / "west-midlands-indecent-images.txt"

needs_article = pytest.mark.skipif(
    not ARTICLE.is_file(),
    reason="the shared West Midlands article (../shared/articles) is not beside the repository",
)

K = MentionKind


def _one(text: str) -> Mention:
    mentions = scan(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


# text, mention text, value, kind, qualifier, statistical
CLASSIFY: list[tuple[str, str, F, MentionKind, str | None, bool]] = [
    ("In 2016 it rose", "2016", F(2016), K.YEAR, None, False),
    ("since June 2016 we", "2016", F(2016), K.YEAR, None, False),
    ("a total of 640 crimes", "640", F(640), K.COUNT, None, True),
    ("almost 140 warrants", "140", F(140), K.COUNT, "almost", True),
    ("more than 1,000 people", "1,000", F(1000), K.COUNT, "more than", True),
    ("about 12.5% of them", "12.5%", F(125, 10), K.SHARE, "about", True),
    ("up 37 per cent", "37 per cent", F(37), K.PERCENT, None, True),
    ("fell by 1.3 percentage points", "1.3 percentage points", F(13, 10), K.CHANGE, None, True),
    ("a rise of 6,385", "6,385", F(6385), K.CHANGE, None, True),
    ("it cost £3.7m", "£3.7m", F(3_700_000), K.MONEY, None, True),
    ("has more than quadrupled", "quadrupled", F(4), K.MULTIPLE, "more than", True),
    ("nearly doubled", "doubled", F(2), K.MULTIPLE, "nearly", True),
    ("a 24-fold rise", "24", F(24), K.MULTIPLE, None, True),
    ("five times as many", "five", F(5), K.MULTIPLE, None, True),
    ("by a factor of 3", "3", F(3), K.MULTIPLE, None, True),
    ("one in five adults", "one in five", F(1, 5), K.SHARE, None, True),
    ("about one in six", "one in six", F(1, 6), K.SHARE, "about", True),
    ("a third of arrests", "a third", F(1, 3), K.SHARE, None, True),
    ("rose by a third", "a third", F(1, 3), K.CHANGE, None, True),
    ("fell by nearly a fifth", "a fifth", F(1, 5), K.CHANGE, "nearly", True),
    ("cut in half", "cut in half", F(1, 2), K.MULTIPLE, None, True),
    ("over the last five years", "five", F(5), K.DURATION, None, False),
    ("in just one month", "one", F(1), K.DURATION, None, False),
    ("a boy aged 12", "12", F(12), K.OTHER, None, False),
    ("a 15-year-old girl", "15", F(15), K.OTHER, None, False),
    ("at 10 Downing Street", "10", F(10), K.OTHER, None, False),
    ("under section 4 of the act", "4", F(4), K.OTHER, None, False),
    ("our number one priority", "one", F(1), K.OTHER, None, False),
    ("the COVID-19 pandemic", "19", F(19), K.OTHER, None, False),
    ("call 0808 800 5000 now", "0808 800 5000", F(8088005000), K.PHONE, None, False),
    ("on 0800 1111 or", "0800 1111", F(8001111), K.PHONE, None, False),
    ("at 10:30 today", "10:30", F(21, 2), K.TIME, None, False),
    ("by 5pm", "5pm", F(17), K.TIME, None, False),
    ("before 5pm.", "5pm", F(17), K.TIME, None, False),
    ("at 5 p.m. today", "5 p.m.", F(17), K.TIME, None, False),
    ("on 10 March", "10", F(10), K.DATE, None, False),
    ("the third-highest rate", "third", F(3), K.ORDINAL, None, True),
    ("for the third year", "third", F(3), K.ORDINAL, None, False),
    ("in the 1990s", "1990s", F(1990), K.YEAR, None, False),
    ("in the 1990's", "1990's", F(1990), K.YEAR, None, False),
    ("3,000-plus officers", "3,000", F(3000), K.COUNT, "at least", True),
    ("3,000+ officers", "3,000", F(3000), K.COUNT, "at least", True),
    ("3,000 or more officers", "3,000", F(3000), K.COUNT, "at least", True),
    # "one of" is a pronoun by the shared name rule (engine.read.names), like "number one"
    ("one of the cases", "one", F(1), K.OTHER, None, False),
    ("crime rose over 2016", "2016", F(2016), K.YEAR, None, False),
    ("more than 2000 people", "2000", F(2000), K.COUNT, "more than", True),
    ("prices up 12pc", "12pc", F(12), K.PERCENT, None, True),
    ("a 12 pc rise", "12 pc", F(12), K.PERCENT, None, True),
    ("12 PCs were stolen", "12", F(12), K.COUNT, None, True),
    ("a twenty-four-fold rise", "twenty-four", F(24), K.MULTIPLE, None, True),
    ("a thirty-five-fold increase", "thirty-five", F(35), K.MULTIPLE, None, True),
    ("a twenty-four-year-old man", "twenty-four", F(24), K.OTHER, None, False),
    ("ISBN 978-3-16-148410-0.", "978-3-16-148410-0", F(9783161484100), K.OTHER, None, False),
    ("see 0-8044-2957-X here", "0-8044-2957-X", F(80442957), K.OTHER, None, False),
    ("ISBN: 9783161484100.", "9783161484100", F(9783161484100), K.OTHER, None, False),
    ("ISSN 0317-8471", "0317-8471", F(3178471), K.OTHER, None, False),
    ("ISBN-13 978-0-306-40615-7", "13 978-0-306-40615-7", F(139780306406157), K.OTHER, None, False),
    ("call 1-800-555-1234 now", "1-800-555-1234", F(18005551234), K.PHONE, None, False),
    ("Call 101 to report a crime.", "101", F(101), K.PHONE, None, False),
    ("dial 999 now", "999", F(999), K.PHONE, None, False),
    ("Dial 111.", "111", F(111), K.PHONE, None, False),
    ("contact police on 101", "101", F(101), K.PHONE, None, False),
    ("call Samaritans on 116 123", "116 123", F(116123), K.PHONE, None, False),
    ("NHS 111 said", "111", F(111), K.PHONE, None, False),
    ("calls to 999 were answered", "999", F(999), K.PHONE, None, False),
    ("the 101 non-emergency line", "101", F(101), K.PHONE, None, False),
    ("rose to 101", "101", F(101), K.COUNT, None, True),
    ("it received 111 reports", "111", F(111), K.COUNT, None, True),
    ("police called 101 witnesses", "101", F(101), K.COUNT, None, True),
    ("call 120 people", "120", F(120), K.COUNT, None, True),
]


@pytest.mark.parametrize(
    ("text", "written", "value", "kind", "qualifier", "statistical"),
    CLASSIFY,
    ids=[case[0] for case in CLASSIFY],
)
def test_classify(
    text: str,
    written: str,
    value: F,
    kind: MentionKind,
    qualifier: str | None,
    statistical: bool,
) -> None:
    mention = _one(text)
    assert (mention.text, mention.value, mention.kind, mention.qualifier, mention.statistical) == (
        written,
        value,
        kind,
        qualifier,
        statistical,
    )
    assert text[mention.start : mention.end] == mention.text


# text, then each mention as (text, kind, qualifier, statistical)
RANGES: list[tuple[str, list[tuple[str, MentionKind, str | None, bool]]]] = [
    (
        "between 40 and 50 people",
        [("40", K.COUNT, "between", True), ("50", K.COUNT, "between", True)],
    ),
    (
        "between 40 and 50 per cent",
        [("40", K.PERCENT, "between", True), ("50 per cent", K.PERCENT, "between", True)],
    ),
    (
        "between 40% and 50%",
        [("40%", K.PERCENT, "between", True), ("50%", K.PERCENT, "between", True)],
    ),
    (
        "between 40% and 50% of adults",
        [("40%", K.SHARE, "between", True), ("50%", K.SHARE, "between", True)],
    ),
    ("Between £4m and £5m", [("£4m", K.MONEY, "between", True), ("£5m", K.MONEY, "between", True)]),
    ("between 2011 and 2016", [("2011", K.YEAR, None, False), ("2016", K.YEAR, None, False)]),
    ("aged between 18 and 24", [("18", K.OTHER, None, False), ("24", K.OTHER, None, False)]),
    ("between 5 and 10 years", [("5", K.DURATION, None, False), ("10", K.DURATION, None, False)]),
    ("40 and 50 people", [("40", K.COUNT, None, True), ("50", K.COUNT, None, True)]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=[case[0] for case in RANGES])
def test_between_marks_both_ends_of_a_range(
    text: str, expected: list[tuple[str, MentionKind, str | None, bool]]
) -> None:
    mentions = scan(text)
    assert [(m.text, m.kind, m.qualifier, m.statistical) for m in mentions] == expected
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


def test_year_labels_are_years() -> None:
    mentions = scan("in 2012-13 and 2011/12")
    assert [(m.text, m.kind) for m in mentions] == [
        ("2012", K.YEAR),
        ("13", K.YEAR),
        ("2011", K.YEAR),
        ("12", K.YEAR),
    ]


def test_urls_hold_no_numbers() -> None:
    assert scan("see https://example.org/2016/640.html or childline.org.uk") == []


def test_html_spans_point_into_the_original() -> None:
    markup = "<p>In 2016, a total of <b>640</b>&nbsp;crimes &amp; 1&#44;000 arrests</p>"
    mentions = scan(markup)
    assert [(m.text, m.value) for m in mentions] == [
        ("2016", F(2016)),
        ("640", F(640)),
        ("1&#44;000", F(1000)),
    ]
    for m in mentions:
        assert markup[m.start : m.end] == m.text


def test_html_paragraphs_do_not_run_together() -> None:
    mentions = scan("<p>640</p><p>151</p>")
    assert [m.value for m in mentions] == [640, 151]


def test_markdown_list_markers_are_not_statistics() -> None:
    mentions = scan("1. 640 crimes\n2. 151 crimes\n")
    assert [(m.text, m.statistical) for m in mentions] == [
        ("1", False),
        ("640", True),
        ("2", False),
        ("151", True),
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [(F(42, 10), "4.2"), (F(1, 3), "1/3"), (F(-1, 8), "-0.125"), (F(640), "640"), (F(0), "0")],
)
def test_format_value(value: F, text: str) -> None:
    assert format_value(value) == text


def test_as_json() -> None:
    mention = _one("up 37 per cent")
    assert mention.as_json() == {
        "start": 3,
        "end": 14,
        "text": "37 per cent",
        "value": "37",
        "kind": "percent",
        "qualifier": None,
        "statistical": True,
    }


@needs_article
def test_west_midlands_article() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    mentions = scan(text)
    statistical = [(m.text, m.kind) for m in mentions if m.statistical]
    assert statistical == [
        ("quadrupled", K.MULTIPLE),
        ("640", K.COUNT),
        ("151", K.COUNT),
        ("691", K.COUNT),
        ("358", K.COUNT),
        ("12", K.COUNT),
        ("288", K.COUNT),
        ("25", K.COUNT),
        ("140", K.COUNT),
        ("110", K.COUNT),
    ]
    others = {(m.text, m.kind) for m in mentions if not m.statistical}
    assert others == {
        ("five", K.DURATION),
        ("2016", K.YEAR),
        ("2011", K.YEAR),
        ("one", K.OTHER),
        ("0808 800 5000", K.PHONE),
        ("0800 1111", K.PHONE),
    }
    years = [m for m in mentions if m.kind is K.YEAR]
    assert len(years) == 6
    for m in mentions:
        assert text[m.start : m.end] == m.text
