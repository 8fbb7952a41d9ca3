"""The ``sources:`` of a drafted claim file, copied from a claim file whose sources are filled in.

Figures given in the claim file are copied as values. A source that reads its figures from a
CSV file keeps its ``csv:`` definition as written, with the path made relative to the folder
the draft is written to, so that each figure keeps its row and column in the report. When the
CSV file is not inside that folder (a claim file reads nothing outside its own folder), its
figures are copied as values instead, with a comment naming the file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

import yaml

from claimcheck.claimfile.records import ClaimFile, Figure, Source
from claimcheck.text.lazy import lazy_pattern

__all__ = ["quoted", "sources_yaml"]

# Characters YAML will not take raw in a double-quoted scalar: escape them.
_UNPRINTABLE = lazy_pattern(
    "[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_PLAIN_NUMBER = lazy_pattern(r"-?[0-9]+(?:\.[0-9]+)?")


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is a subset of it)."""
    escaped = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", escaped)


def sources_yaml(sources: ClaimFile | None, output_dir: Path | None) -> list[str]:
    """The lines of the ``sources:`` section."""
    if sources is None or not sources.sources:
        return ["sources: {}  # TODO: add the sources the figures come from"]
    written = _written_sources(sources.path) if output_dir is not None else {}
    lines = [f"# Sources and figures copied from {sources.path}.", "sources:"]
    for source in sources.sources.values():
        definition = written.get(source.id)
        csv_path = _csv_path(sources.path, definition, output_dir)
        lines += _source(source, sources, definition, csv_path)
    return lines


def _written_sources(path: str) -> dict[str, Mapping[str, object]]:
    """Each source's definition as the claim file at ``path`` writes it ({} if unreadable)."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    found = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(found, dict):
        return {}
    return {str(key): value for key, value in found.items() if isinstance(value, dict)}


def _csv_path(
    claim_file: str, definition: Mapping[str, object] | None, output_dir: Path | None
) -> str | None:
    """The source's CSV path relative to ``output_dir``, or None when it cannot be kept."""
    if definition is None or output_dir is None or not isinstance(definition.get("csv"), str):
        return None
    csv = (Path(claim_file).parent / str(definition["csv"])).resolve()
    folder = output_dir.resolve()
    if not csv.is_relative_to(folder):
        return None
    return Path(os.path.relpath(csv, folder)).as_posix()


def _source(
    source: Source,
    sources: ClaimFile,
    definition: Mapping[str, object] | None,
    csv_path: str | None,
) -> list[str]:
    lines = [f"  {source.id}:"]
    for key in ("title", "publisher", "url", "retrieved"):
        value = getattr(source, key)
        if value is not None:
            lines.append(f"    {key}: {quoted(str(value))}")
    if definition is not None and csv_path is not None:
        lines += _csv_definition(definition, csv_path)
    elif definition is not None and isinstance(definition.get("csv"), str):
        lines += [
            f"    # figures copied from {' '.join(str(definition['csv']).split())}: to keep",
            "    # each figure's row and column, put the CSV in this file's folder, write csv:",
        ]
    figures = _figures(source, sources, from_csv=csv_path is None)
    if figures:
        lines += ["    figures:", *figures]
    return lines


def _csv_definition(definition: Mapping[str, object], csv_path: str) -> list[str]:
    lines = [f"    csv: {quoted(csv_path)}"]
    labels = definition.get("labels")
    if labels is not None:
        lines.append(f"    labels: {quoted(str(labels))}")
    columns = definition.get("columns")
    if isinstance(columns, dict):
        lines.append("    columns:")
        lines += [f"      {name}: {quoted(str(header))}" for name, header in columns.items()]
    return lines


def _figures(source: Source, sources: ClaimFile, *, from_csv: bool) -> list[str]:
    """The figures as values: all of them, or only those not read from a CSV file."""
    lines: list[str] = []
    seen: set[str] = set()
    for figure in sources.figures.values():
        if figure.source.id != source.id or figure.name in seen:
            continue
        seen.add(figure.name)
        if figure.cell is not None and not from_csv:
            continue
        series = sources.series.get(f"{source.id}.{figure.name}")
        if series is None:
            lines.append(f"      {figure.name}: {_figure_text(figure)}")
            continue
        values = ", ".join(f"{quoted(f.label or '')}: {_figure_text(f)}" for f in series.figures)
        lines.append(f"      {figure.name}: {{{values}}}")
    return lines


def _figure_text(figure: Figure) -> str:
    text = figure.number.text
    return text if _PLAIN_NUMBER.fullmatch(text) else quoted(text)
