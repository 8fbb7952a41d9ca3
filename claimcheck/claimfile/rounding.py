"""What a source says of its own rounding (``rounded:``), applied to the figures claims use.

By default a figure is as precise as it is written: "1.2m" stands for 1.15m up to 1.25m, while
a whole count written in full ("640") is exact, as an FOI count is. A source can say otherwise:
``rounded: true`` when its whole numbers are rounded too (a release that rounds counts to the
nearest hundred), ``rounded: false`` when every figure is exact as printed (a register that
prints "1.2m" for exactly 1,200,000). The engine then works out every change and ratio from
these figures as an interval, or exactly.
"""

from __future__ import annotations

from dataclasses import replace

from claimcheck.claimfile.records import Figure, Reference, Series

TRUE_WORDS = frozenset({"true", "yes", "on"})
FALSE_WORDS = frozenset({"false", "no", "off"})


def parse_rounded(text: str | None) -> bool | None:
    """``rounded:`` as written: True, False, or None when absent or not a yes/no word."""
    if text is None:
        return None
    word = text.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def declared(reference: Reference) -> Reference:
    """The reference with its figures marked as their source declares them rounded or exact."""
    if reference.figure.source.rounded is None:
        return reference
    series = reference.series
    return replace(
        reference,
        figure=_figure(reference.figure),
        series=None if series is None else _series(series),
    )


def _figure(figure: Figure) -> Figure:
    rounded = figure.source.rounded
    if rounded is None or figure.number.rounded is rounded:
        return figure
    return replace(figure, number=replace(figure.number, rounded=rounded))


def _series(series: Series) -> Series:
    return replace(series, figures=tuple(_figure(figure) for figure in series.figures))
