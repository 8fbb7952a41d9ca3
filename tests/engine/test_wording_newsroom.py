"""Realistic newsroom sentences across every phrase family, British and US spellings."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import ch, check_case, fig, named, ser, sh

from claimcheck.engine.wording.phrases import FAMILIES
from claimcheck.model import Verdict

YEARS = (("2012", 410), ("2013", 455), ("2014", 480), ("2015", 530), ("2016", 560))
DIP = (("2012", 410), ("2013", 455), ("2014", 440), ("2015", 530), ("2016", 560))
FALLS = (("2012", 98), ("2013", 91), ("2014", 87), ("2015", 80), ("2016", 72))
OFFENCES = (("possession", 412), ("distribution", 288), ("making", 131), ("taking", 17))
REGIONS = (("north", "£4.1bn"), ("south", "£5.6bn"), ("east", "£3.2bn"))
CHANGES = (("north", "-6.5%"), ("south", "2.1%"), ("east", "-1.4%"))

# (family the case exercises, quote, figures, verdict)
CASES: list[tuple[str, str, dict[str, Any], Verdict]] = [
    # More than / over / above
    (
        "more-than",
        "The number of recorded burglaries has more than doubled",
        ch(1204, 2650),
        Verdict.SUPPORTED,
    ),
    (
        "more-than",
        "Knife crime has more than trebled in a decade",
        ch(310, 900, ("2006", "2016")),
        Verdict.CONTRADICTED,
    ),
    ("more-than", "Over 600 officers took part in the operation", fig(640), Verdict.SUPPORTED),
    ("more-than", "Police made well over 700 arrests", fig(691), Verdict.CONTRADICTED),
    (
        "more-than",
        "The council spent in excess of £3m on consultants",
        fig("£3,400,000"),
        Verdict.SUPPORTED,
    ),
    ("more-than", "Upwards of 1,000 people signed the petition", fig(998), Verdict.CONTRADICTED),
    ("more-than", "Above 40% of pupils passed", fig("41.5%"), Verdict.SUPPORTED),
    # At least / N or more / N-plus
    ("at-least", "At least 25 officers were injured", fig(25), Verdict.SUPPORTED),
    ("at-least", "No fewer than 300 complaints were lodged", fig(289), Verdict.CONTRADICTED),
    (
        "at-least",
        "Prices have at least doubled since 2010",
        ch(80, 172, ("2010", "2016")),
        Verdict.SUPPORTED,
    ),
    ("or-more", "The charity has 3,000-plus volunteers", fig(3150), Verdict.SUPPORTED),
    ("or-more", "50 or more schools face closure", fig(48), Verdict.CONTRADICTED),
    # Less than / under
    ("less-than", "Fewer than 700 arrests were made", fig(691), Verdict.SUPPORTED),
    ("less-than", "Less than a third of the budget was spent", sh(29, 100), Verdict.SUPPORTED),
    ("less-than", "Under 10% of cases reached court", sh(12, 100), Verdict.CONTRADICTED),
    ("less-than", "Below 5,000 homes were built", fig(4870), Verdict.SUPPORTED),
    # Up to
    ("up-to", "Up to 400 jobs could go", fig(400), Verdict.SUPPORTED),
    ("up-to", "As many as 1,500 patients waited more than a year", fig(1620), Verdict.CONTRADICTED),
    (
        "up-to",
        "No more than 20 per cent of applicants were accepted",
        fig("19.6%"),
        Verdict.SUPPORTED,
    ),
    # Almost / nearly / close to
    (
        "almost",
        "Since June 2016 we have carried out almost 140 warrants",
        fig(131),
        Verdict.SUPPORTED,
    ),
    ("almost", "Nearly 1 in 6 children live in poverty", fig("15.1%"), Verdict.SUPPORTED),
    ("almost", "Close to 2,000 homes were flooded", fig(1950), Verdict.SUPPORTED),
    ("almost", "Just under half of voters backed the plan", sh(48, 100), Verdict.SUPPORTED),
    ("almost", "The number of cyclists has nearly tripled", ch(1000, 3100), Verdict.NEEDS_REVIEW),
    ("almost", "Almost 90% of staff agreed", fig("92%"), Verdict.NEEDS_REVIEW),
    ("almost", "Nearly 500 people were evacuated", fig(380), Verdict.CONTRADICTED),
    ("almost", "Fraud fell by nearly a fifth", ch(2500, 2040), Verdict.SUPPORTED),
    # About / around / roughly / some
    ("about", "About 700 arrests were made", fig(691), Verdict.SUPPORTED),
    ("about", "Around 4,000 jobs were created", fig(3700), Verdict.SUPPORTED),
    ("about", "Roughly a quarter of households have no car", sh(27, 100), Verdict.SUPPORTED),
    ("about", "Some 1.2 million people use food banks", fig(1330000), Verdict.NEEDS_REVIEW),
    (
        "about",
        "Approximately 15 per cent of the budget goes on debt",
        fig("11%"),
        Verdict.CONTRADICTED,
    ),
    ("about", "An estimated 20,000 people marched", fig(21500), Verdict.SUPPORTED),
    ("or-so", "The team has 30 or so detectives", fig(31), Verdict.SUPPORTED),
    ("or-so", "There are 200-odd branches", fig(150), Verdict.CONTRADICTED),
    # Just over
    (
        "just-over",
        "Just over half of respondents said they felt safe",
        sh(53, 100),
        Verdict.SUPPORTED,
    ),
    ("just-over", "Slightly more than 300 cases were closed", fig(300), Verdict.CONTRADICTED),
    ("just-over", "A little over £2m was raised", fig("£2,500,000"), Verdict.NEEDS_REVIEW),
    # Multiple words
    ("multiple-rise", "Reports of online grooming have doubled", ch(1320, 2660), Verdict.SUPPORTED),
    ("multiple-rise", "Waiting lists have trebled", ch(210, 640), Verdict.SUPPORTED),
    (
        "multiple-rise",
        "Applications tripled in a year",
        ch(210, 540, ("2015", "2016")),
        Verdict.CONTRADICTED,
    ),
    ("multiple-rise", "Distribution offences have quadrupled", ch(12, 50), Verdict.SUPPORTED),
    ("multiple-rise", "The cost has quintupled", ch(2, 11), Verdict.NEEDS_REVIEW),
    ("multiple-rise", "Food bank use rose tenfold", ch(41000, 420000), Verdict.SUPPORTED),
    ("multiple-rise", "a fourfold increase in fines", ch(90, 362), Verdict.SUPPORTED),
    ("multiple-rise", "a four-fold increase in fines", ch(90, 390), Verdict.NEEDS_REVIEW),
    (
        "multiple-rise",
        "Sales doubled year on year",
        ch(50, 101, ("2015", "2016")),
        Verdict.SUPPORTED,
    ),
    ("multiple-rise", "Twice as many women as men were affected", ch(410, 818), Verdict.SUPPORTED),
    (
        "multiple-rise",
        "The region has double the national average",
        ch("4.1%", "8.3%"),
        Verdict.SUPPORTED,
    ),
    ("halved", "The number of prosecutions has halved", ch(1204, 590), Verdict.SUPPORTED),
    ("halved", "Youth club funding was cut in half", ch(88, 51), Verdict.CONTRADICTED),
    (
        "halved",
        "Deaths on the roads have more than halved since 1990",
        ch(5217, 1792, ("1990", "2016")),
        Verdict.SUPPORTED,
    ),
    ("halved", "Arrests have almost halved", ch(1000, 540), Verdict.SUPPORTED),
    # N-fold, N times, by a factor of N
    ("n-fold", "There was a 24-fold rise in distribution offences", ch(12, 288), Verdict.SUPPORTED),
    ("n-fold", "a 20-fold increase", ch(12, 288), Verdict.CONTRADICTED),
    ("n-fold", "a 7-fold rise in seizures", ch(30, 214), Verdict.SUPPORTED),
    (
        "n-times",
        "Boys were three times as likely to be excluded",
        ch("2.1%", "6.4%"),
        Verdict.SUPPORTED,
    ),
    ("n-times", "The cost is now five times what it was", ch(2000, 8000), Verdict.CONTRADICTED),
    ("n-times", "about six times as many complaints", ch(100, 640), Verdict.SUPPORTED),
    (
        "n-times-more",
        "Young drivers were four times more likely to crash at night",
        ch("4.8", "19.2"),
        Verdict.SUPPORTED,
    ),
    (
        "n-times-more",
        "Prices are 10 times higher than in 2000",
        ch(3, 29, ("2000", "2016")),
        Verdict.SUPPORTED,
    ),
    ("factor", "Seizures rose by a factor of 24", ch(12, 288), Verdict.SUPPORTED),
    ("factor", "Costs went up by a factor of three", ch(100, 360), Verdict.CONTRADICTED),
    # Fractional change
    ("fraction-change", "Rough sleeping rose by a third", ch(3569, 4751), Verdict.SUPPORTED),
    (
        "fraction-change",
        "Library visits have fallen by more than a half",
        ch(280, 130),
        Verdict.SUPPORTED,
    ),
    ("fraction-change", "Bus use fell by a quarter", ch(400, 340), Verdict.CONTRADICTED),
    ("fraction-change", "Thefts are down by a fifth", ch(1000, 810), Verdict.SUPPORTED),
    ("fraction-change", "Complaints rose by two-thirds", ch(300, 480), Verdict.NEEDS_REVIEW),
    ("fraction-change", "Fraud rose by a third", ch(300, 200), Verdict.CONTRADICTED),
    # Percentage change
    ("percent-change", "Hate crime is up 37 per cent", ch(1520, 2084), Verdict.SUPPORTED),
    # a change with no unit on rates: points when it fits them, else unclear if it is the
    # relative change
    ("difference", "The vacancy rate rose by 25", ch("20%", "25%"), Verdict.NEEDS_REVIEW),
    ("difference", "The vacancy rate rose by 5", ch("20%", "25%"), Verdict.SUPPORTED),
    ("difference", "Burglaries rose by 25 last year", ch(20, 25), Verdict.NEEDS_REVIEW),
    # the change in points then the later rate, not a range of percentage changes; a change
    # that is not the points read as a range the rounded rates may just reach
    (
        "percent-change",
        "The vacancy rate rose by 0.2 to 4.1%",
        ch("3.9%", "4.1%"),
        Verdict.SUPPORTED,
    ),
    (
        "percent-change",
        "The vacancy rate rose by 0.9 to 4.1%",
        ch("3.9%", "4.1%"),
        Verdict.NEEDS_REVIEW,
    ),
    (
        "percent-change",
        "a 2,300% increase in distribution offences",
        ch(12, 288),
        Verdict.SUPPORTED,
    ),
    (
        "percent-change",
        "a 45 per cent fall in teenage pregnancies",
        ch(4200, 2310),
        Verdict.SUPPORTED,
    ),
    (
        "percent-change",
        "Admissions rose 12 percent last year",
        ch(2500, 2765),
        Verdict.NEEDS_REVIEW,
    ),
    ("percent-change", "Burglary dropped by 8%", ch(1000, 950), Verdict.CONTRADICTED),
    ("percent-change", "Violent crime jumped 27%", ch(2000, 2540), Verdict.SUPPORTED),
    (
        "percent-change",
        "Crime was 15% higher than a year earlier",
        ch(400, 460, ("2015", "2016")),
        Verdict.SUPPORTED,
    ),
    ("percent-change", "Spending was 10 per cent lower", ch(500, 450), Verdict.SUPPORTED),
    ("percent-change", "Arrests soared by 93%", ch(358, 691), Verdict.SUPPORTED),
    ("percent-change", "Arrests soared by more than 90 per cent", ch(358, 691), Verdict.SUPPORTED),
    ("percent-change", "up almost 100%", ch(358, 691), Verdict.SUPPORTED),
    ("percent-change", "Unemployment rose by 5%", ch("4.0%", "4.2%"), Verdict.SUPPORTED),
    ("percent-change", "Turnout rose by 5%", ch("60%", "65%"), Verdict.NEEDS_REVIEW),
    ("percent-change", "an increase of 20%", ch(50, 60), Verdict.SUPPORTED),
    ("percent-change", "Sales fell 20%", ch(50, 60), Verdict.CONTRADICTED),
    # Percentage points
    (
        "points",
        "Unemployment has dropped by 1.3 percentage points",
        ch("6.2%", "4.9%"),
        Verdict.SUPPORTED,
    ),
    ("points", "Turnout was up 5 points", ch("60%", "65%"), Verdict.SUPPORTED),
    ("points", "Support rose 2 percentage points", ch("41%", "45%"), Verdict.CONTRADICTED),
    ("points", "The pass rate fell 3pp", ch("72%", "69%"), Verdict.SUPPORTED),
    ("points", "a fall of 0.4 percentage points", ch("2.3%", "1.9%"), Verdict.SUPPORTED),
    # Absolute change
    ("difference", "a rise of 6,385 in a year", ch(20000, 26385), Verdict.SUPPORTED),
    ("difference", "Arrests were up by almost 1,000", ch(4100, 5050), Verdict.SUPPORTED),
    ("difference", "333 more arrests were made", ch(358, 691), Verdict.SUPPORTED),
    ("difference", "There were 1,200 fewer nurses", ch(31000, 29900), Verdict.NEEDS_REVIEW),
    ("difference", "a fall of 300 officers", ch(1000, 1300), Verdict.CONTRADICTED),
    ("difference", "an increase of £1.2bn", ch("£4.1bn", "£5.3bn"), Verdict.SUPPORTED),
    ("difference", "Crime went up by 120", ch(640, 760), Verdict.SUPPORTED),
    # Rising and falling words
    (
        "rise",
        "The number of offences increased from 12 in 2011 to 288 in 2016",
        ch(12, 288, ("2011", "2016")),
        Verdict.SUPPORTED,
    ),
    ("rise", "Knife crime soared", ch(3000, 4100), Verdict.SUPPORTED),
    ("rise", "Arrests rocketed", ch(400, 380), Verdict.CONTRADICTED),
    # "year on year" is the change on the year before, not a run of every year
    ("rise", "Recorded thefts increased year-on-year", ch(3000, 3150), Verdict.SUPPORTED),
    ("rise", "Spending grew", ch("£3.2bn", "£3.3bn"), Verdict.SUPPORTED),
    ("rise", "Costs have climbed", ch(10, 10), Verdict.CONTRADICTED),
    ("rise", "The rate went up from 4% to 5%", ch("4%", "5%"), Verdict.SUPPORTED),
    ("fall", "Teenage pregnancies plummeted", ch(4200, 2310), Verdict.SUPPORTED),
    # The pace of a rate: read on rates only
    (
        "pace-up",
        "Consumer price inflation quickened to 3.4%",
        ch("2.9%", "3.4%"),
        Verdict.SUPPORTED,
    ),
    ("pace-up", "Rent growth quickened again", ch("4.6%", "4.0%"), Verdict.CONTRADICTED),
    ("pace-down", "Inflation cooled to 1.8% in August", ch("2.2%", "1.8%"), Verdict.SUPPORTED),
    ("pace-down", "Growth in pay slowed to 5.2%", ch("4.9%", "5.2%"), Verdict.CONTRADICTED),
    ("fall", "Road deaths declined", ch(1700, 1790), Verdict.CONTRADICTED),
    (
        "fall",
        "The number of libraries dropped from 4,300 to 3,900",
        ch(4300, 3900),
        Verdict.SUPPORTED,
    ),
    ("fall", "Prosecutions are down", ch(500, 450), Verdict.SUPPORTED),
    ("fall", "Bus journeys decreased", ch(4600, 4700), Verdict.CONTRADICTED),
    # One in N
    ("one-in", "One in five of the offences involved a weapon", sh(20, 100), Verdict.SUPPORTED),
    ("one-in", "About one in six adults smoke", sh(17, 100), Verdict.SUPPORTED),
    ("one-in", "one in 14 children", sh(7, 100), Verdict.SUPPORTED),
    ("one-in", "Three in ten pupils missed school", sh(40, 100), Verdict.CONTRADICTED),
    ("one-in", "1 in 4 households", fig("26%"), Verdict.SUPPORTED),
    (
        "one-in",
        "Nearly one in three nurses has considered quitting",
        sh(31, 100),
        Verdict.SUPPORTED,
    ),
    ("one-in", "One out of every ten pounds is spent on debt", sh(11, 100), Verdict.NEEDS_REVIEW),
    # N per cent of
    (
        "percent-of",
        "17 per cent of the offences were committed online",
        sh(17, 100),
        Verdict.SUPPORTED,
    ),
    ("percent-of", "17% of all arrests", sh(19, 100), Verdict.CONTRADICTED),
    ("percent-of", "15 percent of households", fig("15.1%"), Verdict.SUPPORTED),
    ("percent-of", "More than 60% of the budget", sh(640, 1000), Verdict.SUPPORTED),
    ("percent-of", "Around 8 per cent of staff", sh(91, 1000), Verdict.NEEDS_REVIEW),
    # A third of, half of
    ("fraction-of", "Two-thirds of offenders reoffend", sh(66, 100), Verdict.SUPPORTED),
    ("fraction-of", "Half of the arrests led to a charge", sh(54, 100), Verdict.NEEDS_REVIEW),
    ("fraction-of", "Three-quarters of the offences", sh(60, 100), Verdict.CONTRADICTED),
    ("fraction-of", "More than half of the cases", sh(51, 100), Verdict.SUPPORTED),
    ("fraction-of", "A quarter of children", sh(26, 100), Verdict.SUPPORTED),
    ("fraction-of", "Half the schools", sh(44, 100), Verdict.CONTRADICTED),
    # Most, the majority of, a minority of, a fraction of
    ("majority", "Most of the offences involved possession", sh(412, 790), Verdict.SUPPORTED),
    ("majority", "The majority of arrests led to no charge", sh(50, 100), Verdict.CONTRADICTED),
    ("minority", "A minority of officers carry tasers", sh(31, 100), Verdict.SUPPORTED),
    ("minority", "Only a minority of patients were seen", sh(61, 100), Verdict.CONTRADICTED),
    ("fraction", "The fine was a fraction of the profit", sh(2, 100), Verdict.SUPPORTED),
    ("fraction", "a fraction of the total", sh(70, 100), Verdict.CONTRADICTED),
    # Numbers on their own, number words, money
    (
        "value",
        "In 2016, a total of 640 crimes were recorded compared to 151 in 2011",
        ch(151, 640, ("2011", "2016")),
        Verdict.SUPPORTED,
    ),
    (
        "value",
        "691 arrests were made compared to 358 in 2011",
        ch(358, 691, ("2011", "2016")),
        Verdict.SUPPORTED,
    ),
    ("value", "1,072,000 people", fig(1072000), Verdict.SUPPORTED),
    ("value", "The detection rate was 12.5%", fig("12.5%"), Verdict.SUPPORTED),
    ("value", "The detection rate was 12.5%", fig("12.7%"), Verdict.CONTRADICTED),
    ("value", "a dedicated team consisting of 25 officers", fig(20), Verdict.CONTRADICTED),
    (
        "value",
        "The force recorded 700 crimes",
        ch(151, 640, ("2011", "2016")),
        Verdict.NEEDS_REVIEW,
    ),
    ("value", "1.13 million people", fig(1131000), Verdict.SUPPORTED),
    ("value", "In the first half of 2016, 640 crimes were recorded", fig(640), Verdict.SUPPORTED),
    (
        "value",
        "More than 1,000 people attended the vigil on Sunday 12 March",
        fig(1200),
        Verdict.SUPPORTED,
    ),
    ("value", "On March 12, more than 1,000 people attended", fig(1200), Verdict.SUPPORTED),
    (
        "value",
        "In 2014-15, 37% of pupils got good grades, down from 40% the year before",
        ch("40%", "37%", ("2013-14", "2014-15")),
        Verdict.SUPPORTED,
    ),
    ("number-words", "37% of pupils got five good GCSEs", ch("40%", "37%"), Verdict.NEEDS_REVIEW),
    ("value", "one of the most common offences, with 640 crimes", fig(640), Verdict.SUPPORTED),
    (
        "value",
        "Safeguarding children is our number one priority: 640 crimes",
        fig(640),
        Verdict.SUPPORTED,
    ),
    ("number-words", "Nine officers were suspended", fig(9), Verdict.SUPPORTED),
    ("number-words", "two hundred and eighty-eight offences", fig(288), Verdict.SUPPORTED),
    ("number-words", "a dozen officers", fig(12), Verdict.SUPPORTED),
    ("number-words", "twenty-four arrests", fig(21), Verdict.CONTRADICTED),
    ("money", "The scheme cost £3.7m", fig(3700000), Verdict.SUPPORTED),
    ("money", "a £12.2billion shortfall", fig("£12.2bn"), Verdict.SUPPORTED),
    ("money", "$1.5 million in fines", fig("$1,520,000"), Verdict.SUPPORTED),
    ("money", "a €10m grant", fig("€11m"), Verdict.NEEDS_REVIEW),
    ("money", "£3.2bn", fig("£3.7bn"), Verdict.CONTRADICTED),
    ("rate", "The rate of knife crime was 4.2 per 1,000 people", fig("4.2"), Verdict.SUPPORTED),
    ("rate", "There were 12 offences for every 100,000 residents", fig(15), Verdict.CONTRADICTED),
    ("between", "between 40 and 50 officers", fig(44), Verdict.SUPPORTED),
    ("between", "between 40 and 50 officers", fig(51), Verdict.NEEDS_REVIEW),
    ("between", "between 40 and 50 officers", fig(60), Verdict.CONTRADICTED),
    # Periods
    (
        "period-years",
        "has more than quadrupled over the last five years",
        ch(151, 640, ("2011", "2016")),
        Verdict.SUPPORTED,
    ),
    (
        "period-years",
        "doubled in three years",
        ch(100, 200, ("2011", "2016")),
        Verdict.NEEDS_REVIEW,
    ),
    (
        "period-years",
        "rose by 20% over the past five years",
        ch(100, 120, ("2011/12", "2016/17")),
        Verdict.SUPPORTED,
    ),
    (
        "period-years",
        "up 20% in the last four years",
        ch(100, 120, ("2012-13", "2016-17")),
        Verdict.SUPPORTED,
    ),
    (
        "period-decade",
        "Knife crime has doubled in a decade",
        ch(100, 200, ("2006", "2016")),
        Verdict.SUPPORTED,
    ),
    (
        "period-decade",
        "has doubled over the past decade",
        ch(100, 200, ("2011", "2016")),
        Verdict.NEEDS_REVIEW,
    ),
    ("since-year", "has doubled since 2003", ch(100, 200, ("2003", "2016")), Verdict.SUPPORTED),
    ("since-year", "up a third since 2010", ch(300, 400, ("2011", "2016")), Verdict.NEEDS_REVIEW),
    ("year-on-year", "up 5% on a year earlier", ch(100, 105, ("2015", "2016")), Verdict.SUPPORTED),
    (
        "year-on-year",
        "Sales rose 5% year-on-year",
        ch(100, 105, ("2014", "2016")),
        Verdict.NEEDS_REVIEW,
    ),
    ("duration", "In just one month, 640 crimes were reported", fig(640), Verdict.SUPPORTED),
    (
        "duration",
        "over the 12 months to March, 640 crimes were recorded",
        fig(640),
        Verdict.SUPPORTED,
    ),
    (
        "date",
        "from 12 in 2011/12 to 288 in 2016-17",
        ch(12, 288, ("2011/12", "2016/17")),
        Verdict.SUPPORTED,
    ),
    ("date", "In September 2013, 640 crimes were recorded", fig(640), Verdict.SUPPORTED),
    (
        "date",
        "rose from 151 in 2010 to 640 in 2016",
        ch(151, 640, ("2011", "2016")),
        Verdict.NEEDS_REVIEW,
    ),
    (
        "date",
        "In the year ending June 2016, crime rose 5%",
        ch(100, 105, ("2014/15", "2015/16")),
        Verdict.SUPPORTED,
    ),
    # Claims about a series
    (
        "series-max",
        "the most common offence being possession",
        ser("possession", *OFFENCES),
        Verdict.SUPPORTED,
    ),
    (
        "series-max",
        "Distribution was the most common offence",
        ser("distribution", *OFFENCES),
        Verdict.CONTRADICTED,
    ),
    ("series-max", "The south has the largest budget", ser("south", *REGIONS), Verdict.SUPPORTED),
    (
        "series-min",
        "Taking images was the least common offence",
        ser("taking", *OFFENCES),
        Verdict.SUPPORTED,
    ),
    ("series-min", "The east had the smallest budget", ser("east", *REGIONS), Verdict.SUPPORTED),
    ("series-min", "The north had the lowest budget", ser("north", *REGIONS), Verdict.CONTRADICTED),
    (
        "rank-high",
        "Making images was the third most common offence",
        ser("making", *OFFENCES),
        Verdict.SUPPORTED,
    ),
    (
        "rank-high",
        "the south had the second-highest budget",
        ser("south", *REGIONS),
        Verdict.CONTRADICTED,
    ),
    (
        "rank-low",
        "The north had the second lowest budget",
        ser("north", *REGIONS),
        Verdict.SUPPORTED,
    ),
    (
        "rank-low",
        "Possession was the second least common offence",
        ser("possession", *OFFENCES),
        Verdict.CONTRADICTED,
    ),
    ("record-high", "Recorded offences hit a record high", ser("2016", *YEARS), Verdict.SUPPORTED),
    ("record-high", "an all-time high of 530", ser("2015", *DIP), Verdict.SUPPORTED),
    ("record-high", "the highest ever", ser("2014", *DIP), Verdict.CONTRADICTED),
    ("record-low", "Admissions fell to a record low", ser("2016", *FALLS), Verdict.SUPPORTED),
    ("record-low", "the lowest on record", ser("2014", *DIP), Verdict.CONTRADICTED),
    (
        "since-decade",
        "Vacancy rate drops to lowest since the mid-80s",
        ch("4.1%", "3.9%"),
        Verdict.NEEDS_REVIEW,
    ),
    (
        "since-decade",
        "Bus use at its highest since the 1990s",
        ser("2014", *DIP),
        Verdict.CONTRADICTED,
    ),
    ("years-low", "fell to a fresh two-decade low", ser("2016", *FALLS), Verdict.NEEDS_REVIEW),
    ("every-year", "Admissions have been falling", ser("2016", *FALLS), Verdict.SUPPORTED),
    ("every-year", "Thefts have been rising since 2019", ch(3000, 3150), Verdict.NEEDS_REVIEW),
    ("rank-high", "Dunmere was second with 455", ser("2013", *DIP), Verdict.CONTRADICTED),
    ("rank-high", "2015 was second highest", ser("2015", *DIP), Verdict.SUPPORTED),
    # A headline drops the article before the superlative.
    (
        "record-low",
        "Bus journeys slump to lowest level on record",
        ser("2016", *FALLS),
        Verdict.SUPPORTED,
    ),
    ("record-high", "Parking fines at highest ever", ser("2014", *DIP), Verdict.CONTRADICTED),
    ("highest-since", "the highest since 2013", ser("2015", *DIP), Verdict.CONTRADICTED),
    (
        "highest-since",
        "the highest level since 2012",
        ser("2015", ("2012", 600), ("2013", 455), ("2014", 440), ("2015", 530)),
        Verdict.SUPPORTED,
    ),
    (
        "lowest-since",
        "the lowest since 2013",
        ser("2016", ("2013", 70), ("2014", 87), ("2015", 80), ("2016", 72)),
        Verdict.SUPPORTED,
    ),
    ("every-year", "The number has risen every year", ser("2016", *YEARS), Verdict.SUPPORTED),
    ("every-year", "Offences rose every year", ser("2016", *DIP), Verdict.CONTRADICTED),
    ("every-year", "has fallen each year", ser("2016", *FALLS), Verdict.SUPPORTED),
    ("every-year", "Arrests rose in every year of the study", ch(410, 455), Verdict.NEEDS_REVIEW),
    (
        "in-a-row-rises",
        "It was the second consecutive annual increase",
        ser("2016", *DIP),
        Verdict.SUPPORTED,
    ),
    ("in-a-row-rises", "the third straight rise", ser("2016", *DIP), Verdict.CONTRADICTED),
    ("in-a-row-falls", "the fourth fall in a row", ser("2016", *FALLS), Verdict.SUPPORTED),
    ("in-a-row-falls", "the second consecutive monthly drop", ch(98, 91), Verdict.NEEDS_REVIEW),
    (
        "in-a-row",
        "Admissions have fallen for four years in a row",
        ser("2016", *FALLS),
        Verdict.SUPPORTED,
    ),
    (
        "in-a-row",
        "Offences have risen for two consecutive years",
        ser("2016", *DIP),
        Verdict.SUPPORTED,
    ),
    (
        "in-a-row",
        "Offences have risen for four straight years",
        ser("2016", *DIP),
        Verdict.CONTRADICTED,
    ),
    (
        "in-a-row",
        "Offences have risen for the second year in a row",
        ser("2016", *DIP),
        Verdict.SUPPORTED,
    ),
    (
        "in-a-row",
        "Admissions fell for the fifth year running",
        ser("2016", *FALLS),
        Verdict.NEEDS_REVIEW,
    ),
    (
        "in-a-row",
        "Admissions fell for a fourth consecutive year",
        ser("2016", *FALLS),
        Verdict.SUPPORTED,
    ),
    ("in-a-row", "Offences rose for a second year running", ser("2016", *DIP), Verdict.SUPPORTED),
    (
        "in-a-row",
        "Offences rose for a third year in a row",
        ser("2016", *DIP),
        Verdict.CONTRADICTED,
    ),
    ("negation", "Knife crime has not doubled since 2011", ch(100, 200), Verdict.NEEDS_REVIEW),
    ("negation", "Burglaries didn't fall last year", ch(100, 120), Verdict.NEEDS_REVIEW),
    ("unchanged", "The jobless rate was unchanged at 4.5%", ch("4.5%", "4.5%"), Verdict.SUPPORTED),
    ("unchanged", "Arrests held steady at 691", ch(358, 691), Verdict.CONTRADICTED),
    (
        "unchanged",
        "Spending has remained flat at £3.7bn",
        ch("£3.6bn", "£3.7bn"),
        Verdict.CONTRADICTED,
    ),
    (
        "roughly-unchanged",
        "Recorded offences were broadly flat",
        ch(10000, 10060),
        Verdict.SUPPORTED,
    ),
    (
        "roughly-unchanged",
        "Knife crime was little changed on the year",
        ch(2000, 2300),
        Verdict.CONTRADICTED,
    ),
    (
        "years-high",
        "Inflation hit a 40-year high of 10.1%",
        {"value": "10.1%"},
        Verdict.NEEDS_REVIEW,
    ),
    ("years-high", "Offences reached a three-year high", ser("2016", *YEARS), Verdict.SUPPORTED),
    (
        "years-low",
        "Arrests fell to their lowest in two years",
        ser("2016", *YEARS),
        Verdict.CONTRADICTED,
    ),
    # Decades and base years
    (
        "period-decades",
        "Arrests are double what they were two decades ago",
        ch(150, 300, ("1996", "2016")),
        Verdict.SUPPORTED,
    ),
    (
        "base-year",
        "Burglaries were down 9% on 2013",
        ch(1000, 910, ("2014", "2016")),
        Verdict.NEEDS_REVIEW,
    ),
    (
        "since-level",
        "Arrests fell to 440, the lowest since 2012, when they stood at 410",
        ser("2014", *DIP),
        Verdict.SUPPORTED,
    ),
    # Rankings of changes, and superlatives that describe the group
    ("rank-fall", "The biggest drop was in the north", ser("north", *CHANGES), Verdict.SUPPORTED),
    ("rank-fall", "The east saw the sharpest fall", ser("east", *CHANGES), Verdict.CONTRADICTED),
    ("rank-rise", "The south was the fastest-growing", ser("south", *CHANGES), Verdict.SUPPORTED),
    (
        "rank-fall-n",
        "The east had the second-steepest fall",
        ser("east", *CHANGES),
        Verdict.SUPPORTED,
    ),
    (
        "rank-rise-n",
        "The north posted the second-biggest rise",
        ser("north", *CHANGES),
        Verdict.CONTRADICTED,
    ),
    (
        "rank-change-least",
        "Hiring was revised down to 61,000, the weakest monthly gain of the spring",
        ch(75000, 61000),
        Verdict.NEEDS_REVIEW,
    ),
    (
        "rank-rise",
        "Rents climbed 9%, the biggest annual rise in the survey's history",
        ch(1000, 1090),
        Verdict.NEEDS_REVIEW,
    ),
    (
        "rank-rise",
        "Bus fares went up 7%, their largest ever recorded increase",
        ch(200, 214),
        Verdict.NEEDS_REVIEW,
    ),
    (
        "unchanged",
        "The share of adults in work has shown little movement this year",
        ch("61.2%", "61.2%"),
        Verdict.SUPPORTED,
    ),
    (
        "unchanged",
        "The vacancy rate was 3.9%, stable compared with the spring",
        ch("3.9%", "3.9%"),
        Verdict.SUPPORTED,
    ),
    (
        "rank-change-since",
        "It was the steepest drop in output since 2009",
        ch(120, 100),
        Verdict.NEEDS_REVIEW,
    ),
    (
        "first-time-since",
        "Deaths fell below 500 for the first time since 2010",
        fig(480),
        Verdict.NEEDS_REVIEW,
    ),
    (
        "described-max",
        "The region with the highest budget was the south",
        ser("south", *REGIONS),
        Verdict.SUPPORTED,
    ),
    (
        "described-min",
        "The region with the lowest budget was the south",
        ser("south", *REGIONS),
        Verdict.CONTRADICTED,
    ),
]


@pytest.mark.parametrize(
    ("family_id", "quote", "figures", "verdict"),
    named(CASES, by=(1, 3)),
)
def test_newsroom_sentence(
    family_id: str, quote: str, figures: dict[str, Any], verdict: Verdict
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, finding.explanation
    assert any(family_id in statement.rule_id.split(".") for statement in finding.statements) or (
        family_id in ("duration", "date", "number-words", "money")
    ), [statement.rule_id for statement in finding.statements]


def test_cases_cover_every_family() -> None:
    covered = {case[0] for case in CASES}
    missing = {family.id for family in FAMILIES} - covered
    assert not missing, f"no newsroom sentence for {sorted(missing)}"


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150
