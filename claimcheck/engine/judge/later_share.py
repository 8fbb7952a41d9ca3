"""A share said beside a change in percentages: "around one in seven adults now smoke, a share
that has fallen by a fifth" with from and to percentages referenced (docs/policy.md).

With no part and whole and no single percentage figure, a share word or a fraction ("one in
seven", "a quarter of", "most") is held against the later of two percentages, the one the
sentence speaks of as it stands: both figures must be percentages between 0 and 100. The
earlier figure is never taken: a share said "from" something, or beside the earlier figure's
label ("in 2011"), or a quote with two shares ("from one in five to one in seven") is left
alone (needs review, as before).

A percentage in brackets right after the number that is the part figure ("5,120 (6.8%)
refused") is the share that part makes of the whole: it is judged as the share.
"""

from __future__ import annotations

import re

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge.context import Context, Share
from claimcheck.engine.read.mentions import Mention
from claimcheck.numbers.number import Unit, parse_number
from claimcheck.text.lazy import lazy_pattern

__all__ = ["bracketed_share", "later_share"]

_FROM_BEFORE = lazy_pattern(r"(?<![a-z])(?:from|was|were|had\s+been|used\s+to\s+be)\s+\S*\s*\Z")
_SHARE_WORDS = lazy_pattern(
    r"(?<![a-z])(?:one|two|three|\d+)\s+(?:in|out\s+of)\s+(?:[a-z]+|\d+)(?![a-z])"
    r"|(?<![a-z])(?:a\s+)?(?:half|third|quarter|fifth|tenth|majority|minority)s?\s+of(?![a-z])",
    re.IGNORECASE,
)


def later_share(mention: Mention, ctx: Context) -> Share | None:
    """The later percentage as the share the words state, or None (module docstring)."""
    if mention.family.id == "percent-of" or not ctx.has_change:
        return None
    if ctx.figure(Role.PART) is not None or ctx.figure(Role.WHOLE) is not None:
        return None
    first, later = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    if first is None or later is None:
        return None
    if first.number.unit is not Unit.PERCENT or later.number.unit is not Unit.PERCENT:
        return None
    if not 0 <= later.number.value <= 100:
        return None
    wording = ctx.wording
    if _FROM_BEFORE.search(wording, max(0, mention.start - 24), mention.start):
        return None
    if first.label and first.label.lower() in wording.lower():
        return None
    if len(_SHARE_WORDS.findall(wording)) > 1:
        return None
    return Share(
        later.number.value / 100,
        f"the figure is {later.number.text} ({later.ref}, the later of the two)",
    )


# "5,120 (6.8%)": a number, then a percentage in brackets straight after it.
_COUNT_BEFORE = lazy_pattern(r"(?<![\d.,])(?P<count>\d[\d,]*(?:\.\d+)?)\s*\(\s*\Z")


def bracketed_share(mention: Mention, ctx: Context) -> bool:
    """Whether ``mention`` is a percentage in brackets after the part figure's own number."""
    number = mention.number
    if number is None or number.unit is not Unit.PERCENT:
        return False
    part, whole = ctx.figure(Role.PART), ctx.figure(Role.WHOLE)
    if part is None or whole is None:
        return False
    found = _COUNT_BEFORE.search(ctx.wording, max(0, mention.start - 24), mention.start)
    if found is None:
        return False
    count = parse_number(found.group("count"))
    if count is None:
        return False
    if count.step == 0:
        return count.value == part.number.value
    return count.low <= part.number.value < count.low + count.step
