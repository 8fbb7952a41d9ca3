"""A value and its percentage set off by a dash: one statement (``statements._cuts``).

"Injuries fell by about 230 – some 14% – to 1,410" and "arrests rose by 85 - nearly 6%"
say one change twice, as an amount and as a percentage, the second set off by a dash as ", or
14%" would set it off by a comma. A dash between a number and a percentage that stands alone
(an approximation word at most, then a closing dash, a comma or the end) does not cut the
statement, so the claim holds both figures of the change. A dash before anything more ("–
the highest since 2012", "– 14% of all injuries") still cuts.
"""

from __future__ import annotations

import re

from claimcheck.text.lazy import lazy_pattern

__all__ = ["restating_dash"]

_DASH = frozenset(["-", "–", "—"])
_NUMBER_BEFORE = lazy_pattern(r"\d\s*\Z")
_PERCENT_ALONE = lazy_pattern(
    r"(?:(?:some|about|around|roughly|nearly|almost|just\s+(?:over|under)|over|more\s+than"
    r"|less\s+than|or)\s+)?\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)(?:\s*[-–—,;.)]|\s*\Z)",
    re.IGNORECASE,
)


def restating_dash(text: str, start: int, cut_start: int, cut_end: int) -> bool:
    """Whether the cut at ``cut_start:cut_end`` is a dash between a number and the same
    change in per cent (see the module)."""
    if text[cut_start:cut_end].strip() not in _DASH:
        return False
    if _NUMBER_BEFORE.search(text, start, cut_start) is None:
        return False
    return _PERCENT_ALONE.match(text, cut_end) is not None
