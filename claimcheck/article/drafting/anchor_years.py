"""The year a superlative reaches back to, which is where a comparison starts and never the
period a claim speaks of ("the lowest since 2002", "for the first time since 1994", "the first
annual rise since 2015")."""

from __future__ import annotations

import re

from claimcheck.text.lazy import lazy_pattern

__all__ = ["without_anchor_year"]


def without_anchor_year(text: str) -> str:
    """``text`` with the year a superlative reaches back to blanked ("the lowest since 2002",
    "for the first time since 1994"): where the comparison starts, never the claim's period."""
    for ranked in _RANKED.finditer(text):
        # only a "since" after the superlative, and near it: in "up 12% since 2019, the highest
        # on record" the year is the change's own start
        anchor = _ANCHOR_YEAR.search(text, ranked.end(), ranked.end() + 60)
        if anchor is not None:
            return f"{text[: anchor.start()]} {text[anchor.end() :]}"
    return text


_RANKED = lazy_pattern(
    r"(?<![a-z])(?:highest|lowest|most|least|fewest|largest|smallest|biggest|greatest|sharpest"
    r"|steepest|strongest|weakest|best|worst|record|first\s+time"
    r"|first\s+(?:[a-z-]+\s+)?(?:increase|rise|fall|drop|decline|decrease|gain|growth|jump)s?"
    # "more than in any year since 2007"
    r"|than\s+(?:at\s+|in\s+)?any\s+(?:other\s+)?(?:time|point|year))"
    r"(?![a-z])",
    re.IGNORECASE,
)
_ANCHOR_YEAR = lazy_pattern(
    r"(?<![a-z])since\s+(?:records\s+(?:began|started)\s+in\s+|the\s+)?(?:[A-Za-z]+\s+)?"
    r"(?:19|20)\d\d(?:/\d\d)?(?!\d)",
    re.IGNORECASE,
)
