"""'The second lowest since 2009', 'the third-highest since 2015': a place in the ranking of
every year after the stated one (docs/policy.md, "An ordinal before a since-claim").

The label must be the Nth of the years after the stated year up to it: exactly N - 1 of them
beyond it, none level with it. As for "the lowest since 2009", the stated year is where the
comparison starts and must be at least as far out as the label, and a year missing between
them could hold one more value beyond it: only a complete run of years is supported. A year
the quote names as the extreme ("..., with 2016 being the lowest") must be one of those
beyond the label and the extreme of them.
"""

from __future__ import annotations

from claimcheck.claimfile.records import Figure
from claimcheck.engine.judge.context import year_of
from claimcheck.engine.judge.records import beats, listed, missing_years, since_span
from claimcheck.engine.read.mentions import Mention
from claimcheck.engine.read.ordinal_since import NAMED_EXTREME
from claimcheck.model import Verdict

__all__ = ["ordinal_since"]

_NTH = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}


def _nth(place: int) -> str:
    return _NTH.get(place, f"{place}th")


def ordinal_since(
    mention: Mention, timeline: tuple[Figure, ...], figure: Figure, place: int, wording: str
) -> tuple[Verdict, str, str]:
    """Judge 'the Nth highest (lowest) since YEAR' for ``figure`` over ``timeline``."""
    sign = mention.family.sign
    word = "highest" if sign > 0 else "lowest"
    rule = (
        f"exactly {place - 1} of the labels after that year beyond the label, and that year at "
        f"least as {'high' if sign > 0 else 'low'}"
    )
    name = f"the {_nth(place)} {word} since {mention.year}"
    span = since_span(mention, timeline, figure)
    later, start = span.later, span.start
    mine = figure.number.value * sign
    beyond = [item for item in later if item.number.value * sign > mine]
    level = [item for item in later if item.number.value * sign == mine]
    head = f"{figure.label} ({figure.number.text})"
    if len(beyond) > place - 1:
        text = f"{head} is not {name}: {listed(beyond)} are beyond it"
        return Verdict.CONTRADICTED, text, rule
    if start is None:
        text = f"the series has no label for {mention.year} before {figure.label}"
        return Verdict.NEEDS_REVIEW, text, rule
    anchor = timeline[start]
    if anchor.number.value * sign < mine:
        text = (
            f"{head} is not {name}: {anchor.label} ({anchor.number.text}) was not as "
            f"{'high' if sign > 0 else 'low'}, so the ranking starts before {anchor.label}"
        )
        return Verdict.CONTRADICTED, text, rule
    missing = missing_years([anchor, *later, figure])
    if missing:
        shown = ", ".join(str(year) for year in missing[:5])
        text = f"the series lacks {shown} between {anchor.label} and {figure.label}"
        return Verdict.NEEDS_REVIEW, f"{text}, so it cannot show {name}", rule
    if level:
        text = f"{head} is level with {listed(level)}, so its place is shared"
        return Verdict.NEEDS_REVIEW, text, rule
    if len(beyond) < place - 1:
        shown = listed(beyond) if beyond else "none"
        text = f"{head} is not {name}: only {len(beyond)} beyond it ({shown})"
        return Verdict.CONTRADICTED, text, rule
    named = _named(wording, mention, later, beyond, sign)
    if named is not None:
        return named[0], named[1], rule
    text = f"{head} is {name}: beyond it only {listed(beyond)}"
    return Verdict.SUPPORTED, text, rule


def _named(
    wording: str, mention: Mention, later: list[Figure], beyond: list[Figure], sign: int
) -> tuple[Verdict, str] | None:
    """The year the quote says is the extreme, checked; None when it names none."""
    found = NAMED_EXTREME.search(wording, mention.end)
    if found is None:
        return None
    year = int(found.group("year"))
    named = next((item for item in later if year_of(item.label) == year), None)
    if named is None:
        return Verdict.NEEDS_REVIEW, f"the series has no label for {year} after {mention.year}"
    if named not in beyond or not beats(named.number.value, [b for b in later if b != named], sign):
        word = "highest" if sign > 0 else "lowest"
        return (
            Verdict.CONTRADICTED,
            f"{named.label} ({named.number.text}) is not the {word} of {listed(later)}",
        )
    text = (
        f"only {named.label} ({named.number.text}) is beyond it since {mention.year}"
        if len(beyond) == 1
        else f"beyond it {listed(beyond)}, {named.label} the furthest"
    )
    return Verdict.SUPPORTED, text
