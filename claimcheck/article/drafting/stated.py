"""Which numbers of an article a draft states as statistics to check.

The scanner finds every number; a draft never links those that are no statistic: ages after
a name ("Jo Bloggs, 71,"), age bands ("aged 20 to 24"), days after a month ("DEC. 20"), the
base of a rate ("per 10,000") and clock times ("at 12.00"). Names with a number ("Covid-19",
"U-6") are no statistics for the scanner already (``engine.read.names``). An age is a whole
number under 130 after a capitalised word and a comma: a number after a sentence adverb
("Meanwhile, 1.6 million persons", "Overall, 71 councils") or a place ("In England, 147
councils") is a statistic.
"""

from __future__ import annotations

import re

from claimcheck.article.scan import Mention
from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern

__all__ = ["stated"]

# Numbers the scanner may take for statistics that a draft never links: ages after a name
# ("Jo Bloggs, 71,"), age bands ("aged 20 to 24"), days after a month ("DEC. 20"), the base of
# a rate ("per 10,000") and clock times ("at 12.00"). Names with a number ("Covid-19", "U-6")
# are no statistics for the scanner already (``engine.read.names``).
_NOT_STATED = (
    lazy_pattern(r"\baged?\s+(?:between\s+)?\Z", re.IGNORECASE),
    lazy_pattern(r"\baged?\s+\d+\s*(?:to|-|–|and)\s*\Z", re.IGNORECASE),
    lazy_pattern(r"\b(?:" + month_pattern(lower=True) + r")\.?\s+\Z", re.IGNORECASE),
    lazy_pattern(r"\bper\s+\Z", re.IGNORECASE),  # the base of a rate: "per 10,000"
)
# An age after a name, but not a count after a place ("In England, 147 councils") nor a
# number after a sentence adverb ("Meanwhile, 1.6 million", "Overall, 71 councils"); an age is
# a whole number under 130.
_AGE_AFTER_NAME = lazy_pattern(
    r"(?<![Ii]n )(?<![Aa]t )(?<![Ff]or )(?<!cross )\b(?!(?:However|Meanwhile|Overall|Altogether"
    r"|Also|Now|Today|Still|Yet|Instead|Elsewhere|Nationwide|Together|Furthermore|Moreover"
    r"|Besides|Again|Then|Thus|Hence|Here|There|Since|In\s+all|All\s+told)\b)(?![A-Z][a-z]+ly,)"
    r"[A-Z][a-z]+(?: \([a-z]+\))?, \Z"
)
# A clock time after "at", "from", "until" or "by" ("at 12.00", "until 9.30"), unless "at"
# follows a word for a level ("the lowest figure at 1.58").
_TIME = lazy_pattern(r"\d{1,2}[.:][0-5]\d")
_TIME_BEFORE = lazy_pattern(r"\b(?:at|until|till|by|before|after)\s+\Z", re.IGNORECASE)
# A level stated "at" a number ("the lowest figure at 1.58", "the rate stood at 4.25") is a
# statistic, not a time of day: the word before "at" names a level, ranks it, or says it stood.
# Verbs of no change ("remained at 0.10") are left as they were: such a level often has the
# value of several lines' figures, and read as a statistic it was linked to the wrong one.
_LEVEL_AT = lazy_pattern(
    r"\b(?:figures?|rates?|levels?|totals?|average|mean|median|lowest|highest|stood|stands"
    r"|peaked|bottomed)\s+at\s+\Z",
    re.IGNORECASE,
)
# "from" brings in a time only as the start of a span of two ("from 9.30 to 11.00"): "up from
# 1.08 in 2014" is the base of a change.
_FROM_BEFORE = lazy_pattern(r"\bfrom\s+\Z", re.IGNORECASE)
_TIME_AFTER = lazy_pattern(r"\A\s*(?:to|until|till|-|–)\s*\d{1,2}[.:][0-5]\d\b", re.IGNORECASE)


def stated(text: str, mention: Mention) -> bool:
    """Whether a mention states a statistic a claim should check."""
    if not mention.statistical:
        return False
    before = text[max(0, mention.start - 30) : mention.start]
    if _TIME.fullmatch(mention.text) and _clock_time(text, mention, before):
        return False
    if _AGE_AFTER_NAME.search(before) and mention.text.isdigit() and int(mention.text) < 130:
        return False
    return not any(pattern.search(before) for pattern in _NOT_STATED)


def _clock_time(text: str, mention: Mention, before: str) -> bool:
    """Whether a number written like a time ("12.00") is one: after "at", "until", "by" and
    the like, or after "from" when another time ends the span."""
    if _TIME_BEFORE.search(before):
        return _LEVEL_AT.search(before) is None
    after = text[mention.end : mention.end + 20]
    return _FROM_BEFORE.search(before) is not None and _TIME_AFTER.match(after) is not None
