"""A direction said of several rows at once with no figure stated: "all four offence groups
fell", "each of the three measures rose".

The only number is how many rows the clause speaks of, which no cell holds; the claim is as
many changes as rows, and the check reads one change a claim. So nothing is proposed, and the
comment says to check each row's change in a claim of its own, rather than that no figure
matches the count.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.article.drafting.link_result import Statement
from claimcheck.text.lazy import lazy_pattern

__all__ = ["several_moves"]

_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_SEVERAL: Final = lazy_pattern(
    rf"\b(?:all|each|every\s+one|both)\s+(?:of\s+(?:the|its|their|these)\s+)?{_COUNT}\b",
    re.IGNORECASE,
)
_MOVED: Final = lazy_pattern(
    r"\b(?:rose|risen|rising|increased|grew|grown|fell|fallen|falling|decreased|declined"
    r"|dropped|went\s+(?:up|down)|were\s+(?:up|down)|was\s+(?:up|down)|improved|worsened)\b",
    re.IGNORECASE,
)


def several_moves(statement: Statement) -> str | None:
    """The comment for a statement whose one number counts the rows a direction is said of,
    or None."""
    if len(statement.mentions) != 1:
        return None
    found = _SEVERAL.search(statement.text)
    mention = statement.mentions[0]
    if found is None or not (
        found.start() <= mention.start - statement.start < found.end()
        and _MOVED.search(statement.text, found.end())
    ):
        return None
    said = " ".join(found.group().split())
    return (
        f"a direction said of several rows at once ({said!r}): the check reads one change a "
        "claim; check each row's change in a claim of its own"
    )
