"""A level and its change said together are one statement, checked by one claim.

"Thefts (5,210 offences) fell 2.4 percent", "the count reached 7,090, a 3.5 percent rise",
"Fines went up 8% to 1,350" and "there were 41,300 stops, 900 fewer than in 2020" each state a
figure and how it moved. A claim that quotes only one of the two numbers leaves the other
unchecked, so the two are joined into one claim whose quote holds both:

- ``from`` the earlier period and ``to`` the level's cell, when the level's line has the
  earlier period: the period the words name ("than in 2020", "on 2019"), a year back for "on
  the year" or "year-on-year" on a line of months or quarters, else the period just before the
  level's. The stated change (in per cent, or as an amount) must fit the change between the
  two cells, direction and value, or nothing is joined;
- else ``figures``: the level's cell and the change cell of its row ("Change on year", "Net
  change") that the stated change fits, signed by its direction word, or the row that
  publishes its change ("..., change from a year earlier", ``change_rows``) when the change is
  said in the level's own clause;
- else nothing is joined: when the tables hold no earlier period and no change column, they
  check the level and not its change, so the two stay claims of their own (the level
  checked, the change a question for the reporter), as editors write them.

Three numbers, a level, its change and the earlier level ("4,120, up 6% from 3,887"), are one
claim ``from`` the earlier period ``to`` the level when the earlier level stated is that
period's figure and the change fits. The two numbers must otherwise be the only ones of the
statement, and the change's clause must have no
subject of its own ("4,120 burglaries, robberies down 5%" is two statements). A statement
that says the level has not moved ("unchanged over the year at 4.1%", "27.3 years, the same
as in 2015") is a change too: ``from`` the earlier period ``to`` the level's cell, so that the
check can see whether it moved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from claimcheck.article.drafting.change_ends import with_both_ends
from claimcheck.article.drafting.change_fit import change_fits
from claimcheck.article.drafting.change_rows import change_rows
from claimcheck.article.drafting.join_periods import (
    NUMBERS,
    RELATIVE_BASE,
    YEARS,
    named,
    names_other_period,
    other_base,
)
from claimcheck.article.drafting.join_periods import earlier as earlier_cell
from claimcheck.article.drafting.link import Link, Statement, match_values
from claimcheck.article.drafting.link_result import Match, line_name, period_words
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.article.drafting.link_values import fits
from claimcheck.article.drafting.no_change import NO_CHANGE, NO_CHANGE_WORDS
from claimcheck.article.drafting.rolling_years import a_year_apart
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.engine.wording.phrases import FALLING_WORDS, RISING_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "NO_CHANGE_WORDS",
    "joined_change",
    "level_and_change",
    "missing_base",
    "opens_without_subject",
    "with_its_change",
]

_LEVEL_KINDS: Final = frozenset([MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT])
_CHANGE_KINDS: Final = frozenset([*_LEVEL_KINDS, MentionKind.CHANGE])
# Besides the wording table's words, the verbs of a count of jobs or places that grew or
# shrank: "added 5,600 jobs in May, reaching 1.4 million", "with the addition of 61,000".
_RISING: Final = frozenset(word for word in RISING_WORDS if " " not in word) | frozenset(
    ["added", "adding", "adds", "addition", "gained", "gaining"]
)
_FALLING: Final = frozenset(word for word in FALLING_WORDS if " " not in word) | frozenset(
    ["shed", "shedding", "lost", "losing"]
)
_DIRECTION_WORDS = "|".join(sorted(_RISING | _FALLING, key=len, reverse=True))
# Little words between a direction word and its number: "fell by nearly 3%", "a rise of 6%",
# "rose at 21%".
_LINKING = r"(?:by|at|of|some|about|around|roughly|nearly|almost|just|over|only|more\s+than)"
_DIRECTION_BEFORE = lazy_pattern(
    rf"\b(?:{_DIRECTION_WORDS})(?:\s+{_LINKING})*\s+(?:an?\s+)?[£$€]?\Z", re.IGNORECASE
)
# A direction word just after the number: "2,100 fewer", "a 4.4 percent increase", "6% higher".
_DIRECTION_AFTER = lazy_pattern(rf"\s*(?:[a-z-]+\s+)?(?:{_DIRECTION_WORDS})\b", re.IGNORECASE)
# The words a change in apposition may open with, having no subject of its own.
_LEAD_WORDS: Final = frozenset(
    [
        "to", "at", "now", "reaching", "totalling", "totaling", "standing",
        "a", "an", "by", "of", "some", "about", "around", "roughly", "nearly", "almost", "just",
        "over", "only", "more", "than", "still", "also", "slightly", "sharply", "that", "is", "was",
        "were", "which", "this", "it", "representing", "marking",
    ]
)  # fmt: skip
_WORD = lazy_pattern(r"[^\W\d_][\w'’-]*")
# The words that set a change against a base of comparison: "than", "compared with".
_COMPARED_WITH = lazy_pattern(
    r"\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?P<base>[^,;.()]*)",
    re.IGNORECASE,
)
_COMPARED = lazy_pattern(r"\b(?:more|less)\s+than\b", re.IGNORECASE)
# The word before the earlier level of a change: "a 3.4% fall from 1,980", "up 6% on 3,887".
_BASE_BEFORE = lazy_pattern(
    r"\b(?:from|on|than|compared\s+(?:with|to)|against)\s+(?:an?\s+|the\s+)?[£$€]?\Z",
    re.IGNORECASE,
)
# A clause boundary between a level and its change: a comma, semicolon or dash.
_CLAUSE_CUT = lazy_pattern(r"[,;]|\s[-–—]\s")


@dataclass(frozen=True, slots=True)
class _Pair:
    """The level a statement states (with its cell) and the change it states beside it."""

    level: Match
    change: Mention
    sign: int


def opens_without_subject(text: str, start: int, mentions: Sequence[Mention]) -> bool:
    """Whether a clause opens with its change and no subject of its own: "a 4.4 percent
    rise", "down 140,000 on the year", "2,100 fewer than in 2019", "up 6%"."""
    first = min((m.start for m in mentions if m.start >= start), default=None)
    if first is None:
        return False
    words = [word.lower() for word in _WORD.findall(text[start:first])]
    return all(word in _LEAD_WORDS or word in _RISING or word in _FALLING for word in words)


def with_its_change(statement: Statement, linked: Link, catalog: Catalog) -> Link:
    """A statement's link, made the one link of its level and its change when it states both
    and the change fits (a link found by other rules is replaced: this one is checked against
    both numbers); a level said not to have moved is linked from the period its words name
    (or the one before) to the level."""
    joined = joined_change(statement, catalog)
    if joined is not None:
        return joined
    other = _against_another(statement, linked)
    if other is None:
        return with_both_ends(statement, linked, catalog)
    return Link(
        todos=(
            f"the change is said against {other!r}, which is no period of the tables: a change "
            "over time would check another comparison; add the figures it is compared with",
        )
    )


def _against_another(statement: Statement, linked: Link) -> str | None:
    """The base a stated change is compared with, when it is no period and no number ("3%
    lower than the national average", "fewer than in Wales") and the link proposes a change
    over time (two periods of one line, or a published change): the words of that base. A
    comparison of two lines ("higher than the pupil population") is left to the link.
    None otherwise."""
    roles = {role for role, _ in linked.references}
    lines = {cell.line for cell in linked.cells}
    over_time = (roles == {"from", "to"} and len(lines) == 1 and None not in lines) or (
        roles == {"figure"} and all(cell.is_change for cell in linked.cells)
    )
    if not over_time:
        return None
    for mention in statement.mentions:
        if mention.kind not in _CHANGE_KINDS or not _is_change(statement, mention):
            continue
        for base in _COMPARED_WITH.finditer(statement.text, mention.end - statement.start):
            words = base.group("base").strip()
            if words and RELATIVE_BASE.match(words) is None:
                return words
    return None


def joined_change(statement: Statement, catalog: Catalog) -> Link | None:
    """The one link of a statement that states a level and its change (see the module's
    description), or None when the statement is not one, or its change does not fit."""
    matches, _ = match_values(statement, catalog)
    if any(match.base is not None for match in matches):
        return None  # a rate at another base than its figure's is linked through a derived one
    no_change = NO_CHANGE.search(statement.text)
    if no_change is not None:
        return _unchanged(statement, matches, catalog, no_change.start())
    if len(statement.mentions) == 3:
        return _three(statement, matches, catalog)
    pair = _pair(statement, matches)
    if pair is None:
        return None
    level = pair.level.cell
    if other_base(statement, level, pair.change.end - statement.start):
        return None  # the change runs from something the tables do not hold
    earlier = earlier_cell(statement, level, catalog)
    if earlier is not None:
        # "on the previous year" over rolling years: 12 months back, or nothing (rolling_years)
        year_apart = a_year_apart(_from_to(earlier, level, statement), statement, catalog)
        if not year_apart.references or year_apart.cells[0] != earlier:
            return year_apart
        fitting = change_fits(pair.change, pair.sign, earlier, level)
        return year_apart if fitting else None
    if names_other_period(statement, level):
        return None  # the period the words name is not on the level's line
    # "rose by 233 to 4,120", "fell 6% to 4,120": the check binds each number to the cell it
    # fits (engine/judge/fits.py), the change to the change cell and the level to the level
    row = [cell for cell in catalog.cells if cell.is_change and _same_row(cell, level)]
    if not _CLAUSE_CUT.search(statement.text, *_between(statement, pair)):
        # a change row is a figure of its own: a change after a clause boundary is a claim
        # of its own, linked to it ("1.4 million were out of work, down by 210,000")
        row += change_rows(level, catalog)
    published = [cell for cell in row if fits(pair.change, cell, pair.sign)]
    if len(published) == 1:
        return _figures(level, published[0], pair)
    # With no earlier period and no change column, the tables check the level and not its
    # change: the two stay apart, the level supported and the change a question.
    return None


def missing_base(statement: Statement, catalog: Catalog) -> str | None:
    """A question for a change stated beside its level whose base the tables do not hold (no
    earlier period on the level's line, no change column on its row): the level is checked by
    a claim of its own, the change is asked about. None for any other statement."""
    matches, _ = match_values(statement, catalog)
    pair = _pair(statement, matches)
    if pair is None:
        return None
    level = pair.level.cell
    if (
        other_base(statement, level, pair.change.end - statement.start)
        or named(statement, level) is not None
        or earlier_cell(statement, level, catalog) is not None
        or any(cell.is_change and _same_row(cell, level) for cell in catalog.cells)
        or change_rows(level, catalog)
    ):
        return None
    return (
        f"{pair.change.text!r} is the change of {pair.level.mention.text} ({level.ref}), but the "
        f"tables hold no earlier figure of it: add that figure as from and {level.ref} as to"
    )


def level_and_change(statement: Statement, catalog: Catalog) -> tuple[Cell, Mention, int] | None:
    """The level's cell, the change and its direction (1 up, -1 down) of a statement that
    states exactly a level and its change; None for any other statement."""
    pair = _pair(statement, match_values(statement, catalog)[0])
    return None if pair is None else (pair.level.cell, pair.change, pair.sign)


def _pair(statement: Statement, matches: Sequence[Match]) -> _Pair | None:
    """The level and the change of a statement that states exactly these two numbers."""
    stated = [m for m in statement.mentions if m.kind in _CHANGE_KINDS]
    if len(stated) != 2 or len(statement.mentions) != 2:
        return None
    changes = [m for m in stated if _is_change(statement, m)]
    if len(changes) != 1:
        return None
    (change,) = changes
    (level_mention,) = [m for m in stated if m is not change]
    if level_mention.kind not in _LEVEL_KINDS:
        return None
    found = [m for m in matches if m.mention is level_mention and not m.cell.is_change]
    if len(found) != 1:
        return None
    sign = _sign(statement, change)
    return _Pair(found[0], change, sign) if sign else None


def _three(statement: Statement, matches: Sequence[Match], catalog: Catalog) -> Link | None:
    """A level, its change and the earlier level in one statement ("1,912 died in 2022, a
    3.4 percent fall from 1,980 in 2021"): ``from`` the earlier period of the level's line
    (the one the words name, else the one before) ``to`` the level, when the earlier level
    stated is that period's figure and the stated change fits the two."""
    found = _three_numbers(statement)
    if found is None:
        return None
    change, base, stated_level = found
    levels = [m for m in matches if m.mention is stated_level and not m.cell.is_change]
    sign = _sign(statement, change)
    if len(levels) != 1 or not sign:
        return None
    ends = _two_years(statement, levels[0].cell, catalog)
    earlier, level = ends or (earlier_cell(statement, levels[0].cell, catalog), levels[0].cell)
    if earlier is None or earlier.order >= level.order:
        return None
    if not (fits(base, earlier) and fits(stated_level, level)):
        return None
    fitting = change_fits(change, sign, earlier, level)
    return _from_to(earlier, level, statement) if fitting else None


def _three_numbers(statement: Statement) -> tuple[Mention, Mention, Mention] | None:
    """The change, the earlier level (after "from", "on", "than") and the level of a
    statement that states these three numbers; None for any other."""
    stated = [m for m in statement.mentions if m.kind in _CHANGE_KINDS]
    changes = [m for m in stated if _is_change(statement, m)]
    if len(stated) != 3 or len(changes) != 1:
        return None
    (change,) = changes
    bases = [
        m
        for m in stated
        if m is not change and _BASE_BEFORE.search(statement.text, 0, m.start - statement.start)
    ]
    if len(bases) != 1:
        return None
    (base,) = bases
    (level,) = [m for m in stated if m is not change and m is not base]
    return (change, base, level) if level.kind in _LEVEL_KINDS else None


def _two_years(statement: Statement, cell: Cell, catalog: Catalog) -> tuple[Cell, Cell] | None:
    """The cells of the two years a statement names, on ``cell``'s line, earlier first (a
    level stated "about" a value may fit either); None unless it names two with a cell each."""
    years = {int(year) for year in YEARS.findall(statement.text)}
    if len(years) != 2:
        return None
    line = [other for other in catalog.line(cell) if other is not None and not other.is_change]
    found = [
        [other for other in line if other.period is not None and other.period.names([year])]
        for year in sorted(years)
    ]
    if any(len(cells) != 1 for cells in found):
        return None
    return found[0][0], found[1][0]


def _between(statement: Statement, pair: _Pair) -> tuple[int, int]:
    """Where the words between a statement's level and its change lie in its text."""
    spans = sorted(
        (m.start - statement.start, m.end - statement.start)
        for m in (pair.level.mention, pair.change)
    )
    return spans[0][1], spans[1][0]


def _is_change(statement: Statement, mention: Mention) -> bool:
    """Whether a number is stated as a change: by its kind, or by a direction word just
    before it ("fell by 3%", "a rise of 6%") or just after it ("2,100 fewer")."""
    if mention.kind is MentionKind.CHANGE:
        return True
    at, end = mention.start - statement.start, mention.end - statement.start
    return (
        _DIRECTION_BEFORE.search(statement.text, max(0, at - 40), at) is not None
        or _DIRECTION_AFTER.match(statement.text, end) is not None
    )


def _sign(statement: Statement, change: Mention) -> int:
    """The direction of the change: the direction word nearest to it, before or after."""
    at, end = change.start - statement.start, change.end - statement.start
    before = _DIRECTION_BEFORE.search(statement.text, max(0, at - 40), at)
    after = _DIRECTION_AFTER.match(statement.text, end)
    found = before or after
    if found is None:
        return 0
    said = _COMPARED.sub(" ", found.group())  # "down more than 3%": "more" is no rise there
    words = {word.lower() for word in _WORD.findall(said)}
    up, down = bool(words & _RISING), bool(words & _FALLING)
    return 0 if up == down else 1 if up else -1


def _same_row(cell: Cell, level: Cell) -> bool:
    """Whether a change cell is on the level's row: one series read across its columns
    (a "Percent change" label beside the period labels), or one label under two columns."""
    if cell.figure.source.id != level.figure.source.id or cell.ref == level.ref:
        return False
    if cell.figure.name == level.figure.name:
        # a change off the level's line of periods; rows of a table of measures are matched
        # by their labels (``change_rows``)
        return cell.line is None and level.line is not None
    return cell.figure.label is not None and cell.figure.label == level.figure.label


def _from_to(earlier: Cell, level: Cell, statement: Statement) -> Link:
    reason = (
        f"a level and its change along {line_name(level)}: {period_words(earlier)} to "
        f"{period_words(level)}"
    )
    return Link((("from", earlier.ref), ("to", level.ref)), (earlier, level), (reason,), ())


def _figures(level: Cell, change: Cell, pair: _Pair) -> Link:
    reason = (
        f"{pair.level.mention.text} is {level.ref} and {pair.change.text} its published "
        f"change {change.ref}"
    )
    return Link((("figures", level.ref), ("figures", change.ref)), (level, change), (reason,), ())


def _unchanged(
    statement: Statement, matches: Sequence[Match], catalog: Catalog, at: int
) -> Link | None:
    """A level said not to have moved ("unchanged over the year at 4.1%", "27.3 years, the
    same as in 2015"): ``from`` the earlier period ``to`` the level's cell, the latest of its
    line that the stated level fits, so that "unchanged" is checked."""
    stated = [m for m in statement.mentions if m.kind in _LEVEL_KINDS]
    if len(stated) != 1 or len(statement.mentions) != 1 or _is_change(statement, stated[0]):
        return None
    found = [m for m in matches if m.mention is stated[0] and not m.cell.is_change]
    if len(found) != 1 or found[0].cell.line is None:
        return None
    line = [cell for cell in catalog.line(found[0].cell) if cell is not None]
    later = _level_periods([cell for cell in line if fits(stated[0], cell)], statement.text, at)
    if not later:
        return None
    level = later[-1]
    if other_base(statement, level, at):
        return None
    earlier = earlier_cell(statement, level, catalog)
    if earlier is None or earlier.order >= level.order:
        return None
    return _from_to(earlier, level, statement)


def _level_periods(fitting: list[Cell], text: str, at: int) -> list[Cell]:
    """The cells a level said not to have moved may be: those of the period the words before
    the no-change words name ("In 2020 the age was 27.3, the same as in 2015"), else those of
    any period but the one the words after it name (2015 there)."""
    text = NUMBERS.sub(" ", text)
    own, other = period_of(text[:at]), period_of(text[at:])
    if own is not None and own.years:
        return [c for c in fitting if c.period is not None and c.period.names(own.years)]
    if other is not None and other.years:
        return [c for c in fitting if c.period is None or not c.period.names(other.years)]
    return fitting
