"""How fast ``claimcheck.article.scan`` reads articles: run ``python benchmarks/scan_speed.py``.

Three figures, printed with their targets:

1. throughput on article-like text, in MB per second on one core (target: at least 2 MB/s);
2. cost against length: a 10 MB text against a 1 MB one (target: no more than about 10x);
3. throughput against quantulum3 on the same paragraphs (target: at least 100x), when
   quantulum3 is installed (``pip install -e '.[bench]'``).

The text is generated: news-style sentences, about one in seven stating numbers (counts,
percentages, money, years, dates, shares, multiples, phone numbers, number words), which gives
about as many numbers per thousand characters as the West Midlands story; the order is
pseudo-random with a fixed seed, so runs are comparable. ``--quick`` uses small sizes; its
figures are not comparable with a full run. Each timing is the best of three runs.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimcheck.article.scan import scan

_SENTENCES = (
    "In {year}, a total of {n} crimes were recorded compared to {m} in {year2}.",
    "The number of arrests has more than quadrupled over the last {word} years.",
    "Spending rose by {pct} per cent to £{money}m, the council said on {day} March.",
    "About one in {small} adults said they had been affected, up from {pct2}% in {year2}.",
    "Officers carried out almost {n} warrants and made {m} arrests since June {year}.",
    "Call the helpline on 0808 800 5000 or text 0800 1111 before {hour}pm.",
    "The figure fell by nearly a third, from {n:,} to {m:,}, a drop of {diff:,}.",
    "A {small}-fold rise meant {word} times as many cases as in {year2}/{yy}.",
    "Some {n} people, aged {age} to {age2}, took part in the {ordinal} survey.",
    "The report runs to forty pages and names twenty-four councils across the region.",
    "It cost $1.5 million, or €{money} million at today's rate, with {pct}% paid upfront.",
)
# Most sentences of a news story state no number at all.
_PROSE = (
    "The figures were released by the force after a freedom of information request.",
    "Campaigners said the rise showed how much work still needed to be done.",
    "A spokesman for the council said the service was under review.",
    "Officers have been working closely with schools, charities and other agencies.",
    "The government said it would publish its response later in the year.",
    "Residents told reporters they had noticed a change in their neighbourhood.",
    "Critics argue that the way offences are recorded has changed over time.",
    "The report's authors called for clearer guidance and better training for staff.",
)
_SHARE_OF_NUMBER_SENTENCES = 0.15  # about seven numbers per thousand characters, like news
_WORDS = ("two", "three", "five", "seven", "ten", "twelve")
_ORDINALS = ("first", "second", "third", "21st", "fifth")


def article_text(size: int, seed: int = 2017) -> str:
    """About ``size`` characters of news-style text, in paragraphs of three sentences."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        n = rng.randint(12, 99_999)
        if rng.random() > _SHARE_OF_NUMBER_SENTENCES:
            parts.append(rng.choice(_PROSE) + ("\n" if len(parts) % 3 == 2 else " "))
            length += len(parts[-1])
            continue
        template = rng.choice(_SENTENCES)
        sentence = template.format(
            year=rng.randint(2001, 2024),
            year2=rng.randint(1990, 2010),
            yy=rng.randint(10, 99),
            n=n,
            m=rng.randint(1, n),
            diff=rng.randint(1, n),
            pct=rng.randint(1, 99),
            pct2=round(rng.uniform(1, 60), 1),
            money=round(rng.uniform(1, 900), 1),
            word=rng.choice(_WORDS),
            small=rng.randint(2, 30),
            day=rng.randint(1, 28),
            hour=rng.randint(1, 11),
            age=rng.randint(12, 40),
            age2=rng.randint(41, 90),
            ordinal=rng.choice(_ORDINALS),
        )
        parts.append(sentence + ("\n" if len(parts) % 3 == 2 else " "))
        length += len(parts[-1])
    return "".join(parts)[:size]


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def quantulum3_parse() -> Callable[[str], object] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # type: ignore[import-not-found, import-untyped]
    except ImportError:
        return None

    def parse(text: str) -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parser.parse(text)

    return parse


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    options.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    args = options.parse_args(argv)
    megabyte = 100_000 if args.quick else 1_000_000
    one = article_text(megabyte)
    ten = article_text(10 * megabyte)

    scan(one[:10_000])  # warm up: compile patterns, load the multiple-word table
    seconds = best_of(3, lambda: scan(one))
    mentions = len(scan(one))
    rate = len(one.encode("utf-8")) / 1e6 / seconds
    print(f"article-like text: {len(one):,} characters, {mentions:,} mentions")
    print(f"1. throughput: {rate:.2f} MB/s on one core (target >= 2 MB/s)")

    ten_seconds = best_of(1 if not args.quick else 3, lambda: scan(ten))
    ratio = ten_seconds / seconds
    print(
        f"2. cost: {seconds:.3f} s for {len(one):,} characters, {ten_seconds:.3f} s for"
        f" {len(ten):,}: {ratio:.1f}x for 10x the text (target: about 10x, linear)"
    )

    parse = quantulum3_parse()
    if parse is None:
        print("3. quantulum3 is not installed: pip install -e '.[bench]' to compare")
        return 0
    sample = one[: 20_000 if not args.quick else 5_000]
    paragraphs = [p for p in sample.split("\n") if p.strip()]
    theirs = best_of(1, lambda: [parse(p) for p in paragraphs])
    ours = best_of(3, lambda: [scan(p) for p in paragraphs])
    print(
        f"3. on the same {len(sample):,} characters in {len(paragraphs)} paragraphs:"
        f" claimcheck {ours:.3f} s, quantulum3 {theirs:.2f} s: {theirs / ours:.0f}x faster"
        " (target >= 100x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
