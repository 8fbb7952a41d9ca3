"""A rate said "N in every B" against a rate published in per cent.

"Thirteen in every 10,000 pupils" and "13 in 10,000" state the rate 0.13%: a figure
published as "0.13" in a column in per cent is the same rate at another base. The stated
count converts exactly (N / B x 100) and keeps the precision it was written with (one unit of
N, so "13 in every 10,000" is 0.125% up to 0.135%). The words still decide which rate: the
phrase names a rate (``link_words.PHRASES``), and the row must be named as any row is. Which
bases make a rate ("in every 1,000" does, "in every 100" does not) is one definition the
check uses too (``numbers.rate_base``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.article.scan import Mention, MentionKind
from claimcheck.numbers.rate_base import is_rate_base
from claimcheck.text.lazy import lazy_pattern

__all__ = ["InPercent", "in_percent"]

# "13 in every 10,000", "five in 10,000": the base, written in digits
_BASE = lazy_pattern(r"\bin\s+(?:every\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s*\Z", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class InPercent:
    value: Fraction
    step: Fraction


def in_percent(mention: Mention) -> InPercent | None:
    """The rate a "N in every B" share states, in per cent, with its written precision; None
    for any other number."""
    if mention.kind is not MentionKind.SHARE or "%" in mention.text:
        return None
    found = _BASE.search(mention.text)
    if found is None:
        return None
    base = int(found.group(1).replace(",", ""))
    if not is_rate_base(base):
        return None  # "one in five", "one in every 100": a share of a whole (``rate_base``)
    return InPercent(mention.value * 100, Fraction(100, base))
