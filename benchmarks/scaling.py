"""Is every stage linear in its input? Run ``python benchmarks/scaling.py`` from the top folder.

Each case times one stage on an input of size n and of size 2n (CPU time, best of three) and
prints the ratio: about 2 is linear, about 4 quadratic. The inputs are the ones that used to
grow faster than their length (issue 13): long quotes of repeated numbers, words, ranges,
years or tags; articles with a claim for every sentence; drafts of many sentences; tables of
many rows or columns; many claims, and many claims under one source, in every report format.

``--quick`` uses a quarter of the sizes (for a smoke test; its ratios are noisier);
``--only WORD`` keeps the cases whose name contains WORD; ``--markdown`` prints the table for
docs/performance.md. Nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import claimcheck
from claimcheck.model import FigureUse, Finding, Report, Verdict

Work = Callable[[], object]


@dataclass(frozen=True)
class Case:
    """One stage and the input that grows: ``make(n)`` prepares the input of size n and returns
    the work to time (preparation is not timed)."""

    name: str
    stage: str
    unit: str
    size: int
    make: Callable[[int], Work]


def _quote(piece: str) -> Callable[[int], Work]:
    def make(n: int) -> Work:
        quote = (piece * (n // len(piece) + 1))[:n]
        return lambda: claimcheck.verify(quote, value=7)

    return make


def _since_years(n: int) -> Work:
    parts, year = [], 2001
    while sum(map(len, parts)) < n:
        parts.append(f"since {year}, ")
        year = 1900 + (year - 1899) % 200
    quote = "".join(parts)[:n]
    return lambda: claimcheck.verify(quote, value=7)


def _unsourced(n: int) -> Work:
    from scan_speed import article_text

    quote = article_text(n)
    return lambda: claimcheck.verify(quote)


def _story(n: int) -> tuple[str, list[str]]:
    """An article of about n characters, every sentence different and stating numbers."""
    sentences: list[str] = []
    length, index = 0, 0
    while length < n:
        index += 1
        sentence = (
            f"In district {index} recorded offences rose from {index * 3 + 17:,} to "
            f"{index * 5 + 40:,}, about {index % 90 + 5}% more than in {2000 + index % 20}."
        )
        sentences.append(sentence)
        length += len(sentence) + 1
    return " ".join(sentences), sentences


def _coverage(n: int) -> Work:
    from claimcheck.article.coverage import cover

    text, sentences = _story(n)
    lines = ["claims:"]
    for index, sentence in enumerate(sentences[::2]):
        lines += [f"  - id: c{index}", f'    quote: "{sentence}"']
    claims = claimcheck.loads("\n".join(lines) + "\n").claims
    return lambda: cover([], claims, text, file=None)


def _scan(n: int) -> Work:
    from scan_speed import article_text

    text = article_text(n)
    return lambda: claimcheck.scan(text)


def _draft(n: int) -> Work:
    from claimcheck.article.drafting.compose import draft

    text, _ = _story(n)
    return lambda: draft(text)


def _csv(rows: int, columns: int) -> Work:
    from claimcheck.claimfile.tables import read_table
    from claimcheck.claimfile.tables.layout import TableOptions

    folder = Path(tempfile.mkdtemp(prefix="claimcheck-scaling-"))
    path = folder / "table.csv"
    header = ["Year", *(f"Count {c}" for c in range(columns))]
    body = [[str(1900 + r), *(str(r * 7 + c) for c in range(columns))] for r in range(rows)]
    path.write_text("\n".join(",".join(row) for row in [header, *body]) + "\n", encoding="utf-8")
    return lambda: read_table(path, "table.csv", "table", TableOptions(labels="Year"))


def _claims(n: int) -> Work:
    from _generate import claim_file_text

    text = claim_file_text(n)
    return lambda: claimcheck.check(claimcheck.loads(text, path="generated.yaml"))


def _checked(n: int) -> Report:
    from _generate import claim_file_text

    return claimcheck.check(claimcheck.loads(claim_file_text(n), path="generated.yaml"))


def _render(fmt: str) -> Callable[[int], Work]:
    def make(n: int) -> Work:
        from claimcheck.report import render

        report = _checked(n)
        return lambda: render(report, fmt)

    return make


def _one_source(n: int) -> Report:
    findings = [
        Finding(
            id=f"c{i}",
            quote=f"{i} cases",
            verdict=Verdict.SUPPORTED,
            explanation="matches",
            sources=[FigureUse(ref=f"s.f{i}", role="figure", value=str(i), source="s")],
        )
        for i in range(n)
    ]
    return Report.of(findings)


def _grouping(n: int) -> Work:
    from claimcheck.report._common import figures_by_source

    report = _one_source(n)
    return lambda: figures_by_source(report)


def _render_one_source(fmt: str) -> Callable[[int], Work]:
    def make(n: int) -> Work:
        from claimcheck.report import render

        report = _one_source(n)
        return lambda: render(report, fmt)

    return make


def _highlights(n: int) -> Work:
    from claimcheck.model import Unchecked
    from claimcheck.report._article import Mark, pieces

    sentence = "Burglaries went up by 12 last year. "
    text, step = sentence * n, len(sentence)
    marks = [Mark(i * step, i * step + 20, f"a{i}", f"c{i}", Verdict.SUPPORTED) for i in range(n)]
    marks += [
        Mark(i * step + 10, i * step + 30, f"b{i}", f"d{i}", Verdict.SUPPORTED)
        for i in range(0, n, 2)
    ]
    numbers = [
        Unchecked(start=i * step + 22, end=i * step + 24, text="12", kind="count") for i in range(n)
    ]
    return lambda: pieces(text, marks, numbers)


CASES: tuple[Case, ...] = (
    Case("quote '1,1,1,…'", "reading a quote", "characters", 4_000, _quote("1,")),
    Case("quote '9.9.9…'", "reading a quote", "characters", 4_000, _quote("9.")),
    Case("quote 'one one one…'", "reading a quote", "characters", 4_000, _quote("one ")),
    Case(
        "quote 'up from 1 to 2, …'",
        "reading a quote",
        "characters",
        4_000,
        _quote("up from 1 to 2, "),
    ),
    Case("quote 'since 2001, since 2002…'", "reading a quote", "characters", 4_000, _since_years),
    Case(
        "quote '<b>1</b> …' (HTML tags)",
        "reading a quote",
        "characters",
        4_000,
        _quote("<b>1</b> "),
    ),
    Case("unsourced quote of news text", "reading a quote", "characters", 40_000, _unsourced),
    Case("article, a claim every other sentence", "coverage", "characters", 400_000, _coverage),
    Case("article", "scan", "characters", 400_000, _scan),
    Case("article", "draft", "characters", 100_000, _draft),
    Case("CSV rows", "reading a table", "rows", 20_000, lambda n: _csv(n, 3)),
    Case("CSV columns", "reading a table", "columns", 2_000, lambda n: _csv(3, n)),
    Case("claims", "load and check", "claims", 1_000, _claims),
    Case("claims", "text report", "claims", 2_000, _render("text")),
    Case("claims", "JSON report", "claims", 2_000, _render("json")),
    Case("claims", "Markdown report", "claims", 2_000, _render("markdown")),
    Case("claims", "HTML report", "claims", 2_000, _render("html")),
    Case("quotes highlighted in an article", "highlighting", "quotes", 8_000, _highlights),
    Case("claims under one source", "grouping by source", "claims", 8_000, _grouping),
    Case("claims under one source", "HTML report", "claims", 4_000, _render_one_source("html")),
    Case(
        "claims under one source",
        "Markdown report",
        "claims",
        4_000,
        _render_one_source("markdown"),
    ),
)


def best_of(runs: int, work: Work) -> float:
    """The least CPU time of ``runs`` runs of ``work``: CPU time, not wall-clock, so that other
    work on a shared machine disturbs the figure as little as it can."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return max(best, 1e-6)


@dataclass(frozen=True)
class Measured:
    case: Case
    size: int
    small: float
    large: float

    @property
    def ratio(self) -> float:
        return self.large / self.small


def measure(case: Case, size: int, runs: int = 3, growth: int = 2) -> Measured:
    small = best_of(runs, case.make(size))
    large = best_of(runs, case.make(size * growth))
    return Measured(case, size, small, large)


def _verdict(ratio: float, growth: int) -> str:
    return "linear" if ratio < growth * 1.3 else "**grows faster than its input**"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a quarter of the sizes")
    parser.add_argument("--only", metavar="WORD", help="only the cases whose name has WORD")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    parser.add_argument("--growth", type=int, default=2, help="the larger input: this many times")
    args = parser.parse_args(argv)
    cases = [
        case
        for case in CASES
        if args.only is None or args.only.lower() in f"{case.stage} {case.name}".lower()
    ]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"# {datetime.date.today()} CPython {platform.python_version()} on "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {load:.1f} at the start"
    )
    if args.markdown:
        print(f"| stage | input | n | CPU at n | CPU at {args.growth}n | ratio | |")
        print("| --- | --- | ---: | ---: | ---: | ---: | --- |")
    for case in cases:
        size = max(1, int(case.size * args.scale) // (4 if args.quick else 1))
        result = measure(case, size, growth=args.growth)
        if args.markdown:
            print(
                f"| {case.stage} | {case.name} | {size:,} {case.unit} | {result.small:.3f} s "
                f"| {result.large:.3f} s | {result.ratio:.2f} "
                f"| {_verdict(result.ratio, args.growth)} |"
            )
        else:
            print(
                f"{result.ratio:5.2f}x  {case.stage}: {case.name}, {size:,} -> "
                f"{size * args.growth:,} {case.unit} "
                f"({result.small:.3f} s -> {result.large:.3f} s CPU)",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
