"""Editorial notes: things that do not change a verdict but an editor should see."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fractions import Fraction

from claimcheck._numbers import Number
from claimcheck.engine import _format as fmt
from claimcheck.engine.phrases import RISING_MULTIPLES
from claimcheck.model import Verdict
from claimcheck.policy import Policy

# The past-tense multiple words, one per factor: 2 doubled, 3 tripled, 4 quadrupled...
_NAMED = sorted(
    {int(value): word for word, value in RISING_MULTIPLES.items() if word.endswith("led")}.items()
)


def small_base(base: Fraction, policy: Policy) -> str | None:
    """A multiple, change or share worked out from fewer than ``policy.small_base`` units."""
    if 0 < base < policy.small_base:
        return (
            f"Small base: this is worked out from {fmt.number(base)}, fewer than "
            f"{policy.small_base}, so a handful of cases moves it a lot."
        )
    return None


def understated(stated: str, n: Fraction, computed: Fraction, policy: Policy, *,
                multiple: bool, shown: str = "") -> str | None:
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
    if number.step <= 0 or number.value == 0:
        return None
    return len(str(round(abs(number.value) / number.step)))


def overstated_precision(stated: Number, sources: Iterable[Number], *,
                         absolute: bool = False) -> str | None:
    """More significant digits stated than the least precise source figure has.

    A difference (``absolute``) is as precise as its figures' last digit, so there the
    stated number's last digit is compared instead: "1.35 points" from "12.5%" and "14.2%".
    """
    sources = list(sources)
    if absolute:
        coarsest = max((source.step for source in sources), default=Fraction(0))
        if stated.step <= 0 or coarsest <= 0 or stated.step >= coarsest:
            return None
        return (
            f"Precision overstated: '{stated.text}' is written to {fmt.number(stated.step, 6)}; "
            f"the source figures are written to {fmt.number(coarsest, 6)}."
        )
    digits = significant_digits(stated)
    known = [d for d in (significant_digits(source) for source in sources) if d is not None]
    if digits is None or not known or digits <= min(known):
        return None
    return (
        f"Precision overstated: '{stated.text}' gives {digits} significant digits; the source "
        f"figures support {min(known)}."
    )


def times_more(stated: str, n: Fraction) -> str:
    """'N times more' is read as N×; some read it as (N + 1)×."""
    return (
        f"'{stated}' is read as {fmt.ratio(n)}; some readers take 'times more' as "
        f"{fmt.ratio(n + 1)}. 'N times as many' says it without doubt."
    )


def could_flip(
    verdict: Verdict, corners: Iterable[Fraction], judge: Callable[[Fraction], Verdict],
    shown: Callable[[Fraction], str],
) -> str | None:
    """A verdict that would change somewhere within the rounding of the source figures."""
    values = sorted(set(corners))
    if not values:
        return None
    others = {judge(value) for value in values} - {verdict}
    if not others:
        return None
    words = " or ".join(sorted(other.words for other in others))
    return (
        f"Could flip: within the rounding of the source figures this runs from "
        f"{shown(values[0])} to {shown(values[-1])}, where it would be {words}."
    )
