"""The statements of an article: sentences, and the clauses of a sentence that state a number.

A sentence that lists several figures ("hate crimes rose from 25 to 32, domestic abuse from
657 to 834 and alcohol-related crimes from 402 to 463") holds several statements. It is cut
at a clause boundary (a comma, semicolon or dash, or a joining word such as "and", "but",
"while", "including") only where the words on *both* sides state a statistical number, so
"1.44 children per woman, which is the lowest since 1938" stays whole, and a list of bare
numbers ("470 and 1,906 respectively") is never cut. A parenthesis that opens with "a" or
"an" ("(a seven per cent increase)") is a statement of its own. Every piece is an exact span
of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claimcheck.article.scan import Mention
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import QUOTE_MARKS

__all__ = ["Piece", "pieces", "sentences"]

# A sentence ends at . ! or ? (and any closing quote) before a space, or at a paragraph break.
_BOUNDARY = lazy_pattern(r"(?<=[.!?])[\"”’']?[ \t]+(?=[\"“‘'(\[]?[A-Z0-9£$€])|\n[ \t]*\n\s*|\n")
_EDGE = " \t" + QUOTE_MARKS
# A Markdown heading, quote or bullet mark at the start of a line is no part of a quote.
_MARKDOWN_LEAD = lazy_pattern(r"(?:#{1,6}|>|[-*+•·])[ \t]+")
_LINE_START = lazy_pattern(r"\n[ \t]{0,3}\Z")
_LINE_END = lazy_pattern(r"[.!?:;\"”’')\]]\s*\Z")
_NEXT_LINE_LIST = lazy_pattern(r"\n[ \t]*(?:[-*+•·]|#{1,6}|>|\d+[.)])[ \t]")
_SHORT_LINE = 40
_OPEN_END = lazy_pattern(r"(?:,|\b(?:of|the|a|an|and|or|to|in|on|for|from|by|with|at))\Z")

_CUT = lazy_pattern(
    # a comma, but not one before "or" restating the figure ("227, or 78% of councils")
    r"\s*[;–—]\s+|\s+-\s+|,\s+(?!or\b)(?:and\s+|but\s+|while\s+|whereas\s+)?"
    r"|\s+(?:but|while|whereas|including|against)\s+"
    # "and" with no comma, or "by" after a verb that is no change ("issued by 202 councils"),
    # cut only when a stated number follows within a few words (see _cuts)
    r"|\s+and\s+|\s+(?=by\s+\S+)"
    # a record since a year is a statement of its own: "... fell to the lowest since 1977"
    r"|\s+(?=(?:to\s+)?(?:the|its|a)\s+(?:new\s+)?(?:record\s+)?(?:lowest|highest)\b"
    r"[^.;]{0,40}\bsince\b)"
)
_SOON = 40
_DATELINE = lazy_pattern(
    r"(?:[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})"
    r"\s*[—–-]\s*"
)
_LEAD_CONCESSION = lazy_pattern(
    r"(?:Although|Though|Even though|While|Whereas|Despite)\b[^,;.]*,\s+", re.IGNORECASE
)
_LEAD_CONTRAST = lazy_pattern(r",\s+(?:even though|although|though)\s+")
_CONTRAST = lazy_pattern(r",\s+(?:while|but|whereas)\s+|;\s+")
_CHANGE_BEFORE = lazy_pattern(
    r"\b(?:rose|risen|rise|increased?|up|grew|grown|fell|fallen|dropped|down|declined?|"
    r"decreased?|cut|reduced|jumped|climbed|soared|leapt|higher|lower|more|less|fewer|went|"
    r"gone|revised|multiplied|divided|year|times)\Z",
    re.IGNORECASE,
)
_BARE_AND = lazy_pattern(r"[\d%]\s+and\s+[\d£$€]")
_ASIDE = lazy_pattern(r"\s*\((?=an?\s)")
_TRIM = " \t,;:-–—"
_END_TRIM = _TRIM + "(.!?"
_JOINING = lazy_pattern(r"\b(?:and|but|while|whereas|or)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Piece:
    """A clause of a sentence: its span, and whether it opens with a joining word ("and")."""

    start: int
    end: int
    joined: bool


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of ``text``, without surrounding spaces or quote marks.

    A single line break inside a paragraph (text wrapped by hand, or HTML source wrapped by
    its editor) joins the lines, unless the line ends a sentence or the next one is a list item.
    """
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if boundary.group() == "\n" and _joins(text, start, boundary.start()):
            continue
        yield from _trimmed(text, start, boundary.start())
        start = boundary.end()
    yield from _trimmed(text, start, len(text))


def _joins(text: str, start: int, at: int) -> bool:
    """Whether a single line break at ``at`` falls inside a sentence: a long line that does not
    end a sentence, followed by a word in lower case or a number, or ending on a comma or a
    little word ("of", "the") that cannot end one."""
    line_start = text.rfind("\n", 0, at) + 1
    if at - line_start < _SHORT_LINE or _LINE_END.search(text, max(start, at - 3), at):
        return False
    if _NEXT_LINE_LIST.match(text, at) is not None or at + 1 >= len(text):
        return False
    following = text[at + 1 : at + 2]
    return (
        following.islower() or following.isdigit() or _OPEN_END.search(text, start, at) is not None
    )


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start] in _EDGE:
        start += 1
    if start == 0 or text[start - 1] == "\n" or _LINE_START.search(text, 0, start):
        lead = _MARKDOWN_LEAD.match(text, start, end)
        if lead is not None:
            start = lead.end()
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if start < end:
        yield start, end


def pieces(text: str, sentence: tuple[int, int], mentions: Sequence[Mention]) -> list[Piece]:
    """The clauses of a sentence that each state a number (or the sentence, when it has one)."""
    start, end = sentence
    stated = [m for m in mentions if m.statistical and start <= m.start and m.end <= end]
    cuts = sorted(_cuts(text, start, end, stated), key=lambda cut: cut[0])
    spans: list[tuple[int, int, bool]] = []
    begin, joined = start, False
    for cut_start, cut_end, joining in cuts:
        if cut_start <= begin:
            continue
        closes = text[cut_start:cut_end] == ")" and text[begin - 1 : begin] == "("
        if _has(stated, begin, cut_start) and (closes or _has(stated, cut_end, end)):
            spans.append((begin, cut_start, joined))
            begin, joined = cut_end, joining
    spans.append((begin, _without_trailer(text, begin, end), joined))
    first_start, first_end, first_joined = spans[0]
    spans[0] = (_without_lead(text, first_start, first_end, stated), first_end, first_joined)
    result = []
    for one_start, one_end, one_joined in spans:
        piece = _trim(text, one_start, one_end, one_joined)
        if piece is not None and _has(stated, piece.start, piece.end):
            result.append(piece)
    return result or [Piece(start, end, False)]


def _cuts(
    text: str, start: int, end: int, stated: Sequence[Mention]
) -> Iterator[tuple[int, int, bool]]:
    """Where a sentence may be cut: (start, end, whether a joining word opens what follows)."""
    for match in _CUT.finditer(text, start, end):
        word = match.group().strip()
        if word == "and" and _BARE_AND.match(text, match.start() - 1):
            continue
        if word in ("and", "") and not _number_soon(text, stated, match.end()):
            continue
        if word == "" and _CHANGE_BEFORE.search(text, start, match.start()):
            continue
        if _inside_parentheses(text, start, match.start()):
            continue
        yield match.start(), match.end(), _JOINING.search(match.group()) is not None
    for match in _ASIDE.finditer(text, start, end):
        yield match.start(), match.end(), False
        close = text.find(")", match.end(), end)
        if close != -1:
            yield close, close + 1, False


def _without_trailer(text: str, start: int, end: int) -> int:
    """The end of a clause without a contrast that states no number: "fell to 62.7%, while
    wage growth came in less than expected" ends at "62.7%"."""
    for match in _CONTRAST.finditer(text, start, end):
        if not any(char.isdigit() for char in text[match.end() : end]):
            return match.start()
    return end


def _without_lead(text: str, start: int, end: int, stated: Sequence[Mention]) -> int:
    """The start of a clause without a dateline ("May 22, 2022 — ") or a contrast that states
    no number before it ("While X was down, even though Y rose by 325 billion")."""
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()
    opening = _LEAD_CONCESSION.match(text, start, end)
    if opening is not None and not _has(stated, start, opening.end()):
        return opening.end()
    for match in _LEAD_CONTRAST.finditer(text, start, end):
        if not _has(stated, start, match.start()):
            return match.end()
    return start


def _number_soon(text: str, stated: Sequence[Mention], at: int) -> bool:
    """Whether a stated number starts within a few words after ``at``, with no other "and"
    between ("England and Wales and received 290" is cut at the second)."""
    return any(
        at <= m.start <= at + _SOON and " and " not in text[at - 1 : m.start] for m in stated
    )


def _inside_parentheses(text: str, start: int, at: int) -> bool:
    return text.count("(", start, at) > text.count(")", start, at)


def _has(stated: Sequence[Mention], start: int, end: int) -> bool:
    return any(start <= m.start and m.end <= end for m in stated)


def _trim(text: str, start: int, end: int, joined: bool) -> Piece | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _END_TRIM:
        end -= 1
    if text.count(")", start, end) > text.count("(", start, end) and text[end - 1 : end] == ")":
        end -= 1  # the close of a parenthesis the piece does not open
    if start >= end:
        return None
    return Piece(start, end, joined or _JOINING.match(text, start, end) is not None)
