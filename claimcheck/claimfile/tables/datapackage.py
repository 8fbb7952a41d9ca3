"""Frictionless Data Packages: ``datapackage.json`` naming CSV resources with a Table Schema.

The resource (the one named, or the first) is read as a CSV file beside the descriptor; its
header's field names are shown by their schema titles when the schema gives them, so a
reference can use either. Remote resources are not fetched: claimcheck reads no network.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimcheck.claimfile.tables.csvfile import read_csv
from claimcheck.claimfile.tables.grid import Grid, RawCell, TableError
from claimcheck.errors import Problem

MAX_DESCRIPTOR_BYTES = 1024 * 1024


def read_package(path: Path, shown: str, resource: str | None) -> Grid:
    """The grid of one CSV resource of the data package described at ``path``."""
    descriptor = _descriptor(path, shown)
    chosen = _resource(descriptor, shown, resource)
    written = chosen.get("path")
    if isinstance(written, list) and len(written) == 1:
        written = written[0]
    if not isinstance(written, str) or not written.strip():
        raise TableError([Problem(shown, 1, 1, "the resource has no path to a CSV file")])
    if "://" in written:
        message = f"the resource {written!r} is remote: claimcheck reads no network; save it here"
        raise TableError([Problem(shown, 1, 1, message)])
    folder = path.parent.resolve()
    file = (folder / written).resolve()
    if not file.is_relative_to(folder) or not file.is_file():
        message = f"the resource file {written!r} is not in the data package's folder"
        raise TableError([Problem(shown, 1, 1, message)])
    grid = read_csv(file, str(Path(shown).parent / written))
    grid.titles = _titles(chosen)
    if grid.rows and grid.titles:
        grid.rows[0] = [
            RawCell(grid.titles.get(cell.text, cell.text), cell.origin) for cell in grid.rows[0]
        ]
    return grid


def _descriptor(path: Path, shown: str) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_DESCRIPTOR_BYTES + 1)
    except OSError as error:
        raise TableError(
            [Problem(shown, 1, 1, f"cannot read the file: {error.strerror}")]
        ) from None
    if len(data) > MAX_DESCRIPTOR_BYTES:
        raise TableError([Problem(shown, 1, 1, "the data package descriptor is over 1 MB")])
    try:
        found = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        line, column = getattr(error, "lineno", 1), getattr(error, "colno", 1)
        message = f"not a data package descriptor (JSON): {error}"
        raise TableError([Problem(shown, line, column, message)]) from None
    if not isinstance(found, dict) or not isinstance(found.get("resources"), list):
        message = "a data package descriptor is a JSON object with a 'resources' list"
        raise TableError([Problem(shown, 1, 1, message)])
    return found


def _resource(descriptor: dict[str, Any], shown: str, wanted: str | None) -> dict[str, Any]:
    resources = [item for item in descriptor["resources"] if isinstance(item, dict)]
    if not resources:
        raise TableError([Problem(shown, 1, 1, "the data package lists no resources")])
    if wanted is None:
        return resources[0]
    for item in resources:
        if str(item.get("name", "")).casefold() == wanted.casefold():
            return item
    names = ", ".join(repr(str(item.get("name", "?"))) for item in resources)
    raise TableError([Problem(shown, 1, 1, f"no resource {wanted!r} (resources: {names})")])


def _titles(resource: dict[str, Any]) -> dict[str, str]:
    schema = resource.get("schema")
    fields = schema.get("fields") if isinstance(schema, dict) else None
    if not isinstance(fields, list):
        return {}
    return {
        str(field["name"]): str(field["title"])
        for field in fields
        if isinstance(field, dict) and field.get("name") and field.get("title")
    }
