"""A rate said in words links to a rate's line, never to a count's.

"Women had an average of 1.61 children each", "1.7 babies per woman", "a rate of 11.2 per
1,000 people" and "an exclusion rate of 0.12 per cent" state rates, though their words may
share little with the line's label ("Total fertility rate", "TFR", "Births per 1,000 women").
The newsroom phrases of ``link_words.PHRASES`` give such a clause the concept of its rate
(``fertility``, ``expectancy``, ``rate``), so the rate's line is found by meaning; and a
statement whose own words state a rate is never linked to a line that is a count: the count
of births is no fertility rate, and a change of 3% in one is no change of 3% in the other.
When every line its words could name is a count, nothing is proposed, and the comment says
the tables hold no such rate.

A cell is a rate when its labels, its table's title or file name, or its table's title rows
say so (a rate concept, or "per 1,000" and the like), or when it is a percentage; a figure
written with decimals ("15.1" in a table that names no rate) may be one, so it is never
called a count. A clause's rate words are those of the part of it that holds its numbers
(from the comma before the first to the comma after the last): in "the fatality rate was
down, even though miles driven rose by 325 billion" the rate is not what rose.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from claimcheck.article.drafting.link_rates import cell_base
from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_words import concepts
from claimcheck.numbers.number import Unit

__all__ = ["RATE_CONCEPTS", "is_rate", "rated", "states_rate"]

RATE_CONCEPTS: Final = frozenset(["rate", "fertility", "expectancy"])
"""The concepts of a rate (``link_words``): a clause or a label with one speaks of a rate."""


def states_rate(statement: Statement) -> bool:
    """Whether the statement's own words state a rate, in the part of it that holds its
    numbers (see the module)."""
    if not statement.words.clause & RATE_CONCEPTS or not statement.mentions:
        return False
    text = statement.text
    first = min(mention.start for mention in statement.mentions) - statement.start
    last = max(mention.end for mention in statement.mentions) - statement.start
    start = max(text.rfind(mark, 0, first) for mark in ",;:") + 1
    ends = [found for mark in ",;:" if (found := text.find(mark, last)) >= 0]
    part = text[start : min(ends, default=len(text))]
    said = concepts(part) & RATE_CONCEPTS
    if said == {"fertility"} and "fertility" in part.lower():
        return False  # the word alone ("fertility treatment") states no rate; a phrase does
    return bool(said)


def is_rate(cell: Cell, catalog: Catalog) -> bool:
    """Whether a cell holds a rate (see the module)."""
    number = cell.figure.number
    if cell.is_percent or number.unit is Unit.PERCENT or cell_base(cell) or "." in number.text:
        return True
    heading = _concepts(catalog.headings.get(cell.figure.source.id, ""))
    return bool((cell.words | cell.title_words | heading) & RATE_CONCEPTS)


@cache
def _concepts(text: str) -> frozenset[str]:
    return concepts(text)


def rated(found: Link, statement: Statement, catalog: Catalog) -> Link:
    """``found``, or no references and the reason when the statement states a rate and a
    proposed figure is a count."""
    if not found.references or not states_rate(statement):
        return found
    counts = [cell.ref for cell in found.cells if not is_rate(cell, catalog)]
    if not counts:
        return found
    return Link(
        todos=(
            *found.todos,
            f"the sentence states a rate, but {counts[0]} is a count; add references to the "
            "rate's line",
        )
    )
