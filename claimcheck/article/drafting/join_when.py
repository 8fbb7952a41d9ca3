"""A change and its base stated in a "when" clause are one statement.

"3.4% lower than the previous low in 2009, when the rate was 1.71" states a change and, after
", when", the level it runs from: the stated base is the figure of the year the change names.
Read apart, the change had no line of its own words ("the previous low") and the base was
checked alone. They are one claim, ``from`` the named period's cell ``to`` the current level
of the same line, when meaning and value agree:

- the base's line is one the statements just before spoke of (in the sentence, or the one
  before: "The rate fell to 1.62 ... It is 3.4% lower than ..."), or the one the "when"
  clause's own words link, and that line's cell in the year the change names holds the
  stated base (within its written precision);
- the current level is the cell of that line the statements before linked last (a later
  period than the base's), or the cell of the other year the change names ("in 2022 the rate
  was 3.4% lower than in 2009, when ...");
- the stated change fits the move from the base to the level (``change_fit``).

Otherwise nothing is joined: a line chosen by its value alone, or a level guessed, would be
a wrong verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.change_fit import change_fits
from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.join_periods import NUMBERS, YEARS
from claimcheck.article.drafting.link_result import Link, line_name, period_words
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.article.drafting.link_values import fits
from claimcheck.article.drafting.statements import direction
from claimcheck.article.scan import MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["with_when_bases"]

_LEVEL_KINDS = frozenset([MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT])
# "when the rate was 1.71", "when there were 690,000", "when 200,000 jobs were added",
# "when 3,990 offences were recorded"
_WHEN = lazy_pattern(
    r"when\s+(?:(?:the|its|it|there|this|that|they)\b|(?:just\s+|only\s+)?(?=[£$€]?\d))",
    re.IGNORECASE,
)
_GAP = lazy_pattern(r"\s*,\s*\Z")
# A base year right after its word: "than 2021", "than in 2021", "on 2019", "from 2019".
_BASE_YEAR = lazy_pattern(
    r"\b(?:than|on|compared\s+(?:with|to))\s+(?:in\s+|the\s+)?(?P<year>(?:18|19|20)\d\d)\b",
    re.IGNORECASE,
)
# The word that brings in the base year of the change: "than (in) 2009", "from 2009".
_BASE_WORD = lazy_pattern(r"\b(?:than|from|on|since|compared\s+(?:with|to))\b", re.IGNORECASE)


def with_when_bases(text: str, drafted: Sequence[Drafted], catalog: Catalog) -> list[Drafted]:
    """The drafted claims of a sentence and the one before it, each change followed by its
    base in a "when" clause joined with it (see the module)."""
    result: list[Drafted] = []
    for claim in drafted:
        joined = _joined(text, result, claim, catalog) if result else None
        if joined is not None:
            result[-1] = joined
        else:
            result.append(_base_as_level(text, claim))
    return result


def _base_as_level(text: str, claim: Drafted) -> Drafted:
    """A change whose words name one year, as its base ("3.6% lower than 2021", "down 4% on
    2019"), and whose link ends in that year, reads the base as the level: its link is
    replaced by a question (a false contradicted otherwise)."""
    roles = dict(claim.link.references)
    if set(roles) != {"from", "to"} or len(claim.mentions) != 1 or len(claim.link.cells) != 2:
        return claim
    years = {int(year) for year in YEARS.findall(text, claim.start, claim.end)}
    if len(years) != 1:
        return claim
    (year,) = years
    based = _BASE_YEAR.search(text, claim.start, claim.end)
    last = claim.link.cells[-1]
    if based is None or int(based.group("year")) != year or last.ref != roles["to"]:
        return claim
    if last.period is None or not last.period.names([year]):
        return claim
    question = (
        f"{year} is the base the change is stated against, but the link ends there: add the "
        "figure it runs to as to and the one of that year as from"
    )
    return replace(claim, link=Link(todos=(question,)))


def _joined(
    text: str, before: Sequence[Drafted], when: Drafted, catalog: Catalog
) -> Drafted | None:
    """The change just before a "when" clause joined with it, or None."""
    change = before[-1]
    if (
        _WHEN.match(text, when.start, when.end) is None
        or _GAP.search(text, change.end, when.start) is None
        or len(when.mentions) != 1
        or when.mentions[0].kind not in _LEVEL_KINDS
    ):
        return None
    if _holds_base(change, when):
        # "fell to 620,000 in 2022, 10.1% fewer than in 2009, when there were 690,000": the
        # change is linked from the base the "when" clause states
        return replace(change, end=when.end, mentions=change.mentions + when.mentions)
    if len(change.mentions) != 1:
        return None
    sign = direction(text, change.start, change.end)
    years = sorted({int(year) for year in YEARS.findall(text, change.start, change.end)})
    months = _months(text, change) if not years else frozenset()
    if not sign or not (years or months):
        return None
    if _BASE_WORD.search(text, change.start, change.end) is None:
        return None
    earlier = before[:-1]
    for line in _lines(earlier, when):
        found = (
            _ends(line, years, earlier, when, catalog)
            if years
            else _month_ends(line, months, earlier, when, catalog)
        )
        if found is None:
            continue
        base, level = found
        if not change_fits(change.mentions[0], sign, base, level):
            return None
        reason = (
            f"a change and its base in a 'when' clause, along {line_name(level)}: "
            f"{period_words(base)} ({when.mentions[0].text}) to {period_words(level)}"
        )
        link = Link((("from", base.ref), ("to", level.ref)), (base, level), (reason,), ())
        return replace(change, end=when.end, link=link, mentions=change.mentions + when.mentions)
    return None


def _months(text: str, change: Drafted) -> frozenset[int]:
    """The months the change names after its base word ("from last February"), when it names
    no year: on a line of months, the base is the one cell of that month holding the base."""
    based = _BASE_WORD.search(text, change.start, change.end)
    if based is None:
        return frozenset()
    period = period_of(NUMBERS.sub(" ", text[based.start() : change.end]))
    return period.months if period is not None and not period.years else frozenset()


def _month_ends(
    line: str,
    months: frozenset[int],
    earlier: Sequence[Drafted],
    when: Drafted,
    catalog: Catalog,
) -> tuple[Cell, Cell] | None:
    """The base cell (the one cell of the month named that holds the stated base) and the
    current level (the cell of the line the statements before linked last, a later one) of
    ``line``; None when meaning and value do not agree."""
    cells = [cell for cell in catalog.lines.get(line, ()) if cell is not None]
    named = [c for c in cells if c.period is not None and c.period.months & months]
    bases = [c for c in named if fits(when.mentions[0], c)]
    linked = [c for claim in earlier for c in claim.link.cells if c.line == line]
    if len(bases) != 1 or not linked:
        return None
    level = max(linked, key=lambda cell: cell.order)
    return (bases[0], level) if level.order > bases[0].order else None


def _holds_base(change: Drafted, when: Drafted) -> bool:
    """Whether a change is linked ``from`` a cell of the year it names that holds the value
    the "when" clause states."""
    roles = dict(change.link.references)
    if set(roles) != {"from", "to"} or len(change.link.cells) != 2:
        return False
    base = change.link.cells[0]
    return base.ref == roles["from"] and fits(when.mentions[0], base)


def _lines(earlier: Sequence[Drafted], when: Drafted) -> list[str]:
    """The lines the base may be on: those the statements before linked, the latest first,
    then the one the "when" clause's own link names."""
    found = [cell.line for claim in reversed(earlier) for cell in claim.link.cells]
    found += [cell.line for cell in when.link.cells]
    return list(dict.fromkeys(line for line in found if line is not None))


def _ends(
    line: str, years: list[int], earlier: Sequence[Drafted], when: Drafted, catalog: Catalog
) -> tuple[Cell, Cell] | None:
    """The base cell (the first year the change names, holding the stated base) and the
    current level (the other year named, else the cell the statements before linked last)
    of ``line``; None when meaning and value do not agree."""
    cells = [cell for cell in catalog.lines.get(line, ()) if cell is not None]
    bases = [c for c in cells if c.period is not None and c.period.names([years[0]])]
    if len(bases) != 1 or not fits(when.mentions[0], bases[0]):
        return None
    (base,) = bases
    if len(years) == 2:
        levels = [c for c in cells if c.period is not None and c.period.names([years[1]])]
    elif len(years) == 1:
        linked = [c for claim in earlier for c in claim.link.cells if c.line == line]
        levels = [max(linked, key=lambda cell: cell.order)] if linked else []
    else:
        return None
    if len(levels) != 1 or levels[0].order <= base.order:
        return None
    return base, levels[0]
