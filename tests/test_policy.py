"""The policy: pinned defaults, exact overrides, and a document that lists every setting."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pydantic
import pytest

from claimcheck.engine import verify
from claimcheck.model import Verdict
from claimcheck.policy import DEFAULT_POLICY, Policy

DOC = Path(__file__).resolve().parents[1] / "docs" / "policy.md"
PINNED = {
    "multiple_supported": Fraction(5, 100),
    "multiple_review": Fraction(10, 100),
    "almost_low": Fraction(90, 100),
    "almost_review_low": Fraction(80, 100),
    "almost_review_high": Fraction(105, 100),
    "about_supported": Fraction(10, 100),
    "about_review": Fraction(20, 100),
    "just_over_high": Fraction(110, 100),
    "rounding_review_units": Fraction(1),
    "small_base": 30,
    "understated_factor": Fraction(2),
}


def test_defaults_are_the_pinned_rules() -> None:
    assert set(Policy.model_fields) == set(PINNED)
    for name, value in PINNED.items():
        assert getattr(DEFAULT_POLICY, name) == value, name


def test_every_setting_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name in Policy.model_fields:
        assert f"`{name}`" in text, f"docs/policy.md does not explain {name}"


@pytest.mark.parametrize("written", ["0.05", "1/20", 0.05])
def test_overrides_are_exact(written: object) -> None:
    policy = Policy.model_validate({"about_supported": written})
    assert policy.about_supported == Fraction(1, 20)


def test_unknown_setting_is_refused() -> None:
    with pytest.raises(pydantic.ValidationError):
        Policy.model_validate({"aboutt_supported": "0.1"})


def test_policy_is_frozen() -> None:
    with pytest.raises(pydantic.ValidationError):
        DEFAULT_POLICY.about_supported = Fraction(1)  # type: ignore[misc]


def test_override_changes_the_verdict() -> None:
    strict = Policy(about_supported=Fraction(1, 100), about_review=Fraction(2, 100))
    assert verify("about 700 arrests", value=691).verdict is Verdict.SUPPORTED
    assert verify("about 700 arrests", value=691, policy=strict).verdict is Verdict.NEEDS_REVIEW
