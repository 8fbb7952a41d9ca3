"""A change stated against one figure of a series: the step it measures, from which period.

"Climbed 19% last year to a record 2,346" or "fell by 310 to the lowest level in six years",
with the 2022 figure of a yearly series referenced, states the size of a step: from the year
before to 2022, never the 2022 level itself. The base is bound by its role:

- a period the words name as the base ("since 2019", "on 2021", "compared with March"), when
  it is a label of the series before the referenced one;
- the period a year before, when the words say the change is over a year ("last year", "on
  the year", "annual", "a year earlier"): the year before in a yearly series, the same month
  (quarter) a year earlier in a monthly (quarterly) one;
- else, when the words name no other base at all (no "since", no span of years, no "than"),
  the period right before the referenced one: the year, month or quarter just before, with
  none missing between.

Superlatives said of the level ("the lowest level in six years", "a record high") and the
referenced figure's own label are no base, so they are left out before the words are read.
The explanation names both figures, so the binding is shown. ``Step.chosen`` says whether
the words chose the base (the first two) or it was taken as the period before (the last).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimcheck.claimfile.records import Figure, Reference, Role
from claimcheck.engine.judge.context import Context, year_of, years_of
from claimcheck.engine.judge.period_gaps import period_of
from claimcheck.engine.read.reader import read
from claimcheck.engine.wording.families import Kind
from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Step", "month_figures", "series_step"]

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

# Words that may name the period a change is measured from: "since 2019", "on 2021",
# "compared with March", "than in 2020".
_BASE_WORD = (
    r"(?<![a-z])(?:since|from|on|against|versus|compared\s+(?:with|to)|than(?:\s+in)?)"
    r"\s+(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+)?"
)
# A month or a year named after such a word.
_NAMED_PERIOD = lazy_pattern(
    _BASE_WORD + rf"(?P<period>(?P<month>{month_pattern()})(?:\s+(?P<with_year>(?:19|20)\d\d))?"
    r"|(?P<year>(?:19|20)\d\d)(?:\s*[/-]\s*\d{2,4})?)(?![a-z0-9])",
    re.IGNORECASE,
)
# Other words that name a period of comparison the series cannot place.
_OTHER_PERIOD = lazy_pattern(
    r"(?<![a-z])(?:ago|earlier|before|previous|prior|peak|low|high|start|beginning|"
    r"pre-pandemic|pandemic|record)(?![a-z])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Step:
    """The context with the base as from figure and the referenced one as to figure."""

    ctx: Context
    bound: str  # words naming both figures
    chosen: bool  # the quote's words chose the base (not only the period before)


def series_step(ctx: Context, *, implied: bool = False) -> Step | None:
    """The step a change speaks of (module docstring), or None when no base can be bound.
    Without ``implied`` only a base the words choose is taken (the year before, "since
    2019"); with it, also the period right before, when the words name no other base."""
    if ctx.before is not None or ctx.after is not None:
        return None
    reference = ctx.references.get(Role.FIGURE)
    if reference is None or reference.series is None or reference.lines is not None:
        return None
    figure = reference.figure
    timeline = _timeline(reference)
    if timeline is None:
        return None
    earlier = timeline[: next(i for i, item in enumerate(timeline) if item is figure)]
    if not earlier:
        return None
    wording = _free_words(ctx, figure.label)
    said = _THAN_YEAR_BEFORE.search(wording) is not None
    wording = _THAN_YEAR_BEFORE.sub(" last year ", wording)
    if said or _YEAR_BEFORE.search(wording):
        base = _year_before(earlier, figure)
        bound = "from the year before"
        if base is None or _OTHER_BASE.search(wording):
            return None
        return _stepped(ctx, reference, base, bound, chosen=True)
    if not implied:
        return None
    named = _named(wording, earlier, figure)
    if named is not None:
        base, bound = named
        return None if base is None else _stepped(ctx, reference, base, bound, chosen=True)
    if _OTHER_BASE.search(wording) or _OTHER_PERIOD.search(wording):
        return None
    if not _adjacent(earlier[-1], figure):
        return None  # a period missing between: the one before is not there
    return _stepped(ctx, reference, earlier[-1], "from the period before", chosen=False)


def _timeline(reference: Reference) -> tuple[Figure, ...] | None:
    """The series' figures oldest first, when every label is a year or every label a month
    (a quarter) with its year; else None."""
    assert reference.series is not None
    figures = reference.series.figures
    years = [year_of(item.label) for item in figures]
    if all(year is not None for year in years):
        return tuple(sorted(figures, key=lambda item: year_of(item.label) or 0))
    periods = [period_of(item.label) for item in figures]
    kinds = {period.kind for period in periods if period is not None}
    if None in periods or len(kinds) != 1:
        return None
    order = sorted(range(len(figures)), key=lambda i: periods[i].index)  # type: ignore[union-attr]
    return tuple(figures[i] for i in order)


def _year_before(earlier: tuple[Figure, ...], figure: Figure) -> Figure | None:
    """The figure a year before ``figure``: the year before, or the same month (quarter) a
    year earlier; None when the series does not hold it."""
    period = period_of(figure.label)
    if period is not None:
        back = 12 if period.kind == "month" else 4
        return next(
            (
                item
                for item in earlier
                if (found := period_of(item.label)) is not None
                and found.kind == period.kind
                and found.index == period.index - back
            ),
            None,
        )
    year = year_of(figure.label)
    last = earlier[-1]
    if year is None or year - (year_of(last.label) or year) != 1:
        return None  # a gap in the series: the year before is not there
    return last


def _named(
    wording: str, earlier: tuple[Figure, ...], figure: Figure
) -> tuple[Figure | None, str] | None:
    """The earlier figure a base word names ("since 2019", "compared with March"): (figure,
    words); (None, "") when the words name a period the series does not hold before the
    referenced one; None when they name none."""
    found: list[Figure | None] = []
    for match in _NAMED_PERIOD.finditer(wording):
        if match["year"] is not None:
            year = int(match["year"])
            hits = [item for item in earlier if year_of(item.label) == year]
            if year_of(figure.label) is None:
                hits = []  # a year said of a series of months: not one label
        else:
            hits = month_figures(match["month"], match["with_year"], earlier)
        found.append(hits[-1] if hits else None)
    if not found:
        return None
    if len(set(map(id, found))) != 1 or found[0] is None:
        return None, ""
    base = found[0]
    return base, f"from {base.label}, the period the quote names"


def month_figures(month: str, year: str | None, earlier: tuple[Figure, ...]) -> list[Figure]:
    """The figures of ``earlier`` (labels of months) for the month named, of the year named
    when one is, oldest first."""
    named = period_of(f"{month} {year or 2000}")
    if named is None:
        return []
    hits = []
    for item in earlier:
        period = period_of(item.label)
        if period is None or period.kind != "month" or period.index % 12 != named.index % 12:
            continue
        if year is None or period.index == named.index:
            hits.append(item)
    return hits


def _adjacent(first: Figure, second: Figure) -> bool:
    """Whether ``first`` is the period right before ``second``."""
    a, b = period_of(first.label), period_of(second.label)
    if a is not None and b is not None:
        return a.kind == b.kind and b.index - a.index == 1
    ends, start = years_of(first.label), year_of(second.label)
    return bool(ends) and start is not None and start - max(ends) == 1


def _stepped(ctx: Context, reference: Reference, base: Figure, words: str, *, chosen: bool) -> Step:
    references: dict[Role, Reference] = {
        **{role: item for role, item in ctx.references.items() if role is not Role.FIGURE},
        Role.FROM: Reference(Role.FROM, base.ref, base, reference.series),
        Role.TO: replace(reference, role=Role.TO),
    }
    bound = f"{words}, {_shown(base)}, to {_shown(reference.figure)}"
    return Step(replace(ctx, references=references), bound, chosen)


def _shown(figure: Figure) -> str:
    return f"{figure.ref} ({figure.number.text})"


def _free_words(ctx: Context, label: str | None) -> str:
    """The wording without the referenced figure's own label ("in 2018") and without what
    the quote says of the level against the series ("the lowest level in six years", "a
    record high"): neither names the base of a change."""
    wording = ctx.wording.replace(label, " " * len(label)) if label else ctx.wording
    if not any(word in wording.lower() for word in ("year", "since", "record", "decade")):
        return wording
    spans = [
        (mention.start, mention.end)
        for mention in read(ctx.wording, ctx.labels, ctx.line_names).mentions
        if mention.family.kind is Kind.SERIES
    ]
    for start, end in spans:
        wording = wording[:start] + " " * (end - start) + wording[end:]
    return wording
