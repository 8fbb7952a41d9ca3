"""The wording table: every family carries worked examples, and every example holds."""

from __future__ import annotations

from fractions import Fraction

import pytest

from claimcheck.engine.checker import check_claim
from claimcheck.engine.verifier import build_claim
from claimcheck.engine.wording.families import Example, Family, Kind
from claimcheck.engine.wording.phrases import FAMILIES, MULTIPLE_WORDS, family

EXAMPLES = [
    pytest.param(item, example, id=f"{item.id}:{example.quote}")
    for item in FAMILIES
    for example in item.examples
]


def finding_for(example: Example):  # type: ignore[no-untyped-def]
    claim = build_claim(
        example.quote,
        before=example.before,
        after=example.after,
        value=example.value,
        part=example.part,
        whole=example.whole,
        labels=example.labels,
        series=example.series,
        label=example.label,
    )
    return check_claim(claim)


@pytest.mark.parametrize(("item", "example"), EXAMPLES)
def test_example_gets_its_verdict(item: Family, example: Example) -> None:
    finding = finding_for(example)
    assert finding.verdict is example.verdict, finding.explanation


@pytest.mark.parametrize("item", FAMILIES, ids=lambda item: item.id)
def test_every_family_has_examples(item: Family) -> None:
    assert item.examples, f"family {item.id} has no worked example"
    assert item.phrases, f"family {item.id} lists no spelling"
    assert item.rule.endswith("."), "the rule is a sentence for docs/wording.md"


def test_family_ids_are_unique_and_findable() -> None:
    ids = [item.id for item in FAMILIES]
    assert len(ids) == len(set(ids))
    assert family("halved").id == "halved"
    with pytest.raises(KeyError):
        family("no-such-family")


def test_families_with_a_comparator_show_both_sides() -> None:
    # A family whose examples are all supported proves nothing about its boundary.
    for item in FAMILIES:
        if item.kind in (Kind.NOT_A_CLAIM,):
            continue
        verdicts = {example.verdict for example in item.examples}
        assert len(verdicts) > 1, f"family {item.id} has no failing example"


def test_multiple_words() -> None:
    assert MULTIPLE_WORDS["doubled"] == 2
    assert MULTIPLE_WORDS["trebled"] == MULTIPLE_WORDS["tripled"] == 3
    assert MULTIPLE_WORDS["quadrupled"] == 4
    assert MULTIPLE_WORDS["quintupled"] == 5
    assert MULTIPLE_WORDS["halved"] == Fraction(1, 2)
    assert MULTIPLE_WORDS["tenfold"] == MULTIPLE_WORDS["ten-fold"] == 10
    assert all(isinstance(value, Fraction) for value in MULTIPLE_WORDS.values())


def test_british_and_us_spellings() -> None:
    spellings = {phrase for item in FAMILIES for phrase in item.phrases}
    for phrase in (
        "trebled",
        "tripled",
        "fourfold",
        "four-fold",
        "{N} per cent of",
        "{N} percent of",
    ):
        assert phrase in spellings
