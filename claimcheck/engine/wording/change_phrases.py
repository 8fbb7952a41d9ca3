"""Rows of the wording table about change: multiples ("3 times as many", "doubled") and changes
("rose by 45%", "up 5 points", "333 more", "rose", "unchanged").

Part of the one table in ``claimcheck.engine.wording.phrases``, which lists every row.
"""

from __future__ import annotations

from typing import Final

from claimcheck.engine.judge.compare import Comparator
from claimcheck.engine.wording.families import (
    ROUGHLY_UNCHANGED,
    UNCHANGED,
    Example,
    Family,
    Form,
    Kind,
)
from claimcheck.engine.wording.pace_phrases import PACES
from claimcheck.engine.wording.words import (
    FALLING_MULTIPLES,
    FALLING_WORDS,
    RISING_MULTIPLES,
    RISING_WORDS,
)
from claimcheck.model import Quantity, Verdict

__all__ = ["CHANGES", "MULTIPLES"]

MULTIPLES: Final = (
    Family(
        "multiple-rise",
        "Multiple words",
        Kind.MULTIPLE_WORD,
        Quantity.RATIO,
        Comparator.MULTIPLE,
        (),
        "The ratio to / from within 5% of the multiple is supported, within 10% needs "
        "review, beyond is contradicted. A qualifier (more than, almost...) replaces this.",
        (
            Example("doubled", Verdict.SUPPORTED, before="100", after="205"),
            Example("doubled", Verdict.NEEDS_REVIEW, before="100", after="218"),
            Example("tripled", Verdict.CONTRADICTED, before="100", after="250"),
            Example("trebled", Verdict.SUPPORTED, before="100", after="300"),
            Example("a fourfold rise", Verdict.SUPPORTED, before="151", after="610"),
            Example("quadrupled", Verdict.SUPPORTED, before="150", after="600"),
        ),
        words=RISING_MULTIPLES,
    ),
    Family(
        "halved",
        "Halved",
        Kind.MULTIPLE_WORD,
        Quantity.RATIO,
        Comparator.MULTIPLE,
        (),
        "The ratio to / from within 5% of one half. With a qualifier the size of the cut is "
        "judged: 'more than halved' means to / from is below one half.",
        (
            Example("has halved", Verdict.SUPPORTED, before="200", after="104"),
            Example("more than halved", Verdict.SUPPORTED, before="200", after="90"),
            Example("cut in half", Verdict.CONTRADICTED, before="200", after="150"),
        ),
        words=FALLING_MULTIPLES,
    ),
    Family(
        "n-fold",
        "N-fold",
        Kind.TEMPLATE,
        Quantity.RATIO,
        Comparator.MULTIPLE,
        ("{N}-fold", "{N}fold", "{N} fold", "{N}x", "{N}×"),
        "The ratio to / from, judged as a multiple (within 5% supported). With a falling "
        "word ('a five-fold fall', 'fell ten-fold', 'a 24-fold drop') it is read as a fall "
        "to 1/N of the starting figure, with a note that the wording is loose.",
        (
            Example("a 24-fold increase", Verdict.SUPPORTED, before="12", after="288"),
            Example("a 24-fold increase", Verdict.CONTRADICTED, before="12", after="240"),
            Example("a five-fold fall", Verdict.SUPPORTED, before="100", after="20"),
            Example("fell 10-fold", Verdict.CONTRADICTED, before="100", after="50"),
            Example("a 3x rise", Verdict.SUPPORTED, before="100", after="300"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        "n-times",
        "N times as many",
        Kind.TEMPLATE,
        Quantity.RATIO,
        Comparator.MULTIPLE,
        (
            "{N} times as many",
            "{N} times as much",
            "{N} times as high",
            "{N} times as likely",
            "{N} times as large",
            "{N} times the",
            "{N} times that",
            "{N} times what",
        ),
        "The ratio to / from, judged as a multiple (within 5% supported).",
        (
            Example("three times as many", Verdict.SUPPORTED, before="100", after="310"),
            Example("five times the number", Verdict.NEEDS_REVIEW, before="100", after="545"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        "n-times-more",
        "N times more",
        Kind.TEMPLATE,
        Quantity.RATIO,
        Comparator.MULTIPLE,
        (
            "{N} times more",
            "{N} times higher",
            "{N} times bigger",
            "{N} times larger",
            "{N} times greater",
            "{N}x more",
            "{N}x higher",
            "{N}× more",
            "{N}× higher",
        ),
        "Read as N times as many (the ratio to / from), with a note: some readers take "
        "'N times more' as N + 1 times as many. 'Rose 24 times' and 'increased 24 times' are "
        "read the same way (not as a rise of 24), with the same note, and so is a bare "
        "'more than 4 times' or 'almost 5 times'; 'five times a day' says how often.",
        (
            Example("four times more crimes", Verdict.SUPPORTED, before="150", after="600"),
            Example("rose 24 times", Verdict.SUPPORTED, before="12", after="288"),
            Example("more than 4 times", Verdict.CONTRADICTED, before="151", after="500"),
            Example("four times more crimes", Verdict.NEEDS_REVIEW, before="151", after="640"),
            Example("24 times higher", Verdict.SUPPORTED, before="12", after="288"),
            Example("3x more", Verdict.SUPPORTED, before="100", after="300"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        "factor",
        "By a factor of N",
        Kind.TEMPLATE,
        Quantity.RATIO,
        Comparator.MULTIPLE,
        ("by a factor of {N}",),
        "The ratio to / from, judged as a multiple (within 5% supported).",
        (
            Example("rose by a factor of 24", Verdict.SUPPORTED, before="12", after="288"),
            Example("rose by a factor of four", Verdict.NEEDS_REVIEW, before="151", after="640"),
        ),
        form=Form.PLAIN,
    ),
)

CHANGES: Final = (
    Family(
        "fraction-change",
        "Rose by a third",
        Kind.TEMPLATE,
        Quantity.PERCENT_CHANGE,
        Comparator.MULTIPLE,
        ("{DIR} by {N}", "{DIR} {N}", "a {DIR} of {N}", "an {DIR} of {N}", "{N} {DIR}"),
        "A fraction of the starting figure: 'by a third' is a change of 33.3%, judged as a "
        "multiple (within 5% of it supported). The direction word must match the change. "
        "'A quarter lower' and 'a third higher' are the same relative change.",
        (
            Example("rose by a third", Verdict.SUPPORTED, before="300", after="400"),
            Example("a quarter lower in Leeds", Verdict.SUPPORTED, before="80", after="61"),
            Example("a fifth higher", Verdict.CONTRADICTED, before="80", after="88"),
            Example("fell by nearly a fifth", Verdict.SUPPORTED, before="100", after="81"),
            Example("has fallen by more than a half", Verdict.SUPPORTED, before="100", after="40"),
            Example("rose by a quarter", Verdict.CONTRADICTED, before="100", after="140"),
        ),
        form=Form.FRACTION,
    ),
    Family(
        "percent-change",
        "Percentage change",
        Kind.TEMPLATE,
        Quantity.PERCENT_CHANGE,
        Comparator.EXACT,
        ("{DIR} {N}%", "{DIR} by {N}%", "{N}% {DIR}", "a {DIR} of {N}%", "an {DIR} of {N}%"),
        "(to - from) / from × 100 must round to the stated percentage. On percentage "
        "figures a percentage change is relative: a stated number that is really the "
        "point difference (points written as per cent) needs review, and is contradicted "
        "where the words say the change is relative ('relatively', 'in relative terms'). "
        "'The decrease was 0.3%' is the same change as 'a decrease of 0.3%'. On rates, with "
        "the rate's period ('in the year to May') or a gap between groups ('more than "
        "women'), a percentage equal to the later rate is that rate itself, a level. The "
        "number after 'by' belongs to the change word before it even with words between "
        "('pushed up bills by 12%').",
        (
            Example("up 37 per cent", Verdict.SUPPORTED, before="100", after="137"),
            Example(
                "prices rose by 6.8% in the year to May",
                Verdict.SUPPORTED,
                before="6.1%",
                after="6.8%",
            ),
            Example(
                "pushed up bills by 15 per cent", Verdict.CONTRADICTED, before="500", after="560"
            ),
            Example("a 2,300% increase", Verdict.SUPPORTED, before="12", after="288"),
            Example("a 45 percent fall", Verdict.SUPPORTED, before="200", after="110"),
            Example("up 16 per cent", Verdict.NEEDS_REVIEW, before="100", after="115.3"),
            Example("rose by 5%", Verdict.NEEDS_REVIEW, before="20%", after="25%"),
            Example(
                "rose by 5% in relative terms", Verdict.CONTRADICTED, before="20%", after="25%"
            ),
            Example("the decrease was 5.9%", Verdict.SUPPORTED, before="5.1%", after="4.8%"),
        ),
        form=Form.PERCENT,
    ),
    Family(
        "points",
        "Percentage points",
        Kind.TEMPLATE,
        Quantity.POINTS,
        Comparator.EXACT,
        (
            "{DIR} by {N} percentage points",
            "{DIR} {N} points",
            "{N} points {DIR}",
            "a {DIR} of {N} points",
            "{N} percentage points",
            "{N} points",
            "{N} pts",
            "{N}pp",
        ),
        "to - from, on percentage figures, must round to the stated number of points. 'Half "
        "a percentage point' and 'a quarter of a point' are 0.5 and 0.25 points; 'per cent "
        "points', 'percent points', 'percentage pts' and '% points' are points. After 'to' "
        "('widened to 7.7 points') the points are the new level, checked against the to figure.",
        (
            Example(
                "fallen by 1.1 percentage points", Verdict.SUPPORTED, before="14.2%", after="13.1%"
            ),
            Example(
                "rose by half a percentage point", Verdict.SUPPORTED, before="10.2%", after="10.7%"
            ),
            Example("up 5 points", Verdict.SUPPORTED, before="20%", after="25%"),
            Example(
                "0.24 per cent points lower", Verdict.SUPPORTED, before="15.4%", after="15.16%"
            ),
            Example("widened to 7.7 points", Verdict.SUPPORTED, before="6.9%", after="7.7%"),
            Example("rose 2 percentage points", Verdict.CONTRADICTED, before="20%", after="25%"),
        ),
        form=Form.POINTS,
    ),
    Family(
        "difference",
        "Absolute change",
        Kind.TEMPLATE,
        Quantity.DIFFERENCE,
        Comparator.EXACT,
        ("{DIR} by {N}", "{DIR} {N}", "a {DIR} of {N}", "an {DIR} of {N}", "{N} {DIR}"),
        "to - from must round to the stated number; the direction word must match. In 'rose "
        "by 4,000 to 65,000' (or 'an increase of 4,000 to 65,000', 'up 3 to 20') the first "
        "number is the change and the second the new level, checked against the to figure: "
        "never a range.",
        (
            Example("a rise of 6,385", Verdict.SUPPORTED, before="10000", after="16385"),
            Example("rose by 4,000 to 65,000", Verdict.CONTRADICTED, before="55000", after="65000"),
            Example("up by almost 1,000", Verdict.SUPPORTED, before="5000", after="5950"),
            Example("333 more arrests", Verdict.SUPPORTED, before="358", after="691"),
            Example("a fall of 300", Verdict.CONTRADICTED, before="1000", after="1300"),
        ),
        form=Form.PLAIN,
    ),
    Family(
        ROUGHLY_UNCHANGED,
        "Broadly unchanged",
        Kind.DIRECTION,
        Quantity.DIRECTION,
        None,
        (
            "broadly unchanged",
            "virtually unchanged",
            "largely unchanged",
            "almost unchanged",
            "nearly unchanged",
            "essentially unchanged",
            "more or less unchanged",
            "little changed",
            "barely changed",
            "hardly changed",
            "barely moved",
            "hardly moved",
            "scarcely moved",
            "barely budged",
            "hardly budged",
            "little change",
            "almost no change",
            "broadly flat",
            "largely flat",
            "roughly flat",
            "virtually flat",
            "broadly stable",
            "largely stable",
            "roughly stable",
            "remained similar",
            "remained broadly similar",
            "stayed similar",
            "broadly similar",
        ),
        "to must lie within 1% of from (the policy's unchanged_review) to be supported, "
        "within 2% needs review; a bigger move is contradicted.",
        (
            Example("broadly unchanged", Verdict.SUPPORTED, before="1000", after="1008"),
            Example("little changed", Verdict.NEEDS_REVIEW, before="1000", after="1015"),
            Example("virtually unchanged", Verdict.CONTRADICTED, before="100", after="110"),
        ),
    ),
    Family(
        UNCHANGED,
        "Unchanged, held steady",
        Kind.DIRECTION,
        Quantity.DIRECTION,
        None,
        (
            "unchanged",
            "remained unchanged",
            "was unchanged",
            "were unchanged",
            "held steady",
            "held stable",
            "held flat",
            "held level",
            "remained steady",
            "remained stable",
            "remained flat",
            "remained level",
            "remained the same",
            "stayed the same",
            "stayed flat",
            "stayed steady",
            "stayed stable",
            "stayed level",
            "was stable",
            "were stable",
            "is stable",
            "are stable",
            "was steady",
            "were steady",
            "the same as in",
            "the same as last",
            "the same as a year",
            "the same level as",
            "unchanged from",
            "unchanged on",
            "little movement",
            "shown little movement",
            "showed little movement",
            "shows little movement",
            "broadly stable",
            "largely stable",
            "stable compared to",
            "stable compared with",
            "steady compared to",
            "steady compared with",
            "stayed at",
            "remained at",
            "held at",
            "was flat",
            "were flat",
            "has been flat",
            "have been flat",
            "flatlined",
            "no change",
            "did not change",
            "has not changed",
            "have not changed",
            "didn't change",
            "hasn't changed",
            "haven't changed",
        ),
        "from and to must be equal, or equal within the rounding of the source figures "
        "('5.1%' and '5.1%'); a change within 1% of from (the policy's unchanged_review) "
        "needs review; a bigger one is contradicted. 'Stayed at', 'remained at' and 'held at' "
        "count only before a number, which is checked as well. Against a published "
        "percentage change (a signed figure, or one named as a change) it is a move from 100 "
        "('+0%' is no change). Without from and to figures or such a change the statement "
        "needs review.",
        (
            Example("remained unchanged at 5", Verdict.SUPPORTED, before="5", after="5"),
            Example("held steady at 5", Verdict.CONTRADICTED, before="3", after="5"),
            Example("was flat", Verdict.NEEDS_REVIEW, before="1000", after="1005"),
            Example(
                "was 6.4%, stable compared with May", Verdict.SUPPORTED, before="6.4%", after="6.4%"
            ),
            Example("prices were stable", Verdict.CONTRADICTED, before="100", after="108"),
            Example("stayed at 5.1%", Verdict.SUPPORTED, before="5.1%", after="5.1%"),
        ),
    ),
    Family(
        "rise",
        "Rising words",
        Kind.DIRECTION,
        Quantity.DIRECTION,
        None,
        RISING_WORDS,
        "The figure must have gone up (to > from); otherwise contradicted.",
        (
            Example(
                "increased from 12 in 2011 to 288 in 2016",
                Verdict.SUPPORTED,
                before="12",
                after="288",
                labels=("2011", "2016"),
            ),
            Example("crime rose", Verdict.CONTRADICTED, before="100", after="90"),
            Example("arrests soared", Verdict.SUPPORTED, before="358", after="691"),
            Example("the gap widened", Verdict.SUPPORTED, before="4%", after="6%"),
            Example("edged up slightly, by 0.4%", Verdict.SUPPORTED, before="250", after="251"),
        ),
        sign=1,
    ),
    Family(
        "fall",
        "Falling words",
        Kind.DIRECTION,
        Quantity.DIRECTION,
        None,
        FALLING_WORDS,
        "The figure must have gone down (to < from); otherwise contradicted.",
        (
            Example("fell", Verdict.SUPPORTED, before="100", after="90"),
            Example("plunged", Verdict.CONTRADICTED, before="100", after="120"),
            Example("dropped from 40 to 35", Verdict.SUPPORTED, before="40", after="35"),
            Example("the gap has narrowed", Verdict.CONTRADICTED, before="4%", after="6%"),
            Example("slid back by 5%", Verdict.CONTRADICTED, before="200", after="180"),
        ),
        sign=-1,
    ),
    *PACES,
)
