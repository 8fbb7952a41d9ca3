"""``verify``: check one quote against numbers a tool already holds, without a claim file."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from claimcheck.claimfile.records import Claim, Figure, Reference, Role, Series, Source
from claimcheck.engine.checker import check_claim
from claimcheck.engine.judge import format as fmt
from claimcheck.model import Finding
from claimcheck.numbers.bounds import DIGITS, out_of_range
from claimcheck.numbers.number import Number, parse_number
from claimcheck.policy import DEFAULT_POLICY, Policy

NumberLike = int | str | Decimal | Fraction
_NAMES = {
    Role.FROM: "before",
    Role.TO: "after",
    Role.FIGURE: "value",
    Role.PART: "part",
    Role.WHOLE: "whole",
}
_SOURCE = Source(id="given", title="Figures given to verify")


def as_number(given: object) -> Number:
    """A number from an int, a string as newsrooms write it, a Decimal or a Fraction.

    Floats are refused with ``TypeError``: a binary float is not the number that was
    written (0.1 is not one tenth), so pass ``"12.5%"``, ``Decimal("4.2")`` or a Fraction.
    A string that is not exactly one number raises ``ValueError``.
    """
    if isinstance(given, (bool, float)):
        raise TypeError(
            f"{given!r}: pass numbers as int, str, Decimal or Fraction, not {type(given).__name__}"
        )
    if isinstance(given, int):
        _bounded_value(Fraction(given), "the int given")
        return Number(Fraction(given), Fraction(1), f"{given:,}")
    if isinstance(given, Fraction):
        _bounded_value(given, "the Fraction given")
        return Number(given, Fraction(0), fmt.number(given, 6))
    if isinstance(given, Decimal):
        if not given.is_finite():
            raise ValueError(f"{given!r} is not a finite number")
        if given and abs(given.adjusted()) > DIGITS:
            raise ValueError(
                f"{given!r} is out of range for claimcheck (10^-{DIGITS} to 10^{DIGITS})"
            )
        given = format(given, "f")
    if isinstance(given, str):
        number = parse_number(given)
        if number is None:
            raise ValueError(f"cannot read {given!r} as one number")
        return _bounded(number, given)
    raise TypeError(f"{given!r}: pass numbers as int, str, Decimal or Fraction")


def _bounded_value(value: Fraction, what: str) -> None:
    if (why := out_of_range(value)) is not None:
        raise ValueError(f"{what} {why}")


def _bounded(number: Number, given: str) -> Number:
    _bounded_value(number.value, repr(given))
    return number


def build_claim(
    quote: str,
    *,
    before: object = None,
    after: object = None,
    value: object = None,
    part: object = None,
    whole: object = None,
    labels: tuple[str, str] | None = None,
    series: Sequence[tuple[str, object]] = (),
    label: str | None = None,
    claim_id: str = "quote",
) -> Claim:
    """A claim over given figures; ``series`` and ``label`` make ``value`` one of a series."""
    references: dict[Role, Reference] = {}
    if series:
        figures = tuple(
            Figure(_SOURCE, "series", name, as_number(number)) for name, number in series
        )
        whole_series = Series(_SOURCE, "series", figures)
        chosen = whole_series.get(label) if label is not None else figures[-1]
        if chosen is None:
            raise ValueError(f"no label {label!r} in the series")
        references[Role.FIGURE] = Reference(Role.FIGURE, chosen.ref, chosen, whole_series)
    given = {
        Role.FROM: before,
        Role.TO: after,
        Role.FIGURE: value,
        Role.PART: part,
        Role.WHOLE: whole,
    }
    for role, number in given.items():
        if number is None:
            continue
        name = _NAMES[role]
        figure_label = None
        if labels is not None and role in (Role.FROM, Role.TO):
            figure_label = labels[0] if role is Role.FROM else labels[1]
            name = "figures"
        figure = Figure(_SOURCE, name, figure_label, as_number(number))
        references[role] = Reference(role, figure.ref, figure)
    return Claim(id=claim_id, quote=quote, references=references)


def verify(
    quote: str,
    *,
    before: NumberLike | None = None,
    after: NumberLike | None = None,
    value: NumberLike | None = None,
    part: NumberLike | None = None,
    whole: NumberLike | None = None,
    policy: Policy | None = None,
) -> Finding:
    """Check ``quote`` against the numbers given: before/after for a change or comparison,
    value for a single figure, part/whole for a share.

    Numbers may be int, str ("12.5%", "£3.7m"), Decimal or Fraction; a float raises
    ``TypeError`` (see ``as_number``). With no number at all the finding is unsourced.
    """
    claim = build_claim(quote, before=before, after=after, value=value, part=part, whole=whole)
    return check_claim(claim, policy or DEFAULT_POLICY)
