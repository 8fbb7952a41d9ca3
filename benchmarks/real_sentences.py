"""How often claimcheck gives a careful fact-checker's verdict on real published sentences.

Run ``python benchmarks/real_sentences.py [PATH]`` from anywhere; PATH defaults to
``../realsentences/sentences.yaml`` beside the project folder. The set lives outside the
project because its quotes are other people's published words (docs/accuracy.md says how it
is built). Each entry is a mapping:

- ``id``, ``quote`` (the published clause), ``url`` (where it was found);
- the figures it rests on, as ``claimcheck.verify`` takes them: ``before``/``after``,
  ``value``, ``part``/``whole``, each a string as the source writes it ("43,516", "8.2%",
  "1.2m"); optionally ``labels: [FROM, TO]`` (the labels of before and after, e.g. years) or
  ``series: [[LABEL, NUMBER], ...]`` with ``label`` (the series' figure the quote is about);
- ``expect``: supported, needs_review, contradicted or unsourced;
- ``why``: the fact-checker's reasoning; ``class``: the issue-10 classes it exercises, its main
  difficulty first (misses are counted against that one, and against every class listed).

The script prints accuracy, false supported (a wrong or unsettled claim judged supported) and
false contradicted (a claim that is not wrong judged contradicted), with a breakdown by class;
``--verbose`` lists every miss with claimcheck's explanation.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT.parent / "realsentences" / "sentences.yaml"
VERDICTS = ("supported", "needs_review", "contradicted", "unsourced")
_ROLES = ("before", "after", "value", "part", "whole")


class SetError(Exception):
    """The set cannot be read; the message says where and why."""


@dataclass(frozen=True)
class Entry:
    id: str
    quote: str
    url: str
    figures: dict[str, str]
    labels: tuple[str, str] | None
    series: tuple[tuple[str, str], ...]
    label: str | None
    expect: str
    why: str
    classes: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    entry: Entry
    got: str
    explanation: str

    @property
    def right(self) -> bool:
        return self.got == self.entry.expect

    @property
    def false_supported(self) -> bool:
        return self.got == "supported" and self.entry.expect != "supported"

    @property
    def false_contradicted(self) -> bool:
        return self.got == "contradicted" and self.entry.expect != "contradicted"


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if value is None:
        raise SetError(f"{where}: missing {key!r}")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise SetError(f"{where}: {key!r} must be a string")
    return str(value)


def _pairs(raw: object, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, list):
        raise SetError(f"{where}: 'series' must be a list of [label, number] pairs")
    pairs = []
    for item in raw:
        if not isinstance(item, list) or len(item) != 2:
            raise SetError(f"{where}: each series item must be [label, number], not {item!r}")
        pairs.append((str(item[0]), str(item[1])))
    return tuple(pairs)


def _classes(raw: object) -> tuple[str, ...]:
    if raw is None:
        return ()
    items = raw if isinstance(raw, list) else [raw]
    return tuple(str(item) for item in items)


def parse_entry(raw: object, index: int) -> Entry:
    """One entry of the set, checked for shape."""
    where = f"entry {index + 1}"
    if not isinstance(raw, dict):
        raise SetError(f"{where}: must be a mapping")
    entry_id = _text(raw, "id", where)
    where = f"entry {index + 1} ({entry_id})"
    expect = _text(raw, "expect", where)
    if expect not in VERDICTS:
        raise SetError(f"{where}: expect must be one of {', '.join(VERDICTS)}, not {expect!r}")
    labels = raw.get("labels")
    if labels is not None and (not isinstance(labels, list) or len(labels) != 2):
        raise SetError(f"{where}: 'labels' must be [from-label, to-label]")
    series = _pairs(raw["series"], where) if "series" in raw else ()
    label = raw.get("label")
    return Entry(
        id=entry_id,
        quote=_text(raw, "quote", where),
        url=str(raw.get("url", "")),
        figures={role: str(raw[role]) for role in _ROLES if raw.get(role) is not None},
        labels=(str(labels[0]), str(labels[1])) if labels is not None else None,
        series=series,
        label=None if label is None else str(label),
        expect=expect,
        why=str(raw.get("why", "")),
        classes=_classes(raw.get("class")),
    )


def load_set(path: Path) -> list[Entry]:
    """Every entry of the set at ``path``; ids must be unique."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SetError(f"{path}: not valid YAML: {error}") from error
    if not isinstance(raw, list):
        raise SetError(f"{path}: the set must be a YAML list of entries")
    entries = [parse_entry(item, index) for index, item in enumerate(raw)]
    seen = Counter(entry.id for entry in entries)
    repeated = sorted(name for name, count in seen.items() if count > 1)
    if repeated:
        raise SetError(f"{path}: repeated ids: {', '.join(repeated)}")
    return entries


def _verify_takes(name: str) -> bool:
    import claimcheck

    return name in inspect.signature(claimcheck.verify).parameters


def run_entry(entry: Entry) -> Outcome:
    """claimcheck's verdict on one entry: through ``verify`` when it takes every argument the
    entry needs, else through the engine's claim builder with the same figures."""
    import claimcheck

    extra: dict[str, object] = {}
    if entry.labels is not None:
        extra["labels"] = entry.labels
    if entry.series:
        extra["series"] = entry.series
        if entry.label is not None:
            extra["label"] = entry.label
    try:
        if all(_verify_takes(name) for name in extra):
            finding = claimcheck.verify(entry.quote, **entry.figures, **extra)  # type: ignore[arg-type]
        else:
            from claimcheck.engine.checker import check_claim
            from claimcheck.engine.verifier import build_claim
            from claimcheck.policy import DEFAULT_POLICY

            claim = build_claim(entry.quote, **entry.figures, **extra)  # type: ignore[arg-type]
            finding = check_claim(claim, DEFAULT_POLICY)
    except (ValueError, TypeError) as error:
        return Outcome(entry, "error", f"{type(error).__name__}: {error}")
    return Outcome(entry, finding.verdict.value, finding.explanation)


@dataclass(frozen=True)
class Score:
    total: int
    right: int
    false_supported: int
    false_contradicted: int
    errors: int

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def score(outcomes: Sequence[Outcome]) -> Score:
    return Score(
        total=len(outcomes),
        right=sum(outcome.right for outcome in outcomes),
        false_supported=sum(outcome.false_supported for outcome in outcomes),
        false_contradicted=sum(outcome.false_contradicted for outcome in outcomes),
        errors=sum(outcome.got == "error" for outcome in outcomes),
    )


def _class_order(name: str) -> tuple[bool, int, str]:
    return (not name.isdigit(), int(name) if name.isdigit() else 0, name)


def _by_class(outcomes: Sequence[Outcome]) -> list[str]:
    """Per class: misses whose main difficulty (first class listed) it is, and misses and
    entries among all that exercise it."""
    main: Counter[str] = Counter()
    main_totals: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for outcome in outcomes:
        classes = outcome.entry.classes or ("-",)
        main[classes[0]] += not outcome.right
        main_totals[classes[0]] += 1
        for name in classes:
            totals[name] += 1
            misses[name] += not outcome.right
    return [
        f"  class {name:>3}: {main[name]:3} missed of {main_totals[name]:3} as main difficulty, "
        f"{misses[name]:3} of {totals[name]:3} exercising it"
        for name in sorted(totals, key=_class_order)
    ]


def _confusion(outcomes: Sequence[Outcome]) -> list[str]:
    counts = Counter((outcome.entry.expect, outcome.got) for outcome in outcomes)
    columns = (*VERDICTS, "error")
    lines = ["  expected \\ got   " + " ".join(f"{name[:12]:>12}" for name in columns)]
    for expect in VERDICTS:
        cells = " ".join(f"{counts[(expect, got)]:12}" for got in columns)
        lines.append(f"  {expect:<16} {cells}")
    return lines


def report(outcomes: Sequence[Outcome], *, verbose: bool) -> str:
    """The printed summary; with ``verbose``, every miss with claimcheck's explanation."""
    result = score(outcomes)
    lines = [
        f"{result.total} real sentences: {result.right} right ({result.accuracy:.1%}), "
        f"{result.false_supported} false supported, "
        f"{result.false_contradicted} false contradicted, {result.errors} errors",
        "expected verdicts against claimcheck's:",
        *_confusion(outcomes),
        "misses by class (issue 10):",
        *_by_class(outcomes),
    ]
    if verbose:
        for outcome in outcomes:
            if outcome.right:
                continue
            entry = outcome.entry
            classes = ",".join(entry.classes) or "-"
            lines += [
                "",
                f"[{entry.id}] class {classes}: expected {entry.expect}, got {outcome.got}",
                f"  quote: {entry.quote}",
                f"  figures: {_figures(entry)}",
                f"  why: {entry.why}",
                f"  claimcheck: {outcome.explanation}",
            ]
    return "\n".join(lines)


def _figures(entry: Entry) -> str:
    parts = [f"{role}={number}" for role, number in entry.figures.items()]
    if entry.labels is not None:
        parts.append(f"labels={entry.labels[0]}->{entry.labels[1]}")
    if entry.series:
        parts.append("series=" + ", ".join(f"{name}:{number}" for name, number in entry.series))
    if entry.label is not None:
        parts.append(f"label={entry.label}")
    return "; ".join(parts) or "(none)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    path: Path = args.path
    if not path.is_file():
        print(f"no set of real sentences at {path}; pass its path", file=sys.stderr)
        return 2
    try:
        entries = load_set(path)
    except SetError as error:
        print(error, file=sys.stderr)
        return 2
    print(report([run_entry(entry) for entry in entries], verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
