"""Editorial notes: things that do not change a verdict but an editor should see."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from fractions import Fraction

from claimcheck.engine.judge import format as fmt
from claimcheck.engine.wording.phrases import RISING_MULTIPLES
from claimcheck.model import Verdict
from claimcheck.numbers.number import Number, Unit
from claimcheck.policy import Policy
from claimcheck.text.lazy import lazy_pattern

# The past-tense multiple words, one per factor: 2 doubled, 3 tripled, 4 quadrupled...
_NAMED = sorted(
    {int(value): word for word, value in RISING_MULTIPLES.items() if word.endswith("led")}.items()
)


# A source figure written as a whole number in digits, perhaps with a currency symbol and
# thousands separators: "1000", "1,000", "£2,300". Such a figure is an exact count.
_TIMES = lazy_pattern(r"times(?:\s+[A-Za-z]+)?", re.IGNORECASE)
_WHOLE = lazy_pattern(r"[£$€]?\s*[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)")


def source_step(number: Number) -> Fraction:
    """One unit of the last digit a source figure is known to, as the source wrote it.

    A source's figures are not rounded unless written so: a count of 2,300 or 1,000 in an
    FOI table is exact (step 1), where a stated "2,300" in a story is precise only to its
    last non-zero digit. Decimals ("1.13"), scale words ("1.2m", "£3.7bn") and percentages
    ("12.5%", "40%") keep the precision they were written with. A source that declares its
    rounding (``rounded:`` in the claim file) is taken at its word.
    """
    if number.rounded is False:
        return Fraction(0)
    if number.rounded is True:
        return number.step
    if (
        number.unit is not Unit.PERCENT
        and number.step > 1
        and _WHOLE.fullmatch(number.text.strip())
    ):
        return Fraction(1)
    return number.step


def source_interval(number: Number) -> tuple[Fraction, Fraction]:
    """The values a source figure stands for: [low, high) at its written precision."""
    half = source_step(number) / 2
    return number.value - half, number.value + half


def source_rounded(number: Number) -> bool:
    """Whether a source figure was rounded by its source ("12.5%", "1.13 million", "£4bn").

    A whole count written to the unit (640, 2,300, 1000) is taken as exact.
    """
    step = source_step(number)
    if number.unit is Unit.PERCENT:
        return step != 0
    return step > 1 or number.value.denominator != 1 or step.denominator != 1


def _source_digits(number: Number) -> int | None:
    return _digits(number.value, source_step(number))


def small_base(base: Fraction, policy: Policy) -> str | None:
    """A multiple, change or share worked out from fewer than ``policy.small_base`` units."""
    if 0 < base < policy.small_base:
        return (
            f"Small base: this is worked out from {fmt.number(base)}, fewer than "
            f"{policy.small_base}, so a handful of cases moves it a lot."
        )
    return None


def understated(
    stated: str, n: Fraction, computed: Fraction, policy: Policy, *, multiple: bool, shown: str = ""
) -> str | None:
    """'more than doubled' when it more than quadrupled: true, but it undersells the change."""
    if n <= 0 or computed < n * policy.understated_factor:
        return None
    if multiple:
        stronger = [word for value, word in _NAMED if computed > value > n]
        if stronger:
            return (
                f"Understated: '{stated}' is true, but at {fmt.ratio(computed)} it more than "
                f"{stronger[-1]}."
            )
        return f"Understated: '{stated}' is true, but the figure is {fmt.ratio(computed)}."
    return f"Understated: '{stated}' is true, but the figure is {shown or fmt.number(computed, 1)}."


def better_as_multiple(stated: str, percent: Fraction) -> str | None:
    """A rise over 100% reads better as a multiple: 'a 2,300% rise' is 'a 24-fold rise'."""
    if percent < 100:
        return None
    multiple = 1 + percent / 100
    return (
        f"'{stated}' may read better as a multiple: a {fmt.number(multiple, 1)}-fold rise "
        f"({fmt.ratio(multiple)} the starting figure)."
    )


def significant_digits(number: Number) -> int | None:
    """How many significant digits a number was written with; None for exact words."""
    return _digits(number.value, number.step)


def _digits(value: Fraction, step: Fraction) -> int | None:
    if step.numerator <= 0 or value.numerator == 0:
        return None
    # round(abs(value) / step), in whole numbers: half way goes to the even neighbour.
    numerator = abs(value.numerator) * step.denominator
    denominator = value.denominator * step.numerator
    units, rest = divmod(numerator, denominator)
    if 2 * rest > denominator or (2 * rest == denominator and units % 2):
        units += 1
    return len(str(units))


def overstated_precision(
    stated: Number, sources: Iterable[Number], *, absolute: bool = False
) -> str | None:
    """More significant digits stated than the least precise source figure has.

    A difference (``absolute``) is as precise as its figures' last digit, so there the
    stated number's last digit is compared instead: "1.35 points" from "12.5%" and "14.2%".
    """
    sources = list(sources)
    if absolute:
        coarsest = max((source_step(source) for source in sources), default=Fraction(0))
        if stated.step <= 0 or coarsest <= 0 or stated.step >= coarsest:
            return None
        return (
            f"Precision overstated: '{stated.text}' is written to {fmt.number(stated.step, 6)}; "
            f"the source figures are written to {fmt.number(coarsest, 6)}."
        )
    digits = significant_digits(stated)
    known = [d for d in (_source_digits(source) for source in sources) if d is not None]
    if digits is None or not known or digits <= min(known):
        return None
    return (
        f"Precision overstated: '{stated.text}' gives {digits} significant digits; the source "
        f"figures support {min(known)}."
    )


def times_more(stated: str, n: Fraction) -> str:
    """'N times more' is read as N×; some read it as (N + 1)×."""
    found = _TIMES.search(stated)
    phrase = found.group(0).lower() if found else "times more"
    if phrase == "times":
        # "rose 24 times": also read as 25 times as many, or as 24 separate rises.
        return (
            f"'{stated}' is read as {fmt.ratio(n)}; some readers take it as {fmt.ratio(n + 1)}, "
            f"and it can also mean {fmt.number(n)} separate rises. 'N times as many' says it "
            f"without doubt."
        )
    return (
        f"'{stated}' is read as {fmt.ratio(n)}; some readers take '{phrase}' as "
        f"{fmt.ratio(n + 1)}. 'N times as many' says it without doubt."
    )


def fold_fall(stated: str, n: Fraction) -> str:
    """'a five-fold fall' is read as a fall to one fifth; the phrase is loose."""
    share = 1 / n
    return (
        f"'{stated}' with a fall is read as a fall to 1/{fmt.number(n)} of the starting "
        f"figure ({fmt.ratio(share)}, down {fmt.percent((1 - share) * 100)}); an N-fold fall "
        f"is loose wording, and 'fell by {fmt.percent((1 - share) * 100)}' says it without "
        f"doubt."
    )


def could_flip(
    verdict: Verdict,
    corners: Iterable[Fraction],
    judge: Callable[[Fraction], Verdict],
    shown: Callable[[Fraction], str],
) -> str | None:
    """A verdict that would change somewhere within the rounding of the source figures."""
    values = sorted(set(corners))
    if not values:
        return None
    others = {judge(value) for value in values} - {verdict}
    if not others:
        return None
    words = " or ".join(sorted(_WOULD[other] for other in others))
    return (
        f"Could flip: within the rounding of the source figures this runs from "
        f"{shown(values[0])} to {shown(values[-1])}, where it would {words}."
    )


_WOULD = {
    Verdict.SUPPORTED: "be supported",
    Verdict.NEEDS_REVIEW: "need review",
    Verdict.CONTRADICTED: "be contradicted",
    Verdict.UNSOURCED: "be unsourced",
}


def written_rounded(number: Number) -> bool:
    """Whether a source figure is written as a rounded one: with decimals ("19.8%", "1.13")
    or a scale word ("1.2m", "£4bn"). A whole number written in full, a count ("640") or a
    percentage ("10%"), is taken at its word, as the source printed it."""
    step = source_step(number)
    return step != 0 and ("." in number.text or step > 1)


def _interval(number: Number) -> tuple[Fraction, Fraction]:
    if written_rounded(number):
        return source_interval(number)
    return number.value, number.value


def rounding_span(
    first: Number, second: Number, amount: Callable[[Fraction, Fraction], Fraction | None]
) -> tuple[Fraction, Fraction] | None:
    """The least and greatest ``amount`` the from and to figures allow within their rounding.

    None when neither figure is rounded (a whole count written in full is exact). A change,
    a difference and a ratio move one way in each figure, so the corners bound them.
    """
    if not (written_rounded(first) or written_rounded(second)):
        return None
    corners = [
        result
        for a in _interval(first)
        for b in _interval(second)
        if (result := amount(a, b)) is not None
    ]
    if not corners:
        return None
    return min(corners), max(corners)
