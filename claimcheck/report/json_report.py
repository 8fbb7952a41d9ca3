"""The report as JSON for tools, in the versioned shape documented in docs/report-json.md."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from claimcheck.model import Report
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
    out.write('{\n  "claimcheck": ' + _json(report.claimcheck, 1))
    out.write(',\n  "schema": ' + _json(SCHEMA_VERSION, 1))
    out.write(',\n  "summary": ' + _json(report.summary, 1))
    for name in ("claims", "sources", "articles", "unchecked"):
        if excluded.get(name) is True:
            continue
        items: Sequence[Any] = getattr(report, name)
        out.write(f',\n  "{name}": ')
        if not items:
            out.write("[]")
            continue
        out.write("[")
        for index, item in enumerate(items):
            hidden = excluded["articles"][index] if name == "articles" else None
            out.write(("\n    " if index == 0 else ",\n    ") + _json(item, 2, hidden))
        out.write("\n  ]")
    out.write("\n}\n")


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
