"""Derived figures a draft proposes, carried from its claims into its ``sources:`` section.

A draft that links a stated number to a figure its tables hold only in another form ("eight
per 10,000" where the table gives 0.08%; "over half of the increase" where it gives the two
years of each line) proposes a *derived figure*: an expression over the tables' cells that the
check works out exactly and shows with its working. Every claim that names one says how it is
made in its ``# why:`` comment, ending ``derived worked_out.NAME = EXPRESSION``; the sources
section of a draft read from table files (``table_sources.splice_sources``) then gains one
source, ``worked_out``, that declares each derived figure the claims name, once.

A derived figure is proposed only where the draft can write it: for sources read from table
files (``table_sources.draft_sources`` gives a ``TableClaimFile`` naming the source id to use).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Final

from claimcheck.text.lazy import lazy_pattern

__all__ = ["WORKED_OUT", "declared", "definition", "worked_out_block"]

WORKED_OUT: Final = "worked_out"
"""The id of the source that holds a draft's derived figures (``worked_out_2`` when a table
file is called so)."""

_DEFINED = lazy_pattern(
    r"^[ \t]*# why: .*\bderived (?P<source>[A-Za-z0-9_]+)\.(?P<name>[A-Za-z0-9_-]+) = "
    r"(?P<expression>\S.*?)[ \t]*$",
    re.MULTILINE,
)


def definition(source: str, name: str, expression: str) -> str:
    """The end of a ``# why:`` comment that declares a derived figure."""
    return f"derived {source}.{name} = {expression}"


def declared(text: str) -> dict[str, dict[str, str]]:
    """The derived figures the claims of a drafted file declare, by source id, in order."""
    found: dict[str, dict[str, str]] = {}
    for match in _DEFINED.finditer(text):
        source = match.group("source")
        if source == WORKED_OUT or re.fullmatch(rf"{WORKED_OUT}_\d+", source):
            found.setdefault(source, {}).setdefault(match.group("name"), match.group("expression"))
    return found


def worked_out_block(source: str, figures: Iterable[tuple[str, str]]) -> list[str]:
    """The lines of the source that declares a draft's derived figures (none when none)."""
    listed = list(figures)
    if not listed:
        return []
    lines = [
        f"  {source}:",
        '    title: "Figures the draft worked out from the tables above"',
        "    # proposed: confirm each expression, as you would a reference",
        "    derived:",
    ]
    lines += [
        f"      {name}: {json.dumps(expression, ensure_ascii=False)}" for name, expression in listed
    ]
    return lines
