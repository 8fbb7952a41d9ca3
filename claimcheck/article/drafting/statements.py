"""The statements of an article: sentences, and the clauses of a sentence that state a number.

A sentence that lists several figures ("hate crimes rose from 25 to 32, domestic abuse from
657 to 834 and alcohol-related crimes from 402 to 463") holds several statements. It is cut
at a clause boundary (a comma, semicolon or dash, or a joining word such as "and", "but",
"while", "including") only where the words on *both* sides state a statistical number, so
"1.44 children per woman, which is the lowest since 1938" stays whole, and a list of bare
numbers ("470 and 1,906 respectively") is never cut. A parenthesis that opens with "a" or
"an" ("(a seven per cent increase)") is a statement of its own. Every piece is an exact span
of the text.

Two more cuts keep a quote to the statement it holds:

- a change stated without a number, joined by "and" or "but" to a change stated with one
  ("wages were flat on the month and up 2% on the year") is a statement of its own, with no
  number (``Piece.numberless``): read together, the engine would ask the first for figures the
  second's reference cannot give;
- a relative clause between the subject and its verb, which states no number ("The rate,
  which counts part-time workers, fell to 11.8%"), is left out with the subject before it: the
  quote starts at the verb, and the clause's words (or a number in a name there) cannot be read
  as part of the statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import QUOTE_MARKS, YEAR_DIGITS

__all__ = ["Piece", "names_a_period", "pieces", "sentences", "trim"]

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
# A year or a month: words a quote keeps, since the engine checks them against the labels.
_PERIOD = lazy_pattern(rf"(?<![\d,.]){YEAR_DIGITS}(?!\d|,\d)|\b(?:{month_pattern()})\b")
# A change, or no change, stated by a word: "flat", "rose", "edged down".
_DIRECTION = lazy_pattern(
    r"\b(?:flat|unchanged|steady|stable|rose|risen|increased|grew|grown|climbed|jumped|fell"
    r"|fallen|dropped|declined|decreased|slipped|dipped|eased|edged|ticked|doubled|tripled"
    r"|halved|remained|stayed|held)\b",
    re.IGNORECASE,
)
# The word that makes a stated percentage a change: "up 2%", "fell 3%", "3% lower".
_CHANGE_NEAR = lazy_pattern(
    r"\b(?:up|down|rose|risen|rise|increased?|grew|fell|fallen|fall|dropped|drop|declined?"
    r"|decreased?|higher|lower|more|less|fewer|jumped|climbed|slipped|dipped|gained?|lost)\b",
    re.IGNORECASE,
)
_CHANGE_KINDS = frozenset([MentionKind.CHANGE, MentionKind.MULTIPLE])
# Words that open a predicate with no subject of its own: "(and) up 2%", "(and) were 3% higher".
_PREDICATE = lazy_pattern(
    r"(?:up|down|rose|risen|increased|grew|fell|fallen|dropped|declined|decreased|jumped"
    r"|climbed|slipped|dipped|gained|lost|was|were|is|are|has|have|had|stood|remained|stayed"
    r"|higher|lower|by|to|at)\b",
    re.IGNORECASE,
)
# A relative clause after the subject that opens a sentence: "The rate, which counts ..., ".
_RELATIVE_LEAD = lazy_pattern(
    r"[^;:()]{1,120}?(?P<relative>,\s+(?:which|who|whose)\s+[^,;:()]{1,200},\s+)"
    r"(?!(?:and|or|but|while|whereas|including|which|who|whose|as|according)\b)(?=[a-z])"
)


@dataclass(frozen=True, slots=True)
class Piece:
    """A clause of a sentence: its span, whether it opens with a joining word ("and"), whether
    it states a change with no number, and the subject it speaks of outside its span."""

    start: int
    end: int
    joined: bool
    numberless: bool = False
    # The words the statement speaks of that its quote leaves out (a subject before a
    # relative clause, or the subject a change without a number shares with it): for linking.
    subject: tuple[int, int] | None = None


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
    spans: list[Piece] = []
    begin, joined, subject = start, False, None
    for cut_start, cut_end, joining in cuts:
        if cut_start <= begin:
            continue
        closes = text[cut_start:cut_end] == ")" and text[begin - 1 : begin] == "("
        if _has(stated, begin, cut_start) and (closes or _has(stated, cut_end, end)):
            spans.append(Piece(begin, cut_start, joined, subject=subject))
            begin, joined, subject = cut_end, joining, None
        elif joining and _numberless_change(text, (begin, cut_start), (cut_end, end), stated):
            spans.append(Piece(begin, cut_start, joined, numberless=True))
            direction = _DIRECTION.search(text, begin, cut_start)
            shared = direction is not None and _PREDICATE.match(text, cut_end) is not None
            # "flat on the month and up 2%" shares its subject; "burglary fell and robbery
            # rose 5%" does not
            subject = (begin, direction.start()) if shared and direction else None
            begin, joined = cut_end, joining
    spans.append(Piece(begin, _without_trailer(text, begin, end), joined, subject=subject))
    first = spans[0]
    lead, relative_subject = _without_lead(text, first.start, first.end, stated)
    spans[0] = replace(first, start=lead, subject=relative_subject or first.subject)
    result = []
    for one in spans:
        piece = trim(text, one.start, one.end, one.joined)
        if piece is None:
            continue
        if one.numberless or _has(stated, piece.start, piece.end):
            result.append(replace(piece, numberless=one.numberless, subject=one.subject))
    return result or [Piece(start, end, False)]


def names_a_period(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a year or a month. Words a quote leaves out must not:
    the engine checks the periods a quote names against the figures' labels, and a quote cut
    short of its period would pass a claim about the wrong year."""
    return _PERIOD.search(text, start, end) is not None


def _numberless_change(
    text: str, before: tuple[int, int], after: tuple[int, int], stated: Sequence[Mention]
) -> bool:
    """Whether the words before a joining word state a change (or none) with no number, and
    the words after it state a change of their own with one: "flat on the month and up 2%"."""
    if _has(stated, *before) or _DIRECTION.search(text, *before) is None:
        return False
    if names_a_period(text, *before) and not names_a_period(text, *after):
        return False  # "In 2016 pay was flat ... and up 2%": the year is the change's too
    following = [m for m in stated if after[0] <= m.start and m.end <= after[1]]
    if not following:
        return False
    first = following[0]
    if first.kind in _CHANGE_KINDS:
        return True
    if first.kind is not MentionKind.PERCENT:
        return False
    near = text[max(after[0], first.start - 30) : min(after[1], first.end + 12)]
    return _CHANGE_NEAR.search(near) is not None


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


def _without_lead(
    text: str, start: int, end: int, stated: Sequence[Mention]
) -> tuple[int, tuple[int, int] | None]:
    """The start of a clause without a dateline ("May 22, 2022 — "), a contrast that states
    no number before it ("While X was down, even though Y rose by 325 billion"), or a subject
    and the relative clause after it ("The rate, which counts part-time workers, fell ...");
    with the span of that subject, which the statement still speaks of."""
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()
    opening = _LEAD_CONCESSION.match(text, start, end)
    if opening is not None and not _has(stated, start, opening.end()):
        return opening.end(), None
    relative = _RELATIVE_LEAD.match(text, start, end)
    if (
        relative is not None
        and not _has(stated, start, relative.end())
        and not names_a_period(text, start, relative.end())
    ):
        return relative.end(), (start, relative.start("relative"))
    for match in _LEAD_CONTRAST.finditer(text, start, end):
        if not _has(stated, start, match.start()):
            return match.end(), None
    return start, None


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


def trim(text: str, start: int, end: int, joined: bool) -> Piece | None:
    """The piece of ``text[start:end]`` without the spaces, commas, dashes and stray closing
    parenthesis at its ends (None when nothing is left)."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _END_TRIM:
        end -= 1
    if text.count(")", start, end) > text.count("(", start, end) and text[end - 1 : end] == ")":
        end -= 1  # the close of a parenthesis the piece does not open
    if start >= end:
        return None
    return Piece(start, end, joined or _JOINING.match(text, start, end) is not None)
