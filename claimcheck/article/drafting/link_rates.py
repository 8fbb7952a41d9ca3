"""Rates at another base: "eight pupils per 10,000" against a table that gives 0.08%.

A stated number followed by its base ("eight pupils per 10,000", "4 for every 1,000 people")
is a rate per that base. A figure's base is 100 when it is a percentage, or the base its
column or row names ("Rate per 1,000 pupils"). When the two bases differ, the number is
compared with the figure at the figure's base (8 per 10,000 is 0.08 per 100), and the claim
references a *derived figure* that states the figure at the sentence's base, so the check
shows the conversion ("derived: t.rate[2016] per 10,000 = 8 (t.rate[2016] = 0.08%)"):

| stated | figure | compared as | derived figure |
|---|---|---|---|
| 8 per 10,000 | 0.08% | 0.08 | ``t.rate[2016] per 10,000`` |
| 8 per 10,000 | 0.8 in "Rate per 1,000" | 0.8 | ``t.rate[2016] / 1,000 per 10,000`` |
| 4.2 per 1,000 | 4.2 in "Rate per 1,000" | 4.2 | none: the same base |
| 4.3 per 100 | 4.3% | 4.3 | ``t.rate[2016] per 100`` (a plain rate) |
| 8 per 10,000 | 8 in "Rate" (no base) | 8 | none: the base is unknown, so the value alone |

A draft that cannot declare derived figures (sources copied from a claim file) proposes no
re-based reference; it says which figure and which conversion to add.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.article.drafting.link_notes import note_base
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import within
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.claimfile.derived_drafts import definition
from claimcheck.numbers.number import Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "Rebase",
    "cell_base",
    "needs_rebase",
    "rate_fits",
    "rebased",
    "restates_rate",
    "stated_base",
]

_BASE_NUMBER = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?P<scale>thousand|million))?"
# After the number: up to three words ("pupils", "people aged 65") then the base.
_STATED_BASE = lazy_pattern(
    r"\s*(?:[A-Za-z][A-Za-z'-]*\s+){0,3}?(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+"
    + _BASE_NUMBER
    + r"\b",
    re.IGNORECASE,
)
_RATE_PHRASE = lazy_pattern(
    r"\d(?:[\d,.]*\d)?"
    + _STATED_BASE.pattern.replace(r"(?P<n>", "(?:").replace(r"(?P<scale>", "(?:"),
    re.IGNORECASE,
)
_CELL_BASE = lazy_pattern(r"\bper\s+" + _BASE_NUMBER + r"\b", re.IGNORECASE)
_HUNDRED = Fraction(100)


@dataclass(frozen=True, slots=True)
class Rebase:
    """A stated number read at the base the sentence gives, against a figure at another."""

    stated: Fraction
    figure: Fraction


def _base(match: re.Match[str]) -> Fraction | None:
    number = Fraction(int(match.group("n").replace(",", "")))
    scale = (match.group("scale") or "").lower()
    number *= {"thousand": 1000, "million": 1_000_000}.get(scale, 1)
    return number if number >= 10 else None


def stated_base(text: str, after: int, mention: Mention) -> Fraction | None:
    """The base a stated number is a rate per ("eight pupils per 10,000": 10,000)."""
    if mention.kind not in (MentionKind.COUNT, MentionKind.CHANGE):
        return None
    match = _STATED_BASE.match(text, after)
    return _base(match) if match is not None else None


def restates_rate(text: str) -> bool:
    """Whether a statement gives a number at a base ("10 pupils per 10,000")."""
    return _RATE_PHRASE.search(text) is not None


def cell_base(cell: Cell) -> Fraction | None:
    """The base a figure is a rate per: 100 for a percentage, else the one its labels name,
    else the one the note its label points to gives (``link_notes``)."""
    if _percent(cell):
        return _HUNDRED
    words = f"{cell.column_title} {cell.figure.label or ''} {cell.figure.name.replace('_', ' ')}"
    match = _CELL_BASE.search(words.replace(" 000", ",000"))
    return _base(match) if match is not None else note_base(cell)


def _percent(cell: Cell) -> bool:
    return cell.is_percent or cell.figure.number.unit is Unit.PERCENT


def needs_rebase(cell: Cell, base: Fraction) -> bool:
    """Whether a rate stated per ``base`` is compared with the cell through a conversion: the
    cell is at another known base, or is a percentage ("4.3 per 100" against 4.3%)."""
    figure_base = cell_base(cell)
    return figure_base is not None and (figure_base != base or _percent(cell))


def rate_fits(mention: Mention, base: Fraction, cell: Cell) -> Rebase | None:
    """The conversion under which a rate stated per ``base`` is the cell's figure, if any."""
    figure_base = cell_base(cell)
    number = cell.figure.number
    if figure_base is None or not needs_rebase(cell, base) or number.unit is Unit.MONEY:
        return None
    factor = figure_base / base
    fitting = within(mention.value * factor, mention.step * factor, mention.qualifier, number.value)
    return Rebase(base, figure_base) if fitting else None


def _label(cell: Cell) -> list[str]:
    return [cell.figure.label] if cell.figure.label else []


def _expression(cell: Cell, rebase: Rebase) -> str:
    per = f"per {int(rebase.stated):,}"
    if rebase.figure == _HUNDRED and _percent(cell):
        return f"{cell.ref} {per}"
    return f"{cell.ref} / {int(rebase.figure):,} {per}"


def rebased(
    references: tuple[tuple[str, str], ...],
    cells: tuple[Cell, ...],
    base: Fraction,
    catalog: Catalog,
) -> tuple[tuple[tuple[str, str], ...], list[str], list[str]]:
    """The references with each figure at another base replaced by a derived figure at
    ``base``; the reasons that declare them; a note instead when none can be declared."""
    by_ref = {cell.ref: cell for cell in cells}
    changed: list[tuple[str, str]] = []
    reasons: list[str] = []
    todos: list[str] = []
    for role, ref in references:
        cell = by_ref.get(ref)
        figure_base = cell_base(cell) if cell is not None else None
        if cell is None or figure_base is None or not needs_rebase(cell, base):
            changed.append((role, ref))
            continue
        expression = _expression(cell, Rebase(base, figure_base))
        shown = cell.figure.number.text
        if not shown.endswith("%"):
            shown += f" per {int(figure_base):,}"
        if catalog.worked_out is None:
            changed.append((role, ref))
            todos.append(
                f"{ref} is {shown}; the sentence gives it per {int(base):,}: declare a derived "
                f"figure {expression} and reference it"
            )
            continue
        name = catalog.derived_name(cell, *_label(cell), f"per_{base}")
        changed.append((role, f"{catalog.worked_out}.{name}"))
        reasons.append(
            f"{ref} is {shown}, stated per {int(base):,}: "
            + definition(catalog.worked_out, name, expression)
        )
    return tuple(changed), reasons, todos
