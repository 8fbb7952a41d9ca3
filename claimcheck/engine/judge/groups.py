"""Statements said of every group: "fell in every region", "stable across all school types".

A claim that references one group's figures (a from and a to, or one figure) checks that
group only. Words that say the same of every group ("across all", "in every", "for each", "in
all but one", "across the board", "all four regions") claim more than the figures show, so
the claim needs review with the reason, whatever the one group's figures say. So does "the
only council whose count dropped": it says the other groups did not. Not groups: "for all cars" and
"among all adults" (totals), "the highest across all forces" (a ranking's scope, for the
ranking rules), and time ("every year", "each month": runs, read by ``spans`` and the series
rows).

Where "all" stands decides whom it is said of (docs/policy.md, "Words said of every group");
"every" and "each" are always one by one. Right after the noun they qualify and before the
verb ("the number of exclusions across all schools rose", "pupils in all schools were
given an exclusion") they name the total, one figure: the aggregate reading, checked as the
figures say, unless the claim references the line of one group of a table, which the total
is not.
After the verb ("rose across all regions") or fronted ("Across all regions, crime fell") they
are said of every group.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from claimcheck.claimfile.records import Reference, Role
from claimcheck.engine.judge.judged import Judged, span_review
from claimcheck.engine.judge.lines import aggregate_rule, measures
from claimcheck.model import Quantity, Statement
from claimcheck.text.lazy import lazy_pattern

__all__ = ["every_group"]

_TIME: Final = r"(?:years?|months?|quarters?|weeks?|days?|decades?|times?|periods?|occasions?)"
_COUNT: Final = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_EVERY: Final = lazy_pattern(
    r"\b(?:(?:across|in)\s+(?:all|every|each)|(?:for|among)\s+(?:every|each))"
    rf"(?:\s+but\s+(?:one|two|three)|\s+{_COUNT})?"
    rf"\s+(?!{_TIME}\b)(?:(?:the|of|its|their)\s+)?(?:[a-z][\w.-]*\s+){{0,2}}?[a-z][\w-]*s?\b"
    r"|\bacross\s+the\s+board\b"
    rf"|\ball\s+{_COUNT}\s+(?!{_TIME}\b)(?:[a-z][\w.-]*\s+){{0,2}}?[a-z][\w-]*s\b",
    re.IGNORECASE,
)
# "the only council whose count dropped": said of one group and, by denial, of all the others.
_ONLY: Final = lazy_pattern(
    rf"\bthe\s+only\s+(?!{_TIME}\b|one\b)[a-z][\w-]*\s+(?:whose|that|which|where|to|with)\b",
    re.IGNORECASE,
)
_RANKED: Final = lazy_pattern(
    r"(?<![a-z])(?:high|low|larg|bigg|small|great|sharp|steep|fast|slow|strong|weak|b|wor)est"
    r"(?![a-z])|(?<![a-z])(?:most|least|fewest)(?![a-z])",
    re.IGNORECASE,
)
# Words that make what stands before the group words a verb or a description of one ("fell",
# "was stable", "rose sharply"): the group words then say the same of every group.
_PREDICATE: Final = lazy_pattern(
    r"(?:is|are|was|were|be|been|being|has|have|had|will|would|rose|fell|grew|saw|stood"
    r"|remained|stayed|rises?|falls?|grows?|increases?|decreases?|declines?|drops?|jumps?"
    r"|climbs?|stable|steady|unchanged|flat|constant|similar|up|down|higher|lower|more|less"
    r"|[a-z]+ed|[a-z]+ly|[\d.,%]+)$"
)
# What makes a change word before the group words a noun: "the overall increase across all".
_DETERMINER: Final = frozenset({"the", "a", "an", "its", "their", "this", "that", "overall"})
# A verb after the group words: "the number across all schools rose", or its participle in
# "with the number across all schools increasing".
_VERB_AFTER: Final = lazy_pattern(
    r"(?<![a-z])(?:is|are|was|were|has|have|had|will|rose|fell|grew|went|saw|stood|remained"
    r"|stayed|rises|falls|grows|increased|decreased|declined|dropped|jumped|climbed|reached"
    r"|totalled|totaled|[a-z]+ed|[a-z]{3,}ing)(?![a-z])",
    re.IGNORECASE,
)
# "in every council", "for each region": one by one, whatever stands around them.
_DISTRIBUTIVE: Final = lazy_pattern(r"(?<![a-z])(?:every|each)(?![a-z])", re.IGNORECASE)
_CLAUSE_END: Final = lazy_pattern(r"[,;:()]|\s[-–—]\s|\.(?:\s|$)")
# The rest of a list the group words open: "across all primary, secondary and special schools".
_LIST_REST: Final = lazy_pattern(
    r"(?:\s+[a-z][\w-]*){0,3}(?:,\s+[a-z][\w-]*){1,5},?\s+(?:and|or)\s+", re.IGNORECASE
)
_ONE_GROUP: Final = frozenset({Role.FROM, Role.TO, Role.FIGURE})


def _aggregate(wording: str, start: int, end: int) -> bool:
    """Whether group words at ``start:end`` qualify the noun before them and precede their
    clause's verb: they then name the total, not every group."""
    head = wording[:start]
    cut = max((found.end() for found in _CLAUSE_END.finditer(head)), default=0)
    words = head[cut:].lower().split()
    if not words:
        return False  # fronted: "Across all regions, crime fell"
    before = words[-1]
    noun_by_place = len(words) > 1 and words[-2] in _DETERMINER
    if _PREDICATE.match(before) and not noun_by_place:
        return False  # after the verb: "rose across all regions"
    tail = wording[end:]
    listed = _LIST_REST.match(tail)
    tail = tail[listed.end() :] if listed else tail
    stop = _CLAUSE_END.search(tail)
    return _VERB_AFTER.search(tail[: stop.start() if stop else len(tail)]) is not None


def _group_line(references: Mapping[Role, Reference]) -> str | None:
    """The referenced line when it is one group's line of a table: not a total, and not one
    of a table of different measures, which holds no groups."""
    for reference in references.values():
        lines = reference.lines
        if lines is not None and aggregate_rule(lines.line) is None and not measures(lines):
            return lines.line
    return None


def _review(text: str, start: int, end: int, explanation: str) -> Statement:
    return span_review(
        text,
        start,
        end,
        explanation,
        quantity=Quantity.RANK,
        rule="words said of every group need every group's figures",
        rule_id="groups.every",
    )


def every_group(wording: str, references: Mapping[Role, Reference], out: Judged) -> None:
    """A needs-review statement for words said of every group of a claim about one group."""
    lowered = wording.lower()
    if not any(map(lowered.__contains__, ("all", "every", "each", "board", "only"))):
        return  # most quotes stop here
    if not references or not set(references) <= _ONE_GROUP:
        return
    for match in _EVERY.finditer(wording):
        if _RANKED.search(wording, max(0, match.start() - 60), match.start()):
            continue  # "the largest increase across all councils": a ranking's scope
        text = match.group()
        distributive = _DISTRIBUTIVE.search(text) is not None
        if distributive or not _aggregate(wording, match.start(), match.end()):
            why = "said of every group, but the claim references the figures of one"
        elif (line := _group_line(references)) is not None:
            why = f"said of the total, but the claim references the line of one group ({line})"
        else:
            continue  # the total, and the figures are the total's: checked as they are
        out.statements.append(_review(text, match.start(), match.end(), why))
    for match in _ONLY.finditer(wording):
        why = "says no other group did the same, and the other groups' figures are not referenced"
        out.statements.append(_review(match.group(), match.start(), match.end(), why))
