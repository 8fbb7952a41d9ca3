"""Meaning outranks value: the one cell the words name when the stated number fits no cell.

A stated number whose value no cell of the tables holds (a misprint, a figure since revised,
a rounding the reporter got wrong) still names its figure when the clause says the whole name
of exactly one table line ("Retail trade added 5,000 jobs" against a row "Retail trade"
holding 20.8 thousand). The draft then proposes that cell, in the period the clause names or
else the latest, so the check shows the editor how far apart they are: an honest contradicted
or needs review, never a supported. The words alone decide; a value never does:

- every concept of the line's own name (its row label, or the column title of a table whose
  rows are periods) is in the clause, and no other line's whole name is said as fully;
- the cell agrees with the number in kind: money with money, a percentage with a percentage;
- the number is stated as a change ("added", "rose", "a reduction") and the cell holds one
  (a table of changes: "over-the-month change", "% change"); A level whose value no cell
  holds ("made 110 arrests" against a year's 691) is more often another count of the same
  thing (one operation, one area, part of a year) than a slip, so it gets no reference, and a
  change against a table of levels is a change between two cells, not this rule;
- an elliptical statement after "and" ("rose 16,000 in wholesale and 5,000 in retail"),
  which takes its verb from the statement before, names its line by some words of the
  line's name in its own words ("retail" of "Retail trade"), when one line has most, and
  only a cell that moved the way the statement before says: its quote cannot say it;
- a number stated per a base ("per 10,000") is left to the rules for rates, and a revision
  ("was revised up 24,000") to the rule for revisions (``link_revised``).
"""

from __future__ import annotations

import re

from claimcheck.article.drafting.link_result import Statement
from claimcheck.article.drafting.link_table import Catalog, Cell, clean_label, period_of
from claimcheck.article.drafting.link_values import when
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.numbers.number import Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["name_text", "name_words", "named_cell"]

REVISED_WORD = lazy_pattern(r"\brevis(?:ed|ion|ions|ing)\b", re.IGNORECASE)
"""A revision word: the statement is about two estimates of one figure (``link_revised``)."""
_KINDS = frozenset([MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT, MentionKind.CHANGE])


def name_text(cell: Cell) -> str:
    """A cell's own name: its row label (as written, without a group prefix its table's
    rows share: ``group_names``), or the name of its series when its label is a period (a
    column of a table whose rows are periods, a row read across period columns)."""
    label = cell.name or clean_label(cell.figure.label or "")
    if not label or period_of(label) is not None:
        title = cell.column_title
        return title if title and period_of(title) is None else cell.figure.name.replace("_", " ")
    return label


def name_words(cell: Cell) -> frozenset[str]:
    """The concepts of a cell's own name (``name_text``)."""
    return concepts(name_text(cell))


def _agrees(mention: Mention, cell: Cell, sign: int) -> bool:
    number = cell.figure.number
    if (mention.kind is MentionKind.MONEY) != (number.unit is Unit.MONEY):
        return False
    percent = mention.kind is MentionKind.PERCENT
    if percent != (number.unit is Unit.PERCENT or cell.is_percent):
        return False
    # only a change said of a cell that holds one: a level with another value is more often
    # another count of the same thing (one operation, one area, part of a year) than a slip
    moved = sign != 0 or mention.kind is MentionKind.CHANGE
    return moved and cell.is_change


def _said(
    mention: Mention, clause: frozenset[str], catalog: Catalog, sign: int, *, whole: bool
) -> tuple[dict[tuple[str, str], list[Cell]], dict[tuple[str, str], int]]:
    """The lines of the number's kind whose names the clause says (``whole``: every word of
    the name, else some), with how many of their words it says."""
    said: dict[tuple[str, str], list[Cell]] = {}
    size: dict[tuple[str, str], int] = {}
    for cell in catalog.cells:
        words = name_words(cell)
        held = words & clause
        if not held or (whole and held != words) or not _agrees(mention, cell, sign):
            continue
        key = (cell.figure.source.id, cell.line or f"{cell.figure.name}[{cell.figure.label}]")
        said.setdefault(key, []).append(cell)
        size[key] = len(held)
    return said, size


def named_cell(mention: Mention, statement: Statement, catalog: Catalog, sign: int) -> Cell | None:
    """The one cell the clause's words name in full, of the number's kind (see the module)."""
    if mention.kind not in _KINDS or REVISED_WORD.search(statement.text):
        return None
    said, size = _said(mention, statement.words.clause, catalog, sign, whole=True)
    if not said and statement.carried:
        # an elliptical statement ("... and 5,000 in retail") names its line by its own words
        said, size = _said(mention, concepts(statement.text), catalog, sign, whole=False)
    if statement.carried:
        # its quote does not say the direction, so the check could not refute a cell that
        # moved the other way: no such cell is proposed
        said = {
            key: [cell for cell in cells if cell.figure.number.value * statement.carried >= 0]
            for key, cells in said.items()
        }
        said = {key: cells for key, cells in said.items() if cells}
        size = {key: size[key] for key in said}
    if not said:
        return None
    most = max(size.values())
    keys = [key for key, count in size.items() if count == most]
    if len(keys) != 1:
        return None
    cells = said[keys[0]]
    named = [cell for cell in cells if when(cell, statement.words) > 0]
    if named:
        return named[-1] if len(named) == 1 or cells[0].line is not None else None
    if any(when(cell, statement.words) < 0 for cell in cells):
        return None  # the clause names a period this line has no figure for
    if cells[0].line is not None:
        return max(cells, key=lambda cell: cell.order)
    return cells[0] if len(cells) == 1 else None
