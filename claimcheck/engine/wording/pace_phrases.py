"""Rows of the wording table about the pace of a rate: "inflation accelerated", "wage growth
slowed", "price rises eased to 2.1%".

Said of a rate of change (annual inflation, the growth of wages or output), these words say
which way the rate moved: a faster pace is a higher rate, a slower pace a lower one. Said of
a level (a count of deaths, a price), they speak of the pace of its change, which two levels
cannot show. So they are checked only when the from and to figures are both percentages
(rates); against other figures they state nothing checked (``change.direction``), as before.

Part of the one table in ``claimcheck.engine.wording.phrases``, listed with the changes.
"""

from __future__ import annotations

from typing import Final

from claimcheck.engine.wording.families import Example, Family, Kind
from claimcheck.model import Quantity, Verdict

__all__ = ["PACES", "PACE_IDS"]

PACES: Final = (
    Family(
        "pace-up",
        "A faster pace",
        Kind.DIRECTION,
        Quantity.DIRECTION,
        None,
        (
            "accelerated",
            "accelerating",
            "accelerates",
            "acceleration",
            "quickened",
            "quickening",
            "picked up",
            "picking up",
            "sped up",
        ),
        "On percentages (rates of change), the rate must have gone up (to > from); otherwise "
        "contradicted. On other figures the words are not checked.",
        (
            Example("inflation accelerated", Verdict.SUPPORTED, before="2.2%", after="2.6%"),
            Example(
                "an acceleration in wage growth", Verdict.CONTRADICTED, before="4.1%", after="3.8%"
            ),
        ),
        sign=1,
    ),
    Family(
        "pace-down",
        "A slower pace",
        Kind.DIRECTION,
        Quantity.DIRECTION,
        None,
        (
            "slowed",
            "slowing",
            "slows",
            "slowdown",
            "decelerated",
            "decelerating",
            "deceleration",
            "eased",
            "easing",
            "eases",
            "cooled",
            "cooling",
            "moderated",
            "moderating",
        ),
        "On percentages (rates of change), the rate must have gone down (to < from); "
        "otherwise contradicted. On other figures the words are not checked.",
        (
            Example("inflation eased to 3.1%", Verdict.SUPPORTED, before="3.4%", after="3.1%"),
            Example("price growth slowed", Verdict.CONTRADICTED, before="1.9%", after="2.3%"),
        ),
        sign=-1,
    ),
)

PACE_IDS: Final = frozenset(family.id for family in PACES)
"""The ids of the families above, which ``change.direction`` checks on percentages only."""
