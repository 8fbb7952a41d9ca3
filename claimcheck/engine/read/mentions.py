"""What the reader finds in a wording: statements, asides, and the spans already read."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from fractions import Fraction

from claimcheck.engine.judge.compare import Comparator, Stated
from claimcheck.engine.wording.families import Family, Form
from claimcheck.numbers.number import Form as NumberForm
from claimcheck.numbers.number import Number, Unit
from claimcheck.text.vocabulary import DASH_CHARS

_FOLD = str.maketrans(dict.fromkeys(DASH_CHARS, "-") | {"\u00a0": " "})


@dataclass(frozen=True, slots=True)
class Mention:
    """One statement in the wording: what it says, in which words, judged how."""

    family: Family
    start: int
    end: int
    text: str
    stated: Stated
    comparator: Comparator | None
    number: Number | None = None
    sign: int = 0
    qualifier: Family | None = None
    year: int | None = None
    base: Fraction | None = None  # a rate's base: 10,000 in "20 per 10,000"


@dataclass(frozen=True, slots=True)
class Aside:
    """A number that states nothing to check: a label, a date, a length of time."""

    start: int
    end: int
    text: str
    why: str
    year: int | None = None  # the year a date names, to hold against the figures' labels


@dataclass(slots=True)
class Reading:
    """Everything the reader found in one wording.

    ``taken`` lists the spans read so far. They are also kept merged into sorted runs that do
    not overlap (``_starts``, ``_ends``), so that asking whether a span is still free is a
    binary search, not a look at every span taken: a quote of thousands of numbers is read in
    time linear in its length (times a logarithm), not quadratic.
    """

    mentions: list[Mention] = field(default_factory=list)
    asides: list[Aside] = field(default_factory=list)
    # Numbers too large or too small to check (numbers/bounds.py): each says why in ``why``.
    unchecked: list[Aside] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _ends: list[int] = field(default_factory=list)

    def free(self, start: int, end: int) -> bool:
        """Whether no span taken so far overlaps ``[start, end)``."""
        # Runs are sorted and apart, so only the last one starting before ``end`` can overlap:
        # any earlier run that reached past ``start`` would make this one reach past it too.
        i = bisect_left(self._starts, end) - 1
        return i < 0 or self._ends[i] <= start

    def take(self, start: int, end: int) -> None:
        self.taken.append((start, end))
        starts, ends = self._starts, self._ends
        i = bisect_left(starts, start)
        if i > 0 and ends[i - 1] > start:  # the run before reaches into this span
            i -= 1
        j, low, high = i, start, end
        while j < len(starts) and starts[j] < high:  # runs this span reaches into
            low, high = min(low, starts[j]), max(high, ends[j])
            j += 1
        starts[i:j] = [low]
        ends[i:j] = [high]


def fold(text: str) -> str:
    """Lower case and plain hyphens, keeping every offset."""
    if text.isascii():
        return text.lower()  # one character for one, and nothing for the table to change
    lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return lowered.translate(_FOLD)


def form_of(number: Number) -> Form:
    """The kind of number, as the table's templates ask for it."""
    if number.unit is Unit.POINTS:
        return Form.POINTS
    if number.unit is Unit.PERCENT:
        return Form.PERCENT
    if number_form(number) == "fraction":
        return Form.FRACTION
    return Form.PLAIN


def number_form(number: Number) -> str:
    """The number reader's form of ``number``: cardinal, fraction, ordinal or ratio."""
    return _FORM_NAMES[number.form]


# Asked of every number in several passes: a look-up costs less than the enum's ``value``.
_FORM_NAMES: dict[NumberForm, str] = {form: form.value for form in NumberForm}
