"""Readings of a change that the words leave open: points or per cent, a sign left out.

- "The rate rose by 25" from 20% to 25%: a change with no unit is read as points (as a
  difference on other figures); when it fails so but is the relative change as written, the
  words do not say which they meant (``unitless_relative``: the change needs review).
- "Went up by 4, from 3.02 to 3.13": a change with no unit that matches neither reading but
  lies within one unit of its last digit (one per cent at most: "10,000" is no slip for 50%)
  of the relative change (3.6%), and not of the difference (0.11), is a per cent sign left out
  or a slip (``near_relative``: the change needs review, saying so), not a wrong difference.
- "Rose by 0.3 to 4.3%": read as a range of percentage changes after a change word, it is
  rather the change in points and then the later rate when both match as written
  (``change_then_level``: supported, and the working says which is which).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge.compare import Comparator, Stated, compare
from claimcheck.engine.judge.context import Context
from claimcheck.engine.read.mentions import Mention
from claimcheck.model import Quantity, Verdict
from claimcheck.numbers.number import Number, Unit

__all__ = [
    "Reading",
    "change_then_level",
    "near_relative",
    "points_reading",
    "unitless_relative",
]


def unitless_relative(
    quantity: Quantity,
    number: Number | None,
    stated: Stated,
    ctx: Context,
    ends: tuple[Fraction, Fraction],
) -> bool:
    """Whether a difference with no unit is the relative change: on percentage figures the
    unit may be points or per cent, and on others a per cent sign may have been dropped
    ("went up by 4, from 3.02 to 3.13")."""
    before, after = ends
    if quantity is not Quantity.DIFFERENCE or before == 0:
        return False
    if number is None or number.unit is not Unit.NONE:
        return False
    relative = abs(after - before) / abs(before) * 100
    return compare(Comparator.EXACT, stated, relative, ctx.policy) is Verdict.SUPPORTED


def near_relative(
    quantity: Quantity,
    number: Number | None,
    stated: Stated,
    ends: tuple[Fraction, Fraction],
) -> Fraction | None:
    """The relative change, when a difference with no unit lies within one unit of its last
    written digit (one per cent at most) of it and not of the difference itself ("went
    up by 4, from 3.02 to 3.13": 3.6%, against a difference of 0.11); otherwise None."""
    before, after = ends
    if quantity is not Quantity.DIFFERENCE or before == 0 or stated.step == 0:
        return None
    if number is None or number.unit is not Unit.NONE or stated.high is not None:
        return None
    relative = abs(after - before) / abs(before) * 100
    size, unit = abs(stated.value), min(stated.step, Fraction(1))  # one per cent at most
    if abs(size - relative) > unit or abs(size - abs(after - before)) <= unit:
        return None
    return relative


def change_then_level(
    stated: Stated, comparator: Comparator, ctx: Context, ends: tuple[Fraction, Fraction]
) -> bool:
    """Whether a range after a change word is the change in points, then the later rate."""
    before, after = ends
    if comparator is not Comparator.BETWEEN or stated.high is None or not ctx.percentages:
        return False
    policy = ctx.policy
    change = compare(
        Comparator.EXACT, Stated(stated.value, stated.step), abs(after - before), policy
    )
    level = compare(Comparator.EXACT, Stated(stated.high, stated.high_step), after, policy)
    return change is Verdict.SUPPORTED and level is Verdict.SUPPORTED


@dataclass(frozen=True, slots=True)
class Reading:
    """The verdict one of these readings gives, and the words that say why."""

    verdict: Verdict
    text: str


def points_reading(
    quantity: Quantity,
    mention: Mention,
    stated: Stated,
    ctx: Context,
    ends: tuple[Fraction, Fraction],
    verdict: Verdict,
) -> Reading | None:
    """The verdict either reading gives a change on percentage figures, or None."""
    comparator = mention.comparator or Comparator.EXACT
    if verdict is not Verdict.SUPPORTED and unitless_relative(
        quantity, mention.number, stated, ctx, ends
    ):
        review = Verdict.NEEDS_REVIEW
        return Reading(
            review,
            f"{fmt.number(stated.value)} with no unit matches the relative change, not the "
            f"difference, so it is unclear which was meant ({review.words})",
        )
    near = near_relative(quantity, mention.number, stated, ends)
    if verdict is not Verdict.SUPPORTED and near is not None:
        review = Verdict.NEEDS_REVIEW
        return Reading(
            review,
            f"{fmt.number(stated.value)} with no unit matches neither the difference nor the "
            f"relative change ({fmt.percent(near)}), but lies within one unit of the relative "
            f"change: a per cent sign left out, or a slip ({review.words})",
        )
    if change_then_level(stated, comparator, ctx, ends):
        supported = Verdict.SUPPORTED
        return Reading(
            supported,
            f"{fmt.number(stated.value)} is the change in points and "
            f"{fmt.number(stated.high or ends[1])}% the later rate ({supported.words})",
        )
    return None
