"""Rankings within the place a table's column gives each line (docs/policy.md, "Rankings
across the lines of a table").

A table of areas often says in a column of its own which country or region each area is in
("Area, Country, Rate 2024"). "Newport had the highest rate in Wales" ranks Newport among
the lines of Wales: where the words name the claim's own line's place, and no other place of
that column, the lines of other places are left out (``category.scoped``). Where the words
name no place ("Cardiff had the lowest"), the story may still rank within a place it named
in a sentence before: a ranking that fails across the table but holds among the lines of the
own line's place needs review, never contradicted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple, Protocol

from claimcheck.claimfile.records import Places, Reference
from claimcheck.model import Verdict

__all__ = ["Ranked", "named_place", "within_own_place"]


class Judgement(Protocol):
    """A ranking's verdict and working."""

    @property
    def verdict(self) -> Verdict: ...

    @property
    def text(self) -> str: ...


class Ranked(NamedTuple):
    verdict: Verdict
    text: str


def _places(reference: Reference) -> Places | None:
    if reference.lines is not None:
        return reference.lines.places
    return reference.series.places if reference.series is not None else None


def _own(reference: Reference) -> str | None:
    return reference.lines.line if reference.lines is not None else reference.figure.label


def named_place(reference: Reference, wording: str) -> str | None:
    """The own line's place when the words name it and no other place of the column."""
    places = _places(reference)
    if places is None:
        return None
    own = places.get(_own(reference))
    return own if own is not None and _named(places, wording) == {own.casefold()} else None


def _named(places: Places, wording: str) -> set[str]:
    """The places of the column the words name."""
    return {
        place.casefold()
        for _, place in places.of
        if re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", wording, re.IGNORECASE)
    }


def _restricted(reference: Reference, wording: str) -> tuple[Reference, str] | None:
    """The reference with only the lines of its own line's place, and the words saying so;
    None when no column places the lines, the words name a place, or the own place holds
    one line or every line."""
    places = _places(reference)
    own = places.get(_own(reference)) if places is not None else None
    if places is None or own is None or _named(places, wording):
        return None  # a place the words name is ranked within (or across) as they say
    inside = {line for line, place in places.of if place.casefold() == own.casefold()}
    if not 2 <= len(inside) < len(places.of):
        return None
    where = f"the lines whose {places.header} is {own}"
    if reference.lines is not None:
        kept = tuple(f for f in reference.lines.figures if f.label in inside)
        return replace(reference, lines=replace(reference.lines, figures=kept)), where
    assert reference.series is not None
    kept = tuple(f for f in reference.series.figures if f.label in inside)
    return replace(reference, series=replace(reference.series, figures=kept)), where


def within_own_place(
    reference: Reference,
    wording: str,
    verdict: Verdict,
    text: str,
    judge: Callable[[Reference], Judgement | None],
) -> tuple[Verdict, str]:
    """A contradicted ranking that holds among the lines of the own line's place needs
    review when the words name no place: they may rank within that place, named in a
    sentence before."""
    if verdict is not Verdict.CONTRADICTED:
        return verdict, text
    found = _restricted(reference, wording)
    if found is None:
        return verdict, text
    inner, where = found
    again = judge(inner)
    if again is None or again.verdict is not Verdict.SUPPORTED:
        return verdict, text
    return (
        Verdict.NEEDS_REVIEW,
        f"{text}; but among {where} it holds ({again.text}): the story may rank within that place",
    )
