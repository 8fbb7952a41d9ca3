"""Ranking and record words no rule of the wording table read (engine/judge/unread_ranks.py):
the claim needs review and names them. Words that describe a group, or that a rule reads and
checks, leave the claim as its figures say. The sentences are the project's own."""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, ch, check_case, fig, ser, sh

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED
_REGIONS = (("Northshire", "412,000"), ("Eastmoor", "198,000"), ("Westdale", "240,000"))

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    # Unread: the figure holds, the ranking or record is never checked.
    (
        "Northshire homes stayed the most expensive, averaging £412,000",
        fig("412000"),
        R,
        "the most, of the subject",
    ),
    (
        "Rents in Eastmoor, the most affordable anywhere, averaged £650",
        fig("650"),
        R,
        "the most, in an aside",
    ),
    ("Next came Westdale, where fees rose by 3.1%", fig("3.1%"), S, "no ranking word"),
    ("This was followed by Westdale, where fees rose by 3.1%", fig("3.1%"), R, "followed by"),
    ("Weekly hours held at a post-crisis high of 35.1", fig("35.1"), R, "a high of"),
    ("Arrivals hit a nine-year tourism high with 84,000 visitors", fig("84,000"), R, "a high with"),
    ("The county ranks first for recycling, at 61%", fig("61%"), R, "ranks"),
    (
        "Eastmoor was the council with the most appeals, 212 in all",
        fig("212"),
        R,
        "with the most, of the subject",
    ),
    (
        "Bus use has grown continuously since 2001, to 41 million trips",
        fig("41 million"),
        R,
        "continuously",
    ),
    (
        "Orders passed 9,000 for the first time since the crash",
        fig("9,412"),
        R,
        "first time since, no year",
    ),
    (
        "Waiting lists have not been this long since the spring of 2009, at 6,100",
        fig("6,100"),
        R,
        "not this long since",
    ),
    ("Sales reached a record £3.2bn", fig("£3.2bn"), R, "a record, no series"),
    ("Fares were more than any other operator's, at £4.10", fig("£4.10"), R, "than any other"),
    # A superlative ranking only the values since a point no rule reads: never the whole series.
    (
        "The 571 admissions were the highest total since 719 in the week to 26 March",
        ser("Week 32", ("Week 12", "719"), ("Week 30", "404"), ("Week 32", "571")),
        R,
        "since a level, ranked over the whole series it would be contradicted",
    ),
    (
        "The 571 admissions were the highest since the spring peak",
        ser("Week 32", ("Week 12", "719"), ("Week 30", "404"), ("Week 32", "571")),
        R,
        "since an event",
    ),
    (
        "The 571 admissions were the highest ever recorded",
        ser("Week 32", ("Week 12", "719"), ("Week 30", "404"), ("Week 32", "571")),
        C,
        "no since: the whole series",
    ),
    # A record of a change judged as a record of the level: no verdict either way.
    (
        "Fares rose at a record pace last year",
        ser("2024", ("2022", "3.0"), ("2023", "3.4"), ("2024", "3.2")),
        R,
        "a record pace, the level is no record",
    ),
    (
        "Fares hit a record 3.4 last year",
        ser("2023", ("2022", "3.0"), ("2023", "3.4")),
        S,
        "a record level",
    ),
    (
        "A record number of 3.4 was logged last year",
        ser("2023", ("2022", "3.0"), ("2023", "3.4")),
        S,
        "a record number of, read as a record high",
    ),
    (
        "Thefts ran at record levels last year, 3.2",
        ser("2024", ("2022", "3.0"), ("2023", "3.4"), ("2024", "3.2")),
        C,
        "record levels, read as a record high",
    ),
    # A size said in words with no number.
    ("The jobless rate rose several ticks to 4.4%", ch("4.2%", "4.4%"), R, "several ticks"),
    ("The jobless rate rose a few points to 9.4%", ch("9.2%", "9.4%"), R, "a few points"),
    ("The jobless rate rose to 4.4%", ch("4.2%", "4.4%"), S, "no size said"),
    # Describing a group, or qualifying a number: no ranking to check.
    ("Pupils in the most deprived areas scored 41%", fig("41%"), S, "a description"),
    (
        "The poorest fifth of households spent £212 a week",
        fig("£212"),
        S,
        "a band of the population",
    ),
    ("At least 300 homes were flooded", fig("312"), S, "at least"),
    ("Most of the 300 staff, 212 of them, were women", sh("212", "300"), S, "most of, a share"),
    ("Prices rose to a high street average of £3.10", fig("£3.10"), S, "high as an adjective"),
    # Read and checked by a rule: the rule's verdict stands.
    (
        "Northshire had the priciest homes, at £412,000",
        ser("Northshire", *_REGIONS),
        S,
        "priciest, ranked",
    ),
    (
        "Eastmoor had the priciest homes, at £198,000",
        ser("Eastmoor", *_REGIONS),
        C,
        "priciest, wrong",
    ),
    (
        "The weakest market was Eastmoor, at £198,000",
        ser("Eastmoor", *_REGIONS),
        S,
        "weakest, ranked",
    ),
    (
        "Lending rose 4% in each year to 2020, to £520m",
        ch("£500m", "£520m", ("2019", "2020")),
        R,
        "each year",
    ),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_ranking_words_no_rule_read(
    quote: str, figures: dict[str, Any], verdict: Verdict, why: str
) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"


def test_the_explanation_names_the_words_and_the_rule() -> None:
    finding = check_case("This was followed by Westdale, where fees rose by 3.1%", fig("3.1%"))
    unread = [item for item in finding.statements if item.rule_id == "rank.unread.order"]
    assert len(unread) == 1
    assert unread[0].stated == "followed by"
    assert "check it by hand" in unread[0].explanation
