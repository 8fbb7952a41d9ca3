"""The report as JSON for tools, in the versioned shape documented in docs/report-json.md."""

from __future__ import annotations

import json
from typing import Any

from claimcheck.model import Report

# Bumped when a key is renamed or removed, or its meaning changes; new keys do not bump it.
SCHEMA_VERSION = 1


def render(report: Report) -> str:
    """The report as indented JSON with a fixed key order."""
    return json.dumps(as_data(report), indent=2, ensure_ascii=False) + "\n"


def as_data(report: Report) -> dict[str, Any]:
    """The report as plain JSON data.

    The article's text is left out (the report points into it by offsets and names its path),
    and its ``notes`` when there are none;
    ``unchecked`` appears only when an article was read, since without one it means nothing.
    """
    data = report.model_dump(mode="json")
    data = {"claimcheck": data.pop("claimcheck"), "schema": SCHEMA_VERSION, **data}
    for article in data["articles"]:
        article.pop("text", None)
        if not article.get("notes"):
            article.pop("notes", None)
    scanned = any(article.text is not None for article in report.articles)
    if not scanned and not report.unchecked:
        del data["unchecked"]
    return data
