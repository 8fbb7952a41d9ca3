"""``rounded:`` on a source: the source's own word on how precise its figures are.

Each row: the source's ``rounded:``, the figures, the stated change, the verdict, and why.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.claimfile.rounding import parse_rounded

CASES = [
    # (id, rounded line, from, to, stated, verdict, reason)
    (
        "decimals-rounded-by-default",
        "",
        "1.2m",
        "1.1m",
        "down 12%",
        "needs_review",
        "1.2m and 1.1m stand for ranges: the fall runs from 0% to 16%, which takes in 12%",
    ),
    (
        "decimals-declared-exact",
        "rounded: false",
        "1.2m",
        "1.1m",
        "down 12%",
        "contradicted",
        "a register that prints exact figures: 1.2m to 1.1m is exactly an 8.3% fall",
    ),
    (
        "whole-counts-exact-by-default",
        "",
        "2300",
        "2000",
        "down 16%",
        "contradicted",
        "a count written in full is exact, as an FOI count is: 13% is not 16%",
    ),
    (
        "whole-counts-declared-rounded",
        "rounded: true",
        "2300",
        "2000",
        "down 16%",
        "needs_review",
        "counts rounded by the source: within their rounding the fall takes in 16%",
    ),
    (
        "declared-rounded-still-supports-what-the-figures-give",
        "rounded: true",
        "2300",
        "2000",
        "down 13%",
        "supported",
        "13% is what the printed figures give; rounding cannot make that unsettled",
    ),
]


def _claims(rounded: str, before: str, after: str, stated: str) -> str:
    return f"""\
sources:
  s:
    title: Counts
    {rounded}
    figures:
      n: {{2022: {before}, 2023: {after}}}
claims:
  - id: c
    quote: {stated}
    from: s.n[2022]
    to: s.n[2023]
"""


@pytest.mark.parametrize(
    ("rounded", "before", "after", "stated", "verdict", "reason"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_source_declares_its_rounding(
    rounded: str, before: str, after: str, stated: str, verdict: str, reason: str
) -> None:
    claim_file = claimcheck.loads(_claims(rounded, before, after, stated), path="c.yaml")
    finding = claimcheck.check(claim_file).claims[0]
    assert finding.verdict == verdict, reason


@pytest.mark.parametrize(
    ("written", "meaning"),
    [("true", True), ("Yes", True), ("false", False), ("no", False), (None, None)],
)
def test_rounded_is_read_as_yes_or_no(written: str | None, meaning: bool | None) -> None:
    assert parse_rounded(written) is meaning


def test_rounded_must_be_a_yes_or_no() -> None:
    with pytest.raises(claimcheck.ClaimFileError) as caught:
        claimcheck.loads(_claims("rounded: sometimes", "2300", "2000", "down 13%"), path="c.yaml")
    assert "rounded" in str(caught.value)
