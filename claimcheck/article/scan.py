"""Every number in an article, what kind of number it is, and whether it is a statistic.

``scan(text)`` reads plain text, Markdown or HTML and returns one ``Mention`` per number:
its span in the text as given (``text[start:end]`` is the mention, even in HTML), its exact
value, its kind and qualifier, and whether it states a statistic that a claim should check.
Years used as dates, phone numbers, clock times, ages, street numbers, identifiers and
durations are found but marked as not statistical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from fractions import Fraction
from functools import cache

from claimcheck.article.scan_context import classify, qualifier_before
from claimcheck.article.scan_spans import Intervals, Tokens, date_part, special_at
from claimcheck.numbers.bounds import in_range
from claimcheck.numbers.number import find_numbers
from claimcheck.numbers.reader import words_pattern
from claimcheck.text import html as _html
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import SPACE

__all__ = ["Mention", "MentionKind", "scan"]


class MentionKind(StrEnum):
    """What a number in an article is."""

    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    MULTIPLE = "multiple"  # "more than quadrupled", "24-fold", "five times as many"
    CHANGE = "change"  # "rose by a third", "fell 1.3 percentage points", "a rise of 6,385"
    SHARE = "share"  # "one in five", "a third of", "17 per cent of"
    YEAR = "year"
    DATE = "date"
    TIME = "time"
    DURATION = "duration"  # "over the last five years", "in just one month"
    ORDINAL = "ordinal"
    PHONE = "phone"
    OTHER = "other"  # ages, street numbers, identifiers, list markers


@dataclass(frozen=True, slots=True)
class Mention:
    """One number in an article; ``text[start:end]`` of the scanned text is ``self.text``.

    ``value`` is exact: for a percentage the number before the sign, for a share such as
    "one in five" the fraction 1/5, for a multiple word the factor ("quadrupled" is 4), for
    a clock time the hours since midnight, for a phone number its digits. ``step`` is the
    written precision (see ``claimcheck.numbers.number.Number``), 0 when exact.
    """

    start: int
    end: int
    text: str
    value: Fraction
    kind: MentionKind
    qualifier: str | None = None
    statistical: bool = True
    step: Fraction = Fraction(0)

    def as_json(self) -> dict[str, object]:
        """The mention as the JSON of ``claimcheck scan --format json``."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": format_value(self.value),
            "kind": str(self.kind),
            "qualifier": self.qualifier,
            "statistical": self.statistical,
        }


def format_value(value: Fraction) -> str:
    """An exact value as text: a decimal when it has one ("4.2"), else a fraction ("1/3")."""
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return f"{value.numerator}/{value.denominator}"
    places = max(twos, fives)
    if places == 0:
        return str(value.numerator)
    scaled = value * 10**places
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled.numerator)).rjust(places + 1, "0")
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


def scan(text: str, *, html: bool | None = None) -> list[Mention]:
    """Every numeric mention in ``text``, left to right.

    ``html`` says whether to strip markup first; by default it is detected. Spans always point
    into ``text`` as given.
    """
    if html is None:
        html = _html.looks_like_html(text)
    if not html:
        return _scan_plain(text)
    stripped = _html.strip(text)
    mentions = []
    for mention in _scan_plain(stripped.text):
        start, end = stripped.span(mention.start, mention.end)
        mentions.append(_moved(mention, start, end, text[start:end]))
    return mentions


def _moved(mention: Mention, start: int, end: int, text: str) -> Mention:
    return Mention(
        start, end, text, mention.value, mention.kind, mention.qualifier,
        mention.statistical, mention.step,
    )  # fmt: skip


def _scan_plain(text: str) -> list[Mention]:
    mentions = _multiple_words(text)
    taken = Intervals([(m.start, m.end) for m in mentions])
    consumed = 0  # the end of the last phone number or clock time
    tokens = Tokens(text)
    for match in find_numbers(text):
        if match.start < consumed:
            continue
        special = special_at(text, match.start)
        if special is not None:
            kind = MentionKind(special.kind)
            written = text[special.start : special.end]
            mentions.append(
                Mention(special.start, special.end, written, special.value, kind, None, False)
            )
            consumed = special.end
            continue
        if taken.overlaps(match.start, match.end):
            continue
        token, url = tokens.around(match.start, match.end)
        if url:
            continue
        part = date_part(text, match.start, match.end, token)
        reading = classify(text, match, in_date=part == "date", in_year_label=part == "year")
        if reading is None:
            continue
        number = match.number
        mentions.append(
            Mention(
                match.start,
                match.end,
                number.text,
                number.value,
                MentionKind(reading.kind),
                reading.qualifier,
                reading.statistical and in_range(number.value),
                number.step,
            )
        )
    mentions.sort(key=lambda mention: mention.start)
    return _ranges(text, _decades(text, mentions))


_BETWEEN_BEFORE = lazy_pattern(rf"(?<![\w'])between{SPACE}{{1,3}}$", re.IGNORECASE)
_AND_BETWEEN = lazy_pattern(rf"{SPACE}{{1,3}}and{SPACE}{{1,3}}", re.IGNORECASE)
_DECADE_AFTER = lazy_pattern(r"'?s(?![\w'])")
_RANGE_KINDS = frozenset(
    [MentionKind.COUNT, MentionKind.PERCENT, MentionKind.MONEY, MentionKind.SHARE]
)
_NOT_COUNTED = frozenset([MentionKind.OTHER, MentionKind.DURATION])


def _ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "between 40 and 50 per cent": two mentions, both with the qualifier "between"; the
    first end takes the kind of the second when only the second carries the unit or "of"."""
    for i in range(len(mentions) - 1):
        low, high = mentions[i], mentions[i + 1]
        if not (
            _AND_BETWEEN.fullmatch(text, low.end, high.start)
            and _BETWEEN_BEFORE.search(text, max(0, low.start - 12), low.start)
        ):
            continue
        kinds = {low.kind, high.kind}
        if MentionKind.COUNT in kinds and kinds & _NOT_COUNTED and len(kinds) == 2:
            # "aged between 18 and 24", "between 5 and 10 years": both ends are ages or times
            other = low if low.kind in _NOT_COUNTED else high
            at = i + 1 if other is low else i
            mentions[at] = replace(mentions[at], kind=other.kind, statistical=False)
            continue
        if not (
            low.statistical
            and high.statistical
            and kinds <= _RANGE_KINDS
            and low.qualifier in (None, "between")
            and high.qualifier is None
        ):
            continue
        kind = high.kind if low.kind in (MentionKind.COUNT, MentionKind.PERCENT) else low.kind
        mentions[i] = replace(low, kind=kind, qualifier="between")
        mentions[i + 1] = replace(high, qualifier="between")
    return mentions


def _decades(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the 1990s", "the 1990's": the year mention covers the decade's "s"."""
    out = []
    for mention in mentions:
        if mention.kind is MentionKind.YEAR and mention.text.isdigit():
            tail = _DECADE_AFTER.match(text, mention.end)
            if tail is not None:
                end = tail.end()
                mention = replace(mention, end=end, text=text[mention.start : end])
        out.append(mention)
    return out


# Bare forms that are also nouns or adjectives ("a double room", "mixed doubles") count as
# multiples only before words that introduce what was multiplied.
_BARE = frozenset(
    [
        "double",
        "doubles",
        "twice",
        "treble",
        "triple",
        "trebles",
        "triples",
        "quadruple",
        "quadruples",
        "quintuple",
        "halves",
    ]
)
_BARE_FOLLOW = lazy_pattern(
    rf"{SPACE}{{1,3}}(?:the|that|what|its|their|his|her|this|those|these|as|by|in|over"
    r"|since|from|between|to)\b",
    re.IGNORECASE,
)


@cache
def _multiple_table() -> tuple[re.Pattern[str], dict[str, Fraction]]:
    from claimcheck.engine.wording.words import MULTIPLE_WORDS  # plain data, no engine

    table = {word.lower(): Fraction(factor) for word, factor in MULTIPLE_WORDS.items()}
    alternation = words_pattern(set(table)).replace(r"\ ", rf"{SPACE}{{1,3}}")
    pattern = re.compile(rf"\b(?:{alternation})(?![\w-])")
    return pattern, table


def _multiple_words(text: str) -> list[Mention]:
    pattern, table = _multiple_table()
    found = []
    for m in pattern.finditer(text):
        if m.start() > 0 and text[m.start() - 1] == "-":
            continue
        word = " ".join(m.group().lower().split())
        if word in _BARE and _BARE_FOLLOW.match(text, m.end()) is None:
            continue
        qualifier, _ = qualifier_before(text, m.start())
        found.append(
            Mention(m.start(), m.end(), m.group(), table[word], MentionKind.MULTIPLE, qualifier)
        )
    return found
