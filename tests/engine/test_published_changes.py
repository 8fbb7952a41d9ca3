"""Readings of published figures that are changes, rounded or losses.

- Two published figures equal as rounded (0.3 and 0.3) cannot settle a small rise or fall:
  needs review, never contradicted. Equal figures written in full are no change.
- A loss word after a number ("450 posts were cut", "80 branches have been axed") gives the
  number the sign of a fall, as a loss word before it does ("shed 450 posts").
- A fraction or multiple word ("almost a third", "nearly halved", "doubled") against a figure
  that is itself a published percentage change is judged as a move from 100.
Own examples.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

EQUAL_ROUNDED = [
    # (quote, before, after, verdict, words in the explanation)
    ("The truancy rate rose last term", "0.3", "0.3", R, "cannot settle a small rise"),
    ("The share of late trains fell to 0.7%", "0.7%", "0.7%", R, "cannot settle a small fall"),
    ("Waiting times edged up", "4.2", "4.2", R, "both figures are rounded"),
    ("Output fell in the quarter", "£1.4bn", "£1.4bn", R, "equal rounded"),
    # written in full, the figures are exact: equal exact figures are no change
    ("The number of wards rose", "640", "640", C, "no change"),
    ("The rate fell to 12%", "12%", "12%", C, "no change"),
    # rounded figures that differ still settle the direction
    ("The truancy rate rose last term", "0.3", "0.4", S, ""),
    ("The truancy rate rose last term", "0.4", "0.3", C, ""),
]


@pytest.mark.parametrize(("quote", "before", "after", "verdict", "words"), EQUAL_ROUNDED)
def test_a_direction_over_equal_rounded_figures(
    quote: str, before: str, after: str, verdict: Verdict, words: str
) -> None:
    finding = claimcheck.verify(quote, before=before, after=after)
    assert finding.verdict is verdict, finding.explanation
    assert words in finding.explanation


LOSSES = [
    # (quote, published change, verdict)
    ("Some 450 posts were cut at the council", "-450", S),
    ("450 posts cut as the council trims its budget", "-450", S),
    ("About 80 branches have been axed this year", "-80", S),
    ("The carmaker said 1,200 jobs would be lost", "-1,200", S),
    ("1,200 jobs were scrapped", "-1,200", S),
    ("The plant shed 450 posts", "-450", S),
    # the size is still checked
    ("Some 450 posts were cut at the council", "-600", C),
    # no loss word: a positive number against a fall
    ("450 posts were created at the council", "-450", C),
    ("Employment rose by 450", "-450", C),
    # a count of losses published as a positive number stays a count
    ("450 posts were cut at the council", "450", S),
]


@pytest.mark.parametrize(("quote", "change", "verdict"), LOSSES)
def test_a_loss_word_after_a_number_gives_it_the_sign_of_a_fall(
    quote: str, change: str, verdict: Verdict
) -> None:
    finding = claimcheck.verify(quote, value=change)
    assert finding.verdict is verdict, finding.explanation


FRACTIONS = [
    # (quote, published percentage change, verdict)
    ("Burglaries fell by almost a third", "-31%", S),
    ("Burglaries fell by a third", "-33.6%", S),
    ("Burglaries fell by a quarter", "-24%", S),
    ("Burglaries fell by a quarter", "-41%", C),
    ("Burglaries rose by a third", "-33%", C),
    ("Fly-tipping nearly halved", "-47%", S),
    ("Fly-tipping halved", "-20%", C),
    ("Bike sales doubled", "+98%", S),
    ("Bike sales more than doubled", "+130%", S),
    ("Bike sales tripled", "+50%", C),
]


@pytest.mark.parametrize(("quote", "change", "verdict"), FRACTIONS)
def test_a_fraction_word_against_a_published_change(
    quote: str, change: str, verdict: Verdict
) -> None:
    finding = claimcheck.verify(quote, value=change)
    assert finding.verdict is verdict, finding.explanation
    assert "a move from 100" in finding.explanation


def test_a_fraction_word_against_a_level_is_not_a_change() -> None:
    # 33% with no sign and no word of change is a level: it says nothing about a move
    finding = claimcheck.verify("Burglaries fell by a third", value="33%")
    assert finding.verdict is Verdict.NEEDS_REVIEW
    assert "a move from 100" not in finding.explanation
    # a share in words is still a share
    assert claimcheck.verify("a third of the households", value="33%").verdict is S
