"""Change words and their numbers (issue 10, class 2), percent and points (class 8) and
ratios between two figures (class 10).

The newsroom family of rises and falls in every inflection; the percentage after "by"
belongs to the change even with words between; a change word that binds a number that does
not fit is contradicted; "falling 0.4 per cent to 12.1 per cent" is a change and a level.
The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case

from claimcheck.model import Verdict

# (quote, figures, verdict, words the explanation must hold, why)
CHANGES: list[tuple[str, dict[str, Any], Verdict, str, str]] = [
    ("bus fares edged up", ch(200, 203), Verdict.SUPPORTED, "edged up", "a small rise"),
    ("fares were edging up", ch(200, 190), Verdict.CONTRADICTED, "edging up", "they fell"),
    ("rents are climbing", ch(900, 950), Verdict.SUPPORTED, "", "-ing form of climb"),
    (
        "pupils were cut off from lessons",
        ch(900, 950),
        Verdict.NEEDS_REVIEW,
        "No number",
        "'cut off' is no cut of a figure: nothing to check",
    ),
    (
        "the merger fell through",
        ch(900, 950),
        Verdict.NEEDS_REVIEW,
        "No number",
        "'fell through' is no fall",
    ),
    (
        "ferry trips were slightly down during 2023",
        ch(900, 880),
        Verdict.SUPPORTED,
        "down",
        "an adverb of degree between the verb and 'down'",
    ),
    (
        "ferry trips were marginally up",
        ch(900, 880),
        Verdict.CONTRADICTED,
        "up",
        "'up' after an adverb is still a rise, and they fell",
    ),
    ("attendance was dropping", ch(80, 70), Verdict.SUPPORTED, "", "-ing form of drop"),
    ("savings slid", ch(80, 90), Verdict.CONTRADICTED, "a 12.5% rise", "slid is a fall"),
    ("the queue keeps sliding", ch(80, 70), Verdict.SUPPORTED, "", "sliding is a fall"),
    ("output tumbles", ch(80, 60), Verdict.SUPPORTED, "", "tumbles is a fall"),
    ("sales soars", ch(80, 160), Verdict.SUPPORTED, "", "soars is a rise"),
    ("the deficit shrinks", ch(80, 60), Verdict.SUPPORTED, "", "shrinks is a fall"),
    ("the pay gap widened", ch("4.1%", "5.0%"), Verdict.SUPPORTED, "", "a wider gap"),
    ("the pay gap narrowed", ch("4.1%", "5.0%"), Verdict.CONTRADICTED, "", "it widened"),
    (
        "the deficit, at -3.1%, narrowed to -2.2%",
        ch("-3.1%", "-2.2%"),
        Verdict.SUPPORTED,
        "",
        "a negative gap nearer zero has narrowed: gaps are judged by their size",
    ),
    (
        "the gap narrowed by 0.9 per cent",
        ch("12.0%", "11.4%"),
        Verdict.CONTRADICTED,
        "narrowed by 0.9 per cent",
        "a change word binds its number: 0.6 points and 5% both disagree with 0.9",
    ),
    (
        "a weak pound pushed up import bills by 12 per cent",
        ch(500, 560),
        Verdict.SUPPORTED,
        "pushed up import bills by 12 per cent",
        "the percentage after 'by' belongs to the verb's change with its object between",
    ),
    (
        "a weak pound pushed up import bills by 15 per cent",
        ch(500, 560),
        Verdict.CONTRADICTED,
        "does not round to 15%",
        "the change word clearly binds 15%, which does not fit: contradicted",
    ),
    (
        "burglaries increased in number by almost 15 per cent",
        ch(500, 572),
        Verdict.SUPPORTED,
        "a little under 15%",
        "a qualifier between 'by' and its number qualifies the change, words before 'by' or not",
    ),
    (
        "burglaries increased in number by more than 15 per cent",
        ch(500, 572),
        Verdict.CONTRADICTED,
        "not more than 15%",
        "14.4% is not more than 15%",
    ),
    (
        "exports fell, while imports rose sharply by 6%",
        {"before": 200, "after": 212},
        Verdict.NEEDS_REVIEW,
        "rose sharply by 6%: 200 → 212 is a 6% rise",
        "the 6% belongs to the nearest change word, 'rose', not to 'fell'; and 'fell', which "
        "the rise disproves, speaks of other figures (exports), so it needs review",
    ),
    (
        "arrests were down a further 4%",
        ch(500, 470),
        Verdict.CONTRADICTED,
        "down a further 4%",
        "'a further' only adds to the change: the 4% is the fall's, and it is 6%",
    ),
    (
        "claims were up another 120",
        ch(1000, 1120),
        Verdict.SUPPORTED,
        "up another 120",
        "'another' only adds to the change",
    ),
    (
        "house prices kept edging up slightly, by 0.5%",
        ch(1000, 1005),
        Verdict.SUPPORTED,
        "by 0.5%",
        "an adverb and a comma between the change word and 'by'",
    ),
    (
        "running costs had slumped, by about a third",
        ch(900, 610),
        Verdict.SUPPORTED,
        "by about a third",
        "a fraction after 'by' belongs to the change word before it",
    ),
    (
        "waiting lists grew again, by 4,000",
        ch(10000, 12000),
        Verdict.CONTRADICTED,
        "a rise of 2,000",
        "an amount after 'by' belongs to the change word before it, and does not fit",
    ),
    (
        "the rise was driven by 16 to 24-year-olds",
        ch(100, 120),
        Verdict.SUPPORTED,
        "rise: 100 → 120",
        "'was driven by' names a cause: the number after 'by' is no change (here an age band)",
    ),
    (
        "the bank raised its main rate by 0.25 percent to 4.5 percent",
        ch("4.25%", "4.5%"),
        Verdict.NEEDS_REVIEW,
        "change in points written as per cent",
        "'by 0.25 percent to 4.5 percent' is a change then a level, never a range; the "
        "points given as a percentage change are contradicted by policy",
    ),
    (
        "inflation eased, falling 0.4 per cent to 12.1 per cent",
        ch("12.5%", "12.1%"),
        Verdict.NEEDS_REVIEW,
        "12.1 per cent: given.after is 12.1%",
        "a change plus a level, not a range; 0.4 points is not a 0.4% fall",
    ),
    (
        "the index was -1.5 percentage points on a year earlier",
        ch("40%", "38.5%"),
        Verdict.SUPPORTED,
        "",
        "a minus sign states the signed change: a fall of 1.5 points",
    ),
    (
        "the index was -1.5 percentage points on a year earlier",
        ch("40%", "41.5%"),
        Verdict.CONTRADICTED,
        "the other way",
        "the size is right but the sign is not",
    ),
    (
        "a push towards increased pay equality, down from a 17.0% gap",
        ch("17.0%", "9.6%"),
        Verdict.SUPPORTED,
        "",
        "'towards increased pay equality': a participle describing a noun is not a rise",
    ),
    (
        "thanks to reduced staffing, waits grew",
        ch(30, 41),
        Verdict.SUPPORTED,
        "grew",
        "'reduced staffing' describes the staffing; 'grew' is the claim",
    ),
    (
        "the number of referrals increased",
        ch(300, 280),
        Verdict.CONTRADICTED,
        "increased",
        "a verb after its subject is a change, even after 'of'",
    ),
    (
        "sales were a quarter lower in Hull",
        ch(400, 302),
        Verdict.SUPPORTED,
        "a quarter lower",
        "a relative fall of one quarter",
    ),
    (
        "sales were a third higher in Hull",
        ch(400, 440),
        Verdict.CONTRADICTED,
        "a third higher",
        "a 10% rise is not a third",
    ),
]

POINTS: list[tuple[str, dict[str, Any], Verdict, str, str]] = [
    (
        "0.31 per cent points above the previous month",
        ch("11.2%", "11.51%"),
        Verdict.SUPPORTED,
        "0.31-point",
        "'per cent points' are points",
    ),
    (
        "up 0.7 percent points",
        ch("8.1%", "8.8%"),
        Verdict.SUPPORTED,
        "",
        "'percent points' are points",
    ),
    ("up 1.4 percentage pts", ch("3.0%", "4.4%"), Verdict.SUPPORTED, "", "'pts' are points"),
    ("a rise of 1.4% points", ch("3.0%", "4.4%"), Verdict.SUPPORTED, "", "'% points' too"),
    ("up 0.5pp", ch("3.0%", "3.5%"), Verdict.SUPPORTED, "", "'pp' are points"),
    (
        "up 0.3 percentage-points",
        ch("4.1%", "4.4%"),
        Verdict.SUPPORTED,
        "0.3 percentage-points",
        "points joined by a hyphen",
    ),
    (
        "consumer prices rose by 6.8% in the year to May, after 6.1% in April",
        ch("6.1%", "6.8%"),
        Verdict.SUPPORTED,
        "the rate itself",
        "a figure that is itself a rate is a level: 'rose by 6.8%' states the rate",
    ),
    (
        "the economy grew by 1.2 percent last year, slower than 2.1 percent before",
        ch("2.1%", "1.2%"),
        Verdict.SUPPORTED,
        "the rate itself",
        "growth of 1.2% is the later rate, whatever the earlier one",
    ),
    (
        "the inflation rate rose by 9.21 per cent in March, 2021 as against 8.9 per cent",
        {"before": "8.90%", "after": "9.21%", "labels": ("February 2021", "March 2021")},
        Verdict.SUPPORTED,
        "the rate itself",
        "'March, 2021' is a date with a comma, not a number to check",
    ),
    (
        "consumer prices fell by 0.3% in the year to June",
        ch("0.1%", "-0.3%"),
        Verdict.SUPPORTED,
        "the rate itself",
        "a fall of 0.3% over the year is a rate of -0.3%",
    ),
    (
        "a 0.4% decline in May, revised down from a first reported 0.2% decline",
        ch("-0.2%", "-0.4%"),
        Verdict.SUPPORTED,
        "the rate itself",
        "from a negative rate no percentage change exists: each percentage is a rate as stated",
    ),
    (
        "a 0.2% rise in June that was first estimated as flat",
        ch("0.0%", "0.2%"),
        Verdict.SUPPORTED,
        "the rate itself",
        "from a rate of zero, a percentage equal to the later rate is that rate",
    ),
    (
        "a 0.5% rise in June after a flat May",
        ch("0.0%", "0.2%"),
        Verdict.NEEDS_REVIEW,
        "from zero",
        "0.5% is neither rate, and no percentage change can be worked out from zero",
    ),
    (
        "output grew at a modest 2.1% annual pace",
        ch("2.5%", "2.1%"),
        Verdict.SUPPORTED,
        "given.after is 2.1%",
        "'grew at a modest 2.1% annual pace' gives the pace, a level: it claims no rise",
    ),
    (
        "the revision left payroll growth at a rather soft 52,000",
        ch(90000, 52000),
        Verdict.SUPPORTED,
        "given.after is 52,000",
        "'growth at' names the measure's value, not a rise from 90,000",
    ),
    (
        "output grew at a modest pace to 2.1%",
        ch("2.5%", "2.1%"),
        Verdict.CONTRADICTED,
        "",
        "no number right after the words that describe it: 'grew' is a rise, and it fell",
    ),
    (
        "food prices rose 4.1% in the year to May, following a 4.6% increase in April",
        ch("4.6%", "4.1%"),
        Verdict.SUPPORTED,
        "equal to the earlier rate",
        "after 'following', a percentage equal to the earlier rate is that rate, a level",
    ),
    (
        "food prices rose 4.6% in the year to May",
        ch("4.6%", "4.1%"),
        Verdict.CONTRADICTED,
        "",
        "with nothing saying it is April's own rate, 4.6% is not May's rate and not a rise",
    ),
    (
        "consumer prices fell by 2.9% in the year to June",
        ch("3.4%", "2.9%"),
        Verdict.CONTRADICTED,
        "",
        "a positive rate of 2.9% is not a fall of 2.9%: the sign must agree",
    ),
    (
        "the jobless rate rose by 6%",
        ch("5.7%", "6.0%"),
        Verdict.NEEDS_REVIEW,
        "relative increase",
        "no period and no comparison between groups: not read as the rate itself",
    ),
    (
        "the jobless rate rose by 6% in the year to March",
        ch("5.8%", "6%"),
        Verdict.CONTRADICTED,
        "relative increase",
        "an unemployment rate is a level, not a rate of change: 'rose by 6%' is not the rate",
    ),
    (
        "women earn 8.1 per cent less than men, down from 8.6 per cent",
        ch("8.6%", "8.1%"),
        Verdict.SUPPORTED,
        "the rate itself",
        "a gap between two groups is a level",
    ),
    (
        "the pay gap widened to 7.7 percentage points",
        ch("6.9%", "7.7%"),
        Verdict.SUPPORTED,
        "the level after 'to'",
        "points after 'to' are the gap's new level, not a change of 7.7 points",
    ),
    (
        "the pay gap widened to 7.2 percentage points",
        ch("6.9%", "7.7%"),
        Verdict.CONTRADICTED,
        "the level after 'to'",
        "the level is 7.7, not 7.2",
    ),
    (
        "the index rose 1.6 points to 52.3",
        ch("50.7%", "52.3%"),
        Verdict.SUPPORTED,
        "52.3: given.after is 52.3%",
        "a bare decimal beside points on percentage figures is a rate",
    ),
    (
        "prices jumped 8.7% over the year",
        ch("7.9%", "8.7%"),
        Verdict.SUPPORTED,
        "the rate itself",
        "'over the year' gives the period of a rate",
    ),
    (
        "pay growth slowed to 3.1 per cent from 3.4 per cent",
        ch("3.4%", "3.1%"),
        Verdict.SUPPORTED,
        "",
        "on rates, 'growth' names the measure: it claims no rise",
    ),
    (
        "the growth in shoplifting to 1,450 cases",
        ch(1500, 1450),
        Verdict.CONTRADICTED,
        "growth",
        "on counts, 'growth' claims a rise, and the count fell",
    ),
    (
        "output grew at only 1.1 percent, against 2.4 percent a year earlier",
        ch("2.4%", "1.1%"),
        Verdict.SUPPORTED,
        "",
        "'grew at' gives the pace: no claim that the rate rose",
    ),
    (
        "consumer prices rose by 6.5% in the year to May, after 6.1% in April",
        ch("6.1%", "6.8%"),
        Verdict.CONTRADICTED,
        "",
        "neither the rate itself nor a change between the rates",
    ),
]

RATIOS: list[tuple[str, dict[str, Any], Verdict, str, str]] = [
    (
        "exports came in at less than half of what ministers forecast",
        ch("2.6%", "1.1%"),
        Verdict.SUPPORTED,
        "given.after (1.1%) against given.before (2.6%)",
        "a ratio of two referenced figures: 1.1 / 2.6 is 42%",
    ),
    (
        "exports came in at less than one third of what ministers forecast",
        ch("2.6%", "1.1%"),
        Verdict.CONTRADICTED,
        "",
        "42% is not less than a third",
    ),
    (
        "it was half the 3.2% rate the minister promised",
        ch("3.2%", "1.6%"),
        Verdict.SUPPORTED,
        "1.6% / 3.2%",
        "'half the 3.2% rate' names the figure it is half of",
    ),
    (
        "a third of pupils passed (36%), up from 31%",
        ch("31%", "36%"),
        Verdict.NEEDS_REVIEW,
        "the figure is 36% (given.after, the later of the two)",
        "a share of pupils is not a ratio of the two figures",
    ),
    (
        "the claim rate in Rhyl was twice the national average",
        ch("4.4%", "8.9%"),
        Verdict.SUPPORTED,
        "8.9 / 4.4",
        "twice the average: the ratio of the two figures",
    ),
    (
        "the death rate in the ward was four times lower",
        ch("12.4", "3.1"),
        Verdict.SUPPORTED,
        "12.4 / 3.1",
        "'N times lower' is the earlier figure over the later one",
    ),
    (
        "the death rate in the ward was nearly four times lower",
        ch("12.4", "3.5"),
        Verdict.NEEDS_REVIEW,
        "",
        "3.54 times is 89% of four: outside 'nearly', inside its review band",
    ),
]


def _check(quote: str, figures: dict[str, Any], verdict: Verdict, words: str, why: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"
    assert words in finding.explanation, f"{why}: {finding.explanation}"


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "words", "why"),
    CHANGES,
    ids=[f"{i}:{case[0][:40]}" for i, case in enumerate(CHANGES)],
)
def test_change_words(
    quote: str, figures: dict[str, Any], verdict: Verdict, words: str, why: str
) -> None:
    _check(quote, figures, verdict, words, why)


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "words", "why"),
    POINTS,
    ids=[f"{i}:{case[0][:40]}" for i, case in enumerate(POINTS)],
)
def test_percent_and_points(
    quote: str, figures: dict[str, Any], verdict: Verdict, words: str, why: str
) -> None:
    _check(quote, figures, verdict, words, why)


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "words", "why"),
    RATIOS,
    ids=[f"{i}:{case[0][:40]}" for i, case in enumerate(RATIOS)],
)
def test_ratios_of_two_figures(
    quote: str, figures: dict[str, Any], verdict: Verdict, words: str, why: str
) -> None:
    _check(quote, figures, verdict, words, why)
