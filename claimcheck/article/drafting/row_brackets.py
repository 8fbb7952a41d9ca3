"""A count in brackets after a figure of the same row: one claim with both figures.

"Violence was the most common offence, at 41% (8,230 recorded crimes)" and "burglary was up
6% (1,140 offences)" state two figures of one table row: the percentage (a share, a rate or
a change) and, in brackets right after it, the count. Both are checked in one claim with
``figures:`` listing them in the order written, instead of the count being left to "a claim
of its own" that a quote cut at the bracket cannot hold. The bracket must follow the first
number directly, and both cells must be on the same row of the same table (one label, two
columns): a bracketed number of another row or table is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from claimcheck.article.drafting.link_table import Cell
from claimcheck.article.scan import Mention
from claimcheck.text.lazy import lazy_pattern

__all__ = ["bracketed_on_row"]

_BRACKET_AFTER = lazy_pattern(r"\A\s*\(\s*\Z")


class _Matched(Protocol):
    @property
    def mention(self) -> Mention: ...
    @property
    def cell(self) -> Cell: ...


M = TypeVar("M", bound=_Matched)


def bracketed_on_row(first: M, matches: Sequence[M], text: str, start: int) -> list[M]:
    """The match of the number in brackets right after ``first``'s number, when its cell is
    on the same row as ``first``'s (see the module); [] otherwise."""
    label = first.cell.figure.label
    if label is None:
        return []
    for other in matches:
        if other.mention.start <= first.mention.end:
            continue
        between = text[first.mention.end - start : other.mention.start - start]
        if _BRACKET_AFTER.match(between) is None:
            continue
        cell = other.cell
        same_row = (
            cell.figure.source.id == first.cell.figure.source.id
            and cell.figure.label == label
            and cell.ref != first.cell.ref
        )
        return [other] if same_row else []
    return []
