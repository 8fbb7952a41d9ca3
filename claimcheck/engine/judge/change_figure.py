"""A fraction or multiple word against a figure that is itself a percentage change.

"Burglaries fell by almost a third" referenced to a cell of -32% in a column of changes: the
source gives the change, not the two levels. A change of -32% is a move from 100 to 68, so
the words are judged as they would be over those two levels: "a third" down is -33.3%,
"halved" is -50%, "doubled" is +100% (docs/policy.md, "Fractions and multiples against a
published change"). The figure must be named as a change (its line, column or label says
"change", "increase", "fall"...) or carry a sign; a percentage level ("33% of pupils") says
nothing about a move. A figure with no sign counts as the size of a fall only when its line
names falls ("Decrease (%)"); otherwise the words' direction is left to the other checks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction

from claimcheck.claimfile.records import Figure, Reference, Role
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged
from claimcheck.engine.read.mentions import Mention
from claimcheck.engine.wording.families import Kind
from claimcheck.model import Quantity
from claimcheck.numbers.number import Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["on_change_figure"]

_CHANGE_NAME = lazy_pattern(
    r"(?<![a-z])(?:change|increase|decrease|rise|fall|growth|reduction|drop|decline|difference"
    r"|y/y|yoy|year[\s-]+on[\s-]+year)",
)
_FALL_NAME = lazy_pattern(r"(?<![a-z])(?:decrease|fall|reduction|drop|decline)")
_HUNDRED = Fraction(100)


def _words_of(reference: Reference) -> str:
    figure = reference.figure
    series = reference.series.name if reference.series is not None else ""
    return f"{figure.name} {figure.label or ''} {series} {figure.written or ''}".lower()


def _is_fraction_or_multiple(mention: Mention) -> bool:
    family = mention.family
    return (
        family.id == "fraction-change"
        or family.kind is Kind.MULTIPLE_WORD
        or family.quantity is Quantity.RATIO
    )


def _change_of(mention: Mention, ctx: Context) -> tuple[Reference, Fraction] | None:
    """The referenced percentage change and its signed value, or None."""
    reference = ctx.references.get(Role.FIGURE)
    if reference is None or Role.FROM in ctx.references or Role.TO in ctx.references:
        return None
    number = reference.figure.number
    if number.unit is not Unit.PERCENT:
        return None
    words = _words_of(reference)
    signed = number.text.lstrip()[:1] in ("-", "−", "+")
    if not (signed or _CHANGE_NAME.search(words)):
        return None  # a level ("33% of pupils"), no change
    amount = number.value
    if amount > 0 and not signed and _FALL_NAME.search(words):
        amount = -amount  # a line of falls gives their sizes
    if amount <= -_HUNDRED:
        return None
    return reference, amount


def _level(figure: Figure, value: Fraction, text: str) -> Figure:
    number = replace(figure.number, value=value, text=text, unit=Unit.NONE)
    return replace(figure, number=number)


def on_change_figure(
    mention: Mention,
    ctx: Context,
    out: Judged,
    judge: Callable[[Mention, Context, Judged], None],
    *,
    any_wording: bool = False,
) -> bool:
    """Judge a fraction or multiple word (with ``any_wording``, any wording: "unchanged")
    against a referenced percentage change as a move from 100; False (nothing judged) when
    the claim gives no such figure."""
    if not (any_wording or _is_fraction_or_multiple(mention)):
        return False
    found = _change_of(mention, ctx)
    if found is None:
        return False
    reference, amount = found
    figure = reference.figure
    later = _HUNDRED + amount
    digits = figure.number.text.lstrip("+-−").rstrip("%").strip()
    places = len(digits.split(".")[1]) if "." in digits else 0
    shown = fmt.number(later, places) if places else fmt.number(later, 0)
    start = replace(reference, role=Role.FROM, figure=_level(figure, _HUNDRED, "100"))
    end = replace(reference, role=Role.TO, figure=_level(figure, later, shown))
    moved = replace(ctx, references={Role.FROM: start, Role.TO: end})
    count = len(out.statements)
    judge(mention, moved, out)
    head = f"{mention.text}: "
    lead = f"{figure.ref} is a change of {figure.number.text}, a move from 100 to {shown}; "
    for index in range(count, len(out.statements)):
        statement = out.statements[index]
        explanation = statement.explanation.replace(head, f"{head}{lead}", 1)
        out.statements[index] = statement.model_copy(update={"explanation": explanation})
    return True
