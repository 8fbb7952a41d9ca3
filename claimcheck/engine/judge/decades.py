"""'The lowest since the 1970s': a since-claim that starts in a decade, not a year.

Where in the decade the comparison starts is not said, so the claim is never supported. It is
contradicted when a value after the decade already beats the claim's figure (the series the
claim references, or its from figure over its to figure), as any since-claim is.
"""

from __future__ import annotations

from claimcheck.claimfile.records import Figure, Role
from claimcheck.engine.judge.context import Context, year_of
from claimcheck.engine.judge.judged import statement
from claimcheck.engine.read.mentions import Mention
from claimcheck.model import Quantity, Statement, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["decade_beaten"]

_DECADE = lazy_pattern(r"(?P<century>1[89]|20)?(?P<tens>\d)0'?s")
_HIGH = lazy_pattern(r"(?<![a-z])(?:highest|largest|biggest|greatest|most|strongest)(?![a-z])")


def _last_year(text: str) -> int | None:
    """The decade's last year: 1979 for "the 1970s" and "the mid-70s" (two digits: 1900s)."""
    found = _DECADE.search(text)
    if found is None:
        return None
    century = int(found.group("century") or "19")
    return century * 100 + int(found.group("tens")) * 10 + 9


def _later(ctx: Context, end: int) -> tuple[Figure, list[Figure]] | None:
    """The claim's figure and the figures after the decade and before it."""
    reference = ctx.series_reference()
    if reference is not None and reference.series is not None:
        mine = year_of(reference.figure.label)
        if mine is None:
            return None
        later = [
            figure
            for figure in reference.series.figures
            if (year := year_of(figure.label)) is not None and end < year < mine
        ]
        return reference.figure, later
    first, second = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    if first is None or second is None:
        return None
    return second, [first]


def decade_beaten(mention: Mention, ctx: Context) -> Statement | None:
    """Contradicted when a figure after the decade beats the claim's; None otherwise."""
    end = _last_year(mention.text)
    found = _later(ctx, end) if end is not None else None
    if found is None:
        return None
    mine, later = found
    sign = 1 if _HIGH.search(mention.text.lower()) else -1
    beating = [f for f in later if f.number.value * sign >= mine.number.value * sign]
    if not beating:
        return None
    reach = "as high or higher" if sign > 0 else "as low or lower"
    shown = ", ".join(f"{f.label or 'the earlier figure'} {f.number.text}" for f in beating[:3])
    return statement(
        mention,
        Quantity.RANK,
        Verdict.CONTRADICTED,
        f"{mention.text}: {shown}, after the decade, is {reach} than {mine.number.text} "
        f"({Verdict.CONTRADICTED.words})",
        computed=f"{mine.label or 'the figure'} {mine.number.text}",
        rule="no figure after the decade may reach the claim's",
        rule_id="since-decade.rank",
    )
