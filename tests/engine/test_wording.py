"""Every pinned wording rule at its exact boundaries (docs/policy.md, rules 1 to 8)."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case, fig, named, sh

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED
WM = {"before": 151, "after": 640, "labels": ("2011", "2016")}


CASES: list[tuple[str, dict[str, Any], Verdict]] = [
    # Rule 1: the interval of the written precision; one unit of slack needs review.
    ("the average household had 4.2 devices", fig("4.15"), S),
    ("the average household had 4.2 devices", fig("4.2499"), S),
    ("the average household had 4.2 devices", fig("4.25"), R),
    ("the average household had 4.2 devices", fig("4.36"), C),
    ("37% of the offences", sh(365, 1000), S),
    ("37% of the offences", sh(375, 1000), R),
    ("37% of the offences", sh(386, 1000), C),
    ("1.13 million people", fig(1125000), S),
    ("1.13 million people", fig(1135000), R),
    ("1.13 million people", fig(1150000), C),
    ("82,000 households", fig(81500), S),
    ("82,000 households", fig(82500), R),
    ("82,000 households", fig(84000), C),
    ("a rate of 16 per cent", fig("15.3%"), R),
    ("a rate of 15 per cent", fig("15.3%"), S),
    ("a rate of 15 percent", fig("17%"), C),
    ("up 37 per cent", ch(100, "136.5"), S),
    ("up 37 per cent", ch(100, 138), R),
    ("up 37 per cent", ch(100, 139), C),
    ("a 2,300% increase", ch(12, 288), S),
    ("a 2,300% increase", ch(12, 294), R),
    ("a total of 640 crimes were recorded", ch(151, 640), S),
    ("£3.7m", fig("£3,740,000"), S),
    ("£3.7m", fig("£3,750,000"), R),
    # Rule 2: a bare multiple, within 5% supported, within 10% needs review.
    ("doubled", ch(100, 205), S),
    ("doubled", ch(100, 210), S),
    ("doubled", ch(100, 211), R),
    ("doubled", ch(100, 220), R),
    ("doubled", ch(100, 221), C),
    ("doubled", ch(100, 190), S),
    ("doubled", ch(100, 189), R),
    ("quadrupled", ch(150, 600), S),
    ("has halved", ch(200, 105), S),
    ("has halved", ch(200, 106), R),
    ("a 24-fold rise", ch(12, 288), S),
    ("five times as many", ch(100, 500), S),
    ("rose by a third", ch(300, 400), S),
    ("rose by a third", ch(300, 410), R),
    ("rose by a third", ch(300, 420), C),
    ("one in six", sh(1, 6), S),
    ("one in six", sh(17, 100), S),
    ("one in six", sh(19, 100), C),
    # Rule 3: strict bounds.
    ("more than quadrupled", ch(150, 600), C),
    ("more than quadrupled", ch(150, 601), S),
    ("more than 600 crimes", fig(600), C),
    ("more than 600 crimes", fig(601), S),
    ("at least 600 crimes", fig(600), S),
    ("at least 600 crimes", fig(599), C),
    ("fewer than 700 arrests", fig(700), C),
    ("fewer than 700 arrests", fig(699), S),
    ("under 700 arrests", fig("699.5"), S),
    ("up to 700 arrests", fig(700), S),
    ("up to 700 arrests", fig(701), C),
    # Rule 4: almost N.
    ("almost 140 warrants", fig(126), S),
    ("almost 140 warrants", fig(139), S),
    ("almost 140 warrants", fig("125.9"), R),
    ("almost 140 warrants", fig(112), R),
    ("almost 140 warrants", fig("111.9"), C),
    ("almost 140 warrants", fig(140), R),
    ("almost 140 warrants", fig(147), R),
    ("almost 140 warrants", fig("147.01"), C),
    ("has nearly doubled", ch(100, 180), S),
    ("has nearly doubled", ch(100, 179), R),
    ("has nearly doubled", ch(100, 200), R),
    ("has nearly doubled", ch(100, 211), C),
    # Rule 5: about N.
    ("about 700 arrests", fig(630), S),
    ("about 700 arrests", fig(770), S),
    ("about 700 arrests", fig(560), R),
    ("about 700 arrests", fig(840), R),
    ("about 700 arrests", fig(559), C),
    ("about 700 arrests", fig(841), C),
    ("roughly a third of the arrests", sh(30, 100), S),
    # Rule 6: just over N.
    ("just over 600 crimes", fig(600), C),
    ("just over 600 crimes", fig(660), S),
    ("just over 600 crimes", fig(661), R),
    # Rule 7: direction and period.
    ("crime rose", ch(100, 90), C),
    ("crime fell", ch(100, 90), S),
    ("crime rose", ch(100, 100), C),
    ("has more than quadrupled over the last five years", WM, S),
    ("has more than quadrupled over the last four years", WM, R),
    ("has doubled since 2003", ch(100, 200, labels=("2004", "2016")), R),
    ("has doubled since 2004", ch(100, 200, labels=("2004", "2016")), S),
    # Rule 8: N times more, read as N times as many.
    ("four times more crimes", ch(150, 600), S),
    ("four times higher", ch(150, 750), C),
    # Percent and percentage points.
    ("rose by 5%", ch("20%", "25%"), C),
    ("rose by 25%", ch("20%", "25%"), S),
    ("rose by 5 percentage points", ch("20%", "25%"), S),
    # Worst of the statements; every number accounted for.
    ("rose from 151 to 700", ch(151, 640), C),  # "to 700" names the to figure
    ("rose from 151, with 700 recorded", ch(151, 640), R),
    ("640 crimes, up from 151, and 200 arrests", ch(151, 640), R),
    ("more than quadrupled from 151 to 640 but fell", ch(151, 640), C),
    ("In 2016, a total of 640 crimes were recorded compared to 151 in 2011", WM, S),
    # Zero and negative bases give a verdict, never a crash.
    ("doubled", ch(0, 10), R),
    ("doubled", ch(0, 0), R),
    ("doubled", ch(-5, 10), R),
    ("up 100%", ch(0, 10), R),
    ("rose", ch(-5, 10), S),
    ("rose by 15", ch(-5, 10), S),
    ("fell by 15", ch(-5, 10), C),
]


@pytest.mark.parametrize(("quote", "figures", "verdict"), named(CASES, by=(0, 2)))
def test_wording_rule(quote: str, figures: dict[str, Any], verdict: Verdict) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, finding.explanation


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 60
