"""A ranking whose group is named in the sentence before: "Cardiff had the lowest".

"Burglaries rose across Wales last year. Cardiff had the lowest rate, at 3.1." ranks Cardiff
among the areas of Wales, though its own sentence names no group. When the ranked figure's
table gives each line its place in a column of its own ("Area, Country, Rate") the check
ranks within a place only when the words name it, and a ranking that holds in Wales but not
across the whole table would need review.

So the group is carried, under three conditions that keep it settled: the sentence just
before (never one further back) names exactly one place of that column, by its name or its
adjective ("Welsh councils"); the ranking's own sentence names none; and the ranked line is in
that place. The claim then says the ranking in words that name the place (``says:``, the quote
with "(in Wales)" after it), and a comment says where the place was taken from. Anything else
(no place column, two places named, a line of another place) leaves the claim as it was, and
the check asks for review where the table's other lines decide it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.statements import sentences
from claimcheck.claimfile.records import Places
from claimcheck.engine.judge.across import RANKED
from claimcheck.engine.read.reader import read

__all__ = ["PLACE_ADJECTIVES", "carried_group", "with_groups_carried"]

# Data: the adjective a story may name a place by ("Welsh councils", "English regions").
PLACE_ADJECTIVES: dict[str, str] = {
    "english": "England",
    "welsh": "Wales",
    "scottish": "Scotland",
    "northern irish": "Northern Ireland",
    "british": "Great Britain",
}


def _named(places: Places, text: str) -> set[str]:
    """The places of the column that ``text`` names, by name or adjective."""
    found = set()
    for _, place in places.of:
        words = [place, *(adj for adj, name in PLACE_ADJECTIVES.items() if name == place)]
        for word in words:
            if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE):
                found.add(place)
    return found


def _ranks(quote: str) -> bool:
    return any(mention.family.id in RANKED for mention in read(quote).mentions)


def carried_group(before: str, sentence: str, cell: Cell, catalog: Catalog) -> str | None:
    """The place a ranking of ``cell`` runs over when only the sentence ``before`` names it:
    one place of the column that places the cell's line, the cell's own, and none named in
    ``sentence``; else None."""
    figure = cell.figure
    places = catalog.places.get((figure.source.id, figure.name))
    if places is None or figure.label is None:
        return None
    own = places.get(figure.label)
    if own is None or _named(places, sentence):
        return None
    named = _named(places, before)
    if len(named) != 1 or own not in named:
        return None
    inside = sum(1 for _, place in places.of if place == own)
    return own if 2 <= inside < len(places.of) else None


def with_groups_carried(
    text: str, drafted: Sequence[Drafted], catalog: Catalog | None
) -> list[Drafted]:
    """The claims, each ranking of one figure whose group only the sentence before names
    checked within that group (``says:`` naming it)."""
    if catalog is None or not catalog.places:
        return list(drafted)
    spans = list(sentences(text))
    result = []
    for claim in drafted:
        link = claim.link
        at = next((i for i, (s, e) in enumerate(spans) if s <= claim.start < e), None)
        quote = text[claim.start : claim.end]
        if at is None or at == 0 or len(link.cells) != 1 or link.says is not None:
            result.append(claim)
            continue
        before, sentence = text[slice(*spans[at - 1])], text[slice(*spans[at])]
        place = carried_group(before, sentence, link.cells[0], catalog)
        if place is None or not _ranks(quote):
            result.append(claim)
            continue
        said = " ".join(quote.split())
        why = f"the ranking's group, {place}, is named in the sentence before: ranked within it"
        link = replace(link, says=f"{said} (in {place})", reasons=(*link.reasons, why))
        result.append(replace(claim, link=link))
    return result
