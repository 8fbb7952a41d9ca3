"""A number one digit off the figure its words name: a slip to flag, not a gap to leave.

A level whose value no cell holds is more often another count of the same thing than a slip
(``link_named``), so it is left unlinked. One case is different: the clause says the whole
name of exactly one line and a period that line has, so the words settle one cell alone, and
the stated number differs from that cell's figure in one digit only, at the precision it is
written to ("8,390" against 8,300, "4.7%" against 4.1). That is what a late edit or a typo
looks like, and what an editor most needs flagged, so the draft proposes the cell and says the
value differs: the check then says contradicted instead of unsourced. The words and the
period decide, never the value: a clause that names no period, or names two lines, or a
number with an approximation ("about 8,400"), gets nothing from this rule.
"""

from __future__ import annotations

from fractions import Fraction

from claimcheck.article.drafting.link_named import name_words
from claimcheck.article.drafting.link_result import Match, Statement
from claimcheck.article.drafting.link_slack import plain
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import when
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.numbers.number import Unit

__all__ = ["by_typo", "typo_cell"]

_KINDS = frozenset([MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT])


def typo_cell(mention: Mention, statement: Statement, catalog: Catalog) -> Cell | None:
    """The one cell the clause's words and period name, when the number differs from its
    figure in one written digit (see the module); None otherwise."""
    if mention.kind not in _KINDS or not plain(mention) or mention.step <= 0:
        return None
    if not any(ch.isdigit() for ch in mention.text):
        return None
    clause = statement.words.clause
    lines: dict[str, list[Cell]] = {}
    for cell in catalog.cells:
        words = name_words(cell)
        if cell.line is not None and words and words <= clause and _same_unit(mention, cell):
            lines.setdefault(cell.line, []).append(cell)
    if len(lines) != 1:
        return None
    (cells,) = lines.values()
    named = [cell for cell in cells if when(cell, statement.words) > 0]
    if len(named) != 1 or named[0].is_change:
        return None
    return named[0] if one_digit_off(mention, named[0].figure.number.value) else None


def _same_unit(mention: Mention, cell: Cell) -> bool:
    number = cell.figure.number
    if (mention.kind is MentionKind.MONEY) != (number.unit is Unit.MONEY):
        return False
    return (mention.kind is MentionKind.PERCENT) == (number.unit is Unit.PERCENT or cell.is_percent)


def one_digit_off(mention: Mention, actual: Fraction) -> bool:
    """Whether ``actual``, at the number's written precision, has its digits but one."""
    stated, figure = mention.value / mention.step, actual / mention.step
    if stated.denominator != 1 or figure.denominator != 1 or figure <= 0:
        return False
    ours, theirs = str(stated.numerator), str(figure.numerator)
    if len(ours) != len(theirs) or len(ours) < 2:
        return False
    return sum(a != b for a, b in zip(ours, theirs, strict=True)) == 1


def by_typo(
    mention: Mention,
    base: Fraction | None,
    statement: Statement,
    catalog: Catalog,
    matches: list[Match],
    notes: list[str],
) -> None:
    """The cell the words and period settle alone, for a number one digit off its figure:
    proposed, with a note, so the check flags the slip (``link.match_values``)."""
    cell = None if base is not None else typo_cell(mention, statement, catalog)
    if cell is not None:
        matches.append(Match(mention, cell, 0))
        notes.append(
            f"the words and period name {cell.ref}, whose value differs from {mention.text!r} "
            "in one digit: a slip or a late edit? the check shows the difference"
        )
