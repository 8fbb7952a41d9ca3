"""A percentage that states a rate itself, not the change between two rates: "prices rose by
3.2% in the year to August" with rates of 2% and 3.2% (the later rate), "after a 2% rise in
July" or "larger than the 2.3% increase a month earlier" (the earlier rate), "9.4% more than
women" (a gap between two groups). Read so only when the change readings fail."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING

from claimcheck.claimfile.records import Figure, Role
from claimcheck.engine.judge.compare import Comparator
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged, statement
from claimcheck.model import Quantity, Verdict
from claimcheck.text.lazy import lazy_pattern

if TYPE_CHECKING:
    from claimcheck.engine.judge.change import Change

__all__ = ["rate_itself"]

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# The period a rate of change is measured over: "in the year to August", "year on year",
# "annual", "for the year", "in January".
_RATE_PERIOD = lazy_pattern(
    r"(?<![a-z])(?:in\s+the\s+(?:year|12\s+months|three\s+months|quarter)\s+to|year[\s-]+on"
    r"[\s-]+year|annual(?:ly)?|annualised|annualized|a\s+year|per\s+year|over\s+the\s+(?:past\s+"
    r"|last\s+)?(?:year|12\s+months)|for\s+the\s+(?:entire\s+"
    rf"|whole\s+|full\s+)?year|last\s+year|this\s+year|in\s+(?:{_MONTHS}))(?![a-z])",
    re.IGNORECASE,
)
# What is measured by a rate of change: prices, output, pay. An unemployment or obesity rate
# is a level, and "rose by 4.2%" of it is never the rate itself.
_MEASURE_OF_CHANGE = lazy_pattern(
    r"(?<![a-z])(?:prices?|inflation|cpih?|rpi|gdp|econom(?:y|ic)|growth|gr[eo]w[ns]?|output|"
    r"index|wages?|earnings|pay|productivity|sales|rents?|costs?|spending|turnover|exports?|"
    r"imports?)(?![a-z])",
    re.IGNORECASE,
)
# "men earn 9.4% more than women": the percentage is a gap between two groups, a level.
_THAN = lazy_pattern(r"\s+than(?![a-z])", re.IGNORECASE)


# "..., after a 4.6% increase in April": the words before a percentage that say it is the
# earlier period's own rate.
_EARLIER_RATE = lazy_pattern(
    r"(?<![a-z])(?:after|following|from|than|compared\s+(?:with|to))\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# "than the 2.3% increase", "from the 0.4 per cent rise": the earlier rate named outright.
_THE_EARLIER_RATE = lazy_pattern(
    r"(?<![a-z])(?:after|following|from|than|on|compared\s+(?:with|to))\s+(?:the|a)\s+$",
    re.IGNORECASE,
)


def _rate_named(measured: Change) -> Figure | None:
    """The rate a percentage may state itself: the later one, or the earlier one when the words
    before it say so ("rose 4.1% in May, after a 4.6% increase in April")."""
    mention, ctx = measured.mention, measured.ctx
    earlier = ctx.figure(Role.FROM)
    head = ctx.wording[max(0, mention.start - 40) : mention.start]
    if (
        earlier is not None
        and _EARLIER_RATE.search(head)
        and measured.stated.value * (mention.sign or 1) == earlier.number.value
    ):
        return earlier
    return ctx.figure(Role.TO)


def _named_earlier(measured: Change) -> bool:
    """'Larger than the 2.3% increase', 'up from the 0.4 per cent rise': the change is named as
    the earlier period's own figure, the point the claim compares with."""
    mention, ctx = measured.mention, measured.ctx
    head = ctx.wording[max(0, mention.start - 30) : mention.start]
    return ctx.figure(Role.FROM) is not None and _THE_EARLIER_RATE.search(head) is not None


def _measured_over_time(ctx: Context) -> bool:
    """The wording names what a rate of change measures and the period it is taken over."""
    return bool(_RATE_PERIOD.search(ctx.wording) and _MEASURE_OF_CHANGE.search(ctx.wording))


def _no_relative_change(ctx: Context) -> bool:
    """From a rate of zero or below no percentage change can be worked out ("a 0.4% decline,
    revised from a 0.2% decline"), so a percentage equal to a rate can only be that rate."""
    earlier = ctx.figure(Role.FROM)
    return earlier is not None and earlier.number.value <= 0


def rate_itself(measured: Change, raw: Fraction | None, out: Judged) -> bool:
    """'Prices rose by 3.2% in the year to August' with rates of 2% and 3.2%: the stated
    percentage is the later rate itself, a level, not the change between the two rates (or
    the earlier rate, after "after" or "following": "after a 2% rise in July").

    Read so only when the change readings (relative and points) both fail, the number is the
    later figure as written with the sign the words give it ("fell by 0.5%" is a rate of
    -0.5%), and the wording names the period the rate is measured over ("in the year to
    August", "annual") or a gap between groups ("9.4% more than women"). The explanation
    says which figure it was bound to.
    """
    mention, ctx, stated = measured.mention, measured.ctx, measured.stated
    later = _rate_named(measured)
    if (
        later is None
        or not (measured.relative and ctx.percentages)
        or measured.fraction
        or measured.comparator is not Comparator.EXACT
        or mention.number is None
        or (raw is not None and measured.judge(raw) is Verdict.SUPPORTED)
    ):
        return False
    if _THAN.match(ctx.wording, mention.end):
        # "9.4% more than women", "8.1% less than men": the gap between the groups, a level.
        if stated.value != abs(later.number.value):
            return False
    elif (
        not (_measured_over_time(ctx) or _no_relative_change(ctx) or _named_earlier(measured))
        or stated.value * (mention.sign or 1) != later.number.value
    ):
        return False
    supported = Verdict.SUPPORTED
    which = "later" if later is ctx.figure(Role.TO) else "earlier"
    text = (
        f"{mention.text}: {later.ref} is {later.number.text}, the rate itself: on rates, "
        f"a stated percentage equal to the {which} rate is that rate (a level), not the change "
        f"between the two rates ({supported.words})"
    )
    out.statements.append(
        statement(
            mention,
            Quantity.VALUE,
            supported,
            text,
            computed=later.number.text,
            exact=later.number.value,
            rule="a percentage equal to the later rate states the rate itself",
            rule_id="percent-change.rate-itself",
        )
    )
    return True
