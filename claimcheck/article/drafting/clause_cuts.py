"""Cuts that give each statement of a sentence its own quote, beside those of ``statements``.

- **A list of categories after a long lead.** "most regions saw big rises in cyclist (9%),
  pedestrian (6%) and driver (4%) deaths": the first item is quoted from its own words
  ("cyclist (9%)"), like the items after it, and the lead counts for linking only, so that a
  quantifier of the lead ("most") is never read as a claim about the item's figure
  (``list_lead``).
- **A ranking before a participle with the number.** "Harbour dues fell the most of any
  charge, losing 1,400 between 2022 and 2023": the participle's clause is the claim the figure
  checks, the ranking another claim with no number (``ranked_participle``).
- **A bracket that restates a figure at another base.** "0.07 in 2023/24 (7 patients per
  10,000)": the bracket is a statement of its own (``restated``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from claimcheck.article.drafting.piece import Piece
from claimcheck.article.scan import Mention
from claimcheck.text.lazy import lazy_pattern

__all__ = ["held_whole", "list_lead", "own_clauses", "ranked_participle", "restated"]

# A number, and the words of a period after it, just before a bracket: "0.10 in 2018/19".
_BEFORE_BRACKET = lazy_pattern(r"[\d%](?:\s+(?:in|for|during)\s+[\w/.-]+)?\Z", re.IGNORECASE)
# A bracket that restates the figure before it at another base: "(10 pupils per 10,000)",
# "(nine for every 1,000)".
_RESTATED = lazy_pattern(
    r"\s*\((?=(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:per|for\s+every)\s+[\d,]+\s*\))",
    re.IGNORECASE,
)
# An item of a list with its figure in brackets: "pedestrian (6%)", "driver deaths (4% rise)".
_LIST_ITEM = lazy_pattern(
    r"(?:and\s+)?(?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*\s*\(\s*[£$€]?\d[^()]*\)?"
)
# The bracket that opens just before an item's number: "cyclist (9%".
_ITEM_BEFORE = lazy_pattern(r"\s*\(\s*[£$€]?\Z")
# A comma between two bare numbers of a list ("300, 320 and 410 ... respectively").
_LIST_COMMA = lazy_pattern(r"[\d%]\s*,\s+(?:about\s+|some\s+)?[\d£$€]")
_RESPECTIVELY = lazy_pattern(r"\brespectively\b", re.IGNORECASE)
_CLAUSE_END = lazy_pattern(r"[;:]|\s[-–—]\s")
# A concession with no number of its own opening a clause before its statement.
_CONCESSION = lazy_pattern(
    r"(?:albeit|although|though|even\s+though)\b[^,;.\d]*,\s+(?:with\s+)?", re.IGNORECASE
)
_WORD = lazy_pattern(r"[^\W\d_][\w'’-]*")
_LITTLE = lazy_pattern(
    r"(?:the|a|an|in|of|for|to|by|on|at|among|amongst|from|with|and|or|its|their|was|were|is)",
    re.IGNORECASE,
)
_PREPOSITION = lazy_pattern(r"(?:in|of|for|to|by|on|at|among|amongst|from|with)", re.IGNORECASE)
_LONG_LEAD = 3  # words before the first item, at least
_ITEM_WORDS = 3  # words of an item, at most, when no label names it
_NAME_WORDS = 7  # words of a label with "and" inside, at most
# A participle after a comma that states the number: ", losing 11,400 between ...".
_PARTICIPLE = lazy_pattern(
    r",\s+(?=(?:losing|gaining|adding|shedding|cutting|dropping|falling|rising|climbing"
    r"|growing|increasing|decreasing|declining|jumping|sliding|slipping)\b)",
    re.IGNORECASE,
)
# A superlative that ranks: "the most of any charge", "the greatest number of jobs".
_SUPERLATIVE = lazy_pattern(
    r"\b(?:most|least|fewest|greatest|largest|biggest|smallest|highest|lowest|sharpest"
    r"|steepest|strongest|weakest|fastest|slowest)\b",
    re.IGNORECASE,
)


def list_lead(
    text: str, found: list[Piece], stated: Sequence[Mention], names: Collection[str]
) -> list[Piece]:
    """The pieces with the first item of a list of categories, each with its figure in
    brackets, quoted from the item ("cyclist (9%)") after a lead of three words or more, the
    lead kept as its subject for linking. ``names`` are the tables' labels with "and" inside,
    in lower case: an item may be one ("cafes and takeaway shops (8,400)")."""
    if len(found) < 2 or not any(_LIST_ITEM.fullmatch(text, p.start, p.end) for p in found[1:]):
        return found
    first = found[0]
    numbers = [m for m in stated if first.start <= m.start and m.end <= first.end]
    if len(numbers) != 1:
        return found
    item = _item_start(text, first.start, numbers[0].start, names)
    if item is None or len(text[first.start : item].split()) < _LONG_LEAD:
        return found
    subject = first.subject or (first.start, item)
    return [replace(first, start=item, subject=subject), *found[1:]]


def _item_start(text: str, start: int, number: int, names: Collection[str]) -> int | None:
    """Where the item before a bracketed number starts: a table's label with "and" inside
    that ends there ("food services and drinking places"), else its words back to a little
    word ("in", "of", "the") or a mark, at most three; None when no bracket opens just before
    the number or no word of the item is there."""
    bracket = _ITEM_BEFORE.search(text, max(start, number - 80), number)
    if bracket is None:
        return None
    words = list(_WORD.finditer(text, max(start, number - 80), bracket.start()))
    for word in words[-_NAME_WORDS:]:
        named = text[word.start() : bracket.start()].lower()
        if " and " in named and any(named in name for name in names):
            return word.start()  # the longest piece of a label with "and" inside
    at = None
    for word in reversed(words[-_ITEM_WORDS:]):
        gap = text[word.end() : at if at is not None else bracket.start()]
        if gap.strip():
            break  # a mark: "incurred “big rises” in cyclist", "deaths: cyclist"
        if _LITTLE.fullmatch(word.group()):
            # after a preposition an item opens ("rises in cyclist (9%)"); after an article or
            # a verb the words are the lead's object ("issued the most fines (2430)")
            return at if _PREPOSITION.fullmatch(word.group()) else None
        at = word.start()
    if at is not None and _SUPERLATIVE.search(text, at, bracket.start()):
        return None
    return at


def own_clauses(text: str, piece: Piece, stated: Sequence[Mention]) -> list[Piece]:
    """A statement without a concession that opens it and states no number ("albeit from a
    low base, with just 95 climbers rescued": the quote starts at "with"), then cut at a
    ranked participle (``ranked_participle``)."""
    lead = _CONCESSION.match(text, piece.start, piece.end)
    stated_after = lead is not None and _has(stated, lead.end(), piece.end)
    if lead is not None and stated_after and not _has(stated, piece.start, lead.end()):
        piece = replace(piece, start=lead.end())
    return ranked_participle(text, piece, stated)


def ranked_participle(text: str, piece: Piece, stated: Sequence[Mention]) -> list[Piece]:
    """A statement whose superlative predicate comes before a participle with the number
    ("Harbour dues fell the most of any charge, losing 1,400 between 2022 and 2023") cut into
    the ranking (``Piece.ranking``, no number) and the participle's clause, which the figure
    checks and whose subject the words before are; else the piece as it is."""
    found = _PARTICIPLE.search(text, piece.start, piece.end)
    if found is None or piece.numberless or piece.series:
        return [piece]
    if _has(stated, piece.start, found.start()) or not _has(stated, found.end(), piece.end):
        return [piece]
    if _SUPERLATIVE.search(text, piece.start, found.start()) is None:
        return [piece]
    ranking = replace(piece, end=found.start(), ranking=True)
    return [ranking, Piece(found.end(), piece.end, True, subject=(piece.start, found.start()))]


def restated(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The brackets that restate the number before them at another base, after the number and
    the words of its period ("0.07 in 2023/24 (7 patients per 10,000)")."""
    return [
        match
        for match in _RESTATED.finditer(text, start, end)
        if _BEFORE_BRACKET.search(text, max(start, match.start() - 30), match.start())
    ]


def _has(stated: Sequence[Mention], start: int, end: int) -> bool:
    return any(start <= m.start and m.end <= end for m in stated)


def held_whole(text: str, start: int, cut: int, end: int) -> bool:
    """Whether a sentence (from ``start``) is never cut at ``cut``: inside a parenthesis, or in
    a list said "respectively" (``in_respective_list``)."""
    inside = text.count("(", start, cut) > text.count(")", start, cut)
    return inside or in_respective_list(text, cut, end)


def in_respective_list(text: str, cut: int, end: int) -> bool:
    """Whether a comma at ``cut`` parts two bare numbers of a list that its clause says
    "respectively" of ("were 300, 320 and 410 in 2018, 2019 and 2020 respectively"): one
    statement, whose numbers are paired in order with the periods or groups it names."""
    if _LIST_COMMA.match(text, cut - 1) is None:
        return False
    said = _RESPECTIVELY.search(text, cut, end)
    return said is not None and _CLAUSE_END.search(text, cut, said.start()) is None
