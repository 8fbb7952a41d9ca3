"""The sentences of an article: where one ends and the next begins.

A sentence ends at ". ", "! " or "? " (and any closing quote) before a capital or a number,
or at a paragraph break. A full stop that ends an abbreviation does not end a sentence: a
title or "St." before a name, "e.g." and "i.e.", an initial ("J. Smith"), "No." or a month's
short name before a number ("No. 10", "Sept. 30"), and "U.S." or "U.K." unless a word that
opens a sentence follows ("... in the U.S. The rate ..."). A single line break inside a
paragraph joins the lines, unless the line ends a sentence or the next one is a list item.
A wire dateline at the start of a paragraph ("OSLO (AP) — ...") is no part of its first
sentence: its date would read as the period the sentence speaks of.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import QUOTE_MARKS

__all__ = ["sentences"]

_BOUNDARY = lazy_pattern(r"(?<=[.!?])[\"”’']?[ \t]+(?=[\"“‘'(\[]?[A-Z0-9£$€])|\n[ \t]*\n\s*|\n")
_EDGE = " \t" + QUOTE_MARKS
# A full stop that ends an abbreviation, not a sentence: a title or "St." before a name, "e.g."
# and "i.e.", an initial ("J. Smith"); "No." or a month's short name before a number ("No. 10",
# "Sept. 30"); initials and "U.S." or "U.K." unless a word that opens a sentence follows.
_ABBREVIATION = lazy_pattern(
    r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|Ft|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Supt|Insp|Rev|vs"
    r"|approx|e\.g|i\.e|cf)\.\Z"
)
_ABBREVIATION_BEFORE_NUMBER = lazy_pattern(
    r"\b(?:No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\Z"
)
_INITIALISM = lazy_pattern(r"(?<![\w.])(?:[A-Z]\.)+\Z")
_OPENS_SENTENCE = lazy_pattern(
    r"(?:The|This|That|These|Those|It|Its|In|On|At|But|And|A|An|He|She|They|We|I|There|Their"
    r"|Our|As|For|Some|Many|Most|Last|Meanwhile|However|Still|Yet|What|When|If)\b"
)
_MARKDOWN_LEAD = lazy_pattern(r"(?:#{1,6}|>|[-*+•·])[ \t]+")
# A wire dateline before a paragraph's first sentence: a place or a date, the agency in
# brackets, and a dash ("LISBON (AFP) -", "March 3 (Reuters) --").
_DATELINE = lazy_pattern(r"[A-Za-z0-9 .,']{0,40}\([A-Z][A-Za-z]{1,11}\)[ \t]*(?:-{1,2}|[–—])[ \t]+")
_LINE_START = lazy_pattern(r"\n[ \t]*\Z")
_LINE_END = lazy_pattern(r"[.!?:;\"”’')\]]\s*\Z")
_NEXT_LINE_LIST = lazy_pattern(r"\n[ \t]*(?:[-*+•·]|#{1,6}|>|\d+[.)])[ \t]")
_SHORT_LINE = 40
_OPEN_END = lazy_pattern(r"(?:,|\b(?:of|the|a|an|and|or|to|in|on|for|from|by|with|at))\Z")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of ``text``, without surrounding spaces or quote marks.

    A single line break inside a paragraph (text wrapped by hand, or HTML source wrapped by
    its editor) joins the lines, unless the line ends a sentence or the next one is a list item.
    """
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if boundary.group() == "\n" and _joins(text, start, boundary.start()):
            continue
        if boundary.group()[:1] in " \t" and _abbreviation(text, start, boundary):
            continue
        yield from _trimmed(text, start, boundary.start())
        start = boundary.end()
    yield from _trimmed(text, start, len(text))


def _abbreviation(text: str, start: int, boundary: re.Match[str]) -> bool:
    """Whether the full stop before ``boundary`` ends an abbreviation ("Dr.", "U.S.", "No. 4")
    rather than the sentence."""
    before = text[max(start, boundary.start() - 12) : boundary.start()]
    following = text[boundary.end() : boundary.end() + 12]
    if _ABBREVIATION.search(before) is not None:
        return True
    if _ABBREVIATION_BEFORE_NUMBER.search(before) is not None:
        return following[:1].isdigit()
    return _INITIALISM.search(before) is not None and _OPENS_SENTENCE.match(following) is None


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
        dateline = _DATELINE.match(text, start, end)
        if dateline is not None:
            start = dateline.end()
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if start < end:
        yield start, end
