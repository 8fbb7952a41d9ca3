"""When "N in every B" is a rate per B rather than a share: one definition for drafting and
checking.

"One in five" and "one in every 100" are shares of a whole, said as fractions, and are
compared as shares. "Three in every 1,000", "12 pupils in every 10,000" and "40 out of every
100,000" are how a story spells a small rate: the base is a round number of a thousand or
more (a power of ten), and the count is a rate per that base, compared exactly with a rate
published in per cent or at another base (docs/policy.md, "Small rates written as one in so
many"). The base is part of the rate, never a second statistic.
"""

from __future__ import annotations

from fractions import Fraction

__all__ = ["RATE_BASES", "is_rate_base"]

RATE_BASES = frozenset(Fraction(10**power) for power in range(3, 7))
"""1,000, 10,000, 100,000 and 1,000,000."""


def is_rate_base(base: Fraction | int) -> bool:
    """Whether ``base`` in "N in every B" makes N a rate per B (a round base of a thousand or
    more), rather than a share of a whole."""
    return Fraction(base) in RATE_BASES
