"""Derived figures: worked out exactly from source figures by an expression in the claim file.

A source may declare ``derived:`` figures, each an expression (claimcheck.claimfile.expressions)
over references to other figures::

    rates:
      derived:
        births_per_100k: ons.births[2023] / ons.population[2023] per 100,000

The value is exact (a Fraction). Its precision follows its inputs: a whole count such as 640 is
exact, a rounded figure such as 4.2 or 12.5% stands for its interval, and interval arithmetic
carries those intervals through the expression, so a derived figure made from rounded inputs
stands for every value they allow. The figure's ``cell`` shows the working and where each input
came from, so a report can show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.claimfile.expressions import Binary, Constant, Expr, Negate, Ref, show
from claimcheck.claimfile.records import Figure
from claimcheck.numbers.bounds import out_of_range
from claimcheck.numbers.number import Number, Unit
from claimcheck.text.lazy import lazy_pattern

_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}
_WHOLE = lazy_pattern(r"[£$€]?\s*[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)")


class NotWorkable(ValueError):
    """An expression that names real figures but cannot be worked out (a division by zero)."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True, slots=True)
class Value:
    """A value being worked out: exact, with the interval its inputs allow."""

    value: Fraction
    low: Fraction
    high: Fraction
    unit: Unit = Unit.NONE
    currency: str | None = None
    constant: bool = False


def input_value(number: Number) -> Value:
    """A source figure as an input: a whole count is exact, a rounded figure its interval."""
    step = number.step
    if number.unit is not Unit.PERCENT and _WHOLE.fullmatch(number.text.strip()):
        step = Fraction(0)
    half = step / 2
    return Value(
        number.value, number.value - half, number.value + half, number.unit, number.currency
    )


def work_out(expr: Expr, figure: Callable[[Ref], Figure]) -> Value:
    """The value of ``expr``, each reference given by ``figure``; NotWorkable when none."""
    if isinstance(expr, Constant):
        return Value(expr.value, expr.value, expr.value, constant=True)
    if isinstance(expr, Ref):
        return input_value(figure(expr).number)
    if isinstance(expr, Negate):
        inner = work_out(expr.operand, figure)
        return Value(
            -inner.value, -inner.high, -inner.low, inner.unit, inner.currency, inner.constant
        )
    left = work_out(expr.left, figure)
    right = work_out(expr.right, figure)
    return _combine(expr, left, right)


def _combine(expr: Binary, left: Value, right: Value) -> Value:
    op = expr.op
    if op in ("+", "-"):
        unit, currency = _added_unit(expr, left, right)
        if op == "-":
            right = Value(-right.value, -right.high, -right.low)
        return Value(
            left.value + right.value,
            left.low + right.low,
            left.high + right.high,
            unit,
            currency,
            left.constant and right.constant,
        )
    if op == "/":
        if right.value == 0 or right.low <= 0 <= right.high:
            why = "is zero" if right.value == 0 else "could be zero at the precision it is written"
            raise NotWorkable(f"division by zero: {show(expr.right)} {why}", expr.offset)
        corners = [a / b for a in (left.low, left.high) for b in (right.low, right.high)]
        value = left.value / right.value
    elif op == "per" and left.unit is Unit.PERCENT and right.unit is Unit.NONE:
        # a percentage is a rate per 100: "0.08% per 10,000" is 8 per 10,000, a plain number
        corners = [a * b / 100 for a in (left.low, left.high) for b in (right.low, right.high)]
        value = left.value * right.value / 100
        if (size := out_of_range(value)) is not None:
            raise NotWorkable(f"the result {size}", expr.offset)
        return Value(value, min(corners), max(corners), Unit.NONE, None, left.constant)
    else:  # * and per
        corners = [a * b for a in (left.low, left.high) for b in (right.low, right.high)]
        value = left.value * right.value
    unit, currency = _scaled_unit(op, left, right)
    if (size := out_of_range(value)) is not None:
        raise NotWorkable(f"the result {size}", expr.offset)
    return Value(
        value, min(corners), max(corners), unit, currency, left.constant and right.constant
    )


def _added_unit(expr: Binary, left: Value, right: Value) -> tuple[Unit, str | None]:
    if left.constant:
        return right.unit, right.currency
    if right.constant or (left.unit, left.currency) == (right.unit, right.currency):
        return left.unit, left.currency
    raise NotWorkable(
        f"{show(expr.left)} and {show(expr.right)} are not in the same unit "
        f"({_unit_name(left)} and {_unit_name(right)}), so they cannot be added or subtracted",
        expr.offset,
    )


def _scaled_unit(op: str, left: Value, right: Value) -> tuple[Unit, str | None]:
    """Money or a percentage scaled by a plain number stays so; any other product is plain."""
    if right.unit is Unit.NONE and (right.constant or op in ("*", "/")):
        return left.unit, left.currency
    if left.unit is Unit.NONE and op == "*":
        return right.unit, right.currency
    return Unit.NONE, None


def _unit_name(value: Value) -> str:
    if value.currency is not None:
        return f"money in {value.currency}"
    return {Unit.PERCENT: "a percentage", Unit.POINTS: "points"}.get(value.unit, "a plain number")


def as_number(value: Value) -> Number:
    """The derived figure as a Number: exact, standing for the interval its inputs allow."""
    spread = max(value.value - value.low, value.high - value.value)
    step = 2 * spread
    return Number(value.value, step, shown(value.value, step, value), value.unit, value.currency)


def shown(amount: Fraction, step: Fraction, value: Value) -> str:
    """The figure written out: '1,234.5', '£596bn' stays '£596,000,000,000', '12.34%'."""
    decimals = _decimals(step) if step else 4
    text = _digits(amount, decimals)
    if value.unit is Unit.PERCENT:
        return f"{text}%"
    if value.currency is not None:
        symbol = _SYMBOLS.get(value.currency, value.currency)
        if len(symbol) > 1:
            return f"{text} {symbol}"
        return f"-{symbol}{text[1:]}" if text.startswith("-") else f"{symbol}{text}"
    return text


def _decimals(step: Fraction) -> int:
    """Two more decimals than the input precision, at most six."""
    places = 0
    while step < 1 and places < 4:
        step *= 10
        places += 1
    return min(places + 2, 6)


def _digits(amount: Fraction, decimals: int) -> str:
    scaled = round(abs(amount) * 10**decimals)
    whole, part = divmod(scaled, 10**decimals)
    text = f"{whole:,}"
    if decimals:
        tail = str(part).rjust(decimals, "0").rstrip("0")
        if tail:
            text += f".{tail}"
    if amount < 0 and scaled:
        text = f"-{text}"
    return text
