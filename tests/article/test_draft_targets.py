"""Targets and standards are no figures of the tables; a month named in a long table of months
picks its row (``article/drafting/targets.py``, ``link_period``).

- "against a target of 95%", "short of the 92% standard", "the 18-week target": the number is
  what was set out to be reached. The actual figure often rounds to it, so a link by value would
  call the target "supported" by the figure that misses it; the draft proposes nothing and
  says why. The actual figure in the same sentence is still linked.
- "In March, 90.8% were seen ..." or a month named in the sentence before: the row of that
  month, even when the same value stands in another month's row.

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed

from claimcheck.article.drafting.link_result import Statement
from claimcheck.article.drafting.link_values import Words
from claimcheck.article.drafting.targets import without_targets
from claimcheck.article.scan import scan

CLINIC = (
    "Urgent care waits at Fernbrook hospital,,\n"
    "Month,Attendances,Patients seen inside four hours (%)\n"
    'January 2025,"8,410",91.7\n'
    'February 2025,"8,020",92.4\n'
    'March 2025,"8,650",90.3\n'
    'April 2025,"8,300",94.8\n'
    'May 2025,"8,700",91.7\n'
)
SEEN = "c.patients_seen_inside_four_hours[{}]"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "Fernbrook saw 94.8% of patients inside four hours in April, against a target "
            "of 95%.\n",
            {
                "Fernbrook saw 94.8% of patients inside four hours in April": (
                    [("figure", SEEN.format("April 2025"))],
                    "supported",
                ),
                "against a target of 95%": ([], "unsourced"),
            },
        ),
        (
            "Only 91.7% of patients were seen inside four hours in May, short of the 95% "
            "standard.\n",
            {
                "Only 91.7% of patients were seen inside four hours in May": (
                    [("figure", SEEN.format("May 2025"))],
                    "supported",
                ),
                "short of the 95% standard": ([], "unsourced"),
            },
        ),
        (
            "The hospital's goal is for 95% of patients to be seen inside four hours.\n",
            {
                "The hospital's goal is for 95% of patients to be seen inside four hours": (
                    [],
                    "unsourced",
                ),
            },
        ),
    ],
)
def test_a_target_is_no_figure_of_the_tables(
    tmp_path: Path, article: str, expected: dict[str, tuple[list[tuple[str, str]], str]]
) -> None:
    text, _ = assert_listed(tmp_path, {"c.csv": CLINIC}, article, expected)
    assert "a target or standard" in text


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("against a target of 95%", "target of 95%"),
        ("the national standard of at least 92% of patients", "standard of at least 92%"),
        ("well below the 95 per cent target", "95 per cent target"),
        ("a target of 92 per cent", "target of 92 per cent"),
        ("the goal of seeing 75% of callers", "goal of seeing 75%"),
        ("a benchmark of 80%", "benchmark of 80%"),
        ("the pledge of answering 90% of calls", "pledge of answering 90%"),
        ("just under the 85% threshold", "85% threshold"),
        ("visits passed the 2 million mark", None),
        ("the service hit 91% of its calls", None),
        ("the standard rate rose to 4%", None),
        ("the team scored 30 goals", None),
        ("the target was missed, with 91% seen", None),
    ],
)
def test_which_numbers_are_targets(sentence: str, target: str | None) -> None:
    mentions = tuple(m for m in scan(sentence) if m.statistical)
    statement = Statement(
        sentence,
        0,
        mentions,
        Words(*(frozenset[str]() for _ in range(3)), frozenset(), frozenset()),
    )
    out = without_targets(statement)
    if target is None:
        assert out.why is None
        assert out.statement.mentions == mentions
    else:
        assert out.why is not None
        assert repr(target) in out.why


@pytest.mark.parametrize(
    ("article", "quote", "month"),
    [
        (
            "In May, 91.7% of patients were seen inside four hours.\n",
            "In May, 91.7% of patients were seen inside four hours",
            "May 2025",
        ),
        (
            "In January, 91.7% of patients were seen inside four hours.\n",
            "In January, 91.7% of patients were seen inside four hours",
            "January 2025",
        ),
        (
            "Staff were stretched in March, when 90.3% of patients were seen inside four hours.\n",
            "Staff were stretched in March, when 90.3% of patients were seen inside four hours",
            "March 2025",
        ),
        (
            "The hospital's figures for January came out on Friday.\n"
            "They show 92% of patients were seen inside four hours.\n",
            "They show 92% of patients were seen inside four hours",
            "January 2025",
        ),
    ],
)
def test_a_month_named_picks_its_row(tmp_path: Path, article: str, quote: str, month: str) -> None:
    assert_listed(
        tmp_path,
        {"c.csv": CLINIC},
        article,
        {quote: ([("figure", SEEN.format(month))], "supported")},
    )
