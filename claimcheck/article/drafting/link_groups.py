"""Comparisons between two groups: two lines the words name, in one period, or nothing.

"Black pupils were three times as likely to be excluded as white pupils" and "men earned 17%
more than women" compare two groups, not two periods. A change over time on one line (the
subject's last two years, say) checks something the sentence never said, and came out
supported or contradicted by chance. So a statement that compares groups is linked only to
the line the words before the comparison name and the line the words after it name, in the
same period (the one the clause names, else the latest), ``from`` the group compared with
``to`` the subject; when the words do not name one line on each side, nothing is proposed
and the comment says so. A comparison is:

- a multiple, or a per cent, followed by "than" or "as ... as" (with at most a few words
  between): "three times higher than", "17% more than", "twice as likely to be excluded as";
- a multiple of another group's figure: "at three times the rate of white pupils", "three
  times the national increase", "twice the London rate", "1.5 times that of girls";
- a multiple of a likelihood ("four times as likely to be stopped"), with or without
  "than" and the other group: a likelihood is always a group's against another's, never a
  line's against its own past;

and the words after it are no period ("than a year earlier", "than in 2019", "as last year"
compare periods and are left to the rules for changes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.article.drafting.link_named import name_text, name_words
from claimcheck.article.drafting.link_rate_words import is_rate
from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import meaning, when
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.scan import MentionKind
from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Comparison", "compared", "group_link", "grouped"]

# After the number: the comparative and the word that brings in the other group.
_THAN = lazy_pattern(
    r"\A\s*(?:times\s+|-?fold\s+)?(?:(?:more|less|higher|lower|greater|fewer|bigger|smaller"
    r"|larger|above|below)\s+(?:[a-z]+\s+){0,3}?than"
    r"|as\s+(?:likely|many|much|high|often|large|big|great)\b(?:\s+[a-z]+){0,5}?\s+as"
    # "more likely to be excluded": a likelihood is a group's, whether or not "than" names
    # the other group
    r"|(?:more|less)\s+likely\b(?:[^,;.]*?\bthan\b)?"
    r"|the\s+(?:rate|level|number|share|proportion|figure)\s+(?:of|for|among)"
    # "1.5 times that of girls": the other group's figure, named by "that of"
    r"|(?:that|those)\s+(?:of|for|among)\b"
    r"|(?=the\s+(?:national|regional|overall|average|country's|nation's|(?-i:[A-Z])\w+)\b))",
    re.IGNORECASE,
)
# After "than" or "as": words that make it a comparison in time, not between groups.
_IN_TIME = lazy_pattern(
    r"\s*(?:(?:in|on|at|during|for)\s+)?(?:the\s+|a\s+|one\s+|that\s+|its\s+|this\s+)?"
    r"(?:previous|last|prior|year|month|quarter|decade|week|before|earlier|ever|then|previously"
    r"|pre-|a\s+year|(?:\w+\s+)?(?:years?|months?|decades?)\s+(?:ago|earlier|before)"
    r"|expected|forecast|predicted|usual|normal|\d)",
    re.IGNORECASE,
)
# "than in 2019", "than March": the other end is a period.
_A_PERIOD = lazy_pattern(
    r"\s*(?:(?:in|on|at|during|for)\s+)?(?:the\s+)?(?:(?:18|19|20)\d\d\b|(?:"
    + month_pattern()
    + r")\b)"
)
_TOTAL = lazy_pattern(r"\A\s*(?:all|total|overall)\b|\btotal\Z", re.IGNORECASE)
# A comparison of likelihoods or rates is one of rates.
_RATE_WORDS = lazy_pattern(r"\b(?:likely|likelier|rate|rates|risk|chance)\b", re.IGNORECASE)
# A comparison of two groups' changes ("Merseyside's rise was twice London's").
_CHANGE_NOUNS = lazy_pattern(
    r"\b(?:rises?|increases?|falls?|drops?|growth|declines?|changes?|jumps?|fast(?:er)?"
    r"|quickly|slowly)\b",
    re.IGNORECASE,
)
_KINDS = frozenset([MentionKind.MULTIPLE, MentionKind.PERCENT])


@dataclass(frozen=True, slots=True)
class Comparison:
    """The two sides of a comparison between groups: the words before it and after it."""

    subject: str
    other: str


def compared(statement: Statement) -> Comparison | None:
    """The comparison between groups the statement makes (see the module), or None."""
    for mention in statement.mentions:
        if mention.kind not in _KINDS:
            continue
        end = mention.end - statement.start
        # "three times as likely" and "17 per cent more" put the comparison after the number
        found = _THAN.match(statement.text[end:])
        if found is None:
            continue
        after = statement.text[end + found.end() :]
        if _IN_TIME.match(after) or _A_PERIOD.match(after):
            return None
        return Comparison(statement.text[: mention.start - statement.start], after)
    return None


@dataclass(frozen=True, slots=True)
class _Sides:
    """The cells of the two groups a comparison names, in one period and one measure."""

    subject: Cell
    other: Cell


def group_link(comparison: Comparison, statement: Statement, catalog: Catalog) -> Link:
    """The two lines the sides name, in one period, or only the reason there are none."""
    sides = _line(concepts(comparison.subject), catalog), _line(concepts(comparison.other), catalog)
    pair = None if None in sides else _pick(sides[0] or [], sides[1] or [], statement, catalog)
    if pair is None:
        return Link(
            todos=(
                "a comparison between two groups: the words do not name a table line for "
                "each, in one period; add references",
            )
        )
    subject, other = pair.subject, pair.other
    reason = f"{subject.ref} against {other.ref}: two groups the words name"
    return Link((("from", other.ref), ("to", subject.ref)), (other, subject), (reason,))


def _pick(
    subject: list[Cell], other: list[Cell], statement: Statement, catalog: Catalog
) -> _Sides | None:
    """A cell of each group's row in one period and one measure: the period the clause
    names, else the latest; the measure (column) both rows have, a rate for "as likely" or
    "the rate of", else the one the clause's words name best; never a column of changes
    unless the clause compares changes ("rose twice as fast as")."""
    if {cell.ref for cell in subject} & {cell.ref for cell in other}:
        return None
    pairs = _pairs(subject, other, statement)
    if _RATE_WORDS.search(statement.text):
        pairs = [pair for pair in pairs if is_rate(pair.subject, catalog)] or pairs
    if len({_measure(pair.subject) for pair in pairs}) > 1:
        top = max(meaning(pair.subject, statement.words) for pair in pairs)
        pairs = [pair for pair in pairs if meaning(pair.subject, statement.words) == top]
    if not pairs or len({_measure(pair.subject) for pair in pairs}) != 1:
        return None
    return max(pairs, key=lambda pair: pair.subject.order)


def _pairs(subject: list[Cell], other: list[Cell], statement: Statement) -> list[_Sides]:
    """The cells of the two groups in one period and one measure; those of the period the
    clause names, when it names one."""
    changes = bool(_CHANGE_NOUNS.search(statement.text))
    pairs = [
        _Sides(one, two)
        for one in subject
        for two in other
        if one.period == two.period
        and _measure(one) == _measure(two)
        and (changes or not (one.is_change or two.is_change))  # levels, unless said of changes
    ]
    named = [pair for pair in pairs if when(pair.subject, statement.words) > 0]
    return named or pairs


def _measure(cell: Cell) -> str:
    """What a cell measures, apart from its group and period: the table of a line (each
    group's line runs through the same periods), or the column of a row of categories."""
    if cell.line is not None:
        return cell.figure.source.id
    return f"{cell.figure.source.id}:{cell.column_title}"


def grouped(found: Link, statement: Statement, catalog: Catalog) -> Link:
    """``found``, unless the statement compares two groups and ``found`` is a change over
    time (two periods, or one line): then the two groups' lines, or nothing."""
    roles = {role for role, _ in found.references}
    if roles != {"from", "to"} or len(found.cells) != 2:
        return found
    comparison = compared(statement)
    if comparison is None:
        return found
    first, last = found.cells
    if first.line != last.line and first.period == last.period:
        return found
    linked = group_link(comparison, statement, catalog)
    return linked if linked.references else Link(todos=(*found.todos, *linked.todos))


def _line(words: frozenset[str], catalog: Catalog) -> list[Cell] | None:
    """The cells of the one line (or row of categories) whose whole name is in ``words`` and
    said most fully ("Black Caribbean pupils" names "Black Caribbean" over "All pupils")."""
    found: dict[str, list[Cell]] = {}
    size: dict[str, int] = {}
    for cell in catalog.cells:
        name = name_words(cell)
        if name and name <= words:
            key = cell.line or f"{cell.figure.source.id}:{name_text(cell)}"
            found.setdefault(key, []).append(cell)
            size[key] = len(name)
    most = [key for key in found if size[key] == max(size.values(), default=0)]
    if len(most) > 1:
        # "black pupils" says "pupils" of the line "All pupils" too: a group over the total
        most = [key for key in most if not _TOTAL.search(name_text(found[key][0]))]
    return found[most[0]] if len(most) == 1 else None  # no line, or several said as fully
