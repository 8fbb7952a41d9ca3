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
    lazy_pattern(r"\b(?:for|in|out\s+of)\s+every\s+\Z", re.IGNORECASE),  # "for every 1,000"
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
# A clock time after "at", "from", "until" or "by" ("at 12.00", "until 9.30").
_TIME = lazy_pattern(r"\d{1,2}[.:][0-5]\d")
_TIME_BEFORE = lazy_pattern(r"\b(?:at|until|till|by|before|after)\s+\Z", re.IGNORECASE)
# "from" brings in a time only as the start of a span of two ("from 9.30 to 11.00"): "up from
# 1.08 in 2014" is the base of a change.
_FROM_BEFORE = lazy_pattern(r"\bfrom\s+\Z", re.IGNORECASE)
# Words after a number that make it a time of day whatever comes before it.
_CLOCK_AFTER = lazy_pattern(
    r"\s*(?:[ap]\.?m\b\.?|o'clock|gmt\b|bst\b|local\s+time)",
    re.IGNORECASE,
)
# Words that hold a level "at" a number, at most four words before it: a verb of staying or
# standing, or the rate itself ("remained stable since 2016/17 at", "held rates at").
_LEVEL_AT = lazy_pattern(
    r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|st(?:ood|ands?|anding)|held|hold(?:s|ing)?"
    r"|kept|steady|stable|unchanged|flat|level|settled|peaked|plateaued|rates?|ratio)\b"
    r"(?:\s+[^\s.,;:!?]+){0,4}\s+at\s+\Z",
    re.IGNORECASE,
)
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
    the like, or after "from" when another time ends the span. Not a time: a number with no
    hour ("0.10": a time after midnight is written "00.10" or "12.10am"), or one a level word
    or a rate holds at ("has remained at 0.18", "the rate stood at 4.13", "held rates at
    5.25"), unless a time word follows it ("at 9.30am")."""
    after = text[mention.end : mention.end + 20]
    if _CLOCK_AFTER.match(after):
        return True
    if mention.text.startswith("0") and not mention.text.startswith("00"):
        return False
    if _TIME_BEFORE.search(before):
        return not _LEVEL_AT.search(text, max(0, mention.start - 80), mention.start)
    return _FROM_BEFORE.search(before) is not None and _TIME_AFTER.match(after) is not None
