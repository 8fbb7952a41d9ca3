"""A thing named with no qualifier is the whole of it: "crime rose" is total recorded crime.

In a table of the parts of one thing (offence groups, each "... offences"), every row shares
the word for the thing itself ("crime", through the newsroom synonym "offences"), and a
sentence that names only that word ("Crime has increased in the county", "Deaths fell") does
not name one part more than another. Ranked by how much of each label it says, such a clause
would pick the part with the shortest label ("Possession of weapons offences"), not the whole.
The whole is the table's total line: the one row whose label opens with "Total" or "All"
("Total recorded crime (excluding fraud)", "All deaths").

So, among the lines a clause's words touch, when every one shares the same words with the
clause (the clause names nothing that tells them apart) and exactly one of them is a total
line, that line is the one the clause names. Anything else is left to the ranking by words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.text.lazy import lazy_pattern

__all__ = ["whole_line"]

_TOTAL = lazy_pattern(r"\A\s*(?:the\s+)?(?:total|all)\b", re.IGNORECASE)


def whole_line(catalog: Catalog, clause: frozenset[str]) -> str | None:
    """The total line among the lines the clause's words touch alike (see the module), or
    None."""
    touched: dict[str, frozenset[str]] = {}
    for name, members in catalog.lines.items():
        cells = [cell for cell in members if cell is not None and cell.period is not None]
        said = frozenset(word for cell in cells for word in cell.words & clause)
        if said:
            touched[name] = said
    if len(touched) < 2 or len(set(touched.values())) != 1:
        return None
    totals = [name for name in touched if _is_total(catalog.lines[name])]
    return totals[0] if len(totals) == 1 else None


def _is_total(members: Iterable[Cell | None]) -> bool:
    """Whether a line is a table's total: its row (or column) label opens with "Total" or
    "All"."""
    for cell in members:
        if cell is None:
            continue
        label = cell.figure.name.replace("_", " ")
        row = cell.figure.label if cell.line is not None and cell.line.endswith("]") else None
        return bool(_TOTAL.match(row or label))
    return False
