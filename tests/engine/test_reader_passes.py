"""The reading passes: declared once, run in order, and each ordering dependency shown.

Each row names two passes, a wording where both could read the same words, and what the
reading must hold. The test runs the wording as declared and again with the two passes
swapped, and checks the swap changes the reading: the order is doing the work.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from claimcheck import verify
from claimcheck.engine.read import reader
from claimcheck.engine.read.reader import PASSES, Pass, read
from claimcheck.model import Verdict


@dataclass(frozen=True)
class Dependency:
    earlier: str
    later: str
    wording: str
    mentions: tuple[tuple[str, str], ...]  # (family id, words) in the reading
    asides: tuple[str, ...] = ()  # the words set aside
    labels: tuple[str, ...] = ()


DEPENDENCIES = [
    Dependency(
        "ranges",
        "multiple words",
        "a two- to three-fold increase",
        (("n-fold", "two- to three-fold"), ("rise", "increase")),
    ),
    Dependency(
        "time templates",
        "asides",
        "the level since 1998",
        (("since-year", "since 1998"),),
    ),
    Dependency(
        "rankings",
        "time templates",
        "its highest level since 1998",
        (("highest-since", "its highest level since 1998"),),
    ),
    Dependency(
        "time templates",
        "asides",
        "over the past six years",
        (("period-years", "over the past six years"),),
    ),
    Dependency(
        "labels",
        "ranges",
        "up 8% for drivers aged 17 to 21",
        (("percent-change", "up 8%"),),
        asides=("aged 17 to 21",),
        labels=("aged 17 to 21",),
    ),
    Dependency(
        "asides",
        "plain numbers",
        "during the first four weeks",
        (),
        asides=("first", "four weeks"),
    ),
    Dependency(
        "extras",
        "number templates",
        "thefts rose 12 times",
        (("rise", "rose"), ("n-times-more", "12 times")),
    ),
    Dependency(
        "rates",
        "plain numbers",
        "3.1 per 10,000 residents",
        (("rate", "3.1"),),
        asides=("10,000",),
    ),
    Dependency(
        "number templates",
        "directions",
        "climbed by 30%",
        (("percent-change", "climbed by 30%"),),
    ),
    Dependency(
        "ranges",
        "number templates",
        "reduced by 2 to 4 per cent",
        (("percent-change", "reduced by 2 to 4 per cent"),),
    ),
    Dependency(
        "changes by",
        "plain numbers",
        "pushed up costs by 74 per cent",
        (("percent-change", "pushed up costs by 74 per cent"),),
    ),
    Dependency(
        "time words",
        "share words",
        "the most frequent complaint",
        (("series-max", "the most frequent"),),
    ),
]


def _reading(wording: str, labels: tuple[str, ...]) -> tuple[object, object]:
    found = read(wording, labels)
    return (
        tuple((mention.family.id, mention.text) for mention in found.mentions),
        tuple(aside.text for aside in found.asides),
    )


def _names() -> list[str]:
    return [step.name for step in PASSES]


def test_passes_are_named_once_and_described() -> None:
    assert len(set(_names())) == len(PASSES)
    for step in PASSES:
        assert isinstance(step, Pass)
        assert step.name
        assert step.reads
        assert callable(step.run)


@pytest.mark.parametrize(
    "case", DEPENDENCIES, ids=[f"{case.earlier}-before-{case.later}" for case in DEPENDENCIES]
)
def test_ordering_dependency(case: Dependency, monkeypatch: pytest.MonkeyPatch) -> None:
    names = _names()
    first, second = names.index(case.earlier), names.index(case.later)
    assert first < second, f"{case.earlier} must run before {case.later}"
    declared = _reading(case.wording, case.labels)
    assert declared == (case.mentions, case.asides)
    swapped = list(PASSES)
    swapped[first], swapped[second] = swapped[second], swapped[first]
    monkeypatch.setattr(reader, "PASSES", tuple(swapped))
    assert _reading(case.wording, case.labels) != declared


@pytest.mark.parametrize(
    "wording",
    [
        "a 3 to 4-fold rise",
        "a three- to four-fold rise",
        "a three to four-fold rise",
        "a 3- to 4-fold rise",
    ],
)
def test_a_range_of_multiples_reads_the_same_in_words_and_digits(wording: str) -> None:
    finding = verify(wording, before=100, after=350)
    assert finding.verdict is Verdict.SUPPORTED, finding.explanation
    assert "between 3× and 4×" in finding.explanation


def test_a_range_of_multiples_outside_it_is_contradicted() -> None:
    finding = verify("a three- to four-fold rise", before=100, after=600)
    assert finding.verdict is Verdict.CONTRADICTED, finding.explanation
    assert "outside 3× and 4×" in finding.explanation
