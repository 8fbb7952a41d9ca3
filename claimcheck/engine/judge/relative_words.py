"""Words that say a percentage change is relative, not a change in points.

"The jobless rate fell by 0.3%" from 5.1% to 4.8% gives the change in points (0.3) with a per
cent sign: a common slip of the unit, which needs review rather than being called wrong
(docs/policy.md "Percent and percentage points"). Where the words can only mean the relative
change ("a relative fall of 0.3%", "0.3% lower in relative terms", "proportionally"), the point
difference is no reading of them, and a number that is not the relative change is contradicted.
"""

from __future__ import annotations

from claimcheck.text.lazy import lazy_pattern

__all__ = ["said_relative"]

_RELATIVE = lazy_pattern(
    r"(?<![a-z])(?:relative(?:ly)?|in\s+relative\s+terms|proportional(?:ly)?|proportionate(?:ly)?"
    r"|in\s+proportion|of\s+(?:its|their)\s+(?:value|level|size))(?![a-z])",
)


def said_relative(wording: str) -> bool:
    """Whether the quote says its percentage change is relative (see the module)."""
    return _RELATIVE.search(wording.lower()) is not None
