"""Numbers that are names, labels, bands and thresholds: set aside by the engine, not counted
by the article scanner (issue 10, class 6). Every row is our own sentence with its reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _wording import ch, check_case

from claimcheck.article.scan import scan
from claimcheck.engine.read.names import NAME_RULES, fold, name_spans
from claimcheck.model import Verdict


def fig(value: Any) -> dict[str, Any]:
    return {"value": value}


# quote, figures, verdict, reason
ENGINE: list[tuple[str, dict[str, Any], Verdict, str]] = [
    (
        "Some 412 deaths in the week mentioned Covid-19",
        fig(412),
        Verdict.SUPPORTED,
        "the 19 of Covid-19 is part of a disease's name",
    ),
    (
        "Obesity among Year 6 pupils rose from 20.1% to 21.4%",
        ch("20.1%", "21.4%"),
        Verdict.SUPPORTED,
        "Year 6 names a school year",
    ),
    (
        "for children in year six the rate went from 18.2 per cent to 19.0 per cent",
        ch("18.2%", "19.0%"),
        Verdict.SUPPORTED,
        "a school year written as a word is still a name",
    ),
    (
        "Section 60 stops climbed from 3,100 to 3,900",
        ch(3100, 3900),
        Verdict.SUPPORTED,
        "Section 60 is a law's section",
    ),
    (
        "Form 696 was filed 240 times last year",
        fig(240),
        Verdict.SUPPORTED,
        "Form 696 names a form",
    ),
    (
        "In Week 52, registrations stood at 8,200",
        fig(8200),
        Verdict.SUPPORTED,
        "Week 52 names a week of the year",
    ),
    (
        "Unemployment among people aged 18 to 24 was 11.2%",
        fig("11.2%"),
        Verdict.SUPPORTED,
        "an age band says who is counted",
    ),
    (
        "the claimant rate for 25 to 34-year-olds stood at 8.3%",
        fig("8.3%"),
        Verdict.SUPPORTED,
        "'25 to 34-year-olds' is an age group, not a range statement",
    ),
    (
        "Sales of flats worth over £2m rose 41 per cent, from 200 to 282",
        ch(200, 282),
        Verdict.SUPPORTED,
        "'worth over £2m' bounds which flats are counted",
    ),
    (
        "collisions involving at least one bus went up from 310 to 355",
        ch(310, 355),
        Verdict.SUPPORTED,
        "'at least one bus' describes which collisions are counted",
    ),
    (
        "together these three counties recorded 52% of the thefts",
        fig("52%"),
        Verdict.SUPPORTED,
        "the number of counties names the group the sentence speaks of",
    ),
    (
        "the share of papers marked 9/A* fell from 7.1% to 6.8%",
        ch("7.1%", "6.8%"),
        Verdict.SUPPORTED,
        "9/A* names a grade",
    ),
    (
        "replies came within the 15 working day limit in 91% of cases",
        fig("91%"),
        Verdict.SUPPORTED,
        "'15 working day' is a length of time",
    ),
    (
        "the top 10% of earners took 35% of all income",
        fig("35%"),
        Verdict.SUPPORTED,
        "'the top 10%' is the band of earners the share is about",
    ),
    (
        "Pass rates for GCSE grades 9 to 4 fell from 70.2% to 69.1%",
        ch("70.2%", "69.1%"),
        Verdict.SUPPORTED,
        "'grades 9 to 4' names grades, not a range to check",
    ),
    (
        "999 calls rose by 12%",
        ch(1000, 1120),
        Verdict.SUPPORTED,
        "999 is the emergency number the calls were made to",
    ),
    (
        "More than 5,000 pupils sat the 11-plus",
        fig(5300),
        Verdict.SUPPORTED,
        "the 11-plus is an exam's name, not 'eleven or more'",
    ),
    (
        "The U-6 measure of joblessness slipped to 7.9% from 8.2%",
        ch("8.2%", "7.9%"),
        Verdict.SUPPORTED,
        "U-6 is the name of a measure, a code joined by a hyphen",
    ),
    (
        "Crashes on the A-10 rose from 410 to 445",
        ch(410, 445),
        Verdict.SUPPORTED,
        "the A-10 is a road's name",
    ),
    (
        "K-12 enrolment fell by 3% to 48,500",
        ch(50000, 48500),
        Verdict.SUPPORTED,
        "K-12 names the school grades counted",
    ),
    (
        "184 clinics now offer one or both of the services",
        fig(184),
        Verdict.SUPPORTED,
        "'one or both' is an idiom, not a count",
    ),
    (
        "some 14,200 households had one or more cars",
        fig(14200),
        Verdict.SUPPORTED,
        "'one or more' describes the households, whatever verb comes before it",
    ),
    (
        "Drivers blamed one another in 320 crashes",
        fig(320),
        Verdict.SUPPORTED,
        "'one another' is a pronoun",
    ),
    (
        "It was one of the 43 forces that met the target",
        fig(43),
        Verdict.SUPPORTED,
        "'one of the' is a pronoun; the 43 is the statement",
    ),
    (
        "At one point, queues at the depot reached 4,100",
        fig(4100),
        Verdict.SUPPORTED,
        "'at one point' is an idiom of time",
    ),
    (
        "a one-off grant went to 4,100 households",
        fig(4100),
        Verdict.SUPPORTED,
        "'one-off' counts nothing",
    ),
    (
        "wardens moved 4,100 rough sleepers from one town to another",
        fig(4100),
        Verdict.SUPPORTED,
        "'from one town to another' counts nothing",
    ),
    (
        "S&P 500 futures were up 14 points",
        fig(14),
        Verdict.SUPPORTED,
        "the S&P 500 is an index's name; the 14 points are the statement",
    ),
    (
        "Shares in the FTSE 100 fell 1.2%",
        fig("1.2%"),
        Verdict.SUPPORTED,
        "the FTSE 100 is an index's name",
    ),
    (
        "the control room, staffed 24/7, took 61,200 calls",
        fig(61200),
        Verdict.SUPPORTED,
        "'24/7' means always, not two numbers",
    ),
    (
        "No 10 said 4,100 notices had been issued",
        fig(4100),
        Verdict.SUPPORTED,
        "No 10 names Downing Street",
    ),
    (
        "Referrals for children under five rose from 1,200 to 1,380",
        ch(1200, 1380),
        Verdict.SUPPORTED,
        "'under five' is the age that bounds the children counted",
    ),
    (
        "Some 4,100 people in their 20s applied",
        fig(4100),
        Verdict.SUPPORTED,
        "'in their 20s' is an age, not a count of 20",
    ),
    (
        "Orders under the Children Act 1989 reached 4,100",
        fig(4100),
        Verdict.SUPPORTED,
        "1989 is part of the law's name",
    ),
    (
        "Notices issued under Part 4 of the act reached 4,100",
        fig(4100),
        Verdict.SUPPORTED,
        "Part 4 names a part of a law",
    ),
    # The rules leave statements alone.
    (
        "The index rose 100 points",
        fig(90),
        Verdict.CONTRADICTED,
        "points after an index's rise are the statement",
    ),
    (
        "Only one force met the target",
        fig(3),
        Verdict.CONTRADICTED,
        "'only one' is a count to check",
    ),
    (
        "Last year 12 people were hurt",
        fig(15),
        Verdict.CONTRADICTED,
        "after 'last year' the 12 is a count, not a school year",
    ),
    (
        "In the week 995 deaths were registered",
        fig(1200),
        Verdict.CONTRADICTED,
        "after 'the week' the number is a count of deaths, not a week",
    ),
    (
        "The village ended the year with one death",
        fig(3),
        Verdict.CONTRADICTED,
        "'with one death' is a count; only 'at least one' or 'one or more' describes a group",
    ),
    (
        "The average age of first-time buyers is now age 34.6",
        fig("31.0"),
        Verdict.CONTRADICTED,
        "an average age is a statistic, not an age band",
    ),
    (
        "the year 6% higher than before",
        fig("6%"),
        Verdict.SUPPORTED,
        "a percentage after 'year' is a statement",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "reason"), ENGINE, ids=[row[0][:40] for row in ENGINE]
)
def test_names_in_claims(
    quote: str, figures: dict[str, Any], verdict: Verdict, reason: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{reason}: {finding.explanation}"


# text, the number as written, whether the scanner counts it as a statistic, reason
ARTICLE: list[tuple[str, str, bool, str]] = [
    ("Patients with Covid-19 were moved.", "19", False, "a disease's name"),
    ("Year 6 pupils sat the tests.", "6", False, "a school year"),
    ("Officers used Section 60 powers.", "60", False, "a law's section"),
    ("Promoters had to fill in Form 696.", "696", False, "a form's number"),
    ("Cases peaked in Week 52.", "52", False, "a week of the year"),
    ("She graduated in '98 with honours.", "98", False, "a year written short"),
    ("Jobs for people aged 16 to 24 are scarce.", "24", False, "an age band"),
    ("Sales fell among buyers between the ages of 25 and 29.", "25", False, "ages of"),
    ("Sales fell among buyers between the ages of 25 and 29.", "29", False, "ages of"),
    ("Cases among people aged 65 and over rose.", "65", False, "and over"),
    ("Thefts rose from 2,180 in 2016/2017 to 2,305.", "2016/2017", False, "a year in full"),
    ("Homes worth over £2m sold slowly.", "£2m", False, "a price threshold"),
    ("The top 1% hold a fifth of wealth.", "1%", False, "a band of a ranked group"),
    ("999 calls went unanswered.", "999", False, "a phone service's number"),
    ("The U-6 rate fell.", "6", False, "a code joined to letters by a hyphen"),
    ("Traffic on the A-10 was heavy.", "10", False, "a road's name"),
    ("Councils used one or both powers.", "one", False, "an idiom, not a count"),
    ("Drivers blamed one another.", "one", False, "a pronoun"),
    ("At one point the queue was long.", "one point", False, "an idiom of time"),
    ("The S&P 500 closed higher.", "500", False, "an index's name"),
    ("The FTSE 100 closed lower.", "100", False, "an index's name"),
    ("The helpline runs 24/7.", "24", False, "'24/7' means always"),
    ("No 10 declined to comment.", "10", False, "Downing Street"),
    ("Boeing 737 jets were grounded.", "737", False, "an aircraft's name"),
    ("Care for people over 65 costs more.", "65", False, "an age bounding the group"),
    ("Most buyers were in their 30s.", "30", False, "an age in decades"),
    ("Free travel for over 65s ends.", "65", False, "an age group"),
    ("Cases among under 18s rose.", "18", False, "an age group"),
    ("Prices rose over 65% in a year.", "65%", True, "a percentage after 'over' is a statistic"),
    ("The Children Act 1989 applies.", "1989", False, "a year in a law's name"),
    ("The trust treated 5,400 patients.", "5,400", True, "a count stays a statistic"),
    ("Those over 4,100 were turned away.", "4,100", True, "an age has at most three digits"),
    ("The Nasdaq rose 100 points.", "100 points", True, "a change in points"),
    ("Only one council replied.", "one", True, "'only one' is a count"),
    ("Temperatures dipped to minus-5 overnight.", "5", True, "a signed value, not a code"),
    ("Prices peaked in mid-2019.", "2019", False, "a year after a hyphen stays a date"),
]


@pytest.mark.parametrize(
    ("text", "written", "statistical", "reason"), ARTICLE, ids=[row[0][:30] for row in ARTICLE]
)
def test_names_in_articles(text: str, written: str, statistical: bool, reason: str) -> None:
    found = [mention for mention in scan(text) if mention.text == written]
    assert found, f"{written!r} not found in {text!r}"
    assert found[0].statistical is statistical, reason


def test_every_rule_example_is_set_aside() -> None:
    for rule in NAME_RULES:
        assert name_spans(rule.example.lower()), f"{rule.name}: {rule.example}"


# The other branches of rules whose examples take one: each must keep its rule's words.
_OTHER_SPELLINGS = [
    "He lives at Number 10 and she at number 11.",
    "The Hang Seng 300 and the Euro Stoxx 50 fell; the FTSE 250 rose.",
    "Pupils in their early 30s and women over sixty",
    "The Olympics 2012 and the Census 2021 and the Strategy 2030",
    "one by one, at one stage, a one-off, one way or another",
    "Route 66 and the A-10 and the K–12 schools",
    "crashes involving two or more cars, homes sold at auction for over £1m",
]


def _spelled_every_way(text: str) -> list[str]:
    # Upper case, and the two letters a case-insensitive pattern reads as "i" and "s".
    return [text, text.upper(), text.replace("i", "\u0131"), text.replace("s", "\u017f")]


def test_a_rule_is_skipped_only_where_it_cannot_match() -> None:
    texts = [rule.example for rule in NAME_RULES]
    texts += [row[0] for row in ENGINE] + [row[0] for row in ARTICLE]
    texts += _OTHER_SPELLINGS
    for spelling in (way for text in texts for way in _spelled_every_way(text)):
        folded = fold(spelling)
        for rule in NAME_RULES:
            if rule.pattern.search(spelling):
                assert rule.possible(folded), f"{rule.name} skipped on {spelling!r}"


def test_a_text_without_the_words_a_rule_needs_is_not_searched() -> None:
    rule = next(rule for rule in NAME_RULES if rule.name == "age band")
    assert rule.possible(fold("People AGED 16 to 24"))
    assert not rule.possible(fold("Burglaries rose by 12% in 2016"))


def test_scanner_and_engine_share_every_rule() -> None:
    # One rule, two readers: each rule's example number is no statistic for the scanner either.
    for rule in NAME_RULES:
        spans = name_spans(rule.example)
        inside = [
            mention
            for mention in scan(rule.example)
            if any(span.start <= mention.start and mention.end <= span.end for span in spans)
        ]
        assert inside, f"{rule.name}: the scanner finds no number in {rule.example!r}"
        assert not any(mention.statistical for mention in inside), rule.name


def test_policy_lists_every_rule() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "policy.md").read_text(encoding="utf-8")
    for rule in NAME_RULES:
        assert f"| {rule.name} | {rule.example} | {rule.why} |" in doc, rule.name
