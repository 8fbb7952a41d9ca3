"""Linking a statement to the source figures it states, by meaning first and value second.

For each stated number the cells whose value it can stand for are ranked by meaning points
(``link_values``); the period the clause names breaks ties. A number links only when one cell
stands out and has meaning, or when the number is precise enough that one matching cell
cannot be a coincidence. Then, by what the statement says:

- two linked numbers on one line: a change, ``from`` the earlier period ``to`` the later;
- one linked number with change wording ("fell to", "up from", "since"): a change between it
  and the other end of the same line: the number the sentence links elsewhere, else the period
  just before it (for "fell to N") or the latest period (for "up from N", "since N");
- one linked number and a percentage read as its share of another figure of the same series
  ("6,565 (63%) of the penalties"): ``part`` and ``whole``;
- only a change stated (per cent, points, a multiple, a difference): the line whose words fit
  the statement best, between the periods the statement names, else the latest and the one
  before;
- otherwise one linked number: ``figure``.

A statement where nothing stands out gets no references and a reason, for the reporter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import (
    SENTENCE_POINTS,
    THREAD_POINTS,
    TITLE_POINTS,
    Words,
    best,
    fits,
    meaning,
    precise,
    shared,
    when,
    within,
)
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Link", "Statement", "link", "match_values"]

_VALUE_KINDS = frozenset(
    [MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT, MentionKind.SHARE]
)
_CHANGE_KINDS = frozenset([MentionKind.CHANGE, MentionKind.MULTIPLE, MentionKind.PERCENT])
_CHANGE_WORDS = lazy_pattern(
    r"\b(rose|risen|rise|rises|rising|increased?|increases|up|jumped|soared|leapt|leaped|surged"
    r"|climbed|grew|growth|gained?|rocketed|fell|fallen|falls?|dropped|drops?|down|declined?"
    r"|decreased?|plunged|plummeted|slumped|tumbled|dipped|slid|revised|remained|stayed"
    r"|unchanged|stable|steady|compared|since|from|lowest|highest|record|doubled|tripled"
    r"|halved|fold|times|ticked)\b",
    re.IGNORECASE,
)
_FROM_BEFORE = lazy_pattern(
    r"\b(from|on|since|compared\s+with|compared\s+to|against|than|when\s+there\s+were)\b"
    r"[^,;.]{0,80}\Z",
    re.IGNORECASE,
)
_FROM_WORD = lazy_pattern(r"\bfrom\s+(?:an?\s+|the\s+)?\Z", re.IGNORECASE)
_TO_BEFORE = lazy_pattern(r"\b(to|at|reached|hit)\s+(?:a\s+|an\s+|the\s+)?[^,;.\s]*\s*\Z", re.I)
_BY_BEFORE = lazy_pattern(
    r"\bby\s+(?:just\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?\Z", re.I
)
_SHARE_WORDS = lazy_pattern(r"\bof\b|\(\s*$|\bor\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Statement:
    """A clause to link: its text, its statistical numbers and its words."""

    text: str
    start: int
    mentions: tuple[Mention, ...]
    words: Words


@dataclass(frozen=True, slots=True)
class Link:
    """The references proposed for a statement, the cells they name, and why."""

    references: tuple[tuple[str, str], ...] = ()
    cells: tuple[Cell, ...] = ()
    reasons: tuple[str, ...] = ()
    todos: tuple[str, ...] = field(default=())

    @property
    def lines(self) -> frozenset[str]:
        return frozenset(cell.line for cell in self.cells if cell.line is not None)


@dataclass(frozen=True, slots=True)
class Match:
    """A stated number and the one cell it stands for."""

    mention: Mention
    cell: Cell
    points: int


def match_values(statement: Statement, catalog: Catalog) -> tuple[list[Match], list[str]]:
    """The cell each stated number stands for, and a note for each number that has none."""
    matches: list[Match] = []
    notes: list[str] = []
    for mention in statement.mentions:
        if mention.kind not in _VALUE_KINDS and mention.kind is not MentionKind.CHANGE:
            continue
        fitting = [
            cell
            for cell in catalog.cells
            if fits(mention, cell)
            and (mention.kind in _VALUE_KINDS or cell.line is None or cell.is_change)
        ]
        if not fitting:
            continue
        scored = [(meaning(c, statement.words) * 4 + when(c, statement.words), c) for c in fitting]
        top = best(scored)
        chosen = _one(top, catalog)
        points = meaning(chosen.cell, statement.words) if chosen is not None else 0
        if chosen is None:
            refs = ", ".join(cell.ref for _, cell in top[:3])
            notes.append(f"{mention.text!r} fits {refs} equally; pick one")
        elif points >= SENTENCE_POINTS or (len(fitting) == 1 and _unique_enough(mention, points)):
            matches.append(Match(mention, chosen.cell, points))
        else:
            notes.append(
                f"{mention.text!r} has the value of {chosen.cell.ref}, but no word of the "
                "sentence names it; confirm or add the reference"
            )
    return matches, notes


def _unique_enough(mention: Mention, points: int) -> bool:
    """A number that is the only one of its value in the tables links on less meaning: with
    four significant figures on none ("42,915"), with three on its table's title words."""
    if precise(mention):
        return True
    three_figures = mention.step > 0 and mention.value >= 100 * mention.step
    return three_figures and not mention.qualifier and points >= TITLE_POINTS


@dataclass(frozen=True, slots=True)
class _Choice:
    cell: Cell


def _one(top: Sequence[tuple[int, Cell]], catalog: Catalog) -> _Choice | None:
    """The cell that stands out; among cells of one line that tie, the latest."""
    if not top:
        return None
    lines = {cell.line for _, cell in top}
    if len(top) == 1:
        return _Choice(top[0][1])
    if len(lines) == 1 and None not in lines:
        return _Choice(max((cell for _, cell in top), key=lambda cell: cell.order))
    return None


def link(statement: Statement, catalog: Catalog, sentence_cells: Sequence[Cell]) -> Link:
    """The references for one statement (see the module's description)."""
    matches, notes = match_values(statement, catalog)
    change = _CHANGE_WORDS.search(statement.text) is not None
    by_line: dict[str, list[Match]] = {}
    for match in matches:
        if match.cell.line is not None:
            by_line.setdefault(match.cell.line, []).append(match)
    for line, members in by_line.items():
        orders = {m.cell.order for m in members}
        if len(orders) >= 2:
            first = min(members, key=lambda m: m.cell.order)
            last = max(members, key=lambda m: m.cell.order)
            return _change(first.cell, last.cell, statement, notes, matches, line)
    compared = _compared(matches, statement) if change else None
    if compared is not None:
        return _change(compared[0], compared[1], statement, notes, matches, None)
    if matches:
        first_match = matches[0]
        before = statement.text[: first_match.mention.start - statement.start]
        amount = _BY_BEFORE.search(before) is not None or first_match.cell.is_change
        stated_from = _stated_from(first_match, statement)
        start = _same_table(stated_from, first_match.cell, catalog) if stated_from else None
        if change and not amount and start is not None:
            # "revised up to 180,000 from 142,000": from the figure the number after "from" is
            return _change(start, first_match.cell, statement, notes, matches, None)
        if change and not amount and first_match.mention.kind is not MentionKind.CHANGE:
            other = _other_end(first_match, statement, catalog, sentence_cells)
            if other is not None:
                pair = sorted((first_match.cell, other), key=lambda cell: cell.order)
                return _change(pair[0], pair[1], statement, notes, matches, first_match.cell.line)
        share = _share(first_match, statement, catalog)
        if share is not None:
            return share
        return _figure(first_match, statement, notes, matches)
    if any(m.kind in _CHANGE_KINDS for m in statement.mentions):
        return _change_only(statement, catalog, notes)
    return Link(todos=tuple(notes) or ("no source figure matches these numbers",))


def _compared(matches: Sequence[Match], statement: Statement) -> tuple[Cell, Cell] | None:
    """Two linked numbers of one table on different lines that the sentence sets against each
    other with "from" ("revised up to 180,000 from 142,000"): from the one after "from"."""
    if len(matches) < 2:
        return None
    one, other = matches[0], matches[1]
    if one.cell.figure.source.id != other.cell.figure.source.id or one.cell.line == other.cell.line:
        return None
    for earlier, later in ((one, other), (other, one)):
        before = statement.text[: earlier.mention.start - statement.start]
        if _FROM_WORD.search(before):
            return earlier.cell, later.cell
    return None


def _change(
    first: Cell,
    last: Cell,
    statement: Statement,
    notes: list[str],
    matches: Sequence[Match],
    line: str | None,
) -> Link:
    used = {first.ref, last.ref}
    todos = [
        f"{m.mention.text!r} matches {m.cell.ref}: check it in a claim of its own"
        for m in matches
        if m.cell.ref not in used and m.cell.line != line
    ]
    reason = f"change along {_line_name(first)}: {_period_words(first)} to {_period_words(last)}"
    words = shared(first, statement.words)
    if words:
        reason += f" (words: {', '.join(words)})"
    return Link((("from", first.ref), ("to", last.ref)), (first, last), (reason,), (*notes, *todos))


def _figure(match: Match, statement: Statement, notes: list[str], matches: Sequence[Match]) -> Link:
    todos = [
        f"{m.mention.text!r} matches {m.cell.ref}: check it in a claim of its own"
        for m in matches[1:]
        if m.cell.ref != match.cell.ref
    ]
    words = shared(match.cell, statement.words)
    reason = f"{match.mention.text} is {match.cell.ref}"
    if words:
        reason += f" (words: {', '.join(words)})"
    return Link((("figure", match.cell.ref),), (match.cell,), (reason,), (*notes, *todos))


def _other_end(
    match: Match, statement: Statement, catalog: Catalog, sentence_cells: Sequence[Cell]
) -> Cell | None:
    """The other end of the change a statement with one linked number states."""
    cell = match.cell
    if cell.line is None:
        return None
    before = statement.text[: match.mention.start - statement.start]
    if _FROM_BEFORE.search(before) is None:
        if _stated_from(match, statement) is not None:
            return None  # the statement names its other end (see link), none is invented
        return catalog.before(cell)  # "fell to N": N against the period before
    later = [c for c in sentence_cells if c.line == cell.line and c.order > cell.order]
    if later:
        return max(later, key=lambda c: c.order)  # "down from N": to the level stated
    latest = catalog.latest(cell.line)
    return latest if latest is not None and latest.order > cell.order else None


def _stated_from(match: Match, statement: Statement) -> Mention | None:
    """Another stated number the statement compares with ("... from 142,000")."""
    for mention in statement.mentions:
        if mention is match.mention or mention.kind not in _VALUE_KINDS:
            continue
        if _FROM_WORD.search(statement.text[: mention.start - statement.start]):
            return mention
    return None


def _same_table(mention: Mention, cell: Cell, catalog: Catalog) -> Cell | None:
    """The one cell of ``cell``'s table, on its line or in its period, that ``mention`` fits."""
    found = [
        other
        for other in catalog.cells
        if other.figure.source.id == cell.figure.source.id
        and other.ref != cell.ref
        and fits(mention, other)
        and (other.line == cell.line or (other.period is not None and other.period == cell.period))
    ]
    return found[0] if len(found) == 1 else None


def _share(match: Match, statement: Statement, catalog: Catalog) -> Link | None:
    """Part and whole: a count and the percentage it is of another figure of its series."""
    part = match.cell
    for mention in statement.mentions:
        percent = mention.kind is MentionKind.PERCENT or (
            mention.kind is MentionKind.SHARE and "%" in mention.text
        )
        if not percent or mention is match.mention:
            continue
        before = statement.text[: mention.start - statement.start]
        after = statement.text[mention.end - statement.start :]
        if not (_SHARE_WORDS.search(before) or after.lstrip().lower().startswith("of")):
            continue
        wholes = [
            cell
            for cell in catalog.cells
            if cell.figure.source.id == part.figure.source.id
            and cell.figure.name == part.figure.name
            and cell.ref != part.ref
            and cell.figure.number.value > part.figure.number.value
            and _share_fits(mention, part, cell)
        ]
        if len(wholes) == 1:
            whole = wholes[0]
            reason = f"{mention.text} is {part.ref} as a share of {whole.ref}"
            return Link((("part", part.ref), ("whole", whole.ref)), (part, whole), (reason,))
    return None


def _share_fits(mention: Mention, part: Cell, whole: Cell) -> bool:
    ratio = part.figure.number.value / whole.figure.number.value * 100
    return within(mention.value, mention.step, mention.qualifier, ratio)


def _change_only(statement: Statement, catalog: Catalog, notes: list[str]) -> Link:
    """A statement that states only a change: the line its words name, between the periods it
    names or the latest two."""
    scored: list[tuple[int, str]] = []
    for name, members in catalog.lines.items():
        cells = [cell for cell in members if cell is not None]
        if len(cells) < 2:
            continue
        points = max(meaning(cell, statement.words) for cell in cells)
        if any(cell.words & statement.words.clause for cell in cells):
            scored.append((points, name))
    if not scored:
        scored = _on_thread(statement, catalog)
    if not scored:
        return Link(todos=(*notes, "no table line is named by these words; add references"))
    top = max(points for points, _ in scored)
    names = [name for points, name in scored if points >= top - THREAD_POINTS]
    named = max(meaning(cell, statement.words) for cell in catalog.cells)
    if named > top + THREAD_POINTS:
        # a figure with no earlier period is named better than any line: a line is proposed
        # only when the stated change is its latest change
        names = _closest(names, statement, catalog)
        if not names:
            return Link(todos=(*notes, "the words name a figure with no earlier period to compare"))
    if len(names) > 1:
        names = _closest(names, statement, catalog)
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
    """A change with no words of its own ("The rise of more than 13,000 was ...") speaks of
    the line the previous sentence spoke of, when its latest change is what is stated."""
    found = []
    for name in sorted(statement.words.thread):
        cells = [cell for cell in catalog.lines.get(name, ()) if cell is not None]
        if len(cells) >= 2 and _stated_fits(statement.mentions, cells[-2], cells[-1]):
            found.append((THREAD_POINTS, name))
    return found if len(found) == 1 else []


def _stated_fits(mentions: Sequence[Mention], first: Cell, last: Cell) -> bool:
    before, after = first.figure.number.value, last.figure.number.value
    for mention in mentions:
        if mention.kind is MentionKind.MULTIPLE and before:
            return within(mention.value, mention.step, mention.qualifier, after / before)
        if mention.kind is MentionKind.CHANGE:
            return within(mention.value, mention.step, mention.qualifier, abs(after - before))
        if mention.kind is MentionKind.PERCENT and before:
            change = abs(after - before) / before * 100
            return within(mention.value, mention.step, mention.qualifier, change)
    return False


def _pair_on(name: str, statement: Statement, catalog: Catalog, notes: list[str]) -> Link:
    cells = [cell for cell in catalog.lines[name] if cell is not None]
    words = statement.words
    named = [c for c in cells if c.period is not None and c.period.names(words.years, ())]
    latest = cells[-1]
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
    return _change(first, last, statement, notes, [], name)


def _closest(names: list[str], statement: Statement, catalog: Catalog) -> list[str]:
    """Among lines that the words name equally, those whose latest change is what is stated
    (within its written precision): a value breaks a tie of meaning, never more."""
    fitting = []
    for name in names:
        cells = [cell for cell in catalog.lines[name] if cell is not None]
        if _stated_fits(statement.mentions, cells[-2], cells[-1]):
            fitting.append(name)
    return fitting


def _line_name(cell: Cell) -> str:
    label = cell.figure.label
    if cell.line is not None and cell.line.endswith("]"):
        return f"row {label!r} of {cell.figure.source.id}"
    return f"{cell.figure.source.id}.{cell.figure.name}"


def _period_words(cell: Cell) -> str:
    if cell.line is not None and cell.line.endswith("]"):
        return repr(cell.column_title)
    return repr(cell.figure.label)
