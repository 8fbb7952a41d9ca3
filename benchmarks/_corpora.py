"""The external number-extraction corpora as scoring cases.

Each corpus file becomes a list of ``Case``: an input text, and the numeric values a reader is
expected to find in it, each with the span of text that states it. The corpora live in
``../shared/corpora`` beside the repository (see the README there for origins and licences).
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


@dataclass(frozen=True)
class Expected:
    """One value a reader should find, with the span (start, end exclusive) that states it."""

    start: int
    end: int
    values: tuple[Fraction, ...]  # any one of these counts (a percentage as 20 or as 0.2)
    text: str


@dataclass(frozen=True)
class Case:
    text: str
    expected: tuple[Expected, ...]
    expects_nothing: bool = False  # the corpus expects no result at all for this input
    not_supported: bool = False
    # What an empty expectation rules out, by the type the upstream recognizer finds:
    # "number" (any number), "range" (a bound or range), "ordinal", "percent", "money", or
    # "unit" (a measured quantity such as a length: a bare number is not ruled out).
    negative_scope: str = "number"


@dataclass
class Subset:
    name: str
    cases: list[Case] = field(default_factory=list)
    skipped_values: int = 0  # expected results with no numeric value ("end-1", "null")


def _fraction(written: str) -> Fraction | None:
    try:
        value = Decimal(written.strip().rstrip("%"))
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    return Fraction(value)


_PENCE_UNITS = {"cent", "penny", "pence", "dime"}
_INTERVAL = re.compile(r"^[\[(](?P<low>[^,]*),(?P<high>[^\])]*)[\])]$")

_SCOPES = {
    "NumberRangeModel": "range",
    "NumberRangeModelExperimentalMode": "range",
    "OrdinalModel": "ordinal",
    "OrdinalModelSuppressExtendedTypes": "ordinal",
    "PercentModel": "percent",
    "PercentModelPercentMode": "percent",
    "CurrencyModel": "money",
    "DimensionModel": "unit",
    "TemperatureModel": "unit",
    "AgeModel": "unit",
}


def _rt_values(result: dict[str, object]) -> list[Fraction] | None:
    resolution = result.get("Resolution") or {}
    assert isinstance(resolution, dict)
    raw = resolution.get("value")
    if not isinstance(raw, str):
        return None
    type_name = str(result.get("TypeName", ""))
    if type_name == "numberrange":
        m = _INTERVAL.match(raw.replace(" ", ""))
        if m is None:
            return None
        ends = [_fraction(part) for part in (m.group("low"), m.group("high")) if part]
        found = [end for end in ends if end is not None]
        return found or None
    value = _fraction(raw)
    return None if value is None else [value]


def recognizers_text() -> list[Subset]:
    subsets = []
    for path in sorted((CORPORA / "recognizers-text").glob("*/English/*.json")):
        subset = Subset(f"recognizers-text/{path.stem}")
        scope = _SCOPES.get(path.stem, "number")
        for raw in json.loads(path.read_text(encoding="utf-8-sig")):
            expected = []
            for result in raw["Results"]:
                values = _rt_values(result)
                start, end = int(result["Start"]), int(result["End"]) + 1
                if values is None:
                    subset.skipped_values += 1
                    continue
                # A range is found when each of its ends is found: one expectation per end.
                percent = str(result.get("TypeName")) == "percentage"
                unit = str((result.get("Resolution") or {}).get("unit", "")).lower()  # type: ignore[union-attr]
                hundredths = percent or unit in _PENCE_UNITS
                for value in values:
                    choices = (value, value / 100) if hundredths else (value,)
                    expected.append(Expected(start, end, choices, raw["Input"][start:end]))
            not_supported = bool(raw.get("NotSupported") or raw.get("NotSupportedByDesign"))
            subset.cases.append(
                Case(raw["Input"], tuple(expected), not raw["Results"], not_supported, scope)
            )
        subsets.append(subset)
    return subsets


def quantulum3() -> list[Subset]:
    subsets = []
    for name in ("quantities", "quantities.ambiguity"):
        path = CORPORA / "quantulum3" / f"{name}.json"
        subset = Subset(f"quantulum3/{name}")
        for raw in json.loads(path.read_text(encoding="utf-8")):
            text = raw["req"]
            expected = []
            cursor = 0
            for quantity in raw["res"]:
                surface = quantity["surface"]
                start = text.find(surface, cursor)
                if start < 0:
                    start = text.find(surface)
                end = start + len(surface)
                cursor = max(cursor, end)
                value = Fraction(Decimal(str(quantity["value"])))
                uncertainty = quantity.get("uncertainty")
                # A range resolves to its midpoint: its two ends are what the text states.
                if uncertainty:
                    spread = Fraction(Decimal(str(uncertainty)))
                    values = [value - spread, value + spread]
                else:
                    values = [value]
                for each in values:
                    choices: tuple[Fraction, ...] = (each,)
                    if quantity.get("unit") in _PENCE_UNITS:
                        choices = (each, each / 100)
                    if quantity.get("unit") == "percentage":
                        choices = (each, each / 100)
                    expected.append(Expected(start, end, choices, surface))
            subset.cases.append(Case(text, tuple(expected), expects_nothing=not raw["res"]))
        subsets.append(subset)
    return subsets


def number_parser() -> list[Subset]:
    subsets = []
    for path in sorted((CORPORA / "number-parser").glob("*/en_*.csv")):
        subset = Subset(f"number-parser/{path.parent.name}/{path.stem}")
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                text = row["text"]
                stripped = text.strip()
                start = text.index(stripped) if stripped else 0
                expected = Expected(
                    start, start + len(stripped), (Fraction(int(row["number"])),), stripped
                )
                subset.cases.append(Case(text, (expected,)))
        subsets.append(subset)
    return subsets


def all_subsets() -> list[Subset]:
    return [*recognizers_text(), *quantulum3(), *number_parser()]
