"""The checking policy: every tolerance the engine applies, in one documented object.

The defaults are the acceptance rules of claimcheck (docs/policy.md explains each one and
its reason). A claim file may override any value under ``policy:``; nothing else changes
them, so two runs on the same file always agree.
"""

from __future__ import annotations

from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field, field_validator


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
            return Fraction(str(value))
        if isinstance(value, str):
            return Fraction(value.strip())
        return value


DEFAULT_POLICY = Policy()
