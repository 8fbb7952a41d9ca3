"""Ranking and record words that no rule of the wording table read.

"London remained the most expensive, at £484,000", "followed by the East Midlands, at 2.8%", "a
post-recession high of 34.6 hours": each says where the figure stands among others (other
places, other years), and each passed over left the claim supported on its number alone,
though the ranking was never checked. The wording table reads the rankings it knows ("the
highest", "the second biggest rise", "a 10-year high", "the lowest since 2009") and checks them
against the referenced series; a ranking or record word it did not read makes the claim need
review, and the explanation names the words, so the editor checks them by hand.

The words are data (``UNREAD_RANKS``): each row a pattern and the reason it ranks. Words that
only describe a group ("in the most deprived areas") or qualify a number ("at least", "at
most") are not rows.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from claimcheck.engine.judge.judged import Judged, span_review
from claimcheck.engine.read.mentions import Reading
from claimcheck.model import Quantity, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["UNREAD_RANKS", "RankWords", "unread_ranks"]


class RankWords(NamedTuple):
    """One row: the words that rank or set a record, and why they need the other figures."""

    name: str
    pattern: re.Pattern[str]
    reason: str
    # words one of which the pattern cannot match without: a quote with none is not searched
    needles: tuple[str, ...]


_SUPERLATIVES: Final = (
    "highest|lowest|biggest|largest|smallest|greatest|fewest|worst|priciest|cheapest|dearest"
    "|costliest|fastest|slowest|strongest|weakest|steepest|sharpest|deepest|poorest|richest"
    "|wealthiest|busiest|safest|deadliest|longest|shortest|hottest|coldest|wettest|driest"
)

UNREAD_RANKS: Final = (
    RankWords(
        "superlative",
        lazy_pattern(rf"\b(?:{_SUPERLATIVES})\b", re.IGNORECASE),
        "a superlative ranks the figure against others of its kind",
        ("est",),
    ),
    RankWords(
        "most-adjective",
        lazy_pattern(
            r"(?:\b(?:is|was|are|were|remains?|remained|stays?|stayed|became|becomes?|been)"
            r"\s+(?:still\s+|also\s+|now\s+|again\s+)?|[,(]\s*)"
            r"(?P<words>(?:the|its|their|our)\s+(?:most|least)\s+(?!of\b)[a-z][a-z-]+)",
            re.IGNORECASE,
        ),
        "'the most ...' and 'the least ...' said of the figure's subject rank it against "
        "others of its kind",
        ("most", "least"),
    ),
    RankWords(
        "high-noun",
        lazy_pattern(
            r"\b(?:a|an|its|their|the|new|fresh)\s+(?:[a-z0-9-]+\s+){0,2}?"
            r"(?P<key>high|low|peak|trough)\b"
            r"(?=\s*(?:(?:of|since|in|for|with|at|on|and|last|this)\b|[,.;:)]|$))",
            re.IGNORECASE,
        ),
        "a high, a low or a peak sets the figure above or below the rest of a series",
        ("high", "low", "peak", "trough"),
    ),
    RankWords(
        "record",
        lazy_pattern(
            r"\b(?:(?:a|new|all-time)\s+record|record[- ](?:high|low|level|levels|number|"
            r"numbers|figure|total|rate)|on\s+record|since\s+records\s+began|unprecedented)\b",
            re.IGNORECASE,
        ),
        "a record sets the figure against every earlier value of the series",
        ("record", "unprecedented"),
    ),
    RankWords(
        "order",
        lazy_pattern(
            r"\b(?:followed\s+by|came\s+(?:first|second|third|fourth|fifth|last)"
            r"|in\s+(?:first|second|third|fourth|fifth|last)\s+place|rank(?:s|ed)?\b"
            r"|top(?:s|ped)?\s+(?:the|a|all|every)\b|leads?\s+the\b|behind\s+only"
            r"|than\s+any\s+other|ahead\s+of\s+(?:all|every|any)\b)",
            re.IGNORECASE,
        ),
        "an order word places the figure among others, which the claim does not reference",
        ("followed", "came", "place", "rank", "top", "lead", "behind", "other", "ahead"),
    ),
    RankWords(
        "described-subject",
        lazy_pattern(
            r"\b(?P<words>(?:is|was|are|were|remains?|remained)\s+(?:the|its)\s+"
            r"(?:[a-z-]+\s+){0,3}?)with\s+the\s+(?:most|highest|largest|biggest|greatest"
            r"|lowest|fewest|smallest|least)\b",
            re.IGNORECASE,
        ),
        "the subject named as the one with the most (or the least) ranks it against every "
        "other of its kind",
        ("with the",),
    ),
    RankWords(
        "continuity",
        lazy_pattern(
            r"\b(?:continuously|continually|every\s+year|each\s+year|year\s+after\s+year"
            r"|without\s+a\s+break|uninterrupted)\b",
            re.IGNORECASE,
        ),
        "says every step between the two ends went the same way, which needs every value "
        "between them",
        ("contin", "every year", "each year", "after year", "a break", "uninterrupted"),
    ),
    RankWords(
        "not-since",
        lazy_pattern(
            r"\b(?:not\s+been\s+this\s+\w+(?=\s+since\b)|the\s+first\s+(?P<key>time)\s+(?:since|in)\b"
            r"|never\s+been\s+(?:higher|lower|bigger|"
            r"smaller|greater|worse|better))\b",
            re.IGNORECASE,
        ),
        "says no value of the series over a span came as close, which needs every value",
        ("since", "the first time", "never been"),
    ),
)

_RULE: Final = "a ranking or record needs the figures it is measured against"


# "the highest count since 1,204 cases in the week to 9 April": a ranking over the values since
# a point no rule read (no year follows "since"), never the whole series.
_SINCE_AFTER: Final = lazy_pattern(
    rf"\b(?:{_SUPERLATIVES}|most|least)\b(?:\s+[\w'-]+){{0,4}}?\s+(?P<key>since)\b",
    re.IGNORECASE,
)


# "rose at a record pace", "a record jump": the record is the size of a change, which a record
# of the level says nothing about.
_RECORD_OF_CHANGE: Final = lazy_pattern(
    r"\s+(?:pace|speed|rate\s+of|rise|rises|increase|increases|jump|jumps|fall|falls|drop"
    r"|drops|decline|declines|growth|gain|gains)\b",
    re.IGNORECASE,
)
_SIZE_WORDS: Final = ("several", "few", "couple", "handful", "number of")
_SIZES: Final = lazy_pattern(
    r"\b(?:several|a\s+few|a\s+couple\s+of|a\s+handful\s+of|a\s+number\s+of)\s+"
    r"(?:ticks|notches|points|percentage\s+points|places|spots)\b",
    re.IGNORECASE,
)


def unread_ranks(wording: str, reading: Reading, out: Judged) -> None:
    """Add a needs-review statement for each ranking or record word no rule read."""
    _unread_since(wording, reading, out)
    _record_of_change(wording, out)
    if any(map(wording.lower().__contains__, _SIZE_WORDS)):
        _unread_sizes(wording, reading, out)
    spans = [
        (item.start, item.end if item.end is not None else item.start)
        for item in out.statements
        if item.start is not None
    ]
    spans.extend((mention.start, mention.end) for mention in reading.mentions)
    ranked = any(item.quantity is Quantity.RANK for item in out.statements)
    lowered = wording.lower()
    for row in UNREAD_RANKS:
        if ranked and row.name == "described-subject":
            continue  # "with the most" already ranked against a referenced series
        if not any(map(lowered.__contains__, row.needles)):
            continue  # most quotes stop here
        for found in row.pattern.finditer(wording):
            start, end = found.span("words") if "words" in row.pattern.groupindex else found.span()
            # "the most deprived areas" is read as a description and taken; said of the
            # subject ("London remained the most expensive") it ranks, so only the statements
            # and mentions count as having read it.
            key = found.span("key") if "key" in row.pattern.groupindex else (-1, -1)
            key = key if key[0] >= 0 else (start, end)
            free = row.name == "most-adjective" or reading.free(*key)
            if not free or _overlaps(spans, start, end):
                continue
            out.statements.append(
                span_review(
                    wording[start:end],
                    start,
                    end,
                    f"{row.reason}, and no rule checked it against the figures: check it by hand",
                    quantity=Quantity.RANK,
                    rule=_RULE,
                    rule_id=f"rank.unread.{row.name}",
                )
            )
            spans.append((start, end))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _unread_since(wording: str, reading: Reading, out: Judged) -> None:
    """A superlative followed by a "since" no rule read ranks only the values since then: the
    ranking over the whole series is no verdict on it, either way."""
    if "since" not in wording.lower():
        return
    for found in _SINCE_AFTER.finditer(wording):
        key = found.span("key")
        if not reading.free(*key):
            continue  # "the highest since 2012": read and checked by the series rows
        start, end = found.span()
        downgraded = False
        for index, item in enumerate(out.statements):
            if item.quantity is not Quantity.RANK or item.start is None:
                continue
            item_end = item.end if item.end is not None else item.start
            overlaps = item.start < key[0] and item_end > start
            if overlaps and item.verdict is not Verdict.NEEDS_REVIEW:
                head = item.explanation.removesuffix(f" ({item.verdict.words})")
                out.statements[index] = item.model_copy(
                    update={
                        "verdict": Verdict.NEEDS_REVIEW,
                        "explanation": f"{head}; but the words rank only the values since a "
                        f"point no rule read, not the whole series ({Verdict.NEEDS_REVIEW.words})",
                    }
                )
                downgraded = True
        if downgraded:
            continue
        out.statements.append(
            span_review(
                wording[start:end],
                start,
                end,
                "ranks the figure only against the values since a point no rule read: check "
                "where the span starts by hand",
                quantity=Quantity.RANK,
                rule=_RULE,
                rule_id="rank.unread.since",
            )
        )


def _record_of_change(wording: str, out: Judged) -> None:
    """A record said of a change ("at a record pace") judged as a record of the level: no
    verdict either way, the size of the change is what the words rank."""
    for index, item in enumerate(out.statements):
        if item.quantity is not Quantity.RANK or item.end is None:
            continue
        if not item.rule_id.startswith(("record-high", "record-low")):
            continue
        if _RECORD_OF_CHANGE.match(wording, item.end) is None:
            continue
        head = item.explanation.removesuffix(f" ({item.verdict.words})")
        out.statements[index] = item.model_copy(
            update={
                "verdict": Verdict.NEEDS_REVIEW,
                "explanation": f"{head}; but the words rank the size of a change, not the "
                f"level, so the record of the level settles nothing "
                f"({Verdict.NEEDS_REVIEW.words})",
            }
        )


def _unread_sizes(wording: str, reading: Reading, out: Judged) -> None:
    """A size said in words with no number ("rose several ticks", "a few points") is no check
    the figures can make: it needs review."""
    for found in _SIZES.finditer(wording):
        if not reading.free(*found.span()):
            continue
        out.statements.append(
            span_review(
                found.group(),
                found.start(),
                found.end(),
                "a size said in words with no number, which no rule checks against the move: "
                "check it by hand",
                quantity=Quantity.POINTS,
                rule="a size said in words needs a number to be checked",
                rule_id="size.unread",
            )
        )
