"""The scanner behind ``claimcheck.numbers.number``: where numbers start and how far each one runs.

A single search finds where a number may start (a digit, a sign or currency before a digit, a
number word, "a" before "third" or "million"); the digit and word readers then read forward
from there with anchored, bounded patterns. The search only moves forward, so a megabyte of
digits, commas or letters is read in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from claimcheck.numbers.digits import VULGAR, read_digits
from claimcheck.numbers.reading import NOTHING, Found, Reading, found
from claimcheck.numbers.suffixes import suffixes
from claimcheck.numbers.words import ARTICLE_WORDS, START_WORDS, WordForm, read_words
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import DURATION_AFTER, SPACE, SPACE_CHARS, YEAR_DIGITS

__all__ = ["Found", "Reading", "read_at", "scan"]

_S = SPACE
_ARTICLE_TARGETS = "|".join(sorted(ARTICLE_WORDS, key=len, reverse=True))
_VULGAR = "".join(VULGAR)


def words_pattern(words: frozenset[str] | set[str]) -> str:
    """An alternation of lower-case words that also matches them Capitalised or in CAPITALS.

    Grouped by first letter and without IGNORECASE, which makes Python's regular expressions
    several times slower on long texts.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        ordered = sorted(rests, key=len, reverse=True)
        alternatives = "|".join(re.escape(r) for r in ordered + [r.upper() for r in ordered])
        parts.append(f"[{first}{first.upper()}](?:{alternatives})")
    return "|".join(parts)


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a tree of their letters: "t(?:en|w(?:elve|o))"."""
    branches: dict[str, list[str]] = {}
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
    parts = [re.escape(first) + _trie(rests) for first, rests in sorted(branches.items())]
    if not parts:
        return ""
    optional = "?" if "" in words else ""
    if len(parts) == 1 and not optional:
        return parts[0]
    return f"(?:{'|'.join(parts)}){optional}"


def _words_tree(words: frozenset[str]) -> str:
    """What ``words_pattern`` matches, as letter trees, which fail sooner on other words."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        f"[{first}{first.upper()}](?:{_trie(rests)}|{_trie([rest.upper() for rest in rests])})"
        for first, rests in sorted(groups.items())
    )


# Every number starts after a non-word character with one of these; testing them first lets
# the search pass over the letters inside words quickly (the alternatives below decide, and
# at most one of them can match at a place: number words, "a"/"an", then signs and digits).
_FIRST_CHARS = "".join(sorted({word[0] for word in START_WORDS} | {"a"}))
_CANDIDATE = lazy_pattern(
    rf"(?<!\w)(?=[-−+.0-9£$€UGE{_VULGAR}{_FIRST_CHARS}{_FIRST_CHARS.upper()}])(?:"
    rf"(?:{_words_tree(START_WORDS)})(?![A-Za-z])"
    rf"|[aA][nN]?(?={_S}{{1,3}}(?i:{_ARTICLE_TARGETS})(?![A-Za-z]))"
    r"|(?<!\.)(?:[-−+](?=(?:US\$|[£$€])?\.?[0-9])|US\$|(?:[£$€]|USD|GBP|EUR)(?= ?\.?[0-9])"
    rf"|\.?[0-9]|[{_VULGAR}]))",
)
_ZERO = Fraction(0)
# The first letter of "in", "out" and "over", as the ignore-case links below match it.
_LINK_FIRST = frozenset("iIoO\u0130\u0131")
_GAPS = frozenset(SPACE_CHARS)
_RANGE_DASH_BEFORE = lazy_pattern(rf"[0-9%]{_S}{{1,2}}$")
_NEGATIVE_WORD = lazy_pattern(rf"(?:minus|negative){_S}{{1,2}}(?=[0-9.])", re.IGNORECASE)
_RATIO_LINK = lazy_pattern(
    rf"{_S}{{1,3}}(?:in|out{_S}{{1,3}}of){_S}{{1,3}}(?:every{_S}{{1,3}})?", re.IGNORECASE
)
_YEAR = lazy_pattern(rf"{YEAR_DIGITS}(?![0-9])")
_OVER_LINK = lazy_pattern(rf"{_S}{{1,3}}over{_S}{{1,3}}", re.IGNORECASE)
_WORD_AFTER = lazy_pattern(rf"{_S}{{1,3}}[A-Za-z]")


def scan(text: str) -> Iterator[tuple[int, Reading]]:
    """Yield (start, reading) for every number in ``text``, left to right, without overlaps."""
    pos = 0
    size = len(text)
    search = _CANDIDATE.search
    while pos < size:
        m = search(text, pos)
        if m is None:
            return
        start = m.start()
        at = read_at(text, start)
        if at.readings:
            for reading in at.readings:
                yield start, reading
                start = reading.end + 1
            pos = at.end
        else:
            pos = max(at.end, m.end())


def read_at(text: str, pos: int) -> Found:
    """Read the number that starts exactly at ``pos``."""
    at = _read_core(text, pos)
    if len(at.readings) != 1:
        return at
    first = at.readings[0]
    end = first.end
    if text[end : end + 1] not in _GAPS or not _whole(first):
        return at  # "one in five" and "one over three": a whole number, then a gap
    word = end + 1
    while word < end + 3 and text[word : word + 1] in _GAPS:
        word += 1
    if text[word : word + 1] not in _LINK_FIRST:
        return at  # then "in", "out of" or "over", after at most three spaces
    return found(_over(text, _ratio(text, first)))


def _read_one(text: str, pos: int) -> Reading | None:
    """The one number that starts at ``pos``, if there is exactly one."""
    at = _read_core(text, pos)
    return at.readings[0] if len(at.readings) == 1 else None


def _read_core(text: str, pos: int) -> Found:
    if pos >= len(text):
        return NOTHING
    char = text[pos]
    if char in VULGAR:
        return found(Reading(pos + 1, VULGAR[char], Fraction(0), form=WordForm.FRACTION))
    if char in "-−" and _RANGE_DASH_BEFORE.search(text, max(0, pos - 4), pos):
        return NOTHING  # "75 - 300": a range, not minus 300
    if (
        (char.isascii() and (char.isdigit() or char in "-+.$"))
        or char in "−£€"
        or (text.startswith(("US$", "USD", "GBP", "EUR"), pos))
    ):
        return read_digits(text, pos)
    negative = _NEGATIVE_WORD.match(text, pos) if char in "mMnN" else None
    if negative is not None:
        after = read_digits(text, negative.end())
        if len(after.readings) != 1 or after.readings[0].value < 0:
            return NOTHING
        read = after.readings[0]
        return found(
            Reading(read.end, -read.value, read.step, read.unit, read.currency, form=read.form)
        )
    worded = read_words(text, pos)
    if worded is None:
        return NOTHING
    reading = Reading(worded.end, worded.value, worded.step, is_word=True, form=worded.form)
    if worded.form != WordForm.CARDINAL:
        return found(reading)
    return found(suffixes(text, reading, currency=None, decimal=False))


def _whole(reading: Reading) -> bool:
    """A count as written: a plain integer in digits or words, with no unit."""
    return (
        reading.form == WordForm.CARDINAL
        and reading.unit == "none"
        and (reading.is_word or reading.plain_integer)
        and reading.value.denominator == 1
    )


def _ratio(text: str, first: Reading) -> Reading:
    """ "one in five", "1 in 14", "one out of three": the share 1/5, exact."""
    if not _whole(first) or first.value.numerator <= 0:
        return first
    link = _RATIO_LINK.match(text, first.end)
    if link is None or _YEAR.match(text, link.end()) is not None:
        return first  # "2,478 in 2011": a year, read as one below, is never the second number
    second = _read_one(text, link.end())
    if second is None or not _whole(second) or second.year_like:
        return first
    # both are whole numbers: their values are their numerators
    if first.value.numerator >= second.value.numerator or DURATION_AFTER.match(text, second.end):
        return first
    value = Fraction(first.value.numerator, second.value.numerator)
    return Reading(second.end, value, _ZERO, is_word=first.is_word, form="ratio")


def _over(text: str, first: Reading) -> Reading:
    """ "one over three", "2000 over 3": a fraction, when nothing follows the denominator."""
    if not _whole(first):
        return first
    link = _OVER_LINK.match(text, first.end)
    if link is None:
        return first
    second = _read_one(text, link.end())
    if second is None or not _whole(second) or second.value == 0:
        return first
    if _WORD_AFTER.match(text, second.end):
        return first  # "5 over 3 years" is a period, "won 3 over 2 rounds" is not a fraction
    value = first.value / second.value
    return Reading(second.end, value, Fraction(0), is_word=first.is_word, form="fraction")
