"""The checking policy: every tolerance the engine applies, in one documented object.

The defaults are the acceptance rules of claimcheck (docs/policy.md explains each one and
its reason). A claim file may override any value under ``policy:``; nothing else changes
them, so two runs on the same file always agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from claimcheck.text.lazy import lazy_pattern

__all__ = ["DEFAULT_POLICY", "Policy", "conflicts", "tolerance"]


# A tolerance is a small number written briefly: its text is read only when it is short and
# its exponent small (Fraction("1e999999999") would never finish), and its value must be
# at most LARGEST_TOLERANCE with a denominator of at most 10^40.
_WRITTEN = lazy_pattern(
    r"[-+]?(?:[0-9]{1,40}(?:\.[0-9]{0,40})?|\.[0-9]{1,40})(?:[eE][-+]?[0-9]{1,2})?"
)
_NUMERIC = lazy_pattern(r"[-+]?[0-9.]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+ */ *[0-9]+")
_RATIO = lazy_pattern(r"[-+]?[0-9]{1,40}[ ]*/[ ]*[0-9]{1,40}")
LARGEST_TOLERANCE = 10**6
_LARGEST_DENOMINATOR = 10**40


def tolerance(text: str) -> Fraction:
    """A tolerance as a claim file writes it: "0.05", "1/20" or "5%" (all one twentieth).

    Raises ``ValueError`` (or ``ZeroDivisionError`` for "1/0") when it is not a number, or not
    one of a sensible size.
    """
    written = text.strip()
    percent = written.endswith("%")
    if percent:
        written = written[:-1].strip()
    if not (_WRITTEN.fullmatch(written) or _RATIO.fullmatch(written)):
        shown = text.strip()[:40]
        if _NUMERIC.fullmatch(written):
            raise ValueError(f"{shown!r} is too large or too precise for a tolerance")
        raise ValueError(f"{shown!r} is not a tolerance (write 0.05, 1/20 or 5%)")
    value = Fraction(written.replace(" ", ""))
    return bounded(value / 100 if percent else value)


def bounded(value: Fraction) -> Fraction:
    """``value`` when it is of a size a tolerance can have, else ``ValueError``."""
    if abs(value) > LARGEST_TOLERANCE or value.denominator > _LARGEST_DENOMINATOR:
        raise ValueError(f"must be at most {LARGEST_TOLERANCE:,} with at most 40 decimal places")
    return value


class Policy(BaseModel):
    """Tolerances for each family of wording. Fractions are relative to the stated number N."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    multiple_supported: Fraction = Field(
        default=Fraction(5, 100),
        description=(
            "A bare multiple N (doubled, 24-fold, one in six) is supported within ±this of N."
        ),
    )
    multiple_review: Fraction = Field(
        default=Fraction(10, 100),
        description="... and needs review within ±this of N; beyond it, contradicted.",
    )
    almost_low: Fraction = Field(
        default=Fraction(90, 100),
        description="'almost/nearly/close to N' is supported in [this × N, N).",
    )
    almost_review_low: Fraction = Field(
        default=Fraction(80, 100),
        description="... needs review from this × N up to the supported range.",
    )
    almost_review_high: Fraction = Field(
        default=Fraction(105, 100),
        description="... and needs review in [N, this × N]; contradicted elsewhere.",
    )
    about_supported: Fraction = Field(
        default=Fraction(10, 100),
        description="'about/around/roughly/some N' is supported within ±this of N.",
    )
    about_review: Fraction = Field(
        default=Fraction(20, 100),
        description="... and needs review within ±this of N; beyond it, contradicted.",
    )
    just_over_high: Fraction = Field(
        default=Fraction(110, 100),
        description="'just over N' is supported in (N, this × N]; needs review above it.",
    )
    unchanged_review: Fraction = Field(
        default=Fraction(1, 100),
        description=(
            "'unchanged/held steady/stayed at' is supported only when from and to are equal "
            "(within the rounding of the source figures); a change within ±this of from needs "
            "review, beyond it contradicted. 'Broadly unchanged' is supported within ±this and "
            "needs review within twice it."
        ),
    )
    rounding_review_units: Fraction = Field(
        default=Fraction(1),
        description=(
            "A plain stated number off its interval by at most this many units of its last "
            "written digit needs review rather than being contradicted."
        ),
    )
    understated_factor: Fraction = Field(
        default=Fraction(2),
        description=(
            "A lower bound ('more than N') met by this many times N or more gets an "
            "'understated' note; notes never change a verdict."
        ),
    )
    small_base: int = Field(
        default=30,
        description="A multiple or percentage computed from fewer units than this gets a note.",
    )

    @field_validator("*", mode="before")
    @classmethod
    def _exact(cls, value: object) -> object:
        # Tolerances are read from YAML as text or numbers; keep them exact, never floats.
        if isinstance(value, float):
            return tolerance(str(value))
        if isinstance(value, str):
            return tolerance(value)
        if isinstance(value, Decimal):
            return tolerance(str(value)) if value.is_finite() else value
        if isinstance(value, (int, Fraction)) and not isinstance(value, bool):
            return bounded(Fraction(value))
        return value

    @field_validator(
        "multiple_supported",
        "multiple_review",
        "about_supported",
        "about_review",
        "almost_review_low",
        "rounding_review_units",
        "unchanged_review",
    )
    @classmethod
    def _not_negative(cls, value: Fraction) -> Fraction:
        if value < 0:
            raise ValueError("must be 0 or more")
        return value

    @field_validator("almost_low")
    @classmethod
    def _almost_low(cls, value: Fraction) -> Fraction:
        if not 0 <= value <= 1:
            raise ValueError("must be from 0 to 1: 'almost N' is supported from this × N up to N")
        return value

    @field_validator("almost_review_high", "just_over_high", "understated_factor")
    @classmethod
    def _at_least_one(cls, value: Fraction) -> Fraction:
        if value < 1:
            raise ValueError(
                "must be 1 or more: it multiplies N, and below 1 it would fall under N"
            )
        return value

    @model_validator(mode="after")
    def _in_order(self) -> Policy:
        found = conflicts({name: getattr(self, name) for name in self.model_fields_set})
        if found:
            # Its own type, so that the claim-file loader (which reports each conflict at its
            # key with ``conflicts``) can tell it from the errors of single settings.
            raise PydanticCustomError(
                "policy_order",
                "{message}",
                {"message": "; ".join(f"{name} {message}" for name, message in found)},
            )
        return self

    @field_validator("small_base", mode="before")
    @classmethod
    def _count(cls, value: object) -> object:
        if isinstance(value, str):
            value = tolerance(value)
        if isinstance(value, Fraction) and value.denominator == 1:
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool) and value < 0:
            raise ValueError("must be 0 or more (0 turns the note off)")
        return value


# Settings that must not cross: (the lower, the higher, why).
_ORDER = (
    (
        "multiple_supported",
        "multiple_review",
        "a multiple's review band lies outside its supported band",
    ),
    ("almost_review_low", "almost_low", "'almost N' needs review below where it is supported"),
    ("about_supported", "about_review", "'about N' needs review outside where it is supported"),
)


def conflicts(written: Mapping[str, object]) -> list[tuple[str, str]]:
    """Settings out of order, each as (the written key to blame, what is wrong with it).

    ``written`` holds the settings a claim file gave; the others keep their defaults. Of two
    settings out of order the one written is blamed (the later of the two when both were).
    """
    found: list[tuple[str, str]] = []
    for low, high, why in _ORDER:
        lower = written.get(low, Policy.model_fields[low].default)
        higher = written.get(high, Policy.model_fields[high].default)
        if not (isinstance(lower, Fraction) and isinstance(higher, Fraction)) or lower <= higher:
            continue
        if high in written:
            found.append((high, f"must be at least {low} ({_shown(lower)}): {why}"))
        else:
            found.append((low, f"must be at most {high} ({_shown(higher)}): {why}"))
    return found


def _shown(value: Fraction) -> str:
    return str(value) if value.denominator == 1 else f"{float(value):g}"


DEFAULT_POLICY = Policy()
