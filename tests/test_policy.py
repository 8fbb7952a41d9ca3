"""The policy: pinned defaults, exact overrides, and a document that lists every setting."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pydantic
import pytest

from claimcheck import ClaimFileError, loads
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
    "unchanged_review": Fraction(1, 100),
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


@pytest.mark.parametrize("written", ["5%", "5 %", " 0.05 ", "1/20"])
def test_a_tolerance_may_be_written_as_a_percentage(written: str) -> None:
    assert Policy.model_validate({"about_supported": written}).about_supported == Fraction(1, 20)


@pytest.mark.parametrize(
    ("settings", "words"),
    [
        ({"almost_low": 2}, "must be from 0 to 1"),
        ({"almost_low": "-0.1"}, "must be from 0 to 1"),
        ({"multiple_supported": "-0.05"}, "must be 0 or more"),
        ({"rounding_review_units": -1}, "must be 0 or more"),
        ({"almost_review_high": "0.95"}, "must be 1 or more"),
        ({"just_over_high": "0.5"}, "must be 1 or more"),
        ({"understated_factor": "0.5"}, "must be 1 or more"),
        ({"small_base": -4}, "must be 0 or more"),
        ({"small_base": "2.5"}, "integer"),
        ({"multiple_review": "0.01"}, "multiple_review must be at least multiple_supported"),
        ({"multiple_supported": "0.2"}, "multiple_supported must be at most multiple_review"),
        ({"almost_review_low": "0.95"}, "almost_review_low must be at most almost_low"),
        ({"about_supported": "0.3"}, "about_supported must be at most about_review"),
        (
            {"about_supported": "0.3", "about_review": "0.25"},
            "about_review must be at least about_supported",
        ),
    ],
)
def test_settings_that_make_no_sense_are_refused(settings: dict[str, object], words: str) -> None:
    with pytest.raises(pydantic.ValidationError, match=words):
        Policy.model_validate(settings)


@pytest.mark.parametrize(
    "settings",
    [
        {"small_base": 0},
        {"almost_low": 1},
        {"almost_review_low": "0.9"},
        {"multiple_review": "0.05"},
        {"about_review": "0.1"},
        {"just_over_high": 1},
        {"multiple_supported": 0, "multiple_review": 0},
    ],
)
def test_edge_settings_are_accepted(settings: dict[str, object]) -> None:
    Policy.model_validate(settings)


def _problems(policy: str) -> list[str]:
    text = f"policy:\n{policy}claims: []\n"
    with pytest.raises(ClaimFileError) as caught:
        loads(text, path="c.yaml")
    return [str(problem) for problem in caught.value.problems]


def test_the_loader_reports_each_policy_mistake_at_its_key() -> None:
    problems = _problems("  almost_low: 2\n  multiple_review: 0.01\n  small_base: -4\n")
    assert len(problems) == 3, problems
    assert problems[0].startswith("c.yaml:2:15: policy.almost_low")
    assert problems[1].startswith("c.yaml:3:20: policy.multiple_review must be at least")
    assert problems[2].startswith("c.yaml:4:15: policy.small_base")


def test_a_setting_out_of_order_with_a_default_blames_the_written_key() -> None:
    (problem,) = _problems("  about_supported: 0.3\n")
    assert problem.startswith("c.yaml:2:20: policy.about_supported must be at most about_review")


def test_a_count_gets_a_count_hint() -> None:
    problems = _problems("  small_base: x\n  about_supported: y\n")
    assert problems[0].endswith("'x' is not a number (write 30)"), problems
    assert "1/20" not in problems[0]
    assert problems[1].endswith("(write 0.05 or 1/20)"), problems


def test_a_percentage_tolerance_loads() -> None:
    claim_file = loads(
        'policy:\n  about_supported: "15%"\n  about_review: 25%\nclaims: []\n', path="c.yaml"
    )
    assert claim_file.policy.about_supported == Fraction(15, 100)
    assert claim_file.policy.about_review == Fraction(1, 4)
