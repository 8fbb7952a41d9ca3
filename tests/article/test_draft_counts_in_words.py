"""Counts written as words are drafted like digits: "just one" with a person and a verb a table
counts (``counted_one``), and a four-letter number word beside a month ("in June. Five
people ...") is a count, never a year (``scan_spans.date_part``). The sentences and tables are
the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

from claimcheck.article.scan import MentionKind, scan

DROWNINGS = "Drownings by month, 2024\nMonth,Deaths\nMay,3\nJune,1\nJuly,6\n"

CASES = [
    ("just-one-person-died", "Just one person died at the lakes in June.",
     {"figure": "drown.deaths[June]"}, "supported"),
    ("only-one-swimmer-verb", "Only one child was killed in the water in June.",
     {"figure": "drown.deaths[June]"}, "supported"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "article", "references", "verdict"), CASES, ids=[c[0] for c in CASES]
)
def test_just_one_is_a_count(
    name: str, article: str, references: dict[str, str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted(
        tmp_path, Case(name, {"drown.csv": DROWNINGS}, article, "", {}, "", None)
    )
    (finding,) = report.claims
    assert {source.role: source.ref for source in finding.sources} == references, text
    assert finding.verdict.value == verdict, text


@pytest.mark.parametrize(
    ("text", "word", "kind", "statistical"),
    [
        ("Three drowned in May. Nine people died in the summer.", "Nine", MentionKind.COUNT, True),
        ("Three drowned in May. 12 people died in the summer.", "12", MentionKind.COUNT, True),
        ("The report came out on Aug. 12 this year.", "12", MentionKind.DATE, False),
        ("Five people died on July 4, 2024.", "2024", MentionKind.YEAR, False),
    ],
)
def test_a_month_that_ends_a_sentence_dates_nothing(
    text: str, word: str, kind: MentionKind, statistical: bool
) -> None:
    (mention,) = [m for m in scan(text) if m.text == word]
    assert (mention.kind, mention.statistical) == (kind, statistical)


def test_one_with_a_verb_no_table_counts_stays_a_word(tmp_path: Path) -> None:
    """ "Just one resident said ..." counts nothing a table holds."""
    article = "Just one resident said the lakes felt safe in June."
    text, report = drafted(tmp_path, Case("", {"drown.csv": DROWNINGS}, article, "", {}, "", None))
    assert all(not finding.sources for finding in report.claims), text
