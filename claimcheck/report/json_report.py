"""The report as JSON for tools, in the versioned shape documented in docs/report-json.md."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from claimcheck.model import Report, Summary
from claimcheck.report._common import Out

# Bumped when a key is renamed or removed, or its meaning changes; new keys do not bump it.
SCHEMA_VERSION = 1


def render(report: Report) -> str:
    """The report as indented JSON with a fixed key order: ``write`` into a string.

    The text is the same, byte for byte, as
    ``json.dumps(as_data(report), indent=2, ensure_ascii=False)``.
    """
    out = io.StringIO()
    write(report, out)
    return out.getvalue()


def write(report: Report, out: Out) -> None:
    """The report as ``render`` gives it, written to ``out`` a claim at a time.

    Each value is written by pydantic's serializer (compiled code, no Python dictionaries built
    on the way) and indented to its depth; the lists (claims, sources, articles, unchecked
    numbers) go one item at a time, so a report of 100,000 claims is never held as text.
    """
    excluded = _excluded(report)
    out.write(head(report.claimcheck, report.summary))
    for name in LISTS:
        if excluded.get(name) is not True:
            out.write(f',\n  "{name}": ')
            _items(out, _each(report, name, excluded))
    out.write("\n}\n")


LISTS = ("claims", "sources", "articles", "unchecked")
"""The report's lists, in the order the JSON gives them."""


def head(version: str, summary: Summary) -> str:
    """The JSON up to the summary, with no comma after it."""
    return (
        f'{{\n  "claimcheck": {_json(version, 1)},\n  "schema": {_json(SCHEMA_VERSION, 1)}'
        f',\n  "summary": {_json(summary, 1)}'
    )


def fragments(report: Report) -> tuple[str, ...]:
    """Each of ``LISTS`` as its items' JSON, indented to their place and joined by commas
    (empty for an empty list): one file's share of a report when a worker renders it
    (``claimcheck.report.parts``)."""
    excluded = _excluded(report)
    return tuple(",\n    ".join(_each(report, name, excluded)) for name in LISTS)


def write_list(out: Out, name: str, pieces: Iterable[str]) -> None:
    """``,\n  "name": [...]`` from fragments of its items (empty ones skipped)."""
    out.write(f',\n  "{name}": ')
    _items(out, (piece for piece in pieces if piece))


def _items(out: Out, items: Iterable[str]) -> None:
    first = True
    for item in items:
        out.write(("[\n    " if first else ",\n    ") + item)
        first = False
    out.write("[]" if first else "\n  ]")


def _each(report: Report, name: str, excluded: dict[str, Any]) -> Iterator[str]:
    items: Sequence[Any] = getattr(report, name)
    for index, item in enumerate(items):
        yield _json(item, 2, excluded["articles"][index] if name == "articles" else None)


def _json(value: Any, depth: int, exclude: set[str] | None = None) -> str:
    """``value`` as indented JSON whose lines after the first sit ``depth`` levels deep: a raw
    line break never occurs inside a JSON string, so each one starts a line to indent."""
    from pydantic_core import to_json

    text = to_json(value, indent=2, exclude=exclude).decode("utf-8")
    return text.replace("\n", "\n" + "  " * depth) if depth else text


def as_data(report: Report) -> dict[str, Any]:
    """The report as plain JSON data.

    The article's text is left out (the report points into it by offsets and names its path),
    and its ``notes`` when there are none;
    ``unchecked`` appears only when an article was read, since without one it means nothing.
    """
    data = report.model_dump(mode="json", exclude=_excluded(report))
    return {"claimcheck": data.pop("claimcheck"), "schema": SCHEMA_VERSION, **data}


def _excluded(report: Report) -> dict[str, Any]:
    # The article's text always; its notes when there are none.
    articles = {
        index: {"text"} if article.notes else {"text", "notes"}
        for index, article in enumerate(report.articles)
    }
    excluded: dict[str, Any] = {"articles": articles}
    scanned = any(article.text is not None for article in report.articles)
    if not scanned and not report.unchecked:
        excluded["unchecked"] = True
    return excluded
