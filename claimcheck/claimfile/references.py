"""References from a claim to a source figure: ``source.figure``, ``source.figure[label]``, or,
for a table, ``source[row, column]`` (``ons["Wales", 2023]``), whichever way round the table
is laid out.

A label is written as it appears in the series (2011, 2011/12, 2012-13, q3, possession); a
label with a comma or a bracket in it is quoted ("Sales, net"). When a reference does not
resolve, the message lists what does exist, so the fix is one look away: "no figure
'crimes_recorded[2012]' in source 'foi' (labels: 2011, 2016)".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from claimcheck.claimfile.records import Figure, Lines, Series, Source
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.safe import listing

_REFERENCE = lazy_pattern(
    r"(?P<source>[A-Za-z0-9_][A-Za-z0-9_-]*)\.(?P<name>[A-Za-z0-9_][A-Za-z0-9_-]*)"
    r"""(?:\[(?P<label>"[^"]*"|'[^']*'|[^\[\]]+)\])?"""
)
_CELL = lazy_pattern(r"(?P<source>[A-Za-z0-9_][A-Za-z0-9_-]*)\s*\[(?P<items>.+)\]", re.DOTALL)
_ITEM = lazy_pattern(
    r"""\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<bare>[^,"'\[\]]*?))\s*(?:,|$)"""
)


class BadReference(ValueError):
    """A reference that is badly written or names nothing; the message says which."""


@dataclass(frozen=True, slots=True)
class ParsedReference:
    """``source.name[label]``, or a table cell ``source[row, column]`` (``name`` empty)."""

    source: str
    name: str
    label: str | None = None
    row: str | None = None
    column: str | None = None

    def __str__(self) -> str:
        if self.row is not None and self.column is not None:
            return cell_reference(self.source, self.row, self.column)
        base = f"{self.source}.{self.name}"
        if self.label is None:
            return base
        if "[" in self.label or "]" in self.label:
            return f"{base}[{_item(self.label)}]"
        return f"{base}[{self.label}]"


def cell_reference(source: str, row: str, column: str) -> str:
    """The canonical way to write a table cell: ``ons["Wales", 2023]``."""
    return f"{source}[{_item(row)}, {_item(column)}]"


def _item(label: str) -> str:
    if re.fullmatch(r"-?\d+(?:\.\d+)?", label):
        return label
    return f"'{label}'" if '"' in label else f'"{label}"'


_NOT_A_REFERENCE = (
    "write source.figure, source.figure[label] for one value of a series, or "
    'source["row", "column"] for one cell of a table'
)


def parse_reference(text: str) -> ParsedReference:
    """Split a reference into source id, figure name and label; raise on bad syntax."""
    written = text.strip()
    match = _REFERENCE.fullmatch(written)
    if match is None:
        cell = _CELL.fullmatch(written)
        if cell is not None:
            return _parse_cell(text, cell["source"], cell["items"])
        raise BadReference(f"{text!r} is not a reference: {_NOT_A_REFERENCE}")
    label = match["label"]
    if label is not None:
        label = _unquoted(label.strip())
        if not label:
            raise BadReference(f"{text!r} names an empty label")
    return ParsedReference(match["source"], match["name"], label)


def _unquoted(label: str) -> str:
    if len(label) >= 2 and label[0] == label[-1] and label[0] in "\"'":
        return label[1:-1].strip()
    return label


def _parse_cell(text: str, source: str, items: str) -> ParsedReference:
    labels = []
    position = 0
    while position < len(items):
        found = _ITEM.match(items, position)
        if found is None or found.end() == position:
            raise BadReference(f"{text!r} is not a reference: {_NOT_A_REFERENCE}")
        labels.append(next(g for g in found.group("double", "single", "bare") if g is not None))
        position = found.end()
    if len(labels) != 2:
        raise BadReference(
            f"{text!r} names {len(labels)} labels: a table cell is source[row, column], "
            'as in ons["Wales", 2023]'
        )
    row, column = (label.strip() for label in labels)
    if not row or not column:
        raise BadReference(f"{text!r} names an empty label")
    return ParsedReference(source, "", None, row, column)


@dataclass(frozen=True, slots=True)
class Resolved:
    figure: Figure
    series: Series | None
    lines: Lines | None = None


def resolve(
    reference: ParsedReference,
    sources: Mapping[str, Source],
    figures: Mapping[str, Figure],
    series: Mapping[str, Series],
) -> Resolved:
    """The figure a reference names, or BadReference saying what exists instead."""
    if reference.source not in sources:
        raise BadReference(
            f"no source {reference.source!r}{_known('sources', sources, reference.source)}"
        )
    base = f"{reference.source}.{reference.name}"
    if base not in figures and base not in series:
        in_source = [
            key.partition(".")[2]
            for key in [*figures, *series]
            if key.startswith(f"{reference.source}.") and "[" not in key
        ]
        raise BadReference(
            f"no figure {reference.name!r} in source {reference.source!r}"
            f"{_known('figures', in_source, reference.name)}"
        )
    whole_series = series.get(base)
    if reference.label is None:
        if whole_series is not None:
            labels = listing(whole_series.labels, quote=False)
            example = whole_series.labels[0] if whole_series.labels else "label"
            raise BadReference(
                f"{base} is a series: name one of its labels, as in {base}[{example}] "
                f"(labels: {labels})"
            )
        return Resolved(figures[base], None)
    if whole_series is None:
        raise BadReference(f"{base} is a single figure, not a series: write {base} (no label)")
    figure = whole_series.get(reference.label)
    if figure is None:
        labels = listing(whole_series.labels, quote=False)
        raise BadReference(
            f"no figure '{reference.name}[{reference.label}]' in source {reference.source!r} "
            f"(labels: {labels})"
        )
    return Resolved(figure, whole_series)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or nothing when none is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _known(what: str, names: Iterable[str], wrong: str) -> str:
    names = list(names)
    if not names:
        return f" (this file has no {what})"
    hint = did_you_mean(wrong, names)
    return hint or f" ({what}: {listing(names, quote=False)})"
