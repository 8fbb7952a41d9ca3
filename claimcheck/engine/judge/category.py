"""The category a ranking names, and lines the words leave out (docs/policy.md, "Rankings
across the lines of a table").

"The states with the top jobless rates" ranks states: a US table that also lists Puerto
Rico and the federal district holds lines that are not states, and ranking a state
against them would contradict a true sentence. The ranked category is what the words name:
where they name one of the categories below, lines the table marks as not of that category
are left out, and the working says so. Where the words do not name it ("the highest rate in
the country"), every line is ranked as before. A place the words name that a column of the
table gives the claim's own line ("in Wales" beside a column "Country") leaves out the lines
of other places (``own_place``). Words can also leave a line out by name
("Excluding Puerto Rico, Nevada posted the highest rate"), and words that say the rank held
before ("once again") speak of periods one column of lines cannot show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from claimcheck.claimfile.records import Figure, Reference
from claimcheck.engine.judge.own_place import named_place
from claimcheck.text.lazy import lazy_pattern

__all__ = ["CATEGORIES", "Category", "Scoped", "held_before", "scoped"]


@dataclass(frozen=True, slots=True)
class Category:
    """A category the words can name, and the names of lines that are not of it."""

    name: str
    words: str
    """The words that name the category ("states", "among the states")."""
    outsiders: str
    """Line names that are not of the category."""
    reason: str


# Data: categories whose tables commonly list lines of another kind beside them.
CATEGORIES: tuple[Category, ...] = (
    Category(
        "US states",
        r"(?<!united\s)(?<!member\s)(?<![a-z])states?(?![a-z])",
        r"(?:the\s+)?(?:district\s+of\s+columbia|washington,?\s+d\.?\s?c\.?|d\.?\s?c\.?"
        r"|puerto\s+rico|guam|(?:u\.?s\.?\s+)?virgin\s+islands|american\s+samoa"
        r"|northern\s+mariana\s+islands)",
        "not a state: a federal district or a territory",
    ),
    Category(
        "Canadian provinces",
        r"(?<![a-z])provinces?(?![a-z])",
        r"(?:yukon|northwest\s+territories|nunavut)",
        "not a province: a territory",
    ),
    Category(
        "London boroughs",
        r"(?<![a-z])boroughs?(?![a-z])",
        r"(?:the\s+)?city\s+of\s+london",
        "not a borough: the City of London has a corporation of its own",
    ),
)
_WORDS: Final = tuple(lazy_pattern(item.words, re.IGNORECASE) for item in CATEGORIES)
_OUTSIDERS: Final = tuple(
    lazy_pattern(rf"^(?:{item.outsiders})\s*$", re.IGNORECASE) for item in CATEGORIES
)
# "excluding Puerto Rico", "except for the District": a line the words leave out by name.
_EXCLUDING: Final = (
    r"(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|not\s+counting"
    r"|leaving\s+out|outside(?:\s+of)?)\s+(?:the\s+)?"
)
# "again", "once again": the words say the rank held in an earlier period too. ("Still
# highest" reads as the present standing and is ranked as it is.)
_BEFORE: Final = lazy_pattern(
    r"(?<![a-z])(?:once\s+)?again\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Scoped:
    """The reference with the lines the words leave out taken away, and why each went."""

    reference: Reference
    left_out: tuple[tuple[Figure, str], ...]

    def shown(self) -> str:
        return "; ".join(
            f"{figure.label} {figure.number.text} ({why})" for figure, why in self.left_out
        )


def _named_out(wording: str, label: str) -> bool:
    pattern = rf"(?<![a-z]){_EXCLUDING}{re.escape(label)}(?![a-z])"
    return re.search(pattern, wording, re.IGNORECASE) is not None


def _why_out(wording: str, label: str, named: list[tuple[Category, re.Pattern[str]]]) -> str | None:
    if _named_out(wording, label):
        return "the words leave it out"
    for category, outsiders in named:
        if outsiders.match(label):
            return category.reason
    return None


def scoped(reference: Reference, wording: str) -> Scoped | None:
    """The reference ranked over the category the words name; None when nothing is left out
    (or when the claim's own line is one the words would leave out)."""
    if reference.series is None:
        return None
    named = [
        (category, outsiders)
        for category, words, outsiders in zip(CATEGORIES, _WORDS, _OUTSIDERS, strict=True)
        if words.search(wording)
    ]
    own = reference.lines.line if reference.lines is not None else reference.figure.label
    pool = reference.lines.figures if reference.lines is not None else reference.series.figures
    place = named_place(reference, wording)  # "in Wales": the lines of other places go
    places = reference.lines.places if reference.lines is not None else reference.series.places
    left: list[tuple[Figure, str]] = []
    for figure in pool:
        why = _why_out(wording, figure.label or "", named)
        if why is None and place is not None and places is not None:
            theirs = places.get(figure.label)
            if theirs is None or theirs.casefold() != place.casefold():
                why = f"{places.header} {theirs or 'not given'}, not {place}"
        if why is not None:
            left.append((figure, why))
    if not left or any(figure.label == own for figure, _ in left):
        return None
    gone = {id(figure) for figure, _ in left}
    series = reference.series
    if reference.lines is None:
        series = replace(series, figures=tuple(f for f in series.figures if id(f) not in gone))
        return Scoped(replace(reference, series=series), tuple(left))
    lines = replace(
        reference.lines, figures=tuple(f for f in reference.lines.figures if id(f) not in gone)
    )
    return Scoped(replace(reference, lines=lines), tuple(left))


def held_before(wording: str, start: int) -> str | None:
    """The words before a superlative that say the rank held before ("once again"), if any."""
    found = _BEFORE.search(wording, max(0, start - 40), start)
    return found.group().strip() if found else None
