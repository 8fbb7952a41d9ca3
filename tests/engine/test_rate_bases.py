"""A count over a round base of a thousand or more is a rate per that base, read alike by the
scanner, the reader and the drafting (``numbers.rate_base``); the base is never a statistic
of its own. Own examples."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

import claimcheck
from claimcheck.article.drafting.per_base import in_percent
from claimcheck.article.scan import scan
from claimcheck.claimfile.loader import load
from claimcheck.engine.read.reader import read
from claimcheck.model import Verdict
from claimcheck.numbers.rate_base import is_rate_base

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("base", "rate"),
    [
        (1_000, True),
        (10_000, True),
        (100_000, True),
        (1_000_000, True),
        (100, False),  # "one in every 100": a share of a whole
        (5, False),
        (2_500, False),  # not round
        (10_000_000, False),
    ],
)
def test_is_rate_base(base: int, rate: bool) -> None:
    assert is_rate_base(base) is rate
    assert is_rate_base(Fraction(base)) is rate


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("6 in every 10,000 patients", "0.06"),
        ("two in every 1,000 drivers", "0.2"),
        ("one in every 100 drivers", None),  # the drafting agrees with the check: a share
        ("one in five drivers", None),
    ],
)
def test_drafting_takes_the_same_bases(text: str, percent: str | None) -> None:
    (mention,) = scan(text)
    found = in_percent(mention)
    assert (str(float(found.value)) if found is not None else None) == percent


BASES = [
    # (sentence, the base as the scanner sees it: statistical or not)
    ("About 14 patients in every 10,000 waited a year.", "10,000"),
    ("Some 3 drivers per 1,000 were caught.", "1,000"),
    ("It found 40 cases out of every 100,000 people.", "100,000"),
    ("Nine pupils for every 1,000 were absent.", "1,000"),
    ("The rate per 100,000 residents rose to 12.", "100,000"),
]


@pytest.mark.parametrize(("sentence", "base"), BASES)
def test_the_base_is_no_statistic(sentence: str, base: str) -> None:
    found = {mention.text: mention.statistical for mention in scan(sentence)}
    assert found[base] is False


READINGS = [
    # (quote, the number read as a rate, its base)
    ("14 patients in every 10,000 waited", "14", 10_000),
    ("14 patients out of every 10,000 waited", "14", 10_000),
    ("nine drivers in 1,000 were caught", "nine", 1_000),
    ("14 patients per 10,000 waited", "14", 10_000),
]


@pytest.mark.parametrize(("quote", "number", "base"), READINGS)
def test_a_count_over_a_round_base_reads_as_a_rate(quote: str, number: str, base: int) -> None:
    (mention,) = [m for m in read(quote).mentions if m.number is not None]
    assert mention.family.id == "rate"
    assert mention.number.text == number
    assert mention.base == base


def test_a_share_over_a_small_base_is_no_rate() -> None:
    families = [m.family.id for m in read("one patient in every five waited").mentions]
    assert "rate" not in families


CLAIMS = """\
sources:
  t:
    title: Test table
    table: t.csv
claims:
  - id: c
    quote: "{quote}"
    figure: t["Coastal", "2023 (%)"]
"""

CHECKED = [
    ("14 patients in every 10,000 were waiting", S),
    ("14 patients out of every 10,000 were waiting", S),
    ("nine patients in every 10,000 were waiting", C),
]


@pytest.mark.parametrize(("quote", "verdict"), CHECKED)
def test_the_rate_is_checked_against_a_percentage(
    quote: str, verdict: Verdict, tmp_path: Path
) -> None:
    (tmp_path / "t.csv").write_text(
        "Area,2022 (%),2023 (%)\nCoastal,0.11,0.14\nInland,0.09,0.09\n", encoding="utf-8"
    )
    path = tmp_path / "c.yaml"
    path.write_text(CLAIMS.replace("{quote}", quote), encoding="utf-8")
    finding = claimcheck.check(load(path)).claims[0]
    assert finding.verdict is verdict, finding.explanation


CHANGE = """\
sources:
  t:
    title: Test table
    table: t.csv
claims:
  - id: c
    quote: "{quote}"
    from: t["Coastal", "2022 (%)"]
    to: t["Coastal", "2023 (%)"]
"""

CHANGES = [
    ("14 patients in every 10,000 waited, up from 11 in every 10,000", S),
    ("it rose from 11 in every 10,000 to 14 in every 10,000", S),
    ("14 patients in every 10,000 waited, up from six in every 10,000", C),
]


@pytest.mark.parametrize(("quote", "verdict"), CHANGES)
def test_both_ends_of_a_change_in_percentages_are_rates(
    quote: str, verdict: Verdict, tmp_path: Path
) -> None:
    (tmp_path / "t.csv").write_text(
        "Area,2022 (%),2023 (%)\nCoastal,0.11,0.14\nInland,0.09,0.09\n", encoding="utf-8"
    )
    path = tmp_path / "c.yaml"
    path.write_text(CHANGE.replace("{quote}", quote), encoding="utf-8")
    finding = claimcheck.check(load(path)).claims[0]
    assert finding.verdict is verdict, finding.explanation
