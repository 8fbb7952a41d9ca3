"""What linking gives: a statement, the cell each stated number stands for, and the proposed
references with the reasons shown to the reporter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from claimcheck.article.drafting.link_table import Cell
from claimcheck.article.drafting.link_values import Words, shared
from claimcheck.article.scan import Mention

__all__ = ["Link", "Match", "Statement", "change_link", "figure_link", "line_name", "period_words"]


@dataclass(frozen=True, slots=True)
class Statement:
    """A clause to link: its text, its statistical numbers and its words."""

    text: str
    start: int
    mentions: tuple[Mention, ...]
    words: Words
    carried: int = 0
    """The direction (1 up, -1 down) an elliptical statement takes from the one before it
    ("rose 16,000 in wholesale and 5,000 in retail"), 0 when none."""
    period_carried: bool = False
    """The period in ``words`` is the statement before's: no figure of another period fits."""


@dataclass(frozen=True, slots=True)
class Link:
    """The references proposed for a statement, the cells they name, and why."""

    references: tuple[tuple[str, str], ...] = ()
    cells: tuple[Cell, ...] = ()
    reasons: tuple[str, ...] = ()
    todos: tuple[str, ...] = field(default=())

    @property
    def lines(self) -> frozenset[str]:
        return frozenset(cell.line for cell in self.cells if cell.line is not None)


@dataclass(frozen=True, slots=True)
class Match:
    """A stated number and the one cell it stands for."""

    mention: Mention
    cell: Cell
    points: int
    base: Fraction | None = None
    """The base the sentence states the number per, when the figure is at another."""


def change_link(
    first: Cell,
    last: Cell,
    statement: Statement,
    notes: list[str],
    matches: Sequence[Match],
    line: str | None,
) -> Link:
    used = {first.ref, last.ref}
    todos = [
        f"{m.mention.text!r} matches {m.cell.ref}: check it in a claim of its own"
        for m in matches
        if m.cell.ref not in used and m.cell.line != line
    ]
    reason = f"change along {line_name(first)}: {period_words(first)} to {period_words(last)}"
    words = shared(first, statement.words)
    if words:
        reason += f" (words: {', '.join(words)})"
    return Link((("from", first.ref), ("to", last.ref)), (first, last), (reason,), (*notes, *todos))


def figure_link(
    match: Match, statement: Statement, notes: list[str], matches: Sequence[Match]
) -> Link:
    todos = [
        f"{m.mention.text!r} matches {m.cell.ref}: check it in a claim of its own"
        for m in matches[1:]
        if m.cell.ref != match.cell.ref
    ]
    words = shared(match.cell, statement.words)
    reason = f"{match.mention.text} is {match.cell.ref}"
    if words:
        reason += f" (words: {', '.join(words)})"
    return Link((("figure", match.cell.ref),), (match.cell,), (reason,), (*notes, *todos))


def line_name(cell: Cell) -> str:
    label = cell.figure.label
    if cell.line is not None and cell.line.endswith("]"):
        return f"row {label!r} of {cell.figure.source.id}"
    return f"{cell.figure.source.id}.{cell.figure.name}"


def period_words(cell: Cell) -> str:
    if cell.line is not None and cell.line.endswith("]"):
        return repr(cell.column_title)
    return repr(cell.figure.label)
