"""A share of a change: "over half of the increase came from vehicle thefts".

The whole is the change the story has just spoken of (the one line the previous sentence
linked to), the part is the change of the line the clause's own words name, both between the
same two periods (the whole's latest period and the one before). Neither is a cell of the
table, so the claim references two *derived figures*, each the difference of two cells, and
the check works out the share and shows the working:

- "over half of the increase ... vehicle thefts", the total 41,200 → 48,600, vehicle thefts
  3,100 → 7,150: part 4,050, whole 7,400 (54.7%), proposed;
- "a third of the increase came from burglaries", the total 900 → 1,200, burglaries 100 →
  200: part 100, whole 300 (33.3%), proposed;
- the same with burglaries 100 → 160 (20%, not a third): nothing proposed;
- "half of the rise" with no line named, or two named equally: nothing proposed.

The stated share only confirms the pair the words chose (a value never makes a link alone):
when it does not fit, nothing is proposed and the comment says what was tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from claimcheck.article.drafting.link_named import name_text, name_words
from claimcheck.article.drafting.link_part_of import share_fits, total_cells
from claimcheck.article.drafting.link_places import share_wholes
from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import within
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.claimfile.derived_drafts import definition
from claimcheck.text.lazy import lazy_pattern

__all__ = ["change_between", "named_share", "share_mention", "share_of_change"]

_OF_CHANGE = lazy_pattern(
    r"\s*of\s+(?:the|this|that|last\s+year's|the\s+year's)\s+(?:overall\s+|total\s+|annual\s+)?"
    r"(?:rise|increase|growth|jump|fall|drop|decrease|reduction|decline)\b",
    re.IGNORECASE,
)

# the examples a row's name gives after its own name: "Stimulants such as ...", "..., including"
_EXAMPLES = lazy_pattern(r"\b(?:such\s+as|including|e\.?g\.?|for\s+example)\b", re.IGNORECASE)


def share_of_change(statement: Statement, catalog: Catalog) -> Link | None:
    """Part and whole for a share of the change spoken of, or None when this is no such
    statement; a Link with only a note when the pair cannot be proposed."""
    mention = share_mention(statement)
    if mention is None:
        return None
    wholes = [name for name in sorted(statement.words.thread) if _pair(catalog, name) is not None]
    if len(wholes) != 1:
        return None
    whole = _pair(catalog, wholes[0])
    assert whole is not None
    part = _named_line(statement, catalog, wholes[0], whole)
    if part is None:
        return None
    part_change = part[1].figure.number.value - part[0].figure.number.value
    whole_change = whole[1].figure.number.value - whole[0].figure.number.value
    if whole_change == 0 or (part_change < 0) != (whole_change < 0):
        return None
    share = part_change / whole_change
    tried = (
        f"{mention.text!r} of the change along {wholes[0]} would be the change along {part[0].line}"
    )
    if not within(mention.value, mention.step, mention.qualifier, share):
        return Link(todos=(f"{tried}, but that share is {float(share):.1%}; add references",))
    if catalog.worked_out is None:
        return Link(todos=(f"{tried}: declare the two changes as derived figures",))
    references: list[tuple[str, str]] = []
    reasons = [f"{tried} ({float(share):.1%})"]
    for role, (first, last) in (("part", part), ("whole", whole)):
        name = catalog.derived_name(last, "change_to", last.figure.label or "")
        expression = f"{last.ref} - {first.ref}"
        references.append((role, f"{catalog.worked_out}.{name}"))
        reasons.append(f"the {role}: " + definition(catalog.worked_out, name, expression))
    return Link(tuple(references), (*part, *whole), tuple(reasons))


def share_mention(statement: Statement) -> Mention | None:
    """The share the statement states of a change ("over half of the increase")."""
    for mention in statement.mentions:
        if mention.kind is not MentionKind.SHARE:
            continue
        if _OF_CHANGE.match(statement.text, mention.end - statement.start):
            return mention
    return None


def _pair(catalog: Catalog, line: str) -> tuple[Cell, Cell] | None:
    """A line's latest figure and the one for the period before, when both are given."""
    last = catalog.latest(line)
    first = catalog.before(last) if last is not None else None
    return (first, last) if first is not None and last is not None else None


def _named_line(
    statement: Statement, catalog: Catalog, whole_line: str, whole: tuple[Cell, Cell]
) -> tuple[Cell, Cell] | None:
    """The one other line of the whole's table that the clause's own words name, at the
    whole's two periods."""
    scored: list[tuple[int, tuple[Cell, Cell]]] = []
    source = whole[1].figure.source.id
    for name in catalog.lines:
        pair = _pair(catalog, name)
        if name == whole_line or pair is None or pair[1].figure.source.id != source:
            continue
        if (pair[0].order, pair[1].order) != (whole[0].order, whole[1].order):
            continue
        # the clause's own words that name this line and not the whole's
        points = len((pair[1].words - whole[1].words) & statement.words.clause)
        if points:
            scored.append((points, pair))
    if not scored:
        return None
    top = max(points for points, _ in scored)
    named = [pair for points, pair in scored if points == top]
    return named[0] if len(named) == 1 else None


def change_between(found: Link, statement: Statement, catalog: Catalog) -> Link:
    """A figure that is itself a change ("Change in miles driven" in the row for 2021) spans
    the year before and its own; a sentence that names both ("in 2021 ... compared to 2020")
    references it through a derived figure that says so, named for the two years, so the
    check does not take the earlier year for one no figure covers. Any other link is kept.

    - "rose by 325 billion in 2021 compared to 2020", the change column's row 2021: derived;
    - the same sentence naming 2019 instead: kept (the check asks about 2019);
    - a change figure and a sentence naming only 2021, or no year: kept.
    """
    if len(found.references) != 1 or found.references[0][0] != "figure" or not found.cells:
        return found
    cell = found.cells[0]
    period = cell.period
    if not cell.is_change or period is None or len(period.years) != 1 or period.months:
        return found
    year = next(iter(period.years))
    if statement.words.years != frozenset({year - 1, year}) or catalog.worked_out is None:
        return found
    name = catalog.derived_name(cell, str(year - 1), "to", str(year))
    reason = f"{cell.ref} is the change from {year - 1} to {year}, both named: " + definition(
        catalog.worked_out, name, cell.ref
    )
    return replace(
        found,
        references=(("figure", f"{catalog.worked_out}.{name}"),),
        reasons=(*found.reasons, reason),
    )


def named_share(statement: Statement, catalog: Catalog, *, unchanged: bool = False) -> Link | None:
    """A share stated with its whole and its part in words, and no count ("Of all homicides,
    41 per cent involved a sharp instrument"): ``part`` and ``whole``, two cells of one table
    in one period and one column, the whole the line the words after "of" name ("All
    homicides"), else the table's total line ("Total", "All ...", a nation: "more than a third
    of councils" against "All councils"), the part the one the clause's other words name most
    fully; proposed only when the stated share ("41 per cent", "one in six", "a third") is the
    part's share of the whole (``link_part_of.share_fits``)."""
    if share_mention(statement) is not None:
        return None  # "half of the increase": a share of a change, never of two levels
    # the part is named by the clause's words, its whole's noun included ("Forces recording a
    # rise" of "police forces")
    said = concepts(statement.text)
    for mention, whole_words in _wholes(statement, unchanged):
        named = _said(whole_words, catalog.cells) if whole_words else []
        if not named:
            # no line is the whole by name: a total line ("Total", "All councils", a nation)
            named = total_cells(catalog.cells)
        for whole in named:
            beside = tuple(
                cell
                for cell in catalog.cells
                if cell.figure.source.id == whole.figure.source.id
                and cell.period == whole.period
                and cell.column_title == whole.column_title
                and cell.ref != whole.ref
            )
            parts = _said(said, beside) or _said_apart(said, beside)
            if len(parts) != 1 or not whole.figure.number.value:
                continue
            part = parts[0]
            if share_fits(mention, part.figure.number.value / whole.figure.number.value):
                reason = f"{mention.text} is {part.ref} as a share of {whole.ref}"
                return Link((("part", part.ref), ("whole", whole.ref)), (part, whole), (reason,))
    return None


def _wholes(statement: Statement, unchanged: bool) -> Iterator[tuple[Mention, frozenset[str]]]:
    """Each share the statement states and the words of its whole: those after "of" ("40 per
    cent of homicides"), or none for a share said "one in six councils", whose whole can
    only be a total line; so too a percentage in a statement with no word of a change
    (``unchanged``: "29% were by Northern Police"), which is no change."""
    said = set()
    for mention, found in share_wholes(statement):
        said.add(mention.start)
        yield mention, concepts(found.group("whole"))
    kinds = (MentionKind.SHARE, MentionKind.PERCENT) if unchanged else (MentionKind.SHARE,)
    for mention in statement.mentions:
        if mention.kind in kinds and mention.start not in said:
            yield mention, frozenset()


def _said_apart(words: frozenset[str], cells: tuple[Cell, ...]) -> list[Cell]:
    """The cells whose names the words say apart from what the lines beside them share: a
    long table's rows under one heading ("NHS Board: Lothian", "NHS Board: Tayside") are
    named by what sets each apart ("15% were in Lothian"), and examples in a name
    ("Sedatives such as ...") are not needed. Every word that sets a row apart must be said,
    and at least one; words two or more rows share are the heading's, not the row's."""
    cores = {cell.ref: concepts(_EXAMPLES.split(name_text(cell), maxsplit=1)[0]) for cell in cells}
    seen: dict[str, int] = {}
    for core in cores.values():
        for word in core:
            seen[word] = seen.get(word, 0) + 1
    found = []
    for cell in cells:
        apart = frozenset(word for word in cores[cell.ref] if seen[word] == 1)
        if apart and apart <= words:
            found.append(cell)
    return sorted(found, key=lambda cell: -cell.order)


def _said(words: frozenset[str], cells: tuple[Cell, ...]) -> list[Cell]:
    """The cells whose own names the words say in full, the most fully said, latest first."""
    named = [(len(name_words(cell)), cell) for cell in cells if name_words(cell) <= words]
    named = [(size, cell) for size, cell in named if size]
    top = max((size for size, _ in named), default=0)
    found = [cell for size, cell in named if size == top]
    return sorted(found, key=lambda cell: -cell.order)
