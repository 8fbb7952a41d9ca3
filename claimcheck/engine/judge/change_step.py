"""A change stated against one figure of a series of years: "climbed 19% last year to a
record 2,346" with the 2022 figure of a yearly series is the change from the year before.

The base is bound by its role: the figure for the latest year before the referenced one. It
is used only when the wording says the change is over the last year ("last year", "on the
year", "annual") and names no other base (no "since", no other year, no span of
years), and the explanation names both figures, so the binding is shown.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.claimfile.records import Figure, Reference, Role
from claimcheck.engine.judge.context import Context, year_of
from claimcheck.text.lazy import lazy_pattern

__all__ = ["series_step"]

# Words that name another base or span than the year before.
_OTHER_BASE = lazy_pattern(
    r"(?<![a-z0-9])(?:since|over\s+the\s+(?:past|last)|decades?|years|(?:19|20)\d\d|between|"
    r"from\s+[£$€]?\d|than|compared)(?![a-z0-9])",
    re.IGNORECASE,
)

# Words that say the change is over the last year: "last year", "on the year", "annual".
_YEAR_BEFORE = lazy_pattern(
    r"(?<![a-z])(?:last\s+year|a\s+year\s+(?:earlier|before|ago)|in\s+a\s+year|on\s+the\s+"
    r"(?:year|previous\s+year)|year[\s-]+on[\s-]+year|annual(?:ly)?|over\s+the\s+year|"
    r"from\s+the\s+(?:previous|year\s+before))(?![a-z])",
    re.IGNORECASE,
)


# "14% higher than the previous year", "up compared with a year earlier": a comparison whose
# base is the year before, said with "than" or "compared" (words that otherwise name another
# base).
_THAN_YEAR_BEFORE = lazy_pattern(
    r"(?<![a-z])(?:than|compared\s+(?:with|to))\s+(?:in\s+)?(?:the\s+previous\s+year|"
    r"the\s+year\s+before|a\s+year\s+(?:earlier|before|ago)|last\s+year)(?![a-z])",
    re.IGNORECASE,
)


def series_step(ctx: Context) -> tuple[Context, str] | None:
    """The context with the year before as the from figure, and words naming both."""
    if ctx.before is not None or ctx.after is not None:
        return None
    reference = ctx.references.get(Role.FIGURE)
    if reference is None or reference.series is None:
        return None
    year = year_of(reference.figure.label)
    wording = _without(ctx.wording, reference.figure.label)
    said = _THAN_YEAR_BEFORE.search(wording) is not None
    wording = _THAN_YEAR_BEFORE.sub(" last year ", wording)
    if year is None or _OTHER_BASE.search(wording) or not (said or _YEAR_BEFORE.search(wording)):
        return None
    earlier = [
        (found, figure)
        for figure in reference.series.figures
        if (found := year_of(figure.label)) is not None and found < year
    ]
    if not earlier:
        return None
    _, base = max(earlier, key=lambda pair: pair[0])
    if year - (year_of(base.label) or year) != 1:
        return None  # a gap in the series: the year before is not there
    references: dict[Role, Reference] = {
        **{role: item for role, item in ctx.references.items() if role is not Role.FIGURE},
        Role.FROM: Reference(Role.FROM, base.ref, base, reference.series),
        Role.TO: replace(reference, role=Role.TO),
    }
    bound = f"from the year before, {_shown(base)}, to {_shown(reference.figure)}"
    return replace(ctx, references=references), bound


def _shown(figure: Figure) -> str:
    return f"{figure.ref} ({figure.number.text})"


def _without(wording: str, label: str | None) -> str:
    """The wording without the referenced figure's own label ("in 2018")."""
    return wording.replace(label, " ") if label else wording
