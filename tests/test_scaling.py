"""Stages that used to grow faster than their input stay linear.

Each test times a stage on an input and on one four times larger, in the same test, and bounds
the ratio: linear work gives about 4, quadratic about 16, so a bound of 9 leaves generous room
for a shared machine without letting a quadratic stage through. CPU time, best of several
runs; never a wall-clock threshold.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import claimcheck
from claimcheck.model import FigureUse, Finding, Report, Verdict

GROWTH = 4
BOUND = 9.0


def cpu(work: Callable[[], object], runs: int = 3) -> float:
    """The best CPU time of ``runs`` runs, with the cyclic collector paused: its full passes
    cost in proportion to everything the test session holds, not to the work timed."""
    best = float("inf")
    gc.collect()
    for _ in range(runs):
        gc.disable()
        try:
            start = time.process_time()
            work()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return max(best, 1e-4)


def growth(small: Callable[[], object], large: Callable[[], object], rounds: int = 3) -> float:
    """How many times longer ``large`` takes than ``small``: the least of ``rounds`` rounds,
    each timing both in turn. Noise on a shared machine only ever raises a round's figure,
    while work that grows faster than its input raises every round's."""
    small()  # warm caches and lazily built patterns before timing either
    return min(cpu(large) / cpu(small) for _ in range(rounds))


def ratio(make: Callable[[int], Callable[[], object]], size: int) -> float:
    return growth(make(size), make(size * GROWTH))


def story(sentences: int) -> tuple[str, list[str]]:
    said = [
        f"In district {i} recorded thefts rose from {i * 3 + 17:,} to {i * 5 + 40:,}, "
        f"about {i % 90 + 5}% more than in {2000 + i % 20}."
        for i in range(1, sentences + 1)
    ]
    return " ".join(said), said


def coverage(sentences: int) -> Callable[[], object]:
    from claimcheck.article.coverage import cover

    text, said = story(sentences)
    lines = ["claims:"]
    for index, sentence in enumerate(said[::2]):
        lines += [f"  - id: c{index}", f'    quote: "{sentence}"']
    claims = claimcheck.loads("\n".join(lines) + "\n").claims
    return lambda: cover([], claims, text, file=None)


def one_source(claims: int) -> Report:
    return Report.of(
        [
            Finding(
                id=f"c{i}",
                quote=f"{i} cases",
                verdict=Verdict.SUPPORTED,
                explanation="matches",
                sources=[FigureUse(ref=f"s.f{i}", role="figure", value=str(i), source="s")],
            )
            for i in range(claims)
        ]
    )


def test_coverage_is_linear_in_the_article() -> None:
    # Every mention used to be compared with every covered span.
    assert ratio(coverage, 200) < BOUND


def test_grouping_figures_by_source_is_linear_in_the_claims() -> None:
    from claimcheck.report._common import figures_by_source

    def make(claims: int) -> Callable[[], object]:
        report = one_source(claims)
        return lambda: figures_by_source(report)

    # Large enough that both sizes outgrow the processor's caches alike: at a few thousand
    # uses the smaller one still fits, and the ratio measures the cache, not the algorithm.
    assert ratio(make, 8_000) < BOUND


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_reports_of_many_claims_under_one_source_are_linear(fmt: str) -> None:
    from claimcheck.report import render

    def make(claims: int) -> Callable[[], object]:
        report = one_source(claims)
        return lambda: render(report, fmt)

    assert ratio(make, 300) < BOUND


def test_highlighting_quotes_in_an_article_is_linear_in_the_highlights() -> None:
    # Each highlighted span used to be compared with every span kept before it.
    from claimcheck.model import Unchecked
    from claimcheck.report._article import Mark, pieces

    def make(marks: int) -> Callable[[], object]:
        sentence = "Burglaries went up by 12 last year. "
        text = sentence * marks
        step = len(sentence)
        quotes = [
            Mark(i * step, i * step + 20, f"a{i}", f"c{i}", Verdict.SUPPORTED) for i in range(marks)
        ]
        # Every other quote overlaps the one before it, and so does every number: dropped.
        overlapping = [
            Mark(i * step + 10, i * step + 30, f"b{i}", f"d{i}", Verdict.SUPPORTED)
            for i in range(0, marks, 2)
        ]
        numbers = [
            Unchecked(start=i * step + 22, end=i * step + 24, text="12", kind="count")
            for i in range(marks)
        ]
        return lambda: pieces(text, quotes + overlapping, numbers)

    assert ratio(make, 2_000) < BOUND


def _since_years(length: int) -> str:
    said = "".join(f"since {1900 + i % 200}, " for i in range(length // 8 + 1))
    return said[:length]


# Each kind of quote, and a length whose reading takes long enough to time well.
# The small length's reading takes over ten milliseconds, so that noise on a shared machine
# moves the ratio little.
QUOTES: dict[str, tuple[Callable[[int], str], int]] = {
    "1,1,1": (lambda n: ("1," * n)[:n], 1_600),
    "9.9.9": (lambda n: ("9." * n)[:n], 1_600),
    "one one one": (lambda n: ("one " * n)[:n], 800),
    "up from 1 to 2": (lambda n: ("up from 1 to 2, " * n)[:n], 1_600),
    "since 2001, since 2002": (_since_years, 4_000),
    "HTML tags": (lambda n: ("<b>1</b> " * n)[:n], 3_000),
    "unsourced prose": (lambda n: (story(n // 50 + 1)[0])[:n], 6_000),
}


@pytest.mark.parametrize("kind", list(QUOTES))
def test_reading_a_quote_is_linear_in_its_length(kind: str) -> None:
    # Every span the reader considered used to be compared with every span already read.
    # Eight times the length: about 8 when linear; the old reading gave 14 to 40.
    given = None if kind == "unsourced prose" else 7

    write, length = QUOTES[kind]

    def make(length: int) -> Callable[[], object]:
        quote = write(length)
        return lambda: claimcheck.verify(quote, value=given)

    assert growth(make(length), make(length * 8)) < 13.0


def test_drafting_is_linear_in_the_sentences() -> None:
    # Each sentence used to look at every statistical number of the article for its own.
    from claimcheck.article.drafting.plan import plan

    def make(sentences: int) -> Callable[[], object]:
        text, _ = story(sentences)
        mentions = claimcheck.scan(text)
        return lambda: plan(text, mentions, None)

    assert ratio(make, 400) < BOUND


def test_reading_a_table_is_linear_in_its_columns(tmp_path: Path) -> None:
    # A wide table: 20,000 columns used to take minutes.
    from claimcheck.claimfile.tables import read_table
    from claimcheck.claimfile.tables.layout import TableOptions

    def make(columns: int) -> Callable[[], object]:
        path = tmp_path / f"wide-{columns}.csv"
        header = ["Year", *(f"Count {c}" for c in range(columns))]
        body = [[str(1900 + r), *(str(r * 7 + c) for c in range(columns))] for r in range(3)]
        path.write_text("\n".join(",".join(row) for row in [header, *body]) + "\n", "utf-8")
        return lambda: read_table(path, path.name, "table", TableOptions(labels="Year"))

    assert ratio(make, 500) < BOUND
