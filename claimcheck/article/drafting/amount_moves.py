"""An amount stated as a change that no cell holds: "41 fewer than in 2014", "£5,000 higher".

A count or a sum of money with a direction word right beside it ("fell by 900", "down 30,000",
"2,100 fewer", "£5,000 higher") is the size of a move, not a level. When no cell of the tables
holds it, it is the difference between two cells of a line, as a change in per cent is, and is
linked the way a change in per cent with no cell of its own is (``link_only.change_only``):
the line its words name, else the line of the sentence's other numbers (``link_carried``).
"""

from __future__ import annotations

import re

from claimcheck.article.drafting.link_moves import direction_words
from claimcheck.article.drafting.link_result import Statement
from claimcheck.article.scan import MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["DIRECTION_BEFORE", "amount_change"]

_AMOUNTS = frozenset([MentionKind.COUNT, MentionKind.MONEY])
_RISING, _FALLING = direction_words()
_WORDS = "|".join(sorted(_RISING | _FALLING, key=len, reverse=True))
# A direction word just before the amount, with its little words: "fell by 900", "a rise of
# about 900", "down £300".
DIRECTION_BEFORE = lazy_pattern(
    rf"\b(?:{_WORDS})(?:\s+(?:by|of|some|about|around|roughly|nearly|almost|just|over|more\s+than|less\s+than))*"
    r"\s+(?:an?\s+)?[£$€]?\Z",
    re.IGNORECASE,
)
# A direction word just after it, a noun at most between: "900 fewer", "£5,000 higher",
# "2,100 more people" is no direction ("more" is a qualifier as often as a direction).
_AFTER = lazy_pattern(rf"\s*(?:[a-z]+\s+)?(?:{_WORDS})\b", re.IGNORECASE)


def amount_change(statement: Statement) -> bool:
    """Whether the statement's one number is an amount stated as a change (see the module)."""
    if len(statement.mentions) != 1:
        return False
    (mention,) = statement.mentions
    if mention.kind not in _AMOUNTS:
        return False
    at, end = mention.start - statement.start, mention.end - statement.start
    return (
        DIRECTION_BEFORE.search(statement.text, max(0, at - 40), at) is not None
        or _AFTER.match(statement.text, end) is not None
    )
