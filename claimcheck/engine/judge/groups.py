"""Statements said of every group: "fell in every region", "stable across all school types".

A claim that references one group's figures (a from and a to, or one figure) checks that
group only. Words that say the same of every group ("across all", "in every", "for each", "in
all but one", "across the board") claim more than the figures show, so the claim needs review
with the reason, whatever the one group's figures say. Not groups: "for all cars" and "among
all adults" (totals), "the highest across all forces" (a ranking's scope, for the ranking
rules), and time ("every year", "each month": runs, read by ``spans`` and the series rows).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from claimcheck.claimfile.records import Reference, Role
from claimcheck.engine.judge.judged import Judged
from claimcheck.model import Quantity, Statement, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["every_group"]

_TIME: Final = r"(?:years?|months?|quarters?|weeks?|days?|decades?|times?|periods?|occasions?)"
_EVERY: Final = lazy_pattern(
    r"\b(?:(?:across|in)\s+(?:all|every|each)|(?:for|among)\s+(?:every|each))"
    r"(?:\s+but\s+(?:one|two|three))?"
    rf"\s+(?!{_TIME}\b)(?:(?:the|of|its|their)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*s?\b"
    r"|\bacross\s+the\s+board\b",
    re.IGNORECASE,
)
_RANKED: Final = lazy_pattern(
    r"(?<![a-z])(?:high|low|larg|bigg|small|great|sharp|steep|fast|slow|strong|weak|b|wor)est"
    r"(?![a-z])|(?<![a-z])(?:most|least|fewest)(?![a-z])",
    re.IGNORECASE,
)
_ONE_GROUP: Final = frozenset({Role.FROM, Role.TO, Role.FIGURE})


def every_group(wording: str, references: Mapping[Role, Reference], out: Judged) -> None:
    """A needs-review statement for words said of every group of a claim about one group."""
    lowered = wording.lower()
    if not any(word in lowered for word in ("all", "every", "each", "board")):
        return  # most quotes stop here
    if not references or not set(references) <= _ONE_GROUP:
        return
    for match in _EVERY.finditer(wording):
        if _RANKED.search(wording, max(0, match.start() - 60), match.start()):
            continue  # "the largest increase across all councils": a ranking's scope
        text = match.group()
        out.statements.append(
            Statement(
                stated=text,
                computed="",
                rule="words said of every group need every group's figures",
                verdict=Verdict.NEEDS_REVIEW,
                explanation=f"{text}: said of every group, but the claim references the "
                f"figures of one ({Verdict.NEEDS_REVIEW.words})",
                quantity=Quantity.RANK,
                rule_id="groups.every",
                start=match.start(),
                end=match.end(),
            )
        )
