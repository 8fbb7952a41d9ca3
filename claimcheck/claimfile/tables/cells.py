"""What a table cell says: a number as written (with the unit its header gives), a marker
standing for a figure the source does not publish, or nothing.

Units come from the words of the column header, the row label or a title row above the
table: "(%)", "percent" and "per cent" make percentages ("percentage points", "(pp)" and
"% points" make changes in points, whatever the other label says), "£m"
money in millions, "(in dollars)" dollars and "(in cents)" dollars written in hundredths
(68 in a row "over-the-year change (in cents)" is $0.68), "thousands", "(000s)" and "in
thousands" thousands, "(billion)" and "millions of ..." their scale (a scale word alone only
in parentheses or after "in": "per million" is the base of a rate, not a scale). Markers
follow the conventions of official statistics ([x], [c], [z], "..", ":", "-"); a cell
holding only a marker is a figure the source withholds, and a reference to it makes the
claim unsourced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from claimcheck.text.lazy import lazy_pattern

MARKERS: Final[dict[str, str]] = {
    "[x]": "not available",
    "[c]": "confidential",
    "[z]": "not applicable",
    "[w]": "no or too few observations",
    "[low]": "too low to publish",
    "[u]": "of low reliability and not published",
    "..": "not available",
    "…": "not available",
    ":": "not available",
    "-": "nil or not applicable",
    "–": "nil or not applicable",
    "—": "nil or not applicable",
    "*": "suppressed",
    "x": "not available",
    "n/a": "not available",
    "na": "not available",
    "n.a.": "not available",
    "not available": "not available",
    "not applicable": "not applicable",
    "suppressed": "suppressed",
    "confidential": "confidential",
}
"""Markers a source writes instead of a figure, and what they mean."""

_BELOW = lazy_pattern(r"^([<>])\s*(\d[\d,.]*)$")
_NOTE_MARKER = lazy_pattern(r"^\[\s*note\s*(\d+)\s*\]$", re.IGNORECASE)
# Markers written beside a figure (provisional, revised, estimated, a note: "[note 2]", "[r]",
# "[2]", "(1)", "*") leave the figure.
_TRAILING = lazy_pattern(
    r"\s*(?:\[\s*(?:note\s*\d+|[a-z]{1,3}|\d{1,2})\s*\]|\(\s*(?:[a-z]|\d{1,2})\s*\)|[*†‡]+)\s*$",
    re.IGNORECASE,
)
_BARE_NUMBER = lazy_pattern(r"^[-−+]?(?:\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.\d+)?$")


@dataclass(frozen=True, slots=True)
class Unit:
    """What a header says its numbers are: a percentage, or a scale and currency."""

    percent: bool = False
    scale: str = ""  # "", "thousand", "million", "billion"
    currency: str = ""  # "", "£", "$", "€"
    cents: bool = False  # "(in cents)": hundredths of the currency
    points: bool = False  # "(percentage points)", "(pp)": a change in points, never a percentage

    def __bool__(self) -> bool:
        return self.percent or self.points or bool(self.scale) or bool(self.currency)


NO_UNIT = Unit()

_PERCENT = lazy_pattern(r"%|\bper\s*cent\b|\bpercent(?:age)?\b(?!\s*points?)", re.IGNORECASE)
_POINTS = lazy_pattern(r"\bpercentage\s+points?\b", re.IGNORECASE)
# A header naming changes in points: "(percentage points)", "(pp)", "(% points)", "(ppts)".
_POINTS_UNIT = lazy_pattern(
    r"\bpercentage[\s-]+points?\b|%\s*points?\b|\(\s*(?:pp|ppts?|%\s*pts?\.?)\s*\)"
    r"|\bpp\s+change\b|\bchange\s+in\s+pp\b",
    re.IGNORECASE,
)
# "£m", "£bn", "£ thousands"; "£000s", "£'000", "(£000)": thousands of pounds
_SCALED_MONEY = lazy_pattern(
    r"([£$€])\s*(?:(m|bn|k|million|billion|thousand)s?\b|'?(000)(?:'?s)?(?![\d,.]))",
    re.IGNORECASE,
)
# "in thousands", "millions of passengers", "(billion)", "(billion miles)", "(000s)", "'000",
# "000s"; a scale word alone only in parentheses (perhaps before a unit noun) or after "in",
# so "per million" and "million-pound" are no scale.
_SCALE = lazy_pattern(
    r"\b(thousands|millions|billions)\b"
    r"|\(\s*(thousand|million|billion)s?(?:\s+[a-z]+){0,2}\s*\)"
    r"|\bin\s+(thousand|million|billion)\b(?![-\w])"
    r"|\(\s*(?:'?000s?|000's)\s*\)|'000|(?<![\d,.])000'?s\b",
    re.IGNORECASE,
)
_CURRENCY = lazy_pattern(r"\(\s*([£$€])\s*\)|^([£$€])$")
# "(in dollars)", "(in cents)", "(dollars)": a unit named in words in a row label ("Average
# hourly earnings (in dollars)", "..., over-the-month change (in cents)")
_MONEY_WORD = lazy_pattern(r"\(\s*(?:in\s+)?(dollars|cents)\s*\)", re.IGNORECASE)
_SCALE_WORDS = {
    "m": "million",
    "million": "million",
    "millions": "million",
    "bn": "billion",
    "billion": "billion",
    "billions": "billion",
    "k": "thousand",
    "thousand": "thousand",
    "thousands": "thousand",
}


def unit_of(label: str) -> Unit:
    """The unit a header or row label gives its numbers ("Spending (£m)" → millions of £)."""
    money = _SCALED_MONEY.search(label)
    if money is not None:
        word = (money.group(2) or "thousand").lower()
        return Unit(scale=_SCALE_WORDS[word], currency=money.group(1))
    if _POINTS_UNIT.search(label):
        return Unit(points=True)
    if _PERCENT.search(label) and not _POINTS.search(label):
        return Unit(percent=True)
    worded = _MONEY_WORD.search(label)
    if worded is not None:
        return Unit(currency="$", cents=worded.group(1).lower() == "cents")
    scale = _SCALE.search(label)
    if scale is not None:
        word = (scale.group(1) or scale.group(2) or scale.group(3) or "thousands").lower()
        return Unit(scale=_SCALE_WORDS[word])
    currency = _CURRENCY.search(label.strip())
    if currency is not None:
        return Unit(currency=currency.group(1) or currency.group(2) or "")
    return NO_UNIT


# A title that names its figures' unit as a percentage, in brackets or at its end: "Rate (%)
# of pupils excluded", "Unemployment rate, per cent", "... (per cent)".
_TITLE_PERCENT = lazy_pattern(
    r"\(\s*(?:%|per\s*cent|percent(?:age)?)\s*\)|(?:,|\bin)\s*(?:%|per\s*cent|percent)\s*$"
    r"|\brates?\s*\(\s*%",
    re.IGNORECASE,
)
# Words that say a title's table holds counts as well: "Number and percentage (%) of ...".
_TITLE_COUNTS = lazy_pattern(r"\b(?:numbers?|counts?|totals?)\b", re.IGNORECASE)


def title_unit_of(texts: list[str]) -> Unit:
    """The unit title rows (or the header over the label column) give every figure whose own
    column and row name none: a scale or currency ("[Numbers in thousands]"), or a percentage
    when a title names it as the unit ("Rate (%) of pupils", "... (per cent)") and names no
    counts beside it ("Number and percentage (%) of ..." holds both)."""
    joined = " ".join(texts)
    unit = unit_of(joined)
    if unit.scale or unit.currency:
        return unit
    if (
        unit.percent
        and any(_TITLE_PERCENT.search(text) for text in texts)
        and not _TITLE_COUNTS.search(joined)
    ):
        return Unit(percent=True)
    return NO_UNIT


def section_unit_of(text: str) -> Unit:
    """The unit a section row between groups of rows gives the figures under it: a scale or
    currency ("Jobs, in thousands"), or a percentage it names as the unit in brackets or at
    its end ("HOUSEHOLD DATA (percent)", "Rates, per cent"); else none."""
    unit = unit_of(text)
    if unit.scale or unit.currency:
        return unit
    if unit.percent and _TITLE_PERCENT.search(text) and not _TITLE_COUNTS.search(text):
        return Unit(percent=True)
    return NO_UNIT


@dataclass(frozen=True, slots=True)
class Marker:
    """A marker standing for a figure the source does not give."""

    text: str
    meaning: str

    def explain(self) -> str:
        return f"the source marks this figure {self.text}, {self.meaning}"


def marker_of(text: str) -> Marker | None:
    """The marker a cell holds instead of a figure, or None."""
    folded = text.strip().lower()
    meaning = MARKERS.get(folded)
    if meaning is not None:
        return Marker(text.strip(), meaning)
    bound = _BELOW.match(folded)
    if bound is not None:
        side = "below" if bound.group(1) == "<" else "above"
        return Marker(text.strip(), f"a figure {side} {bound.group(2)}, not published exactly")
    note = _NOTE_MARKER.match(folded)
    if note is not None:
        return Marker(text.strip(), f"with no figure, only note {note.group(1)}")
    return None


def strip_markers(text: str) -> str:
    """A label or figure without the footnote markers written after it."""
    previous = None
    while previous != text:
        previous, text = text, _TRAILING.sub("", text).strip()
    return text


def number_text(text: str, unit: Unit) -> str:
    """A cell's number as written, with the unit its header gives ("12.5" in a "(%)"
    column → "12.5%"); text that is not a bare number is returned unchanged (less markers).
    """
    text = strip_markers(text)
    if not unit or not _BARE_NUMBER.match(text):
        return text
    sign = "-" if text[0] in "-−" else ""
    digits = text.lstrip("+-−")
    if unit.points:
        return f"{sign}{digits} percentage points"
    if unit.percent:
        return f"{sign}{digits}%"
    if unit.cents:
        # 68 cents is $0.68: the figure keeps its written precision, in hundredths
        return f"{sign}{unit.currency}{Decimal(digits.replace(',', '')) / 100}"
    if unit.currency and unit.scale:
        short = {"million": "m", "billion": "bn", "thousand": "k"}[unit.scale]
        return f"{sign}{unit.currency}{digits}{short}"
    if unit.scale:
        return f"{sign}{unit.currency}{digits} {unit.scale}"
    return f"{sign}{unit.currency}{digits}"
