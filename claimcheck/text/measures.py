"""Whether the lines of a table are different measures, by their own labels.

A "Measure, Value" table ("Live births", "Birth rate per 1,000 people", "Total fertility
rate", "Median age of mothers (years)") holds one figure of each of several measures in one
column. Read as one series it would rank a count against a rate, or say a rate is "the
highest" because a count beside it is larger. Such a column is no series to rank along, to
follow in time or to take a change along: the checker and the draft ask instead.

The labels say it themselves: each is sorted by the kind of figure its words name (a
percentage, a rate, an amount of money, an average, a length of time, a change, else a
count); lines of two kinds or more are different measures. A header over the labels that
names measures ("Measure", "Indicator", "Statistic", "Variable", "Series", "Item") says so
too. Lines of one kind (areas, offences, age bands) are categories of one measure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from claimcheck.text.lazy import lazy_pattern

__all__ = ["MEASURE_HEADER", "kind_of_measure", "mixed_measures"]

# The kinds of figure a label can name, in the order they are tried: (kind, words).
_KINDS: Final = (
    ("percentage", lazy_pattern(r"%|\bper\s*cent\b|\bpercentage\b|\bproportion\b", re.I)),
    (
        "rate",
        lazy_pattern(
            r"\brates?\b|\bratio\b|\bper\s+(?:[\d,]+|head|capita|thousand|hundred|million)\b"
            r"|\bindex\b",
            re.I,
        ),
    ),
    ("money", lazy_pattern(r"[£$€]|\b(?:pounds|dollars|euros)\b", re.I)),
    ("average", lazy_pattern(r"\b(?:average|mean|median)\b", re.I)),
    ("time", lazy_pattern(r"\((?:years|months|weeks|days|hours|minutes)\)", re.I)),
    ("change", lazy_pattern(r"\bchange\b|\brevisions?\b|\bgrowth\b", re.I)),
)

MEASURE_HEADER: Final = lazy_pattern(
    r"\A\s*(?:measures?|indicators?|statistics?|variables?|series|items?|metrics?|concepts?)"
    r"\s*\Z",
    re.IGNORECASE,
)
"""A header over a table's labels that says each line is a measure of its own."""


def kind_of_measure(label: str) -> frozenset[str]:
    """The kinds of figure a label's words name ("Birth rate per 1,000": rate); none for a
    count or a category ("Live births", "Northvale")."""
    return frozenset(kind for kind, words in _KINDS if words.search(label))


def mixed_measures(labels: Iterable[str], header: str = "") -> str | None:
    """Why the lines labelled ``labels`` are different measures, or None when they read as
    categories of one measure (see the module)."""
    named = [label for label in labels if label]
    if len(named) < 2:
        return None
    if MEASURE_HEADER.match(header):
        return f"the header over its lines, {header.strip()!r}, says each is a measure of its own"
    kinds = {label: kind_of_measure(label) for label in named}
    if len(set(kinds.values())) < 2:
        return None
    first = named[0]
    other = next(label for label in named if kinds[label] != kinds[first])
    return (
        f"its lines are different measures ({first!r} is {_shown(kinds[first])}, "
        f"{other!r} is {_shown(kinds[other])})"
    )


def _shown(kinds: frozenset[str]) -> str:
    return (
        " and ".join(f"a {kind}" if kind != "average" else "an average" for kind in sorted(kinds))
        or "a count"
    )
