"""Linking a statement to the source figures it states, by meaning first and value second.

For each stated number the cells whose value it can stand for are ranked by meaning points
(``link_values``); the period the clause names breaks ties. A number links only when one cell
stands out and has meaning, or when the number is precise enough that one matching cell
cannot be a coincidence. A statement that places its figure in time ("a record 12,904", "the
highest since 2007") prefers a cell in a period-ordered series to the same value in a summary
table, so the check can see the series. Then, by what the statement says:

- two linked numbers on one line: a change, ``from`` the earlier period ``to`` the later;
- one linked number with change wording ("fell to", "up from", "since"): a change between it
  and the other end of the same line: the number the sentence links elsewhere, else the period
  just before it (for "fell to N") or the latest period (for "up from N", "since N");
- one linked number and a percentage read as its share of another figure of the same series
  ("4,120 (58%) of the fines"): ``part`` and ``whole``;
- a share of the change just spoken of ("over half of the increase"): ``part`` and ``whole``,
  each a derived difference (``link_shares``);
- only a change stated (per cent, points, a multiple, a difference): the line whose words fit
  the statement best, between the periods the statement names, else the latest and the one
  before;
- otherwise one linked number: ``figure``.

A statement where nothing stands out gets no references and a reason, for the reporter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction

from claimcheck.article.drafting.amount_moves import amount_change
from claimcheck.article.drafting.link_areas import two_estimates_or_areas
from claimcheck.article.drafting.link_carried import carried
from claimcheck.article.drafting.link_choice import one_cell
from claimcheck.article.drafting.link_derived import derived_link
from claimcheck.article.drafting.link_directed import directed_cells, line_sign
from claimcheck.article.drafting.link_ends import own_ends
from claimcheck.article.drafting.link_fraction_change import change_or_fraction
from claimcheck.article.drafting.link_groups import grouped
from claimcheck.article.drafting.link_guards import guarded
from claimcheck.article.drafting.link_levels import on_levels
from claimcheck.article.drafting.link_moves import direction
from claimcheck.article.drafting.link_named import named_cell
from claimcheck.article.drafting.link_period import at_named_period
from claimcheck.article.drafting.link_places import placed
from claimcheck.article.drafting.link_rate_words import is_rate, rated, states_rate
from claimcheck.article.drafting.link_rates import needs_rebase, rate_fits, rebased, stated_base
from claimcheck.article.drafting.link_regions import of_named_region
from claimcheck.article.drafting.link_respective import in_named_year, periods_in_order
from claimcheck.article.drafting.link_result import (
    Link,
    Match,
    Statement,
    change_link,
    figure_link,
)
from claimcheck.article.drafting.link_revised import estimate
from claimcheck.article.drafting.link_share_words import share_link
from claimcheck.article.drafting.link_shares import change_between
from claimcheck.article.drafting.link_slack import closeness, plain, rise_read_as_fall
from claimcheck.article.drafting.link_spans import over_span
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_typo import by_typo
from claimcheck.article.drafting.link_values import (
    SENTENCE_POINTS,
    TITLE_POINTS,
    best,
    fits,
    meaning,
    on_series,
    precise,
    series_claim,
    when,
)
from claimcheck.article.drafting.month_before import of_month_before
from claimcheck.article.drafting.name_numbers import in_a_line_name
from claimcheck.article.drafting.other_end import (
    FROM_WORD,
    VALUE_KINDS,
    other_end,
    same_table,
    stated_from,
)
from claimcheck.article.drafting.rolling_years import a_year_apart
from claimcheck.article.drafting.several_moves import several_moves
from claimcheck.article.drafting.share_of_whole import part_and_whole
from claimcheck.article.drafting.targets import without_targets
from claimcheck.article.drafting.title_total import title_total
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.engine.read.particles import verb_particle
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.measures import mixed_measures

__all__ = ["Link", "Statement", "link", "match_values"]

_CHANGE_KINDS = frozenset([MentionKind.CHANGE, MentionKind.MULTIPLE, MentionKind.PERCENT])
_CHANGE_WORDS = lazy_pattern(
    r"\b(rose|risen|rise|rises|rising|increased?|increases|up|jumped|soared|leapt|leaped|surged"
    r"|climbed|grew|growth|gained?|rocketed|fell|fallen|falls?|dropped|drops?|down|declined?"
    r"|decreased?|plunged|plummeted|slumped|tumbled|dipped|slid|revised|remained|stayed"
    r"|unchanged|stable|steady|compared|since|from|lowest|highest|record|doubled|tripled"
    r"|halved|fold|times|ticked|double|twice|triple|treble|quadruple)\b",
    re.IGNORECASE,
)
_MADE_UP = lazy_pattern(r"\b(?:made|make|makes|making)\s+up\b", re.IGNORECASE)
_SPAN_END = lazy_pattern(r"(?<!\d)(?:18|19|20)\d\d\s*[-/–]\s*\Z")
_TO_BEFORE = lazy_pattern(r"\b(to|at|reached|hit)\s+(?:a\s+|an\s+|the\s+)?[^,;.\s]*\s*\Z", re.I)
_BY_BEFORE = lazy_pattern(
    r"\bby\s+(?:just\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?\Z", re.I
)


def match_values(statement: Statement, catalog: Catalog) -> tuple[list[Match], list[str]]:
    """The cell each stated number stands for, and a note for each number that has none."""
    matches: list[Match] = []
    notes: list[str] = []
    bases = _bases(statement)
    for mention, base in zip(statement.mentions, bases, strict=True):
        if mention.kind not in VALUE_KINDS and mention.kind is not MentionKind.CHANGE:
            continue
        if _SPAN_END.search(statement.text[: mention.start - statement.start]):
            continue  # the end of a span of years ("2015-6"), not a statistic
        if in_a_line_name(statement, mention, catalog):
            continue  # "fewer than two evenings a week": part of a line's name (name_numbers)
        sign = direction(statement.text, mention.start - statement.start) or statement.carried
        fitting = _fitting(mention, base, statement, catalog, sign)
        if not fitting and sign:
            # "19 saw a decrease": a count, which a line named by a direction may hold
            unsigned = _fitting(mention, base, statement, catalog, 0)
            fitting = [c for c in unsigned if line_sign(c) or estimate(c, statement, catalog)]
        directed = directed_cells(fitting, statement, catalog)
        fitting = directed.cells
        if directed.named is not None:
            matches.append(Match(mention, directed.named, 0))
            notes.append(
                f"the words name {directed.named.ref}, the line of their direction; the "
                f"figure of {mention.text!r} is on the line of the other: the check shows it"
            )
            continue
        if not fitting:
            if not _by_name(mention, base, statement, catalog, sign, matches, notes):
                by_typo(mention, base, statement, catalog, matches, notes)
            continue
        if series_claim(statement.text):
            fitting = on_series(fitting, statement.words)
        scored = [(_score(mention, c, statement), c) for c in fitting]
        top = best(scored)
        if len(top) > 1:  # "In June, ..." said before: that month's row (``month_before``)
            top = of_month_before(top, statement.month_before)
        chosen = one_cell(top, catalog, mention, statement.text[mention.end - statement.start :])
        points = meaning(chosen.cell, statement.words) if chosen is not None else 0
        if chosen is None:
            refs = ", ".join(cell.ref for _, cell in top[:3])
            notes.append(f"{mention.text!r} fits {refs} equally; pick one")
        elif _stands_out(chosen.cell, points, len(fitting), mention, statement, catalog):
            rebase = rate_fits(mention, base, chosen.cell) if base is not None else None
            matches.append(
                Match(mention, chosen.cell, points, rebase.stated if rebase is not None else None)
            )
        elif not _by_name(mention, base, statement, catalog, sign, matches, notes):
            notes.append(
                f"{mention.text!r} has the value of {chosen.cell.ref}, but no word of the "
                "sentence names it; confirm or add the reference"
            )
    return own_ends(matches, statement, catalog), notes  # "to 6% from 6.2% in March"


def _fitting(
    mention: Mention, base: Fraction | None, statement: Statement, catalog: Catalog, sign: int
) -> list[Cell]:
    """The cells whose value the number can stand for; for an elliptical statement, only in
    the period it takes from the statement before."""
    fitting = [
        cell
        for cell in catalog.cells
        if _fits(mention, base, cell, sign)
        and (mention.kind in VALUE_KINDS or cell.line is None or cell.is_change)
        and not rise_read_as_fall(cell, sign, catalog)
    ]
    if statement.period_carried:
        fitting = [cell for cell in fitting if when(cell, statement.words) >= 0]
    if states_rate(statement):
        # a rate said in words is a rate's figure, when one fits (``link_rate_words``)
        fitting = [cell for cell in fitting if is_rate(cell, catalog)] or fitting
    return of_named_region(fitting, statement.text)  # "the east of England" (``link_regions``)


def _by_name(
    mention: Mention,
    base: Fraction | None,
    statement: Statement,
    catalog: Catalog,
    sign: int,
    matches: list[Match],
    notes: list[str],
) -> bool:
    """Meaning outranks value (``link_named``): the cell the words name in full, when no cell
    with the stated value is named."""
    cell = None if base is not None else named_cell(mention, statement, catalog, sign)
    if cell is None:
        return False
    matches.append(Match(mention, cell, 0))
    notes.append(
        f"the words name {cell.ref}, but no figure has the stated value {mention.text!r}: "
        "the check shows how far apart they are"
    )
    return True


def _on_thread(cell: Cell, statement: Statement) -> bool:
    """A number on the line the previous sentence spoke of, in the period the clause names
    ("... 310 notices in 2021. That was more than double the 140 issued in 2019"): the subject
    carried from the sentence before."""
    return (
        cell.line is not None
        and cell.line in statement.words.thread
        and (when(cell, statement.words) > 0)
    )


def _bases(statement: Statement) -> list[Fraction | None]:
    """The base each stated number is a rate per; a count with none of its own takes the one
    base the statement gives ("8 per 10,000, up from 7": 7 per 10,000 too)."""
    found = [
        stated_base(statement.text, mention.end - statement.start, mention)
        for mention in statement.mentions
    ]
    given = {base for base in found if base is not None}
    if len(given) != 1:
        return found
    (one,) = given
    return [
        base if base is not None or mention.kind is not MentionKind.COUNT else one
        for mention, base in zip(statement.mentions, found, strict=True)
    ]


def _fits(mention: Mention, base: Fraction | None, cell: Cell, sign: int) -> bool:
    """Whether a stated number stands for a cell: a rate stated per ``base`` at the cell's
    base, when the cell is a rate at a known base; else by value, unit and direction."""
    if base is not None and needs_rebase(cell, base):
        return rate_fits(mention, base, cell) is not None
    return fits(mention, cell, sign)


def _score(mention: Mention, cell: Cell, statement: Statement) -> int:
    """Meaning first, then the period the clause names, then how near the figure is to a
    qualified number (``link_slack``: the written value beats one only the slack reaches)."""
    return (meaning(cell, statement.words) * 4 + when(cell, statement.words)) * 4 + closeness(
        mention, cell
    )


def _stands_out(
    cell: Cell, points: int, fitting: int, mention: Mention, statement: Statement, catalog: Catalog
) -> bool:
    """Whether the chosen cell links: its words are in the sentence, or it is the only cell
    of a value precise enough, or on the line just spoken of, or the Total of a table whose
    title the clause names while naming no row of it (``title_total``)."""
    return (
        points >= SENTENCE_POINTS
        or (fitting == 1 and _unique_enough(mention, points))
        or _on_thread(cell, statement)
        or (cell.line is not None and cell.line == title_total(statement, catalog))
    )


def _unique_enough(mention: Mention, points: int) -> bool:
    """A number that is the only one of its value in the tables links on less meaning: with
    four significant figures on none ("38,207"), with three on its table's title words."""
    if precise(mention):
        return True
    three_figures = mention.step > 0 and mention.value >= 100 * mention.step
    return three_figures and plain(mention) and points >= TITLE_POINTS


def link(statement: Statement, catalog: Catalog, sentence_cells: Sequence[Cell]) -> Link:
    """The references for one statement (see the module's description), unless its words do
    not bear them out (``link_guards``: a forecast, a month of a table of years, a subject no
    table names, a share linked to a change). A target or standard it states is held against
    no figure (``targets``)."""
    several = several_moves(statement)  # "all four measures fell"
    if several is not None:
        return Link(todos=(several,))
    statement, target = without_targets(statement)
    if target is not None and not statement.mentions:
        return Link(todos=(target,))
    found = guarded(_linked(statement, catalog, sentence_cells), statement, catalog)
    return found if target is None else replace(found, todos=(*found.todos, target))


def _linked(statement: Statement, catalog: Catalog, sentence_cells: Sequence[Cell]) -> Link:
    """The references for one statement; a figure at another base than the rate the sentence
    states is referenced through a derived figure at the sentence's base (``link_rates``)."""
    derived = derived_link(statement, catalog)
    if derived is not None:
        return rated(placed(derived, statement, catalog), statement, catalog)
    matches, notes = match_values(statement, catalog)
    listed = periods_in_order(statement, matches, catalog)  # "... in 2019 and 2020 respectively"
    if listed is not None:
        found = replace(listed, todos=(*notes, *listed.todos))
    else:
        found = _link(statement, catalog, sentence_cells, matches, notes)
    found = on_levels(change_between(found, statement, catalog), matches, statement, catalog)
    found = placed(grouped(found, statement, catalog), statement, catalog)
    found = over_span(found, statement, catalog)  # "down 42% in five years"
    found = in_named_year(at_named_period(found, statement, catalog), statement, catalog)
    found = rated(found, statement, catalog)
    found = a_year_apart(found, statement, catalog)  # "the previous year" over rolling years
    bases = {match.base for match in matches if match.base is not None}
    if len(bases) != 1 or not found.references:
        return found
    references, reasons, todos = rebased(found.references, found.cells, bases.pop(), catalog)
    return replace(
        found,
        references=references if not todos else (),
        reasons=(*found.reasons, *reasons) if not todos else (),
        todos=(*found.todos, *todos),
    )


def _link(
    statement: Statement,
    catalog: Catalog,
    sentence_cells: Sequence[Cell],
    matches: list[Match],
    notes: list[str],
) -> Link:
    change = _changes(statement.text)
    by_line: dict[str, list[Match]] = {}
    for match in matches:
        if match.cell.line is not None:
            by_line.setdefault(match.cell.line, []).append(match)
    for line, members in by_line.items():
        orders = {m.cell.order for m in members}
        if len(orders) >= 2 and not _amounts(members, statement):
            first = min(members, key=lambda m: m.cell.order)
            last = max(members, key=lambda m: m.cell.order)
            return change_link(first.cell, last.cell, statement, notes, matches, line)
    compared = _compared(matches, statement) if change else None
    if compared is not None:
        return change_link(compared[0], compared[1], statement, notes, matches, None)
    paired = two_estimates_or_areas(statement, matches, catalog, notes)
    if paired is not None:
        return paired  # a revision, or "higher in A (7.9) than in B (3.9)" (``link_areas``)
    if matches:
        first_match = matches[0]
        before = statement.text[: first_match.mention.start - statement.start]
        by_word = _BY_BEFORE.search(before) is not None
        amount = by_word or first_match.cell.is_change
        earlier = stated_from(first_match, statement)
        start = same_table(earlier, first_match.cell, catalog) if earlier else None
        if change and not by_word and start is not None:
            # "revised up to 166,000 from 141,000": from the figure the number after "from" is
            return change_link(start, first_match.cell, statement, notes, matches, None)
        if change and not amount and first_match.mention.kind is not MentionKind.CHANGE:
            other = other_end(first_match, statement, catalog, sentence_cells)
            if other is not None:
                pair = sorted((first_match.cell, other), key=lambda cell: cell.order)
                return change_link(
                    pair[0], pair[1], statement, notes, matches, first_match.cell.line
                )
        part_of = part_and_whole(first_match, statement, catalog, sentence_cells, (matches, notes))
        if part_of is not None:
            return part_of
        return figure_link(first_match, statement, notes, matches)
    return _unmatched(statement, catalog, sentence_cells, notes)


def _unmatched(
    statement: Statement, catalog: Catalog, sentence_cells: Sequence[Cell], notes: list[str]
) -> Link:
    """A statement none of whose numbers is a cell: a share worked out from two, a change
    between two, or a question."""
    shared = share_link(statement, catalog, notes, unchanged=not _changes(statement.text))
    if shared is not None:
        return shared
    if any(m.kind in _CHANGE_KINDS for m in statement.mentions):
        return change_or_fraction(statement, catalog, notes, sentence_cells)  # "fell by a third"
    carry = carried(statement, catalog, sentence_cells) if amount_change(statement) else None
    if carry is not None:
        # "..., a figure £5,000 higher than a year earlier": the move of the sentence's line
        return replace(carry, todos=(*notes, *carry.todos))
    return Link(todos=tuple(notes) or ("no source figure matches these numbers",))


def _amounts(members: Sequence[Match], statement: Statement) -> bool:
    """Whether numbers on one line of changes are each a change of its own ("added 16,000 in
    March after 9,000 in February"): two figures, not a change between them, unless the
    sentence sets one against the other ("slowed to 9,000 from 12,000")."""
    if not all(match.cell.is_change for match in members):
        return False
    for match in members:
        before = statement.text[: match.mention.start - statement.start]
        if FROM_WORD.search(before) or _TO_BEFORE.search(before):
            return False
    return True


def _changes(text: str) -> bool:
    """Whether a statement speaks of a change; a record alone ("a record 12,904 fines") places
    one figure in its series and is no change."""
    text = _MADE_UP.sub(" ", text)  # "made up 25 per cent of": a share, no rise
    words = {
        match.group(1).lower()
        for match in _CHANGE_WORDS.finditer(text)
        if not verb_particle(text, match.start())  # "turned down 2,000 requests": no fall
    }
    return bool(words - {"record"}) or (bool(words) and not series_claim(text))


def _compared(matches: Sequence[Match], statement: Statement) -> tuple[Cell, Cell] | None:
    """Two linked numbers of one table on different lines that the sentence sets against each
    other with "from" ("revised up to 166,000 from 141,000"): from the one after "from"."""
    if len(matches) < 2:
        return None
    one, other = matches[0], matches[1]
    if one.cell.figure.source.id != other.cell.figure.source.id or one.cell.line == other.cell.line:
        return None
    if mixed_measures([one.cell.figure.label or "", other.cell.figure.label or ""]):
        return None  # "from" a count to a rate is no change (``text.measures``)
    for earlier, later in ((one, other), (other, one)):
        before = statement.text[: earlier.mention.start - statement.start]
        if FROM_WORD.search(before):
            return earlier.cell, later.cell
    return None
