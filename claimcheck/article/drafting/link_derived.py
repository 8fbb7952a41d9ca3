"""Derived figures a sentence states: a net revision over several periods, a total without
one of its parts.

Neither is a cell of the tables, so the claim references *derived figures* (claim-files.md,
"Derived figures"), declared in the draft's ``worked_out`` source with their expressions, and
the check works them out and shows the working:

- **A net revision.** "Together, the revisions to May and June took 142,000 jobs off", against
  a table of estimates "as previously published" and "as revised" (``link_revised``): the sum,
  over the periods the clause names, of each period's revised estimate less its earlier one,
  as a ``figure``. Proposed when the clause has a revision word, states one number, names two
  periods or more that each have both estimates, and says the figure is a total ("together",
  "combined", "net", "in all", "between them") or states a value the sum has.
- **A total without one of its parts.** "Excluding London, offences rose 1.5%", or "outside
  London": the total's line less the part's line, in each period, against a table that holds
  both (the total is the one line of the part's table whose name says so: "Total", "All ...",
  or a nation, "England", "United Kingdom"). A change runs ``from`` the difference in the
  earlier period ``to`` the one in the later (the periods the clause names, else the latest
  and the one before); a level is the difference in its period, as a ``figure``. The part's
  own line is never proposed: it is the one place the sentence leaves out. Not a derivation:
  a phrase a line's name writes itself, and a place of origin or residence ("mothers born
  outside the UK", "firms based outside London"), which names a category of its own.

When the tables cannot give the derivation (no total line, no pair of estimates, a part no line
names), nothing is proposed and the comment names the figure to derive. A draft that cannot
declare derived figures (sources copied from a claim file) says which expression to declare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.article.drafting.link_average import average
from claimcheck.article.drafting.link_moves import direction
from claimcheck.article.drafting.link_named import REVISED_WORD, name_text, name_words
from claimcheck.article.drafting.link_part_of import TOTAL_NAME
from claimcheck.article.drafting.link_rate_words import is_rate
from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_revised import (
    EARLIER_SAID,
    months_back,
    partner,
    revised_kind,
)
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import when, within
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.scan import MentionKind
from claimcheck.claimfile.derived_drafts import definition
from claimcheck.text.lazy import lazy_pattern

__all__ = ["derived_link"]

_TOGETHER = lazy_pattern(
    r"\b(?:together|combined|net|in\s+all|in\s+total|between\s+them|altogether|taken\s+together)\b",
    re.IGNORECASE,
)
_WITHOUT = lazy_pattern(
    r"\b(?i:excluding|outside(?:\s+of)?|except(?:\s+for)?|apart\s+from|other\s+than|not\s+counting"
    r"|leaving\s+out|without)\s+(?:the\s+)?(?P<part>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)",
)
# Where someone or something comes from or lives: "born outside the UK", "based outside
# London" name a category (a line of its own), not the total less a part.
_ORIGIN = lazy_pattern(
    r"\b(?:born|living|lived|based|resident|residing|made|educated|registered|raised)\s+\Z",
    re.IGNORECASE,
)
# The rest of the total, after a sentence about one of its parts.
_ELSEWHERE = lazy_pattern(
    r"\b(?:elsewhere|everywhere\s+else|(?:in\s+)?the\s+rest\s+of\s+the\s+"
    r"(?:country|nation|force|region|county|UK|United\s+Kingdom))\b",
    re.IGNORECASE,
)
# "2,000 more than previously reported", "12,000 fewer jobs than first estimated": the amount
# compared with the earlier estimates, which the check reads as a rise or a fall
_COMPARED = lazy_pattern(
    r"\s*(?:[a-z]+\s+)?(?:more|higher|greater|fewer|less|lower)\s+than\b", re.IGNORECASE
)
_CHANGES = frozenset([MentionKind.CHANGE, MentionKind.PERCENT, MentionKind.MULTIPLE])


@dataclass(frozen=True, slots=True)
class _Estimates:
    """A period's cell as first published and as revised."""

    published: Cell
    revised: Cell


@dataclass(frozen=True, slots=True)
class _TotalAndPart:
    """The total's cell and the part's cell of one period."""

    total: Cell
    part: Cell


@dataclass(frozen=True, slots=True)
class _Derived:
    """A derived figure to declare: the role it is referenced in, its name, its expression."""

    role: str
    name: str
    expression: str


def derived_link(statement: Statement, catalog: Catalog) -> Link | None:
    """The derived figure the statement states (see the module), or None when it states
    none of these."""
    return (
        _net_revision(statement, catalog)
        or _averaged(statement, catalog)
        or _without_part(statement, catalog)
    )


def _averaged(statement: Statement, catalog: Catalog) -> Link | None:
    """An average over the latest months (``link_average``), as a derived figure."""
    found = average(statement, catalog)
    if found is None:
        return None
    named = [_Derived("figure", found.name, found.expression)]
    return _declare(catalog, named, found.cells, found.why)


def _net_revision(statement: Statement, catalog: Catalog) -> Link | None:
    numbers = [m for m in statement.mentions if m.kind in (MentionKind.COUNT, MentionKind.CHANGE)]
    said = REVISED_WORD.search(statement.text) or EARLIER_SAID.search(statement.text)
    if not said or len(numbers) != 1:
        return None
    pairs = _estimates(statement, catalog)
    if pairs is None:
        return None
    total = sum(
        (pair.revised.figure.number.value - pair.published.figure.number.value for pair in pairs),
        start=Fraction(0),
    )
    stated = numbers[0]
    if not _TOGETHER.search(statement.text) and not within(
        stated.value, stated.step, stated.qualifier, abs(total)
    ):
        return None
    if not direction(statement.text, stated.start - statement.start) and not _COMPARED.match(
        statement.text, stated.end - statement.start
    ):
        # with no word the check reads as up or down ("took 142,000 off"), it would hold the
        # amount against the net revision whichever way it went
        return Link(
            todos=(
                "a net revision with no direction word the check can read (revised up or "
                "down, added, cut): say which way, then reference the two sums",
            )
        )
    labels = [pair.revised.figure.label or "" for pair in pairs]
    why = (
        f"a net revision over {', '.join(labels)}: their sum as revised against their sum "
        "as first published"
    )
    named = []
    for role, cells in (
        ("from", [pair.published for pair in pairs]),
        ("to", [pair.revised for pair in pairs]),
    ):
        name = catalog.derived_name(cells[-1], labels[0], "to", labels[-1])
        named.append(_Derived(role, name, " + ".join(cell.ref for cell in cells)))
    used = tuple(cell for pair in pairs for cell in (pair.published, pair.revised))
    return _declare(catalog, named, used, why)


def _estimates(statement: Statement, catalog: Catalog) -> list[_Estimates] | None:
    """The (first published, revised) cells of each period the clause names, in the table's
    order, when it names two or more that have both, all in one table."""
    words = statement.words
    back = months_back(statement.text)
    if len(words.months) + len(words.years) < 2 and not back:
        return None
    revised = [
        c for c in catalog.cells if revised_kind(c) == "revised" and (back or when(c, words) > 0)
    ]
    pairs = [
        _Estimates(other, cell) for cell in revised if (other := partner(cell, catalog)) is not None
    ]
    if back:
        # "the previous two months": the latest periods that have both estimates
        pairs = sorted(pairs, key=lambda pair: pair.revised.order)[-back:]
        if len(pairs) != back:
            return None
    if len(pairs) < 2 or len({pair.revised.figure.source.id for pair in pairs}) != 1:
        return None
    return sorted(pairs, key=_table_line)


def _table_line(pair: _Estimates) -> int:
    location = pair.revised.figure.location
    return location.line if location else 0


def _declare(catalog: Catalog, named: list[_Derived], cells: tuple[Cell, ...], why: str) -> Link:
    """References to the derived figures ``named``, or a note."""
    if catalog.worked_out is None:
        expressions = "; ".join(item.expression for item in named)
        return Link(todos=(f"{why}: declare derived figures {expressions} and reference them",))
    references = tuple((item.role, f"{catalog.worked_out}.{item.name}") for item in named)
    reasons = tuple(
        f"{why}: " + definition(catalog.worked_out, item.name, item.expression) for item in named
    )
    return Link(references, cells, reasons)


def _without_part(statement: Statement, catalog: Catalog) -> Link | None:
    found = _WITHOUT.search(statement.text)
    if found is not None and (
        _labelled(found.group(0), catalog)
        or _ORIGIN.search(statement.text, max(0, found.start() - 20), found.start())
    ):
        return None  # "mothers born outside the UK": a category of its own, not a derivation
    if found is not None:
        said = found.group("part")
        part = _part_line(concepts(said), catalog)
    elif _ELSEWHERE.search(statement.text):
        # "Elsewhere, offences rose 1.5%": the part is the line the sentence before spoke of
        spoken = [line for line in sorted(statement.words.thread) if line in catalog.lines]
        part = spoken[0] if len(spoken) == 1 else None
        said = _said_name(part, catalog) if part is not None else "the place spoken of before"
    else:
        return None
    if part is None:
        return Link(
            todos=(
                f"the figure without {said}: no table line is named by it; "
                "add references to derived figures (the total less the part)",
            )
        )
    total = _total_line(part, catalog)
    if total is None:
        return Link(
            todos=(
                f"the figure without {said} is the total less {part}: the table has no "
                "total line; add references to derived figures",
            )
        )
    if any(
        is_rate(cell, catalog) for line in (total, part) for cell in catalog.lines[line] if cell
    ):
        return Link(
            todos=(
                f"the figure without {said}: {total} and {part} are rates, and a rate less a "
                "rate is no rate of the rest; add references to the counts it is made of",
            )
        )
    periods = _periods(statement, catalog, total, part)
    if periods is None:
        return Link(todos=(f"no period has both the total and {part}; add references",))
    changed = any(m.kind in _CHANGES for m in statement.mentions) or any(
        direction(statement.text, m.start - statement.start) for m in statement.mentions
    )
    if not changed:
        periods = periods[-1:]
    return _differences(catalog, total, part, periods, said)


def _labelled(phrase: str, catalog: Catalog) -> bool:
    """Whether a line's name writes the phrase itself ("born outside the UK"): the words
    then name that line, a category of the table, not the total less a part."""
    wanted = " ".join(phrase.lower().split())
    return any(
        wanted in " ".join(name_text(cell).lower().split())
        for members in catalog.lines.values()
        if (cell := next((c for c in members if c is not None), None)) is not None
    )


def _said_name(line: str, catalog: Catalog) -> str:
    cell = next(c for c in catalog.lines[line] if c is not None)
    name = name_text(cell)
    # a series named for its row ("london") is shown as a name
    return name.title() if name == cell.figure.name.replace("_", " ") else name


def _part_line(words: frozenset[str], catalog: Catalog) -> str | None:
    """The one line whose whole name the part's words say, said most fully."""
    size: dict[str, int] = {}
    for name, members in catalog.lines.items():
        cell = next((c for c in members if c is not None), None)
        if cell is None:
            continue
        named = name_words(cell)
        if named and named <= words:
            size[name] = len(named)
    most = [name for name, count in size.items() if count == max(size.values(), default=0)]
    return most[0] if len(most) == 1 else None


def _total_line(part: str, catalog: Catalog) -> str | None:
    """The one line of the part's table whose name says it is the total."""
    source = next(c for c in catalog.lines[part] if c is not None).figure.source.id
    totals = [
        name
        for name, members in catalog.lines.items()
        if name != part
        and (cell := next((c for c in members if c is not None), None)) is not None
        and cell.figure.source.id == source
        and TOTAL_NAME.search(name_text(cell).strip())
    ]
    if len(totals) > 1:
        # two nations of one table ("England and Wales", "Wales"): the total is the larger
        latest = {name: _latest_value(name, catalog) for name in totals}
        top = max(latest.values())
        totals = [name for name in totals if latest[name] == top]
    return totals[0] if len(totals) == 1 else None


def _latest_value(line: str, catalog: Catalog) -> Fraction:
    return next(c for c in reversed(catalog.lines[line]) if c is not None).figure.number.value


def _periods(
    statement: Statement, catalog: Catalog, total: str, part: str
) -> list[_TotalAndPart] | None:
    """The total's and the part's cells of the periods the clause names, else the latest
    two."""
    pairs = [
        _TotalAndPart(one, other)
        for one, other in zip(catalog.lines[total], catalog.lines[part], strict=False)
        if one is not None and other is not None
    ]
    if not pairs:
        return None
    named = [pair for pair in pairs if when(pair.total, statement.words) > 0]
    if len(named) >= 2:
        return [named[0], named[-1]]
    if len(named) == 1:
        index = pairs.index(named[0])
        return [pairs[index - 1], named[0]] if index > 0 else [named[0]]
    return pairs[-2:]


def _differences(
    catalog: Catalog,
    total: str,
    part: str,
    periods: list[_TotalAndPart],
    said: str,
) -> Link:
    roles = ("from", "to") if len(periods) == 2 else ("figure",)
    named = []
    for role, pair in zip(roles, periods, strict=True):
        whole = pair.total
        period = whole.column_title if (whole.line or "").endswith("]") else whole.figure.label
        name = catalog.derived_name(whole, "without", said, period or "")
        named.append(_Derived(role, name, f"{whole.ref} - {pair.part.ref}"))
    cells = tuple(cell for pair in periods for cell in (pair.total, pair.part))
    return _declare(catalog, named, cells, f"the total less {said} ({total} less {part})")
