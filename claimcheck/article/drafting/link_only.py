"""Links for statements that state only a change, or a share of another figure of a series.

- a count and a percentage read as its share of another figure of the same series ("4,120
  (63%) of the penalties"): ``part`` and ``whole``;
- only a change stated (per cent, points, a multiple, a difference): the line whose words fit
  the statement best, between the periods the statement names, else the latest and the one
  before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.join_periods import stepped_back
from claimcheck.article.drafting.link_carried import carried
from claimcheck.article.drafting.link_groups import compared, group_link
from claimcheck.article.drafting.link_moves import direction
from claimcheck.article.drafting.link_rate_words import is_rate, states_rate
from claimcheck.article.drafting.link_result import Link, Match, Statement, change_link
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import (
    THREAD_POINTS,
    TITLE_POINTS,
    meaning,
    stated_fits,
    within,
)
from claimcheck.article.drafting.pointed_changes import empty_subject
from claimcheck.article.drafting.said_lines import one_figure, said_in_full
from claimcheck.article.drafting.title_total import title_total
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["change_only", "share"]

_SHARE_WORDS = lazy_pattern(r"\bof\b|\(\s*$|\bor\s*$", re.IGNORECASE)
_PER_CENT = lazy_pattern(r"%|\bper\s*cent\b|\bpercent\b", re.IGNORECASE)


def share(match: Match, statement: Statement, catalog: Catalog) -> Link | None:
    """Part and whole: a count and the percentage it is of another figure of its series."""
    part = match.cell
    for mention in statement.mentions:
        percent = mention.kind is MentionKind.PERCENT or (
            mention.kind is MentionKind.SHARE and _PER_CENT.search(mention.text) is not None
        )
        if not percent or mention is match.mention:
            continue
        before = statement.text[: mention.start - statement.start]
        after = statement.text[mention.end - statement.start :]
        bracketed = _count_in_brackets(after, match.mention.start - mention.end)
        if not (
            _SHARE_WORDS.search(before) or after.lstrip().lower().startswith("of") or bracketed
        ):
            continue
        wholes = [
            cell
            for cell in catalog.cells
            if cell.figure.source.id == part.figure.source.id
            and _beside(cell, part)
            and cell.ref != part.ref
            and cell.figure.number.value > part.figure.number.value
            and _share_fits(mention, part, cell)
        ]
        if len(wholes) == 1:
            whole = wholes[0]
            reason = f"{mention.text} is {part.ref} as a share of {whole.ref}"
            return Link((("part", part.ref), ("whole", whole.ref)), (part, whole), (reason,))
    return None


def _count_in_brackets(after: str, gap: int) -> bool:
    """Whether the part's count is the bracket right after the percentage: "six per cent
    (3,427)"; ``gap`` is how far after the percentage the count starts."""
    return 0 < gap <= 4 and after[:gap].strip() == "("


def _beside(cell: Cell, part: Cell) -> bool:
    """A whole of the part's own series (another label of its column), or of its label in a
    table whose lines are the categories (the same period, another line)."""
    if cell.figure.name == part.figure.name:
        return True
    return (
        cell.figure.label is not None
        and cell.figure.label == part.figure.label
        and cell.line is not None
        and part.line is not None
    )


def _share_fits(mention: Mention, part: Cell, whole: Cell) -> bool:
    ratio = part.figure.number.value / whole.figure.number.value * 100
    return within(mention.value, mention.step, mention.qualifier, ratio)


def change_only(
    statement: Statement, catalog: Catalog, notes: list[str], sentence_cells: Sequence[Cell] = ()
) -> Link:
    """A statement that states only a change: the line its words name, between the periods it
    names or the latest two; with no line named, the line the sentence's other numbers sit on
    (``link_carried``), else the previous sentence's."""
    comparison = compared(statement)
    if comparison is not None:
        linked = group_link(comparison, statement, catalog)
        return replace(linked, todos=(*notes, *linked.todos))
    scored: list[tuple[int, str]] = []
    for name, members in catalog.lines.items():
        cells = [cell for cell in members if cell is not None]
        if len(cells) < 2:
            continue
        points = max(meaning(cell, statement.words) for cell in cells)
        if any(cell.words & statement.words.clause for cell in cells):
            scored.append((points, name))
    if states_rate(statement):
        # a rate said in words names a rate's line, never a count's (``link_rate_words``)
        scored = [
            (points, name)
            for points, name in scored
            if any(cell is not None and is_rate(cell, catalog) for cell in catalog.lines[name])
        ]
    if not scored:
        carry = carried(statement, catalog, sentence_cells)
        if carry is not None:
            return replace(carry, todos=(*notes, *carry.todos))
        scored, notes = _unnamed(statement, catalog, notes)
    if not scored:
        return Link(todos=(*notes, "no table line is named by these words; add references"))
    top = max(points for points, _ in scored)
    names = [name for points, name in scored if points >= top - THREAD_POINTS]
    names = said_in_full(names, statement, catalog)  # the line the words say in full
    named = max(meaning(cell, statement.words) for cell in catalog.cells)
    if named > top + THREAD_POINTS:
        # a figure with no earlier period is named better than any line: a line is proposed
        # only when the stated change is its latest change
        names = _closest(names, statement, catalog)
        if not names:
            return Link(todos=(*notes, "the words name a figure with no earlier period to compare"))
    if len(names) > 1:
        names = one_figure(_closest(names, statement, catalog), catalog)
    if len(names) != 1:
        return Link(
            todos=(
                *notes,
                "the words name several table lines and the stated change fits none of them "
                "alone; add references",
            )
        )
    return _pair_on(names[0], statement, catalog, notes)


def _on_thread(statement: Statement, catalog: Catalog) -> list[tuple[int, str]]:
    """A change with no words of its own ("The increase of almost 4,200 was ...") speaks of
    the line the previous sentence spoke of, when its latest change is what is stated."""
    found: list[tuple[int, str]] = []
    if empty_subject(statement.text):
        return found  # "It was 5% cheaper to insure a bike": no line of the story before
    sign = _stated_sign(statement)
    for name in sorted(statement.words.thread):
        cells = [cell for cell in catalog.lines.get(name, ()) if cell is not None]
        if len(cells) < 2 or not stated_fits(statement.mentions, cells[-2], cells[-1]):
            continue
        moved = cells[-1].figure.number.value - cells[-2].figure.number.value
        if sign * moved < 0:
            continue  # "fell by 4%" is no fit for a line that rose 4%: another subject's change
        found.append((THREAD_POINTS, name))
    return found if len(found) == 1 else []


def _stated_sign(statement: Statement) -> int:
    """The direction the statement says its change went (+1, -1), 0 when it says none."""
    for mention in statement.mentions:
        if mention.kind in (MentionKind.CHANGE, MentionKind.PERCENT, MentionKind.MULTIPLE):
            return direction(statement.text, mention.start - statement.start)
    return 0


def _pair_on(name: str, statement: Statement, catalog: Catalog, notes: list[str]) -> Link:
    cells = [cell for cell in catalog.lines[name] if cell is not None]
    levels = [cell for cell in cells if not cell.is_change]
    if len(levels) >= 2 and len(levels) < len(cells):
        # a change runs between two levels, never to the line's own change column
        cells = levels
    words = statement.words
    named = [c for c in cells if c.period is not None and c.period.names(words.years, ())]
    latest = cells[-1]
    level = stepped_back(statement, cells)
    if level is not None:
        # "up 8% on the previous year": from the period before the level the clause names,
        # whatever years the rest of the sentence names
        named, latest = [], level
    if len(named) >= 2:
        first, last = named[0], named[-1]
    elif len(named) == 1 and named[0].order < latest.order:
        first, last = named[0], latest
    else:
        before = catalog.before(latest)
        if before is None:
            return Link(
                todos=(*notes, f"{latest.ref} has no figure for the period before; add one")
            )
        first, last = before, latest
    return change_link(first, last, statement, notes, [], name)


def _unnamed(
    statement: Statement, catalog: Catalog, notes: list[str]
) -> tuple[list[tuple[int, str]], list[str]]:
    """For words that name no line: the line of the previous sentence, else the Total of
    the table whose title names the measure (``_title_total``)."""
    return (
        (found, notes)
        if (found := _on_thread(statement, catalog))
        else _title_total(statement, catalog, notes)
    )


def _title_total(
    statement: Statement, catalog: Catalog, notes: list[str]
) -> tuple[list[tuple[int, str]], list[str]]:
    """The Total line of the table whose title names the measure the words say of no row
    (``title_total``), when it holds a change (two figures or more)."""
    total = title_total(statement, catalog)
    if total is None or sum(cell is not None for cell in catalog.lines[total]) < 2:
        return [], notes
    said = f"the words name the measure of its table's title and no row: {total}"
    return [(TITLE_POINTS, total)], [*notes, said]


def _closest(names: list[str], statement: Statement, catalog: Catalog) -> list[str]:
    """Among lines that the words name equally, those whose latest change is what is stated
    (within its written precision): a value breaks a tie of meaning, never more."""
    fitting = []
    for name in names:
        cells = [cell for cell in catalog.lines[name] if cell is not None]
        if stated_fits(statement.mentions, cells[-2], cells[-1]):
            fitting.append(name)
    return fitting
