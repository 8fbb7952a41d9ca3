"""A change found in a change column, on a row that also holds the two levels it runs between.

Release tables often print a row's two levels and their change side by side ("Offence group,
2022, 2023, Change, Percentage change"). A change a sentence states ("burglaries rose 6.1%",
"180 fewer burglaries in 2023 than 2022") matches the change column by value, and checked
against that cell alone the claim shows nothing of what changed. When the row's line holds both
levels the column runs between, the change is linked ``from`` the earlier level ``to`` the
later instead: the check works the change out from the levels the release derived it from, and
shows them.

The levels replace the change column only when meaning and value agree:

- the line is the one of the change cell's own row (same table, same row) whose words the
  change column's words hold ("Percent change in fatalities" holds "Fatalities 2014",
  "Fatalities 2015", not "Fatality rate 2014"), and it is the only such line;
- the column title names no span of periods: a title that names the two periods it runs
  between ("Percentage change 2022 to 2023") is a change the release publishes as a figure
  of its own, and "up 20%" is linked to it (``change_columns``);
- its ends are the line's latest period and the one just before it, neither left blank (and
  the one before the period a title such as "Change since 2019" names);
- every year the statement names is one of those ends;
- the stated change fits the move from one level to the other (``change_fit``), in the
  direction of the change cell;
- the change is the statement's only number: a base stated beside it ("down 2.3% from
  1,840") would be held against a level it may not be.

Otherwise the change column stays: a row whose earlier level is blank, a column that runs
between other periods than the line's last two, a change that the levels do not bear out.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.article.drafting.change_fit import change_fits
from claimcheck.article.drafting.link_result import Link, Match, Statement, line_name, period_words
from claimcheck.article.drafting.link_table import Catalog, Cell, Period, period_of
from claimcheck.article.scan import MentionKind

__all__ = ["on_levels"]

_CHANGE_KINDS = frozenset(
    [MentionKind.CHANGE, MentionKind.PERCENT, MentionKind.COUNT, MentionKind.MONEY]
)


def on_levels(
    found: Link, matches: Sequence[Match], statement: Statement, catalog: Catalog
) -> Link:
    """``found`` with a change column's cell replaced by the two levels of its row, when
    meaning and value agree (see the module); else ``found`` as it is."""
    if len(found.references) != 1 or len(found.cells) != 1 or found.references[0][0] != "figure":
        return found
    (cell,) = found.cells
    if not cell.is_change or cell.line is not None or _spans(cell):
        return found
    stated = [match for match in matches if match.cell.ref == cell.ref]
    if len(stated) != 1 or stated[0].mention.kind not in _CHANGE_KINDS:
        return found
    if any(m is not stated[0].mention and m.kind in _CHANGE_KINDS for m in statement.mentions):
        return found  # another number ("from 1,840") the levels would be held against
    value = cell.figure.number.value
    ends = _ends(cell, catalog)
    if ends is None or not value:
        return found
    earlier, later = ends
    named = statement.words.years
    covered = (earlier.period.years if earlier.period else frozenset()) | (
        later.period.years if later.period else frozenset()
    )
    if named and not named <= covered:
        return found
    if not change_fits(stated[0].mention, 1 if value > 0 else -1, earlier, later):
        return found
    reason = (
        f"{stated[0].mention.text} is the change in {cell.ref}; its row holds the two levels, "
        f"along {line_name(later)}: {period_words(earlier)} to {period_words(later)}"
    )
    return Link(
        (("from", earlier.ref), ("to", later.ref)),
        (earlier, later),
        (reason,),
        found.todos,
    )


def _ends(cell: Cell, catalog: Catalog) -> tuple[Cell, Cell] | None:
    """The earlier and the later level the change cell runs between, on the one line of its
    row that it names; None when there is no such line or a level is blank."""
    lines = _row_lines(cell, catalog)
    if len(lines) != 1:
        return None
    titled = period_of(cell.column_title)
    latest = catalog.latest(lines[0])
    before = catalog.before(latest) if latest is not None else None
    if latest is None or before is None:
        return None
    # "Change since 2019": the column runs from the year it names, not the one before
    named_elsewhere = titled is not None and bool(titled.years or titled.months)
    if named_elsewhere and titled is not None and not _starts(before, titled):
        return None
    return before, latest


def _spans(cell: Cell) -> bool:
    """Whether a change column's title names the two periods it runs between ("Percentage
    change 2022 to 2023"): the release publishes that change as a figure of its own, and a
    sentence that states it ("up 20%") is linked to it (``change_columns``)."""
    titled = period_of(cell.column_title)
    return titled is not None and len(titled.years) >= 2


def _starts(cell: Cell, titled: Period) -> bool:
    """Whether the cell is in the period a change column's title names."""
    return cell.period is not None and cell.period.names(titled.years, titled.months)


def _row_lines(cell: Cell, catalog: Catalog) -> list[str]:
    """The lines of the change cell's row whose words the change cell's words hold."""
    where = cell.figure.location
    if where is None:
        return []
    found: dict[str, set[str]] = {}
    for other in catalog.cells:
        spot = other.figure.location
        if (
            other.line is None
            or spot is None
            or spot.path != where.path
            or spot.line != where.line
            or other.figure.source.id != cell.figure.source.id
        ):
            continue
        found.setdefault(other.line, set()).update(other.words)
    return [line for line, words in found.items() if words <= cell.words]
