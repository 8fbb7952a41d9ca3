"""A ranking whose comparison group is named and is not the table's rows.

"The highest rate of all 43 forces", "the lowest among the 150 councils", "the third highest
out of 33 boroughs" rank a category within a group the sentence counts. When the table the
draft would rank it in holds another number of categories (a region's forces, a sample of
councils), ranking down its column checks another claim: a category first among three rows
may be tenth of 43, and the check would call a true ranking contradicted. So the draft
proposes nothing for the ranking and says why; the reporter adds the full table or confirms
it by hand. A group the table does hold in full (its count of categories) is ranked as usual.
"""

from __future__ import annotations

from claimcheck.article.drafting.link_table import Catalog, Cell, clean_label, period_of
from claimcheck.engine.judge.lines import aggregate_rule
from claimcheck.text.lazy import lazy_pattern

__all__ = ["group_size", "rows_ranked"]

# "of all 43 forces", "among the 150 councils", "out of 33 boroughs", "across all 43 forces"
_GROUP = lazy_pattern(
    r"\b(?:of|among|amongst|out\s+of|across)\s+(?:all\s+|the\s+|all\s+the\s+)?"
    r"(\d{1,3}(?:,\d{3})*)\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+s\b"
)


def group_size(clause: str) -> int | None:
    """How many categories the clause says its ranking runs over, or None."""
    found = _GROUP.search(clause)
    return int(found.group(1).replace(",", "")) if found is not None else None


def rows_ranked(cell: Cell, by_row: bool, catalog: Catalog) -> int:
    """How many categories the column holding ``cell`` ranks it among (totals left out)."""
    figure = cell.figure
    count = 0
    for other in catalog.cells:
        theirs = other.figure
        if theirs.source.id != figure.source.id:
            continue
        same = theirs.name == figure.name if by_row else theirs.label == figure.label
        label = clean_label(theirs.label or "") if by_row else theirs.name.replace("_", " ")
        if same and label and period_of(label) is None and aggregate_rule(label) is None:
            count += 1
    return count
