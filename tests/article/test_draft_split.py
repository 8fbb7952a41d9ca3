"""One claim per statement (issue 12, point 2): a quote ends before a number that belongs to
none of its references, a change stated without a number is a claim of its own, and a
relative clause between a subject and its verb stays out of the quote.

The sentences and the small tables are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.article.drafting.compose import draft

SOURCES = """\
sources:
  notices:
    title: Fixed penalty notices issued
    figures:
      issued: {All councils: 5200, Three councils: 2600}
  spending:
    title: Council spending on enforcement
    figures:
      spent: {2023: "£4.1m", 2024: "£4.5m"}
  jobless:
    title: Jobless rates
    figures:
      wide_measure_percent: {March: "8.4%", April: "8.1%"}
claims: []
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("split")
    (path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sources(folder: Path) -> claimcheck.ClaimFile:
    return claimcheck.load(folder / "sources.yaml")


def _claims(text: str, folder: Path) -> dict[str, dict[str, str]]:
    loaded = claimcheck.loads(text, path=str(folder / "draft.yaml"))
    return {
        claim.quote: {role.value: ref.written for role, ref in claim.references.items()}
        for claim in loaded.claims
    }


SHARE = {"part": "notices.issued[Three councils]", "whole": "notices.issued[All councils]"}
SPENT = {"figure": "spending.spent[2024]"}

# sentence, the claims drafted (quote: references), why
TAILS = [
    (
        "Three councils issued 2,600 (50%) of the fixed penalty notices of up to £150.",
        {
            "Three councils issued 2,600 (50%) of the fixed penalty notices": SHARE,
            "notices of up to £150": {},
        },
        "a sum of money after a share of counts: its own claim, read with the noun it qualifies",
    ),
    (
        "Three councils issued 2,600 notices (£150 each).",
        {"Three councils issued 2,600 notices": {"figure": "notices.issued[Three councils]"},
         "£150 each": {}},
        "a price in a parenthesis after a count",
    ),
    (
        "Councils spent £4.5m on enforcement in 2024 for 120 wardens.",
        {"Councils spent £4.5m on enforcement in 2024": SPENT, "for 120 wardens": {}},
        "a head count after a sum of money",
    ),
    # left whole
    (
        "Three councils issued 2,600 (50%) of the notices of up to £150 in 2024.",
        {"Three councils issued 2,600 (50%) of the notices of up to £150 in 2024": SHARE},
        "a year after the foreign number may be the statement's own period",
    ),
    (
        "Councils spent £4.5m on enforcement in 2024 compared with 120 in 2014.",
        {"Councils spent £4.5m on enforcement in 2024 compared with 120 in 2014": None},
        "a number brought in by a comparison is the other end of the statement",
    ),
    (
        "Three councils issued 2,600 (50%) of the notices in 2024 across 40 towns.",
        {"Three councils issued 2,600 (50%) of the notices in 2024 across 40 towns": SHARE},
        "a count after counts may be a quantity the references give: the engine judges it",
    ),
    (
        "Councils spent £4.5m on enforcement in 2024, up from £4.1m.",
        {"Councils spent £4.5m on enforcement in 2024, up from £4.1m": {
            "from": "spending.spent[2023]", "to": "spending.spent[2024]"}},
        "both numbers linked",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected", "why"), TAILS, ids=[row[2] for row in TAILS])
def test_a_quote_ends_before_a_number_no_reference_gives(
    sources: claimcheck.ClaimFile,
    folder: Path,
    sentence: str,
    expected: dict[str, dict[str, str] | None],
    why: str,
) -> None:
    text = draft(sentence, sources, output_dir=folder)
    found = _claims(text, folder)
    assert list(found) == list(expected), why
    for quote, references in expected.items():
        assert quote in sentence, why
        if references is not None:  # None: only where the quote ends is the point
            assert found[quote] == references, why


# sentence, the claims drafted (quote: references), why
STATEMENTS = [
    (
        "The wide jobless measure was flat in February and down 0.3 points in April.",
        {
            "The wide jobless measure was flat in February": {},
            "down 0.3 points in April": {
                "from": "jobless.wide_measure_percent[March]",
                "to": "jobless.wide_measure_percent[April]",
            },
        },
        "a change without a number and a change with one are two claims",
    ),
    (
        "The wide measure, which counts part-time workers, fell to 8.1% from 8.4%.",
        {
            "fell to 8.1% from 8.4%": {
                "from": "jobless.wide_measure_percent[March]",
                "to": "jobless.wide_measure_percent[April]",
            }
        },
        "the relative clause and its subject stay out; the sentence's words still link",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected", "why"), STATEMENTS, ids=[row[2] for row in STATEMENTS]
)
def test_statements_with_sources(
    sources: claimcheck.ClaimFile,
    folder: Path,
    sentence: str,
    expected: dict[str, dict[str, str]],
    why: str,
) -> None:
    text = draft(sentence, sources, output_dir=folder)
    assert _claims(text, folder) == expected, why


def test_a_change_without_a_number_asks_for_references() -> None:
    text = draft("Pay was flat on the month and up 2.4% on the year.")
    assert 'quote: "Pay was flat on the month"' in text
    assert "# TODO: a change stated without a number: add from and to references" in text
    assert 'quote: "up 2.4% on the year"' in text


def test_a_claim_without_a_number_checks_as_unsourced(
    sources: claimcheck.ClaimFile, folder: Path
) -> None:
    text = draft("Pay was flat on the month and up 2.4% on the year.", sources, output_dir=folder)
    report = claimcheck.check(claimcheck.loads(text, path=str(folder / "draft.yaml")))
    verdicts = {finding.quote: finding.verdict.value for finding in report.claims}
    assert verdicts["Pay was flat on the month"] == "unsourced"
