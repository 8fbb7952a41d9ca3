"""Workbooks for the table tests, written with openpyxl (never copied from anywhere)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]

Rows = Sequence[Sequence[Any]]


def workbook(
    path: Path,
    sheets: dict[str, Rows],
    formats: dict[str, str] | None = None,
    merged: Sequence[str] = (),
) -> Path:
    """Write ``sheets`` (name -> rows) to ``path``; ``formats`` maps cells of the first sheet
    ("B4") to number formats, ``merged`` lists ranges of it to merge."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for index, (name, rows) in enumerate(sheets.items()):
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        if index == 0:
            for cell, number_format in (formats or {}).items():
                sheet[cell].number_format = number_format
            for cells in merged:
                sheet.merge_cells(cells)
    book.save(path)
    return path


def claim_file(folder: Path, source: str, claims: str = "claims: []\n") -> Path:
    """A claim file in ``folder`` with one source ``t`` (its keys in ``source``)."""
    path = folder / "story.yaml"
    body = "".join(f"    {line}\n" for line in source.strip().splitlines())
    path.write_text(f"sources:\n  t:\n{body}{claims}", encoding="utf-8")
    return path
