"""A share said in words: "Most libraries lend fewer than one e-book a day", "a minority of
pupils".

A share word of the wording table ("most", "the majority of", "a minority of", "a fraction
of": the families of ``Kind.SHARE_WORD``) with no number of its own states a share of the
group the next word names. When a table publishes that share (a percentage cell that is no
change), the claim references it as a ``figure`` and the check holds the word against it
("most": more than one half). Proposed only when

- the word after the share word ("councils", "of the pupils") is a word of the cell's labels:
  the whole the share is of;
- one cell stands out by the words of the clause itself (the meaning points of
  ``link_values``): a number inside the group's name ("fewer than one e-book a day") links
  nothing (``name_numbers``), and the share its name describes is found by its words;
- the share fits the word (56% for "most"); when the share the words name does not, nothing
  is proposed (another share that fits would be a guess) and the comment asks.

"The most" is a superlative, never a share word. A share written as a number ("56% of
councils", "one in six") is ``link_part_of``'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from functools import cache

from claimcheck.article.drafting.link_part_of import published_share
from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_shares import named_share, share_of_change
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import CLAUSE_POINTS, best, meaning
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.share_changes import share_of_published_change
from claimcheck.article.scan import MentionKind
from claimcheck.engine.judge.compare import Comparator
from claimcheck.engine.wording.amount_phrases import SHARES
from claimcheck.engine.wording.families import Kind
from claimcheck.numbers.number import Unit

__all__ = ["share_link", "share_word_link"]

_HUNDRED = Fraction(100)


def _spellings() -> dict[str, tuple[Comparator, Fraction]]:
    """Each share word that names its whole after it ("most", "... of"), with the comparator
    and the value it holds the share against."""
    found: dict[str, tuple[Comparator, Fraction]] = {}
    for family in SHARES:
        if family.kind is not Kind.SHARE_WORD or family.comparator is None:
            continue
        if family.value is None:
            continue
        for spelled in family.variants:
            if spelled == "most" or spelled.endswith(" of"):
                found[spelled] = (family.comparator, family.value)
    return found


def _pattern(spellings: dict[str, tuple[Comparator, Fraction]]) -> re.Pattern[str]:
    words = "|".join(
        r"\s+".join(map(re.escape, spelled.split()))
        for spelled in sorted(spellings, key=len, reverse=True)
    )
    return re.compile(
        rf"(?<![\w-])(?<!the\s)(?<!at\s)(?P<word>{words})\s+"
        r"(?:(?:the|all|these|those|our|its|their)\s+)?(?P<noun>[A-Za-z][\w'-]*)",
        re.IGNORECASE,
    )


@cache
def _share_words() -> tuple[dict[str, tuple[Comparator, Fraction]], re.Pattern[str]]:
    """The spellings and their pattern, built at the first use."""
    spellings = _spellings()
    return spellings, _pattern(spellings)


def share_link(
    statement: Statement, catalog: Catalog, notes: list[str], *, unchanged: bool
) -> Link | None:
    """A share with no count linked: of a whole and a part the words name
    (``named_share``), of the change just spoken of (``share_of_change``), published by a
    table (``published_share``), or said in words (``share_word_link``). ``unchanged``: the
    statement speaks of no change (``named_share`` reads it so)."""
    of_parts = named_share(statement, catalog, unchanged=unchanged)
    if of_parts is not None:
        return replace(of_parts, todos=tuple(notes))
    of_change = share_of_change(statement, catalog)
    if of_change is not None:
        return replace(of_change, todos=(*notes, *of_change.todos))
    of_published = share_of_published_change(statement, catalog)
    if of_published is not None:
        return replace(of_published, todos=tuple(notes))
    published = published_share(statement, catalog)
    if published is not None:
        return replace(published, todos=(*notes, *published.todos))
    return share_word_link(statement, catalog)


def share_word_link(statement: Statement, catalog: Catalog) -> Link | None:
    """The published share a share word states (see the module), or None."""
    if any(m.kind is MentionKind.SHARE for m in statement.mentions):
        return None
    spellings, pattern = _share_words()
    found = pattern.search(statement.text)
    if found is None:
        return None
    comparator, value = spellings[" ".join(found.group("word").lower().split())]
    whole = concepts(found.group("noun"))
    if not whole:
        return None
    scored = [
        (meaning(cell, statement.words), cell)
        for cell in catalog.cells
        if _share(cell) and cell.words & whole
    ]
    top = best((points, cell) for points, cell in scored if points >= CLAUSE_POINTS)
    if len(top) != 1:
        return None
    cell = top[0][1]
    if not _fits(cell, comparator, value):
        # the share the words name does not fit the word: a question, not a guess at another
        return Link(
            todos=(
                f"{found.group('word')!r}: the share the words name, {cell.ref} "
                f"({cell.figure.number.text}), does not fit the word; check with the reporter",
            )
        )
    reason = f"{found.group('word')!r} is a share of {found.group('noun')}: {cell.ref} publishes it"
    return Link((("figure", cell.ref),), (cell,), (reason,))


def _share(cell: Cell) -> bool:
    percent = cell.is_percent or cell.figure.number.unit is Unit.PERCENT
    return percent and not cell.is_change


def _fits(cell: Cell, comparator: Comparator, value: Fraction) -> bool:
    share = cell.figure.number.value / _HUNDRED
    if comparator is Comparator.MORE_THAN:
        return share > value
    if comparator is Comparator.LESS_THAN:
        return share < value
    return False
