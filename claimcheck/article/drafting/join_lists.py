"""A list of several lines' changes in one period, each in brackets after its line's name, is
one claim.

"Hiring rose in May in retail (+21,000), logistics (+14,000) and hotels (+9,000)" states one
thing of three lines: by how much each changed in the period the sentence speaks of. An editor
checks it as one claim with ``figures``, one for each line, in the order the sentence names
them. Drafting cuts the list into its items, links each one by its own words, and then joins
them back when:

- each item is the name of a line and its number in brackets right after it ("retail
  (+21,000)", "hotels (9,000 jobs)"), with nothing but a comma or "and" between two items;
- each item links one ``figure``, a published amount of change on a line across period
  columns ("Retail trade, over-the-month change"), all in one table and one period, each on
  a line of its own.

A list of levels ("Northby issued the most fines (2,430), with Southby (1,489) and Westby
(1,125) close behind") is a ranking of categories, each item checked by a claim of its own, and
is left as it is, and so is a list of percentage changes of a table of categories
("motorcyclist deaths (9%), cyclist deaths (13%)", a column "Percent change 2014 to 2015"),
where each item is a category's own rate of change; so is a list where one item links
nothing or another period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Cell
from claimcheck.numbers.number import Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["with_listed_changes"]

_BETWEEN = lazy_pattern(r"\s*,?\s*(?:and\s+)?\Z", re.IGNORECASE)
_OPENING = lazy_pattern(r"\(\s*[+\-−]?\s*\Z")
_CLOSING = lazy_pattern(r"[^()]*\)\s*\Z")


def with_listed_changes(text: str, drafted: Sequence[Drafted]) -> list[Drafted]:
    """The drafted claims, each run of two or more listed changes joined (see the module)."""
    result: list[Drafted] = []
    run: list[Drafted] = []
    for claim in drafted:
        if _item(text, claim) and (not run or _next(text, run, claim)):
            run.append(claim)
            continue
        result += _joined(run)
        run = [claim] if _item(text, claim) else []
        if not run:
            result.append(claim)
    return result + _joined(run)


def _item(text: str, claim: Drafted) -> bool:
    """A line's name with its one number in brackets after it, linked to a published change."""
    if len(claim.mentions) != 1 or len(claim.link.cells) != 1:
        return False
    if [role for role, _ in claim.link.references] != ["figure"]:
        return False
    (mention,) = claim.mentions
    if _OPENING.search(text, claim.start, mention.start) is None:
        return False
    if mention.start - claim.start < 3:
        return False  # no name before the bracket
    if _CLOSING.match(text, mention.end, claim.end) is None:
        return False
    (cell,) = claim.link.cells
    # amounts of change on lines across period columns ("Retail trade, over-the-month
    # change"); percentage changes of a table of categories ("Percent change 2014 to 2015")
    # are each a category's own statement, checked by a claim of its own
    return cell.is_change and cell.line is not None and not _in_percent(cell)


def _in_percent(cell: Cell) -> bool:
    return cell.is_percent or cell.figure.number.unit is Unit.PERCENT


def _next(text: str, run: list[Drafted], claim: Drafted) -> bool:
    """Whether ``claim`` continues the list ``run``: right after it, in the same table and
    period, on a line of its own."""
    last = run[-1]
    if _BETWEEN.match(text, last.end, claim.start) is None:
        return False
    (cell,) = claim.link.cells
    first = run[0].link.cells[0]
    return (
        cell.figure.source.id == first.figure.source.id
        and cell.period is not None
        and cell.period == first.period
        and all(_line(cell) != _line(item.link.cells[0]) for item in run)
    )


def _line(cell: Cell) -> str:
    return cell.line or cell.ref


def _joined(run: list[Drafted]) -> list[Drafted]:
    if len(run) < 2:
        return run
    cells = tuple(claim.link.cells[0] for claim in run)
    link = Link(
        tuple(("figures", cell.ref) for cell in cells),
        cells,
        tuple(reason for claim in run for reason in claim.link.reasons),
        tuple(todo for claim in run for todo in claim.link.todos),
    )
    mentions = tuple(m for claim in run for m in claim.mentions)
    return [replace(run[0], end=run[-1].end, link=link, mentions=mentions)]
