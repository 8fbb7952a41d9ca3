"""A rate named by its measure links only to a rate of that measure.

"The birth rate has fallen", "the neonatal mortality rate also increased" and "the infant
mortality rate rose to 4 deaths per 1,000 live births" each name their rate by its measure, the
word before "rate". A table's "Stillbirth rate (per 1000 total births)" holds "birth" and
"rate", and its "Total fertility rate" holds "rate": on those words alone the first was linked to
the stillbirth rate, the second to the fertility rate, the third to the stillbirth rate by value
(4 for 4.2). Each would be a check of another measure, supported or contradicted by chance.

So when the statement says "<measure> rate" and a proposed figure's label names a rate of its
own ("Stillbirth rate", "Total fertility rate": words before "rate" in the label's name, before
any bracket or "per"), the statement's measure word must be one of the label's name words, by
concept ("jobless rate" agrees with "Unemployment rate"); otherwise nothing is proposed. A label
that names no measure before "rate" ("Rate per 1,000 population") and a statement that says
only "the rate" are left to the other rules: the words around them name the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.article.drafting.link_table import Cell, period_of
from claimcheck.article.drafting.link_words import concepts
from claimcheck.text.lazy import lazy_pattern

__all__ = ["other_rate"]

# "the birth rate", "the infant mortality rate", "jobless rates": the word before "rate".
_SAID = lazy_pattern(r"\b((?:[a-z][a-z-]+\s+)?[a-z][a-z-]+)\s+rates?\b", re.IGNORECASE)
# Words before "rate" that name no measure: "the overall rate", "its annual rate".
_NO_MEASURE = frozenset(
    [
        *("the", "a", "an", "its", "their", "this", "that", "overall", "average", "annual"),
        *("monthly", "quarterly", "national", "regional", "local", "headline", "current"),
        *("latest", "new", "same", "higher", "lower", "high", "low", "record", "and", "of"),
    ]
)
# A label's name: the words before a bracket, "per" or a comma.
_NAME_END = lazy_pattern(r"\s*(?:\(|\bper\b|,|\[)", re.IGNORECASE)
_RATE = lazy_pattern(r"\brates?\b", re.IGNORECASE)


def other_rate(text: str, cells: Iterable[Cell]) -> str | None:
    """The reason to propose nothing when ``text`` names a rate by a measure that a proposed
    cell's own rate name does not hold; None when they agree or either names no measure."""
    measures = [_measure(found.group(1)) for found in _SAID.finditer(text)]
    measures = [measure for measure in measures if measure and concepts(measure)]
    wanted = [concepts(measure) for measure in measures]
    if not wanted:
        return None
    for cell in cells:
        name = _rate_name(cell)
        if name is None:
            continue
        own = concepts(name)
        if not any(found & own for found in wanted):
            said = measures[0]
            return (
                f"the words name the {said} rate, and {cell.ref} is a rate of another measure "
                f"({name}); add references to the {said} rate, or leave it unsourced"
            )
    return None


def _measure(words: str) -> str:
    """The words before "rate" that name a measure ("infant mortality"), without those that
    name none ("the", "overall")."""
    return " ".join(word for word in words.split() if word.lower() not in _NO_MEASURE)


def _rate_name(cell: Cell) -> str | None:
    """The words that name a cell's rate before "rate" ("Stillbirth rate"), when its label or
    column title names a rate by a measure of its own; None otherwise."""
    for written in (cell.figure.label, cell.column_title):
        if not written or period_of(written) is not None:
            continue
        end = _NAME_END.search(written)
        name = written[: end.start()] if end is not None else written
        rate = _RATE.search(name)
        if rate is None:
            continue
        before = name[: rate.start()]
        if concepts(before) - concepts("rate"):
            return name.strip()
    return None
