"""The report as JSON for tools, in the versioned shape documented in docs/report-json.md."""

from __future__ import annotations

from typing import Any

from claimcheck.model import Report

# Bumped when a key is renamed or removed, or its meaning changes; new keys do not bump it.
SCHEMA_VERSION = 1


def render(report: Report) -> str:
    """The report as indented JSON with a fixed key order.

    The JSON is written by pydantic's serializer (compiled code, no Python dictionaries built
    on the way) straight to bytes, and decoded once: a report of 100,000 claims is written
    fast and held in memory only twice (as bytes, then as text). The text is the same, byte
    for byte, as ``json.dumps(as_data(report), indent=2, ensure_ascii=False)``.
    """
    from pydantic_core import to_json

    data: dict[str, Any] = {"claimcheck": report.claimcheck, "schema": SCHEMA_VERSION}
    excluded = _excluded(report)
    data |= {name: getattr(report, name) for name in _FIELDS if excluded.get(name) is not True}
    body = to_json(data, indent=2, exclude={"articles": excluded["articles"]})
    text = body.decode("utf-8")
    del body  # before growing the text, which then happens in place
    text += "\n"
    return text


_FIELDS = ("summary", "claims", "sources", "articles", "unchecked")


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
