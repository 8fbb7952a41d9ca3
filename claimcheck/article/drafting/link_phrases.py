"""A measure's name found whole in a label outranks its words found apart.

"The birth rate fell" names "Crude birth rate (live births per 1000 population)" rather than
"Stillbirth rate (per 1000 total births)", although both labels hold a birth and a rate: the
first says "birth rate" as the sentence does, the second has the two words apart. A phrase is
two words next to each other, each read as a concept (``link_words.concept``: plural and
singular, common endings and the newsroom synonyms made one), so "birth rates" and "Crude birth
rate" agree, and "rate of births" does not count as the phrase. Little words ("of", "the")
break a phrase, as they do in a label.
"""

from __future__ import annotations

from functools import lru_cache

from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_words import concept
from claimcheck.text.lazy import lazy_pattern

__all__ = ["phrase_points", "phrases"]

_WORD = lazy_pattern(r"[a-z]+(?:'[a-z]+)?|[^a-z\s]+")


def phrases(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of neighbouring words of a text, as concepts ("birth rate" → (birth, rate));
    a word that names nothing a figure counts, or a sign between, breaks the pair."""
    found: set[tuple[str, str]] = set()
    before: str | None = None
    for word in _WORD.findall(text.lower().replace("’", "'")):
        now = concept(word) if word[0].isalpha() else None
        if before is not None and now is not None and now != before:
            found.add((before, now))
        before = now
    return frozenset(found)


def phrase_points(said: frozenset[tuple[str, str]], cell: Cell, catalog: Catalog) -> int:
    """How many of the phrases a text says (``phrases``) the cell's labels say whole: its row
    label, its name, its column title, or its table's title and title rows ("Total fertility
    rate by region" for a row "Total")."""
    source = cell.figure.source
    labels = (
        cell.figure.label or "",
        cell.figure.name.replace("_", " "),
        cell.column_title,
        source.title or "",
        catalog.headings.get(source.id, ""),
    )
    held = frozenset().union(*(_phrases(label) for label in labels))
    return len(said & held)


@lru_cache(maxsize=1024)
def _phrases(text: str) -> frozenset[tuple[str, str]]:
    return phrases(text)
