"""Runs and spans of time that qualify a claim but that no statement has checked.

"For the fifth straight year, fewer ferries ran late", "a record low for the third year
running", "the lowest it has stood for at least 60 years", "the smallest increase in more
than a year": each
claim holds a run of years or a span of time that only a longer series can settle. When the
wording table reads the whole phrase ("fell for three years in a row", "the lowest in 45
years") its statement checks the run or the span. When it does not (the direction comes after
the run, or words stand between the superlative and the span), the rest of the quote may still
check out, and passing over the run in silence would mark the claim supported on figures that
cannot show it. So such a phrase, left unread, makes the claim need review, and says why.

A span of time matters only beside a superlative or a record ("the highest ... in a decade");
on its own it is a length of time that states nothing ("over the 12 months to March").
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.engine.judge.judged import Judged
from claimcheck.engine.read.mentions import Reading
from claimcheck.model import Quantity, Statement, Verdict
from claimcheck.numbers.vocab import (
    ORDINAL_TEENS,
    ORDINAL_TENS,
    ORDINAL_UNITS,
    TEENS,
    TENS,
    UNITS,
)
from claimcheck.text.lazy import lazy_pattern

__all__ = ["ANNUAL_RUN", "RUN", "unchecked_spans"]

_UNIT: Final = r"(?:years?|decades?|months?|quarters?|weeks?|days?|centur(?:y|ies)|generations?)"
# Each alternative of ``_UNIT`` starts with one of these (and "time" for "the third time").
_UNIT_WORDS: Final = (
    "year", "decade", "month", "quarter", "week", "day", "centur", "generation", "time"
)  # fmt: skip
_ORDINAL_WORDS: Final = (*ORDINAL_UNITS, *ORDINAL_TEENS, *ORDINAL_TENS)
_WORD_NUMBER: Final = "|".join(
    sorted((*UNITS, *TEENS, *TENS, *_ORDINAL_WORDS, "a", "an"), key=len, reverse=True)
)
# An ordinal only: "the third time in a row" is a run; "three times in a row" says how often.
_ORDINAL: Final = (
    r"(?:\d+(?:st|nd|rd|th)|(?:(?:"
    + "|".join(TENS)
    + r")-)?(?:"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + "))"
)
# An ordinal or count: "third", "3rd", "second", "three", "12", "twenty-first".
_COUNT: Final = rf"(?:\d+(?:st|nd|rd|th)?|(?:{_WORD_NUMBER})(?:-(?:{_WORD_NUMBER}))?)"
RUN: Final = lazy_pattern(
    rf"\b{_COUNT}\s+(?:straight|consecutive|successive)\s+{_UNIT}\b"
    rf"|\b{_COUNT}\s+{_UNIT}\s+(?:in\s+a\s+row|running|on\s+the\s+trot)\b"
    rf"|\b{_ORDINAL}\s+(?:(?:straight|consecutive|successive)\s+)?time\s+"
    r"(?:in\s+a\s+row|running)\b",
    re.IGNORECASE,
)
# "the fifth straight annual decline" with no article: a run of years named by its moves,
# which ``runs`` checks when the referenced series is long enough to show it.
ANNUAL_RUN: Final = lazy_pattern(
    rf"\b{_COUNT}\s+(?:straight|consecutive|successive)\s+(?:annual|yearly)\s+"
    r"(?:rise|fall|decline|increase|decrease|drop|gain|cut)s?\b",
    re.IGNORECASE,
)
_SPAN: Final = lazy_pattern(
    r"\b(?:in|for|over)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|"
    rf"well\s+over|the\s+(?:past|last))\s+)?{_COUNT}\s+{_UNIT}\b",
    re.IGNORECASE,
)
_SUPERLATIVE: Final = lazy_pattern(
    r"\b(?:record|all[-\s]time|(?:high|low|small|larg|bigg|few|great|weak|strong|sharp|"
    r"steep|fast|slow|wors|b)est|(?:the|its|their)\s+(?:most|least)|worst|best)\b",
    re.IGNORECASE,
)


def unchecked_spans(wording: str, reading: Reading, out: Judged) -> None:
    """Add a needs-review statement for each run or span of time no statement has read."""
    lowered = wording.lower()
    if not any(map(lowered.__contains__, _UNIT_WORDS)):
        return  # no unit of time, so no run or span: most quotes stop here
    read = [(m.start, m.end) for m in reading.mentions]
    found = list(RUN.finditer(wording))
    if _SUPERLATIVE.search(wording):
        found += [m for m in _SPAN.finditer(wording) if not any(_inside(m, run) for run in found)]
    for match in sorted(found, key=lambda m: m.start()):
        if any(start <= match.start() and match.end() <= end for start, end in read):
            continue
        text = match.group()
        out.statements.append(
            Statement(
                stated=text,
                computed="",
                rule="a run of years or a span of time is checked against a series long "
                "enough to show it",
                verdict=Verdict.NEEDS_REVIEW,
                explanation=f"{text}: a run or span of time that the referenced figures are "
                f"not checked against here, so the claim cannot be settled "
                f"({Verdict.NEEDS_REVIEW.words})",
                quantity=Quantity.RANK,
                rule_id="series.span-unchecked",
                start=match.start(),
                end=match.end(),
            )
        )


def _inside(match: re.Match[str], other: re.Match[str]) -> bool:
    return other.start() <= match.start() and match.end() <= other.end()
