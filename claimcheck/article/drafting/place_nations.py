"""The nations a text names, nested places kept apart: the UK is not Great Britain, nor England.

A national release often leaves its nation unsaid, and a statement names it in a newsroom's
words ("the UK", "Britain", "English schools"). The nations nest (the United Kingdom holds
Great Britain, which holds England, Scotland and Wales), and a figure of one is never
another's: "across the UK" is not a row "Great Britain", and a row "England" is not the UK
even in a table whose title says "UK". So each nation is named by its own words
(``NATIONS``), a longer name taking its words from a shorter one ("Great Britain" names no
"Britain"). "Britain" and "British" alone are said of the UK and of Great Britain alike: a
text naming either covers them (``covers``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from claimcheck.text.lazy import lazy_pattern

__all__ = ["BRITAIN", "NATIONS", "NATION_WORDS", "covers", "nations_of"]

NATIONS: Final = (
    ("uk", "united kingdom"),
    ("great britain", "gb"),
    ("us", "usa", "america", "united states", "american"),
    ("england", "english"),
    ("wales", "welsh"),
    ("scotland", "scottish"),
    ("northern ireland", "northern irish"),
    ("britain", "british"),
)
"""Each nation's names and adjectives, lower case, by index."""
BRITAIN: Final = len(NATIONS) - 1
"""The index of "Britain" said alone: the UK or Great Britain."""
_EITHER: Final = frozenset([0, 1, BRITAIN])
NATION_WORDS: Final = frozenset(
    word for names in NATIONS for name in names for word in name.split()
) | frozenset(["and", "the", "total", "all"])
"""Words a line naming a nation alone may hold ("England and Wales", "UK total")."""

_WORD = lazy_pattern(r"[a-z]+")
# the longest names first, so that "great britain" is read before "britain"
_BY_LENGTH: Final = sorted(
    ((name, index) for index, names in enumerate(NATIONS) for name in names),
    key=lambda pair: -len(pair[0]),
)


@lru_cache(maxsize=512)
def nations_of(text: str) -> frozenset[int]:
    """The nations (indexes of ``NATIONS``) a text names, each name read once."""
    lowered = " " + " ".join(_WORD.findall(text.lower().replace(".", ""))) + " "
    found = set()
    for name, index in _BY_LENGTH:
        if f" {name} " in lowered:
            found.add(index)
            lowered = lowered.replace(f" {name} ", " | ")
    return frozenset(found)


def covers(wanted: frozenset[int] | set[int], named: frozenset[int] | set[int]) -> bool:
    """Whether a text naming ``named`` names every nation of ``wanted``: "Britain" alone is
    named by the UK or Great Britain, and names either."""
    if not wanted:
        return False
    for nation in wanted:
        if nation in named:
            continue
        if nation == BRITAIN and named & _EITHER:
            continue
        if nation in (0, 1) and BRITAIN in named:
            continue
        return False
    return True
