"""Targets and standards stated beside a statistic: no figure of the tables.

"Against a target of 95%", "the 18-week target", "short of the 92% standard", "the goal of
seeing three in four patients within an hour": the number is what an authority set out to
reach, not what the release measured. The actual figure often rounds to it (94.6% against a
95% target), so linked by value the target would be "supported" by the very figure that misses
it. A stated number is a target when a target word sits just before it (with only the little
words of a target's wording between: "of", "is", "set at", "of at least", "of seeing") or just
after it, past its unit ("95% target", "18-week standard"). Such a number is held against no
cell: a statement whose numbers are all targets gets no references and says why; one that
also states an actual figure is linked by that figure alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final, NamedTuple

from claimcheck.article.drafting.link_result import Statement
from claimcheck.article.scan import Mention
from claimcheck.text.lazy import lazy_pattern

__all__ = ["TARGET_WHY", "TargetsOut", "without_targets"]

_WORD = r"(?:targets?|goals?|standards?|benchmarks?|ambitions?|pledges?)"
# After the number only the singular: "95% target", not "30 goals" (a count of goals); a
# "threshold" only there ("below the 95% threshold"); "the 1 million mark" is a level.
_ONE = r"(?:target|goal|standard|benchmark|ambition|pledge|threshold)"
# The little words a target's wording puts between the word and its number.
_BETWEEN = (
    r"(?:of|is|was|were|are|be|being|set|at|to|for|that|which|least|most|no|not|more|less"
    r"|fewer|than|under|over|below|above|around|about|seeing|see|seen|treating|treat|treated"
    r"|reaching|reach|meeting|meet|hitting|hit|having|have|has|getting|get|requires?"
    r"|dealing|deal|handling|handle|answering|answer|with|within"
    r"|required|requiring|means?|meant|national|government|official|nhs|own|its|their|the|a|an)"
)
_BEFORE: Final = lazy_pattern(rf"\b{_WORD}(?:\s+{_BETWEEN}){{1,6}}\s+\Z", re.IGNORECASE)
_AFTER: Final = lazy_pattern(
    r"(?:\s*(?:per\s*cent|percent|%|pc))?"
    r"(?:[\s-]*(?:hours?|weeks?|days?|minutes?|months?|years?|seconds?))?"
    rf"[\s-]*(?:waiting[\s-]+times?\s+|wait\s+|response\s+)?{_ONE}\b",
    re.IGNORECASE,
)
TARGET_WHY: Final = (
    "a target or standard ({words!r}) is what was set out to be reached, not a figure of "
    "these tables: leave it unsourced, or add the target's own source"
)


class TargetsOut(NamedTuple):
    """A statement with its target numbers taken out, and the reason when any were."""

    statement: Statement
    why: str | None


def without_targets(statement: Statement) -> TargetsOut:
    """``statement`` without the numbers it states as targets (see the module)."""
    targets = [mention for mention in statement.mentions if _target_words(mention, statement)]
    if not targets:
        return TargetsOut(statement, None)
    words = ", ".join(_target_words(mention, statement) or "" for mention in targets)
    kept = tuple(mention for mention in statement.mentions if mention not in targets)
    return TargetsOut(replace(statement, mentions=kept), TARGET_WHY.format(words=words))


def _target_words(mention: Mention, statement: Statement) -> str | None:
    """The words that make ``mention`` a target, or None when it is no target."""
    text = statement.text
    start = mention.start - statement.start
    end = mention.end - statement.start
    if start < 0 or end > len(text):
        return None
    after = _AFTER.match(text, end)
    if after is not None:
        return " ".join(text[start : after.end()].split())
    before = re.split(r"[.;:!?,()]", text[max(0, start - 80) : start])[-1]
    found = _BEFORE.search(before)
    if found is None:
        return None
    return " ".join((before[found.start() :] + mention.text).split())
