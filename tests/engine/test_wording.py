"""Every pinned wording rule at its exact boundaries (docs/policy.md, rules 1 to 8)."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case, fig, named, sh

from claimcheck.model import Verdict

WM = {"before": 151, "after": 640, "labels": ("2011", "2016")}


CASES: list[tuple[str, dict[str, Any], Verdict]] = [
    # Rule 1: the interval of the written precision; one unit of slack needs review.
    ("the average household had 4.2 devices", fig("4.15"), Verdict.SUPPORTED),
    ("the average household had 4.2 devices", fig("4.2499"), Verdict.SUPPORTED),
    ("the average household had 4.2 devices", fig("4.25"), Verdict.NEEDS_REVIEW),
    ("the average household had 4.2 devices", fig("4.36"), Verdict.CONTRADICTED),
    ("37% of the offences", sh(365, 1000), Verdict.SUPPORTED),
    ("37% of the offences", sh(375, 1000), Verdict.NEEDS_REVIEW),
    ("37% of the offences", sh(386, 1000), Verdict.CONTRADICTED),
    ("1.13 million people", fig(1125000), Verdict.SUPPORTED),
    ("1.13 million people", fig(1135000), Verdict.NEEDS_REVIEW),
    ("1.13 million people", fig(1150000), Verdict.CONTRADICTED),
    ("82,000 households", fig(81500), Verdict.SUPPORTED),
    ("82,000 households", fig(82500), Verdict.NEEDS_REVIEW),
    ("82,000 households", fig(84000), Verdict.CONTRADICTED),
    ("a rate of 16 per cent", fig("15.3%"), Verdict.NEEDS_REVIEW),
    ("a rate of 15 per cent", fig("15.3%"), Verdict.SUPPORTED),
    ("a rate of 15 percent", fig("17%"), Verdict.CONTRADICTED),
    ("up 37 per cent", ch(100, "136.5"), Verdict.SUPPORTED),
    ("up 37 per cent", ch(100, 138), Verdict.NEEDS_REVIEW),
    ("up 37 per cent", ch(100, 139), Verdict.CONTRADICTED),
    ("a 2,300% increase", ch(12, 288), Verdict.SUPPORTED),
    ("a 2,300% increase", ch(12, 294), Verdict.NEEDS_REVIEW),
    ("a total of 640 crimes were recorded", ch(151, 640), Verdict.SUPPORTED),
    ("£3.7m", fig("£3,740,000"), Verdict.SUPPORTED),
    ("£3.7m", fig("£3,750,000"), Verdict.NEEDS_REVIEW),
    # Rule 2: a bare multiple, within 5% supported, within 10% needs review.
    ("doubled", ch(100, 205), Verdict.SUPPORTED),
    ("doubled", ch(100, 210), Verdict.SUPPORTED),
    ("doubled", ch(100, 211), Verdict.NEEDS_REVIEW),
    ("doubled", ch(100, 220), Verdict.NEEDS_REVIEW),
    ("doubled", ch(100, 221), Verdict.CONTRADICTED),
    ("doubled", ch(100, 190), Verdict.SUPPORTED),
    ("doubled", ch(100, 189), Verdict.NEEDS_REVIEW),
    ("quadrupled", ch(150, 600), Verdict.SUPPORTED),
    ("has halved", ch(200, 105), Verdict.SUPPORTED),
    ("has halved", ch(200, 106), Verdict.NEEDS_REVIEW),
    ("a 24-fold rise", ch(12, 288), Verdict.SUPPORTED),
    ("five times as many", ch(100, 500), Verdict.SUPPORTED),
    ("rose by a third", ch(300, 400), Verdict.SUPPORTED),
    ("rose by a third", ch(300, 410), Verdict.NEEDS_REVIEW),
    ("rose by a third", ch(300, 420), Verdict.CONTRADICTED),
    ("one in six", sh(1, 6), Verdict.SUPPORTED),
    ("one in six", sh(17, 100), Verdict.SUPPORTED),
    ("one in six", sh(19, 100), Verdict.CONTRADICTED),
    # Rule 3: strict bounds.
    ("more than quadrupled", ch(150, 600), Verdict.CONTRADICTED),
    ("more than quadrupled", ch(150, 601), Verdict.SUPPORTED),
    ("more than 600 crimes", fig(600), Verdict.CONTRADICTED),
    ("more than 600 crimes", fig(601), Verdict.SUPPORTED),
    ("at least 600 crimes", fig(600), Verdict.SUPPORTED),
    ("at least 600 crimes", fig(599), Verdict.CONTRADICTED),
    ("fewer than 700 arrests", fig(700), Verdict.CONTRADICTED),
    ("fewer than 700 arrests", fig(699), Verdict.SUPPORTED),
    ("under 700 arrests", fig("699.5"), Verdict.SUPPORTED),
    ("up to 700 arrests", fig(700), Verdict.SUPPORTED),
    ("up to 700 arrests", fig(701), Verdict.CONTRADICTED),
    # Rule 4: almost N.
    ("almost 140 warrants", fig(126), Verdict.SUPPORTED),
    ("almost 140 warrants", fig(139), Verdict.SUPPORTED),
    ("almost 140 warrants", fig("125.9"), Verdict.NEEDS_REVIEW),
    ("almost 140 warrants", fig(112), Verdict.NEEDS_REVIEW),
    ("almost 140 warrants", fig("111.9"), Verdict.CONTRADICTED),
    ("almost 140 warrants", fig(140), Verdict.NEEDS_REVIEW),
    ("almost 140 warrants", fig(147), Verdict.NEEDS_REVIEW),
    ("almost 140 warrants", fig("147.01"), Verdict.CONTRADICTED),
    ("has nearly doubled", ch(100, 180), Verdict.SUPPORTED),
    ("has nearly doubled", ch(100, 179), Verdict.NEEDS_REVIEW),
    ("has nearly doubled", ch(100, 200), Verdict.NEEDS_REVIEW),
    ("has nearly doubled", ch(100, 211), Verdict.CONTRADICTED),
    # Rule 5: about N.
    ("about 700 arrests", fig(630), Verdict.SUPPORTED),
    ("about 700 arrests", fig(770), Verdict.SUPPORTED),
    ("about 700 arrests", fig(560), Verdict.NEEDS_REVIEW),
    ("about 700 arrests", fig(840), Verdict.NEEDS_REVIEW),
    ("about 700 arrests", fig(559), Verdict.CONTRADICTED),
    ("about 700 arrests", fig(841), Verdict.CONTRADICTED),
    ("roughly a third of the arrests", sh(30, 100), Verdict.SUPPORTED),
    # Rule 6: just over N.
    ("just over 600 crimes", fig(600), Verdict.CONTRADICTED),
    ("just over 600 crimes", fig(660), Verdict.SUPPORTED),
    ("just over 600 crimes", fig(661), Verdict.NEEDS_REVIEW),
    # Rule 7: direction and period.
    ("crime rose", ch(100, 90), Verdict.CONTRADICTED),
    ("crime fell", ch(100, 90), Verdict.SUPPORTED),
    ("crime rose", ch(100, 100), Verdict.CONTRADICTED),
    ("has more than quadrupled over the last five years", WM, Verdict.SUPPORTED),
    ("has more than quadrupled over the last four years", WM, Verdict.NEEDS_REVIEW),
    ("has doubled since 2003", ch(100, 200, labels=("2004", "2016")), Verdict.NEEDS_REVIEW),
    ("has doubled since 2004", ch(100, 200, labels=("2004", "2016")), Verdict.SUPPORTED),
    # Rule 8: N times more, read as N times as many.
    ("four times more crimes", ch(150, 600), Verdict.SUPPORTED),
    ("four times higher", ch(150, 750), Verdict.CONTRADICTED),
    # Percent and percentage points.
    ("rose by 5%", ch("20%", "25%"), Verdict.NEEDS_REVIEW),
    ("rose by 5% in relative terms", ch("20%", "25%"), Verdict.CONTRADICTED),
    ("rose by 25%", ch("20%", "25%"), Verdict.SUPPORTED),
    ("rose by 5 percentage points", ch("20%", "25%"), Verdict.SUPPORTED),
    # Worst of the statements; every number accounted for.
    (
        "rose from 151 to 700",
        ch(151, 640),
        Verdict.CONTRADICTED,
    ),  # "to 700" names the to figure
    ("rose from 151, with 700 recorded", ch(151, 640), Verdict.NEEDS_REVIEW),
    ("640 crimes, up from 151, and 200 arrests", ch(151, 640), Verdict.NEEDS_REVIEW),
    ("more than quadrupled from 151 to 640 but fell", ch(151, 640), Verdict.CONTRADICTED),
    ("In 2016, a total of 640 crimes were recorded compared to 151 in 2011", WM, Verdict.SUPPORTED),
    # Zero and negative bases give a verdict, never a crash.
    ("doubled", ch(0, 10), Verdict.NEEDS_REVIEW),
    ("doubled", ch(0, 0), Verdict.NEEDS_REVIEW),
    ("doubled", ch(-5, 10), Verdict.NEEDS_REVIEW),
    ("up 100%", ch(0, 10), Verdict.NEEDS_REVIEW),
    ("rose", ch(-5, 10), Verdict.SUPPORTED),
    ("rose by 15", ch(-5, 10), Verdict.SUPPORTED),
    ("fell by 15", ch(-5, 10), Verdict.CONTRADICTED),
]


@pytest.mark.parametrize(("quote", "figures", "verdict"), named(CASES, by=(0, 2)))
def test_wording_rule(quote: str, figures: dict[str, Any], verdict: Verdict) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, finding.explanation


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 60
