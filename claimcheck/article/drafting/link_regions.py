"""A region the sentence names, in any case, keeps a number to that region's figures.

"The north of Wales had the sharpest fall, to 1.38" names a region in lower case, which the
place rules (``link_places``, capitalised names) do not see; when 1.76 is both the region's
figure and, by chance, the national figure of another year, the national one could win on
its label's words. A row label that names a region by a compass word ("North East", "East of
England", "West Midlands", "South West") and is said whole in the statement, whatever its
case, keeps the number to the cells of that label when one of them fits: the figure of the
region the sentence names, not a coincidence of value elsewhere. When no cell of the region
fits, the candidates are left as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claimcheck.article.drafting.link_table import Cell
from claimcheck.text.lazy import lazy_pattern

__all__ = ["of_named_region"]

_COMPASS = lazy_pattern(
    r"\b(?:north|south|east|west|northern|southern|eastern|western|central|midlands)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def _said(label: str, text: str) -> bool:
    """Whether ``label`` is said whole in ``text``, in any case and spacing."""
    words = label.lower().split()
    pattern = r"(?<![a-z])" + r"[\s-]+".join(re.escape(word) for word in words) + r"(?![a-z])"
    return re.search(pattern, text.lower()) is not None


def _region(cell: Cell) -> str | None:
    """The region a cell's row names: its label in a table of categories, else (a row of
    period columns) its name in words."""
    for label in (cell.figure.label or "", cell.figure.name.replace("_", " ")):
        label = label.strip()
        if len(label.split()) >= 2 and _COMPASS.search(label) is not None:
            return label
    return None


def of_named_region(fitting: Sequence[Cell], text: str) -> list[Cell]:
    """The cells of ``fitting`` whose region the text names whole (see the module); all of
    them when it names none that fits."""
    named = [cell for cell in fitting if (label := _region(cell)) and _said(label, text)]
    if not named:
        return list(fitting)
    longest = max(len(_region(cell) or "") for cell in named)
    # "North East" inside "North East Lincolnshire": the longer name said wins
    return [cell for cell in named if len(_region(cell) or "") == longest]
