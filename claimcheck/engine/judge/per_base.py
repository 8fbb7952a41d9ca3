"""'12 in every 10,000 pupils' against a percentage figure: a rate, not a share to work out.

A share written over a round base of a thousand or more ("3 in every 1,000", "12 in every
10,000", "40 out of every 100,000": ``numbers.rate_base``, the definition drafting shares) is
how a story spells a small rate. Against a referenced
percentage it is that percentage at another base (0.12% is 12 in every 10,000), so it is read
as the rate "12 per 10,000" and compared exactly, with the written precision of both sides
(docs/policy.md, "Small rates written as one in so many"). The same holds against the from and
to percentages of a change. Against part and whole figures it stays a share.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge.compare import Comparator, Stated
from claimcheck.engine.judge.context import Context
from claimcheck.engine.read.mentions import Mention
from claimcheck.engine.wording import phrases
from claimcheck.numbers.number import Unit, parse_number
from claimcheck.numbers.rate_base import is_rate_base
from claimcheck.text.lazy import lazy_pattern

__all__ = ["as_rate"]

_IN_EVERY = lazy_pattern(r"^(.+?)\s+(?:in|out\s+of)(?:\s+every)?\s+(.+)$", re.IGNORECASE)


def as_rate(mention: Mention, ctx: Context) -> Mention | None:
    """The rate per base a one-in-so-many share states, when its base is a round thousand or
    more and the claim references a percentage figure, or a change between two (and no part
    and whole); else None."""
    number = mention.number
    if mention.family.id != "one-in" or number is None:
        return None
    # the one figure, or the two ends of a change ("11 in every 10,000, up from eight in every
    # 10,000"): every one a percentage
    roles = (Role.FIGURE,) if ctx.figure(Role.FIGURE) is not None else (Role.FROM, Role.TO)
    figures = [figure for role in roles if (figure := ctx.figure(role)) is not None]
    if not figures or any(figure.number.unit is not Unit.PERCENT for figure in figures):
        return None
    if ctx.figure(Role.PART) is not None or ctx.figure(Role.WHOLE) is not None:
        return None
    found = _IN_EVERY.match(number.text)
    if found is None:
        return None
    count, base = parse_number(found.group(1)), parse_number(found.group(2))
    if count is None or base is None or not is_rate_base(base.value) or count.value > base.value:
        return None
    # the family's own comparator is the 5% of a share in words; a rate is read exactly
    comparator = None if mention.comparator is Comparator.MULTIPLE else mention.comparator
    return replace(
        mention,
        family=phrases.family("rate"),
        comparator=comparator,
        stated=Stated(count.value, count.step),
        number=count,
        base=base.value,
    )
