"""How well ``claimcheck.article.scan.scan`` finds the numbers in text, scored on external corpora.

Run ``python benchmarks/accuracy.py`` from the repository root; the corpora are read from
``../shared/corpora`` (Microsoft Recognizers-Text English specs, quantulum3's test sentences,
number-parser's word tables). When quantulum3 is installed (``pip install -e '.[bench]'``) it
is scored the same way, side by side.

How cases are scored. These rules are a judgement; two were refined after the first run
(marked "later" below), and the script prints the unscoped false-positive figures as well so
that nobody has to take the scoping on trust.

- **Recall.** Every expected numeric value is one item. It is found when a mention overlaps the
  expected span and has the expected value exactly (values given to 15 significant digits,
  such as "0.666666666666667", match within a relative 1e-9). Mentions of every kind count,
  statistical or not: a year or a phone number is still a number found. A range ("between 20
  and 30", "(,1000)") is one item per finite end. A percentage may be read as 20 or as 0.2 (the
  "percent mode" files expect "one in two" as 50%); an amount in cents or pence may be read in
  pounds or dollars ("470 pence" is 4.70 to claimcheck). A share written "one in five" or "one
  out of three" is credited with its two numbers as well as the fraction (later: the percent
  mode and range files expect the two numbers). Units are not scored: "500,000 barrels" needs
  the value 500,000 only. Cases marked ``NotSupported`` by the upstream suite are scored like
  any other. Expected results with no numeric value (relative ordinals such as "penultimate",
  a bare "%") cannot be found by a number reader; they are left out and counted separately.
- **False positives** are counted on inputs that expect nothing, and an empty expectation
  rules out only what that upstream recognizer finds (later: the first runs counted every
  statistical mention in the range, ordinal and percent files too):
  number files and quantulum3's sentences: any mention scan marks statistical (a year or "the
  one you mentioned" marked not statistical is scan's way of saying "not a figure"); range
  files: a mention with a qualifier such as "more than"; ordinal files: an ordinal; percent
  files: a percentage or share; the currency file: money; dimension, temperature and age
  files: a measured quantity, which scan never reports (it does not read units of measure),
  so those inputs add to the denominator only. quantulum3 is scored with the same scopes
  (any quantity; one with an uncertainty; none; a percentage; a currency; one with a unit).
  The last lines also give the unscoped rates: every statistical mention, and every mention,
  on every empty input.
"""

from __future__ import annotations

import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._corpora import CORPORA, Case, Expected, Subset, all_subsets
from claimcheck.article.scan import MentionKind, scan
from claimcheck.numbers.number import parse_number

_TOLERANCE = Fraction(1, 10**9)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: Fraction
    statistical: bool
    scopes: frozenset[str]  # which kinds of "nothing expected" this result contradicts


Extractor = Callable[[str], list[Found]]


_KIND_SCOPES = {
    MentionKind.MONEY: "money",
    MentionKind.ORDINAL: "ordinal",
    MentionKind.PERCENT: "percent",
    MentionKind.SHARE: "percent",
}


_RATIO_PARTS = re.compile(r"\s+(?:in|out\s+of|in\s+every)\s+", re.IGNORECASE)


def _parts(text: str) -> list[Fraction]:
    """The two numbers of a share such as "one in five": it states 1 and 5 as well as 1/5."""
    parts = [parse_number(part) for part in _RATIO_PARTS.split(text, maxsplit=1)]
    return [part.value for part in parts if part is not None] if len(parts) == 2 else []


def claimcheck_extract(text: str) -> list[Found]:
    found = []
    for m in scan(text, html=False):
        scopes = {"number"} if m.statistical else set()
        if m.kind in _KIND_SCOPES:
            scopes.add(_KIND_SCOPES[m.kind])
        if m.qualifier is not None:
            scopes.add("range")
        values = [m.value]
        if m.kind is MentionKind.SHARE:
            values += _parts(m.text)
        for value in values:
            found.append(Found(m.start, m.end, value, m.statistical, frozenset(scopes)))
    return found


def quantulum3_extractor() -> Extractor | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # type: ignore[import-not-found, import-untyped]
    except ImportError:
        return None

    def extract(text: str) -> list[Found]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                quantities = parser.parse(text)
            except Exception:  # quantulum3 raises on some inputs; count as nothing found
                return []
        found = []
        for q in quantities:
            scopes = {"number"}
            if q.unit.name != "dimensionless":
                scopes.add("unit")
            if getattr(q.unit.entity, "name", "") == "currency":
                scopes.add("money")
            if q.unit.name in ("percentage", "per cent", "percent"):
                scopes.add("percent")
            if q.uncertainty:
                scopes.add("range")
            spread = Fraction(str(q.uncertainty)) if q.uncertainty else Fraction(0)
            value = Fraction(str(q.value))
            for each in {value - spread, value, value + spread}:
                found.append(Found(q.span[0], q.span[1], each, True, frozenset(scopes)))
        return found

    return extract


def _same(a: Fraction, b: Fraction) -> bool:
    return a == b or abs(a - b) <= abs(b) * _TOLERANCE


def _recalled(expected: Sequence[Expected], found: list[Found]) -> int:
    used: set[int] = set()
    hits = 0
    for item in expected:
        for i, f in enumerate(found):
            if i in used or f.end <= item.start or f.start >= item.end:
                continue
            if any(_same(f.value, value) for value in item.values):
                used.add(i)
                hits += 1
                break
    return hits


def _false_positives(case: Case, found: list[Found]) -> int:
    return len({(f.start, f.end) for f in found if case.negative_scope in f.scopes})


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    empty_inputs: int = 0
    false_positives: int = 0
    statistical_false_positives: int = 0
    strict_false_positives: int = 0
    no_value: int = 0
    seconds: float = 0.0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def fp_rate(self) -> float:
        return self.false_positives / self.empty_inputs if self.empty_inputs else 0.0

    @property
    def statistical_fp_rate(self) -> float:
        if not self.empty_inputs:
            return 0.0
        return self.statistical_false_positives / self.empty_inputs

    @property
    def strict_fp_rate(self) -> float:
        return self.strict_false_positives / self.empty_inputs if self.empty_inputs else 0.0


def score(subset: Subset, extract: Extractor) -> Score:
    result = Score(no_value=subset.skipped_values)
    for case in subset.cases:
        started = time.perf_counter()
        found = extract(case.text)
        result.seconds += time.perf_counter() - started
        result.expected += len(case.expected)
        result.found += _recalled(case.expected, found)
        if case.expects_nothing:
            result.empty_inputs += 1
            result.false_positives += _false_positives(case, found)
            result.statistical_false_positives += len(
                {(f.start, f.end) for f in found if f.statistical}
            )
            result.strict_false_positives += len({(f.start, f.end) for f in found})
    return result


def _row(name: str, ours: Score, theirs: Score | None) -> str:
    line = (
        f"{name:<58} {ours.found:>4}/{ours.expected:<4} {ours.recall:6.3f}"
        f" {ours.empty_inputs:>4} {ours.fp_rate:6.2f}"
    )
    if theirs is not None:
        line += f" | {theirs.recall:6.3f} {theirs.fp_rate:6.2f}"
    return line


def main() -> int:
    if not CORPORA.is_dir():
        print(f"corpora not found at {CORPORA}", file=sys.stderr)
        return 2
    subsets = all_subsets()
    q3 = quantulum3_extractor()
    header = f"{'subset':<58} {'found':>9} {'recall':>6} {'empty':>4} {'fp/in':>6}"
    if q3 is not None:
        header += " | q3 rec  q3 fp"
    print(header)
    print("-" * len(header))
    total, total_q3 = Score(), Score()
    for subset in subsets:
        ours = score(subset, claimcheck_extract)
        theirs = score(subset, q3) if q3 is not None else None
        total.add(ours)
        if theirs is not None:
            total_q3.add(theirs)
        print(_row(subset.name, ours, theirs))
    print("-" * len(header))
    print(_row("overall", total, total_q3 if q3 is not None else None))
    print(
        f"\nclaimcheck: recall {total.recall:.3f}, {total.fp_rate:.2f} false positives per empty"
        f" input ({total.false_positives}/{total.empty_inputs}); unscoped: every statistical"
        f" mention {total.statistical_fp_rate:.2f}, every mention {total.strict_fp_rate:.2f};"
        f" {total.no_value} expected results without a numeric value left out;"
        f" {total.seconds:.2f}s"
    )
    if q3 is None:
        print("quantulum3: not installed (pip install -e '.[bench]' to compare)")
    else:
        print(
            f"quantulum3: recall {total_q3.recall:.3f}, {total_q3.fp_rate:.2f} false positives"
            f" per empty input ({total_q3.false_positives}/{total_q3.empty_inputs}); unscoped:"
            f" every quantity {total_q3.strict_fp_rate:.2f}; {total_q3.seconds:.2f}s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
