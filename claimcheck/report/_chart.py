"""A small from → to bar chart for change claims, as geometry for the HTML template's SVG."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from claimcheck.model import Finding
from claimcheck.numbers.number import parse_number
from claimcheck.report._common import change_pair, label

WIDTH = 240
HEIGHT = 132
_TOP = 22  # room for the value above the taller bar
_BASE = 108  # the baseline; labels sit below it
_BAR = 56


@dataclass(frozen=True)
class Bar:
    x: int
    y: str
    height: str
    label: str
    value: str


@dataclass(frozen=True)
class Chart:
    """Two bars, from and to, with the change between them in words ('151 → 640')."""

    bars: tuple[Bar, Bar]
    caption: str
    width: int = WIDTH
    height: int = HEIGHT
    base: int = _BASE
    bar_width: int = _BAR


def change_chart(finding: Finding) -> Chart | None:
    """The chart for a change claim whose two figures are non-negative numbers in the same
    unit, else None."""
    pair = change_pair(finding)
    if pair is None:
        return None
    start, end = parse_number(pair[0].value), parse_number(pair[1].value)
    if start is None or end is None:
        return None
    if (start.unit, start.currency) != (end.unit, end.currency):
        return None  # bars of a percentage beside a sum of money would mislead
    values = [start.value, end.value]
    if min(values) < 0 or max(values) == 0:
        return None
    top = max(values)
    bars = []
    for slot, (use, value) in enumerate(zip(pair, values, strict=True)):
        height = Fraction(_BASE - _TOP) * value / top
        x = 40 + slot * (WIDTH - 80 - _BAR)
        bars.append(Bar(x, _svg(_BASE - height), _svg(height), label(use), use.value))
    caption = f"{label(pair[0])}: {pair[0].value} → {label(pair[1])}: {pair[1].value}"
    return Chart((bars[0], bars[1]), caption)


def _svg(value: Fraction) -> str:
    """A coordinate with one decimal, exactly rounded so the output never varies."""
    tenths = round(value * 10)
    return f"{tenths // 10}.{tenths % 10}"
