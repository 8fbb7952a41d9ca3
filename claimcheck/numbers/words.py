"""Numbers written in words: "nine", "twenty-four", "two hundred and eighty-eight", "a third",
"five and a half million", "one point five".

The reader looks at a bounded run of words after a start position and stops at the first word
that cannot continue the number, so its cost is proportional to the words it reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Final

from claimcheck.numbers.vocab import (
    ARTICLE_WORDS,
    DENOMINATORS,
    ORDINAL_SCALES,
    ORDINAL_TEENS,
    ORDINAL_TENS,
    ORDINAL_UNITS,
    PLURAL_DENOMINATORS,
    SCALES,
    START_WORDS,
    TEENS,
    TENS,
    UNITS,
)
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import SPACE

__all__ = ["ARTICLE_WORDS", "START_WORDS", "WordForm", "WordNumber", "read_and_fraction"]

_SPACE_OR_LINE = SPACE[:-1] + "\\n]"
_WORD = lazy_pattern(r"[A-Za-z]{1,13}(?![A-Za-z])")
_SEP = lazy_pattern(
    rf"{SPACE}{{0,2}}-{SPACE}{{0,2}}(?=[A-Za-z])|{_SPACE_OR_LINE}{{1,3}}(?=[A-Za-z])"
)
_PLURAL_UNIT_ORDINALS: Final = {f"{word}s": n for word, n in ORDINAL_UNITS.items()}
_MAX_WORDS: Final = 48  # longer than any number a reader would write in words
_SMALL: Final = ("", "hundred", "scale", "and")  # states after which 1-99 may follow
_ONE: Final = Fraction(1)
# Numbers of one word (nought to ninety), and every word the reader may read after one: a
# number of one word followed by none of them is read at once.
_SMALL_WORDS: Final = {word: Fraction(n) for word, n in {**UNITS, **TEENS, **TENS}.items()}
_VOCABULARY: Final = frozenset(
    [
        *UNITS,
        *TEENS,
        *TENS,
        *SCALES,
        *ORDINAL_UNITS,
        *ORDINAL_TEENS,
        *ORDINAL_TENS,
        *ORDINAL_SCALES,
        *DENOMINATORS,
        *PLURAL_DENOMINATORS,
        *_PLURAL_UNIT_ORDINALS,
        *ARTICLE_WORDS,
        *START_WORDS,
        *("a", "an", "and", "of", "point", "half", "quarter", "hundred", "thousand"),
        *("dozen", "dozens", "minus", "negative"),
    ]
)


class WordForm:
    """How a worded number reads (mirrors ``claimcheck.numbers.number.Form`` by value)."""

    CARDINAL: Final = "cardinal"
    FRACTION: Final = "fraction"
    ORDINAL: Final = "ordinal"


@dataclass(frozen=True, slots=True)
class WordNumber:
    end: int
    value: Fraction
    step: Fraction
    form: str


class _Words:
    """The words from a start position, read lazily: ``word(i)``, ``end(i)``."""

    def __init__(self, text: str, pos: int) -> None:
        self._text = text
        self._words: list[tuple[str, int]] = []
        self._cursor = pos
        self._done = False

    def _fill(self, i: int) -> bool:
        while len(self._words) <= i and not self._done and len(self._words) < _MAX_WORDS:
            at = self._cursor
            if self._words:
                sep = _SEP.match(self._text, at)
                if sep is None:
                    self._done = True
                    break
                at = sep.end()
            m = _WORD.match(self._text, at)
            if m is None:
                self._done = True
                break
            self._words.append((m.group().lower(), m.end()))
            self._cursor = m.end()
        return len(self._words) > i

    def word(self, i: int) -> str:
        if i < len(self._words) or self._fill(i):
            return self._words[i][0]
        return ""

    def end(self, i: int) -> int:
        if i >= len(self._words):
            self._fill(i)
        return self._words[i][1]


def read_words(text: str, pos: int) -> WordNumber | None:
    """Read a worded number starting exactly at ``pos``, or None."""
    words = _Words(text, pos)
    first = words.word(0)
    small = _SMALL_WORDS.get(first)
    if small is not None and words.word(1) not in _VOCABULARY:
        # "five years", "one in five": a number of one word, as the full reading finds it
        return WordNumber(words.end(0), small, _ONE, WordForm.CARDINAL)
    if first in ("minus", "negative"):
        rest = _read(words, 1)
        if rest is None or rest.form != WordForm.CARDINAL:
            return None
        return WordNumber(rest.end, -rest.value, rest.step, rest.form)
    return _read(words, 0)


def _read(words: _Words, i: int) -> WordNumber | None:
    first = words.word(i)
    if first in ("a", "an"):
        return _after_article(words, i + 1)
    if first == "half":
        return _scaled_fraction(words, i, Fraction(1, 2))
    if first == "quarter":
        # "quarter million"; a bare "quarter" is more often a period than a fraction
        scaled = _scaled_fraction(words, i, Fraction(1, 4))
        return scaled if scaled.form == WordForm.CARDINAL else None
    if first in ("hundred", "thousand"):
        # "hundred thousand" alone; a bare "hundred" is not a number
        return _cardinal(words, i, lead=1) if words.word(i + 1) in SCALES else None
    if first == "one" and words.word(i + 1) in TENS and words.word(i + 2) in ORDINAL_UNITS:
        return _after_article(words, i + 1)  # "one twenty-fifth" is 1/25
    return _cardinal(words, i)


def _after_article(words: _Words, i: int) -> WordNumber | None:
    word = words.word(i)
    if word in TENS and words.word(i + 1) in ORDINAL_UNITS:
        # "a twenty-first" is one twenty-first
        n = TENS[word] + ORDINAL_UNITS[words.word(i + 1)]
        return WordNumber(words.end(i + 1), Fraction(1, n), Fraction(0), WordForm.FRACTION)
    if word in DENOMINATORS:
        return _scaled_fraction(words, i, Fraction(1, DENOMINATORS[word]))
    if word in ARTICLE_WORDS and word not in TENS:
        return _cardinal(words, i, lead=1)
    return None


def _scaled_fraction(words: _Words, i: int, fraction: Fraction) -> WordNumber:
    """A fraction ending at word ``i``, or that fraction of a scale: "half a million"."""
    j = i + 1
    if words.word(j) == "of" and words.word(j + 1) == "a":
        j += 2
    elif words.word(j) == "a":
        j += 1
    scale = words.word(j)
    if scale in SCALES or scale == "dozen":
        size = SCALES.get(scale, 12)
        value = fraction * size
        step = Fraction(1) if scale == "dozen" else Fraction(size, 10)
        return WordNumber(words.end(j), value, step, WordForm.CARDINAL)
    return WordNumber(words.end(i), fraction, Fraction(0), WordForm.FRACTION)


@dataclass(slots=True)
class _State:
    total: int = 0  # completed scale groups
    group: int = 0  # the group below the current scale
    last: str = ""  # kind of the last word read
    cap: int = 10**24  # scales must fall: "two million three thousand"
    step: int = 1  # scale applied after the last digit-bearing word
    last_scale: int = 1
    before_and: int | None = None  # the group before "and", for "a hundred and three quarters"
    index: int = -1  # index of the last word consumed


def _cardinal(words: _Words, i: int, lead: int | None = None) -> WordNumber | None:
    """Cardinals and ordinals: "twenty-four", "two hundred and eighty-eight", "twenty-fifth"."""
    state = _State(group=lead or 0, last="unit" if lead else "", index=i - 1 if lead else -1)
    j = i
    while True:
        word = words.word(j)
        if not word:
            break
        outcome = _step(words, j, word, state)
        if isinstance(outcome, WordNumber):
            return outcome
        if not outcome:
            break
        j += 1
    if state.last in ("", "and") or state.index < 0:
        return None
    return _finish(words, state)


def _step(words: _Words, j: int, word: str, s: _State) -> WordNumber | bool:
    """Consume word ``j``; a finished number, True to go on, False to stop before it."""
    if word == "and" and s.last in ("hundred", "scale"):
        return _and(words, j, s)
    if word in TENS and s.last in ("unit", "teen", "tens", "hundred", "scale"):
        plural = _plural_tens(words, j, word, s)
        if plural is not None:
            return plural
    fraction = _fraction(word, s)
    if fraction is not None:
        if fraction < 1:
            return _scaled_fraction(words, j, fraction)
        return WordNumber(words.end(j), fraction, Fraction(0), WordForm.CARDINAL)
    if not _add_cardinal(word, s):
        ordinal = _ordinal(word, s)
        if ordinal is None:
            return False
        return WordNumber(words.end(j), Fraction(ordinal), Fraction(0), WordForm.ORDINAL)
    s.index = j
    return s.last != "dozen"


def _and(words: _Words, j: int, s: _State) -> bool:
    """ "and" after a hundred or a scale goes on only to a number below a hundred."""
    after = words.word(j + 1)
    if (
        after in UNITS
        or after in TEENS
        or after in TENS
        or after in ORDINAL_UNITS
        or (after in ORDINAL_TEENS or after in ORDINAL_TENS)
    ):
        s.before_and = s.group
        s.last = "and"
        return True
    return False


def _plural_tens(words: _Words, j: int, word: str, s: _State) -> WordNumber | None:
    """ "three twenty-firsts" is 3/21; "one hundred thirty-fifths" is 100/35."""
    plural = words.word(j + 1)
    if plural in _PLURAL_UNIT_ORDINALS and s.total + s.group > 1:
        denominator = TENS[word] + _PLURAL_UNIT_ORDINALS[plural]
        value = Fraction(s.total + s.group, denominator)
        return WordNumber(words.end(j + 1), value, Fraction(0), WordForm.FRACTION)
    return None


def _add_cardinal(word: str, s: _State) -> bool:
    """Add a cardinal word to the number read so far; False when it cannot continue it."""
    small_ok = s.last in _SMALL
    if word in UNITS and (small_ok or s.last == "tens") and not (UNITS[word] == 0 and s.last):
        s.group += UNITS[word]
        s.last, s.step = "unit", 1
    elif word in TEENS and small_ok:
        s.group += TEENS[word]
        s.last, s.step = "teen", 1
    elif word in TENS and small_ok:
        s.group += TENS[word]
        s.last, s.step = "tens", 1
    elif word == "hundred" and s.last in ("unit", "teen", "tens") and s.group < 100:
        s.group *= 100
        s.last = "hundred"
    elif word in ("dozen", "dozens") and (s.group < 100 or not s.last) and s.last != "scale":
        s.group = (s.group or 1) * 12
        s.last = "dozen"
    elif word in SCALES and s.last in ("unit", "teen", "tens", "hundred") and SCALES[word] < s.cap:
        s.total += s.group * SCALES[word]
        s.group = 0
        s.cap = s.step = s.last_scale = SCALES[word]
        s.last = "scale"
    else:
        return False
    return True


def _ordinal(word: str, s: _State) -> int | None:
    small_ok = s.last in _SMALL
    if word in ORDINAL_UNITS and (small_ok or s.last == "tens"):
        return s.total + s.group + ORDINAL_UNITS[word]
    if word in ORDINAL_TEENS and small_ok:
        return s.total + s.group + ORDINAL_TEENS[word]
    if word in ORDINAL_TENS and small_ok:
        return s.total + s.group + ORDINAL_TENS[word]
    if word in ORDINAL_SCALES and s.last in ("unit", "teen", "tens", "hundred"):
        return s.total + s.group * ORDINAL_SCALES[word]
    if word in ORDINAL_SCALES and not s.last:
        return ORDINAL_SCALES[word]
    return None


def _fraction(word: str, s: _State) -> Fraction | None:
    """A fraction: "one third", "two-thirds", "twenty fifths", "a hundred trillionths"."""
    if s.last not in ("unit", "teen", "tens", "hundred", "scale") or s.group + s.total == 0:
        return None
    unit = 1
    if s.before_and is not None and s.last == "unit":
        # "one hundred and three quarters" is 100 + 3/4; "two million and a half" is 2.5m
        numerator = s.group - s.before_and
        base = s.total + s.before_and
        if s.before_and == 0:
            unit = s.last_scale
    else:
        numerator, base = s.total + s.group, 0
    if numerator == 1 and word in DENOMINATORS and s.last == "unit":
        return base + Fraction(unit, DENOMINATORS[word])
    if numerator > 1 and word in PLURAL_DENOMINATORS:
        return base + Fraction(numerator * unit, PLURAL_DENOMINATORS[word])
    return None


def _finish(words: _Words, s: _State) -> WordNumber:
    """The cardinal read so far, with a spoken decimal or an added fraction after it."""
    value = Fraction(s.total + s.group)
    step = Fraction(s.step)
    end = words.end(s.index)
    j = s.index + 1
    if words.word(j) == "point" and s.last != "dozen":
        decimal = _point(words, j + 1)
        if decimal is not None:
            digits, j = decimal
            value += Fraction(int(digits), 10 ** len(digits))
            step = Fraction(1, 10 ** len(digits))
            end = words.end(j - 1)
            value, step, end = _scale_after(words, j, value, step, end, s.cap)
            return WordNumber(end, value, step, WordForm.CARDINAL)
    mixed = _and_fraction(words, j)
    if mixed is not None:
        fraction, j = mixed
        end = words.end(j - 1)
        scaled = words.word(j)
        if scaled in SCALES and SCALES[scaled] < s.cap:
            size = SCALES[scaled]
            value = Fraction(s.total) + (s.group + fraction) * size
            return WordNumber(
                words.end(j), value, Fraction(size, fraction.denominator), WordForm.CARDINAL
            )
        unit = s.last_scale if s.last == "scale" else 1
        value += fraction * unit
        step = Fraction(unit, fraction.denominator)
    return WordNumber(end, value, step, WordForm.CARDINAL)


def _scale_after(
    words: _Words, j: int, value: Fraction, step: Fraction, end: int, cap: int
) -> tuple[Fraction, Fraction, int]:
    scale = words.word(j)
    if scale in SCALES and SCALES[scale] < cap and value < 1000:
        return value * SCALES[scale], step * SCALES[scale], words.end(j)
    return value, step, end


def _point(words: _Words, j: int) -> tuple[str, int] | None:
    """The digits after "point": "five" -> "5", "zero three" -> "03", "seventy-one" -> "71"."""
    word = words.word(j)
    if word in TEENS:
        return str(TEENS[word]), j + 1
    if word in TENS:
        unit = words.word(j + 1)
        if UNITS.get(unit):
            return str(TENS[word] + UNITS[unit]), j + 2
        return str(TENS[word] // 10), j + 1
    digits = ""
    while word in UNITS and len(digits) < 12:
        digits += str(UNITS[word])
        j += 1
        word = words.word(j)
    return (digits, j) if digits else None


def _and_fraction(words: _Words, j: int) -> tuple[Fraction, int] | None:
    """ "and a half", "and three quarters" after a number: the fraction and the next index."""
    if words.word(j) != "and":
        return None
    numerator = words.word(j + 1)
    if numerator in ("a", "an", "one") and words.word(j + 2) in DENOMINATORS:
        return Fraction(1, DENOMINATORS[words.word(j + 2)]), j + 3
    count, k = 0, j + 1
    if numerator in TENS:
        count, k = TENS[numerator], j + 2
        numerator = words.word(k)
    if numerator in UNITS or numerator in TEENS:
        count += UNITS.get(numerator, 0) + TEENS.get(numerator, 0)
        k += 1
    denominator = words.word(k)
    if count > 1 and denominator in PLURAL_DENOMINATORS:
        return Fraction(count, PLURAL_DENOMINATORS[denominator]), k + 1
    return None


def read_and_fraction(text: str, pos: int) -> tuple[Fraction, int] | None:
    """ "and a half" and the like right after ``pos`` (after digits: "3 million and a half")."""
    sep = _SEP.match(text, pos)
    if sep is None:
        return None
    words = _Words(text, sep.end())
    found = _and_fraction(words, 0)
    if found is None:
        return None
    fraction, j = found
    return fraction, words.end(j - 1)
