"""A whole number followed by an 'm' that the number reader leaves alone ("nearly 3m
parcels"): millions, or metres. The referenced figures settle which the writer meant."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.judge.context import Context
from claimcheck.engine.read.reader import Mention
from claimcheck.numbers.number import Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["in_millions"]

_ROLES = (Role.FIGURE, Role.FROM, Role.TO, Role.PART, Role.WHOLE)
_LETTER_M = lazy_pattern(r"m(?![A-Za-z])")
_MILLION = Fraction(10**6)


def in_millions(mention: Mention, ctx: Context) -> Mention:
    """'nearly 3m parcels': a whole number with an 'm' the number reader left alone (it may be
    metres) is read as millions when a referenced figure is of that size and not of the
    number's own: the figure settles which the writer meant."""
    number = mention.number
    if (
        number is None
        or number.unit is not Unit.NONE
        or not _LETTER_M.match(ctx.wording, mention.end)
    ):
        return mention
    sizes = [
        figure.number.value
        for role in _ROLES
        if (figure := ctx.figure(role)) is not None and figure.number.unit is Unit.NONE
    ]
    scaled = mention.stated.value * _MILLION
    if not any(scaled / 2 <= size <= scaled * 2 for size in sizes):
        return mention
    return replace(
        mention,
        end=mention.end + 1,
        text=ctx.wording[mention.start : mention.end + 1],
        stated=Stated(scaled, mention.stated.step * _MILLION),
        number=replace(
            number,
            value=scaled,
            step=number.step * _MILLION,
            text=f"{number.text}m",
        ),
    )
