"""Whether a word of pace ("slowed", "an acceleration") speaks of a rate moving.

"Inflation slowed to 2.4%", "wage growth eased", "an acceleration in prices' growth", "an
acceleration from 2.6 percent": the rate named before or after the word, or a level after
"to" or "from", says it is the rate that moved.
"Consumers slowed their spending" says nothing of a figure: it is not read as a direction.
"""

from __future__ import annotations

import re

from claimcheck.text.lazy import lazy_pattern

__all__ = ["pace_of_rate"]

# The rate before the word: "inflation slowed", "growth in wages eased", "the pace of price
# rises has slowed", "annual inflation rate picked up".
_RATE_BEFORE = lazy_pattern(
    r"(?<![a-z])(?:inflation|growth|rate|pace|rises|increases)(?:\s+[a-z]+){0,3}?"
    r"(?:\s+(?:has|have|had|was|were|is|also|then|sharply|slightly|further|again))*\s+$",
    re.IGNORECASE,
)
# A level after the word: "slowed to 2.4%", "a pick-up from August's 2.6 percent".
_LEVEL_AFTER = lazy_pattern(
    r"(?:\s+(?:sharply|slightly|further|again|markedly|only|just))?\s+(?:to|from)\s+"
    r"(?:(?:an?|the|its|[a-z]+['’]s)\s+)?(?:[a-z]+\s+){0,2}?[£$€]?\d",
    re.IGNORECASE,
)

# The rate after the word: "an acceleration in wage growth", "a slowdown in inflation".
_RATE_AFTER = lazy_pattern(
    r"\s+(?:in|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:inflation|growth|rates?|pace)(?![a-z])",
    re.IGNORECASE,
)


def pace_of_rate(text: str, start: int, end: int) -> bool:
    """Whether the pace word at ``text[start:end]`` speaks of a rate (module docstring)."""
    return bool(
        _LEVEL_AFTER.match(text, end)
        or _RATE_AFTER.match(text, end)
        or _RATE_BEFORE.search(text, max(0, start - 60), start)
    )
