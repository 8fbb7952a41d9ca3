"""What linking gives: a statement, the cell each stated number stands for, and the proposed
references with the reasons shown to the reporter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from claimcheck.article.drafting.label_periods import Period
from claimcheck.article.drafting.link_table import Cell, period_of
from claimcheck.article.drafting.link_values import Words, fits, within
from claimcheck.article.drafting.row_brackets import bracketed_on_row
from claimcheck.article.scan import Mention
from claimcheck.numbers.number import Unit

__all__ = [
    "Link",
    "Match",
    "Statement",
    "change_link",
    "figure_link",
    "line_name",
    "one_change",
    "period_words",
]


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
    month_before: Period | None = None
    """The one month the rest of the sentence or the sentence before names, when the clause
    names no period: it breaks ties among a long table's monthly rows (``month_before``)."""


@dataclass(frozen=True, slots=True)
class Link:
    """The references proposed for a statement, the cells they name, and why."""

    references: tuple[tuple[str, str], ...] = ()
    cells: tuple[Cell, ...] = ()
    reasons: tuple[str, ...] = ()
    todos: tuple[str, ...] = field(default=())
    says: str | None = None
    """The wording to check when the quote alone leaves it open (``rank_carried``)."""

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
    if first.line is not None and first.line == last.line and first.order > last.order:
        # a change runs forward in time, whatever order the sentence names its periods in
        # ("518,200 in 2022, down 9.4 per cent on 2014")
        first, last = last, first
    used = {first.ref, last.ref}
    todos = [
        f"{m.mention.text!r} matches {m.cell.ref}: check it in a claim of its own"
        for m in matches
        if m.cell.ref not in used and m.cell.line != line
    ]
    reason = f"change along {line_name(first)}: {period_words(first)} to {period_words(last)}"
    return Link((("from", first.ref), ("to", last.ref)), (first, last), (reason,), (*notes, *todos))


def one_change(first: Cell, second: Cell) -> bool:
    """Whether two cells are one change written twice: the change and the percentage change
    of one row ("Change" and "Percent change" beside "Passenger car occupants")."""
    label = first.figure.label or ""
    if (
        label != second.figure.label
        or first.figure.name == second.figure.name
        or not (period_of(label))
    ):
        return (
            first.is_change
            and second.is_change
            and first.ref != second.ref
            and first.figure.source.id == second.figure.source.id
            and first.figure.label == second.figure.label
            and first.is_percent != second.is_percent
        )
    # two rows of a wide table, one period: "Earnings, over-the-year change (in cents)" and
    # "Earnings, over-the-year percent change" are one change when their names say one measure
    return (
        first.is_change
        and second.is_change
        and first.figure.source.id == second.figure.source.id
        and _in_percent(first) != _in_percent(second)
        and _measure_name(first) == _measure_name(second)
    )


_UNIT_WORDS = frozenset(["percent", "pct", "per", "cent", "cents", "dollars", "in", "change"])


def _in_percent(cell: Cell) -> bool:
    return cell.is_percent or cell.figure.number.unit is Unit.PERCENT


def _measure_name(cell: Cell) -> tuple[str, ...]:
    """A series name without its words of unit and change."""
    return tuple(word for word in cell.figure.name.split("_") if word not in _UNIT_WORDS)


def figure_link(
    match: Match, statement: Statement, notes: list[str], matches: Sequence[Match]
) -> Link:
    twice = [
        m for m in matches[1:] if m.mention is not match.mention and one_change(match.cell, m.cell)
    ]
    twice = twice or bracketed_on_row(match, matches, statement.text, statement.start)
    pair = tuple(sorted((match, twice[0]), key=lambda m: m.mention.start)) if twice else ()
    from claimcheck.article.drafting.link_respective import groups_in_order  # imports this module

    # "(6% and 7%, respectively)": the numbers of a list, in the order of the groups named
    listed = groups_in_order(match, statement, matches) or pair
    if listed:
        # each number of the list is a figure of its own, checked in one claim in order
        return Link(
            tuple(("figures", m.cell.ref) for m in listed),
            tuple(m.cell for m in listed),
            tuple(_figure_reason(m) for m in listed),
            tuple(notes),
        )
    todos = [
        f"{m.mention.text!r} matches {m.cell.ref}: check it in a claim of its own"
        for m in matches[1:]
        if m.cell.ref != match.cell.ref
    ]
    reason = _figure_reason(match)
    return Link((("figure", match.cell.ref),), (match.cell,), (reason,), (*notes, *todos))


def _figure_reason(match: Match) -> str:
    mention, number = match.mention, match.cell.figure.number
    if (
        match.base is None
        and not fits(mention, match.cell)
        and not within(mention.value, mention.step, mention.qualifier, abs(number.value))
    ):
        # a cell the words name though its figure is another (``link_named``, ``link_typo``)
        return (
            f"{mention.text} is said of {match.cell.ref}, whose published figure is "
            f"{number.text}: the values differ"
        )
    return f"{mention.text} is {match.cell.ref}"


def line_name(cell: Cell) -> str:
    label = cell.figure.label
    if cell.line is not None and cell.line.endswith("]"):
        return f"row {label!r} of {cell.figure.source.id}"
    return f"{cell.figure.source.id}.{cell.figure.name}"


def period_words(cell: Cell) -> str:
    if cell.line is not None and cell.line.endswith("]"):
        return repr(cell.column_title)
    return repr(cell.figure.label)
