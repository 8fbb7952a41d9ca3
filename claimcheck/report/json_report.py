"""The report as JSON for tools, in the versioned shape documented in docs/report-json.md."""

from __future__ import annotations

import json
from typing import Any

from claimcheck.model import Report

# Bumped when a key is renamed or removed, or its meaning changes; new keys do not bump it.
SCHEMA_VERSION = 1


def render(report: Report) -> str:
    """The report as indented JSON with a fixed key order.

    The JSON is written by pydantic's serializer (compiled code, no Python dictionaries built
    on the way), which keeps a report of 100,000 claims fast and small in memory; the text is
    the same, byte for byte, as ``json.dumps(as_data(report), indent=2, ensure_ascii=False)``.
    """
    body = report.model_dump_json(indent=2, exclude=_excluded(report))
    # The schema version goes second, after the version of claimcheck that made the report.
    head = '{\n  "claimcheck": ' + json.dumps(report.claimcheck, ensure_ascii=False) + ",\n"
    if not body.startswith(head):  # pragma: no cover - the model's first field is claimcheck
        raise AssertionError("the report's first key must be 'claimcheck'")
    return f'{head}  "schema": {SCHEMA_VERSION},\n{body[len(head) :]}\n'


def as_data(report: Report) -> dict[str, Any]:
    """The report as plain JSON data.

    The article's text is left out (the report points into it by offsets and names its path);
    ``unchecked`` appears only when an article was read, since without one it means nothing.
    """
    data = report.model_dump(mode="json", exclude=_excluded(report))
    return {"claimcheck": data.pop("claimcheck"), "schema": SCHEMA_VERSION, **data}


def _excluded(report: Report) -> dict[str, Any]:
    excluded: dict[str, Any] = {"articles": {"__all__": {"text"}}}
    scanned = any(article.text is not None for article in report.articles)
    if not scanned and not report.unchecked:
        excluded["unchecked"] = True
    return excluded
