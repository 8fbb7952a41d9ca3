"""Numbers a sentence repeats from the name of a table's line.

A table may name a line by a threshold ("Libraries opening fewer than two evenings a week
(%)", "Households with 3 or more cars"). A sentence that speaks of that group repeats the
words ("Most libraries open on fewer than two evenings a week"), and the number inside them
is part of the group's name, not a figure: linked by its value, it would find a cell of 2
in another table and a check would hold the sentence against it. A number is a name's when
the word before it, the number and the word after it stand in that order in a line's name
(the check's own test, ``engine.read.line_names``), so the draft links nothing to it.
"""

from __future__ import annotations

from claimcheck.article.drafting.link_result import Statement
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.article.scan import Mention
from claimcheck.engine.read.line_names import in_name, name_words, phrase_around
from claimcheck.text.lazy import lazy_pattern

__all__ = ["in_a_line_name"]

# A name worth looking in holds a number, in digits or in words.
_NUMBERED = lazy_pattern(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)\b"
)
_NAMES: dict[int, tuple[Catalog, tuple[str, ...]]] = {}


def _names(catalog: Catalog) -> tuple[str, ...]:
    """The names of the catalog's lines and labels that hold a number, as ``name_words``."""
    kept = _NAMES.get(id(catalog))
    if kept is not None and kept[0] is catalog:
        return kept[1]
    spelled = {
        text
        for cell in catalog.cells
        for text in (cell.figure.name.replace("_", " "), cell.figure.label or "")
        if _NUMBERED.search(text.lower())
    }
    names = tuple(sorted({name_words(text) for text in spelled}))
    if len(_NAMES) > 8:
        _NAMES.clear()
    _NAMES[id(catalog)] = (catalog, names)
    return names


def in_a_line_name(statement: Statement, mention: Mention, catalog: Catalog) -> bool:
    """Whether the stated number is part of a phrase that names a line of the tables."""
    names = _names(catalog)
    if not names:
        return False
    start = mention.start - statement.start
    around = phrase_around(statement.text.lower(), start, start + len(mention.text))
    return around is not None and any(in_name(*around, name) for name in names)
