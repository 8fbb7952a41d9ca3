"""The words of a run of moves said before the latest move ("after three straight months of
slower growth", "following two years of falls"), shared by ``runs_before``, which judges
the run, and the bindings that must leave its number alone (``prior_level``,
``from_period``)."""

from __future__ import annotations

import re
from typing import Final

from claimcheck.numbers.vocab import TEENS, UNITS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["RUN_BEFORE", "in_run_before"]

_COUNTS = "|".join(sorted((*UNITS, *TEENS), key=len, reverse=True))
_FALLS = (
    r"declines?|falls?|decreases?|drops?|cuts?|reductions?|slower|lower|weaker|falling|"
    r"declining|decreasing|easing|cooling|slowing|deceleration"
)
_RISES = r"rises?|increases?|gains?|climbs?|faster|higher|stronger|rising|increasing|accelerat\w*"
RUN_BEFORE: Final = lazy_pattern(
    rf"(?<![a-z])(?:after|following)\s+(?P<count>\d+|{_COUNTS})\s+"
    r"(?:(?:straight|consecutive|successive)\s+)?(?P<unit>year|month|quarter)s\s+of\s+"
    rf"(?:(?P<down>{_FALLS})|(?P<up>{_RISES}))(?![a-z])(?:\s+[a-z]+(?=[\s,.;]|$))?",
    re.IGNORECASE,
)


def in_run_before(wording: str, start: int) -> bool:
    """Whether the word at ``start`` is inside such a run ("two" in "after two months of
    falls")."""
    return any(found.start() <= start < found.end() for found in RUN_BEFORE.finditer(wording))
