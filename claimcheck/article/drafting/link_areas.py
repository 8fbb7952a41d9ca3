"""Two areas or groups compared in one statement: one claim with both figures.

"The rate was higher in Northvale (7.9) than in Eastmoor (3.9)" and "lower among girls, at
4.1, than among boys, at 6.0" state two figures of one measure (one column, one period, two
rows) and how they stand. Each number links by meaning and value to its own row; when the
words between the two numbers compare them (``engine.judge.between``: "below the national
average of", or a comparative split around the first number, "higher in A (x) than in B"),
the statement gets ``figures:`` with both, in the order written, and the check judges each
number and the comparison between the two.

Two numbers on two rows of different columns or periods, or of two tables, or on two rows
that are different measures ("Live births" and "Birth rate per 1,000", ``text.measures``), are
not one comparison of areas: they are left to the other rules (a change, or a claim of its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.link_result import Link, Match, Statement
from claimcheck.article.drafting.link_revised import revision
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.engine.judge.between import between
from claimcheck.text.measures import mixed_measures

__all__ = ["areas_compared", "two_estimates_or_areas"]


def two_estimates_or_areas(
    statement: Statement, matches: Sequence[Match], catalog: Catalog, notes: Sequence[str]
) -> Link | None:
    """Two figures of one statement that are no change along a line: two rows compared
    (``areas_compared``), else the two estimates of a revision (``link_revised``); None."""
    areas = areas_compared(matches, statement, notes)
    if areas is not None:
        return areas
    revised = revision(statement, matches, catalog)
    return None if revised is None else replace(revised, todos=(*notes, *revised.todos))


def areas_compared(
    matches: Sequence[Match], statement: Statement, notes: Sequence[str]
) -> Link | None:
    """Both figures of two rows of one column compared in the statement (see the module), or
    None."""
    if len(matches) != 2:
        return None
    first, second = sorted(matches, key=lambda match: match.mention.start)
    one, other = first.cell, second.cell
    if (
        one.ref == other.ref
        or one.figure.source.id != other.figure.source.id
        or one.column_title != other.column_title
        or one.period != other.period
        or (one.line is not None and one.line == other.line)
        or one.is_change != other.is_change
        or mixed_measures([one.figure.label or "", other.figure.label or ""]) is not None
    ):
        return None
    start = statement.start
    found = between(statement.text, first.mention.end - start, second.mention.start - start)
    if found is None:
        return None
    said = statement.text[found.start : found.end].strip(" ,(")
    return Link(
        (("figures", one.ref), ("figures", other.ref)),
        (one, other),
        (
            f"{first.mention.text} is {one.ref}",
            f"{second.mention.text} is {other.ref}",
            f"{one.ref} and {other.ref}, two rows of one column, compared: {said!r}",
        ),
        tuple(notes),
    )
