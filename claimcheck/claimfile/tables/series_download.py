"""An official time-series download: rows of metadata, then one figure per period, no header.

One series as a statistics office lets it be downloaded (a CSV, or the same saved as a
workbook) opens with rows of a name and a value: "Title" (the
series' name), "CDID" (its code), "Source dataset ID", "PreUnit" ("£"), "Unit" ("%",
"Thousands"), "Release date", "Next release", "Important notes". The rows under them are a
period and its figure: "2012", "2012 Q1" or "2012 MAR", then "2.8". No row names the columns,
so the layout's header search finds none.

Such a grid is read as one labelled series: the metadata rows become title rows (the series'
name and code), and a header row is put in their place, naming the label column "Period" and
the figure column after the series' title with its unit in brackets ("CPI ANNUAL RATE 00: ALL
ITEMS 2015=100 (%)"), so that the unit holds for every figure and the title's words name its
line. Each cell keeps its own place in the file; the header's cells point at the title row.
A grid whose first rows are not such metadata, or whose first figure row is not labelled by
a period, is left as it is.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.claimfile.tables.grid import Grid, RawCell
from claimcheck.text.lazy import lazy_pattern

__all__ = ["SERIES_LABEL_HEADER", "headed_series"]

SERIES_LABEL_HEADER: Final = "Period"
"""The name given to the label column of a series download."""

# The names of the metadata rows a series download opens with (lower case).
_METADATA: Final = frozenset(
    [
        "title",
        "cdid",
        "source dataset id",
        "preunit",
        "unit",
        "release date",
        "next release",
        "important notes",
    ]
)
# Besides its title, a download names itself by one of these rows.
_SERIES_KEYS: Final = frozenset(["cdid", "source dataset id", "preunit", "unit"])
# How far down the metadata may run.
_METADATA_ROWS: Final = 20
# A period label of a series download: "2012", "2012 Q1", "2012 MAR".
_PERIOD = lazy_pattern(
    r"(?:1[89]|2[01])\d\d(?:\s+(?:Q[1-4]|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))?",
    re.IGNORECASE,
)


def _filled(row: list[RawCell]) -> list[RawCell]:
    return [cell for cell in row if cell.text]


def _metadata(grid: Grid) -> tuple[dict[str, RawCell], RawCell, int] | None:
    """The metadata rows' values by name, the cell naming the title, and the index of the
    first period row; None when the grid is not a series download."""
    values: dict[str, RawCell] = {}
    title_key: RawCell | None = None
    for index, row in enumerate(grid.rows[: _METADATA_ROWS + 1]):
        cells = _filled(row)
        if not cells:
            continue
        key = cells[0].text.strip().lower()
        if key in _METADATA and len(cells) <= 2 and row[0] is cells[0]:
            values[key] = cells[1] if len(cells) == 2 else RawCell("", cells[0].origin)
            title_key = cells[0] if key == "title" else title_key
            continue
        if title_key is None or not values.keys() & _SERIES_KEYS:
            return None
        if len(cells) != 2 or not _PERIOD.fullmatch(cells[0].text):
            return None
        return values, title_key, index
    return None


def _unit_words(values: dict[str, RawCell]) -> str:
    """The unit the metadata gives, as a header writes it: "(%)", "(£)", "(thousands)"."""
    before = values["preunit"].text if "preunit" in values else ""
    after = values["unit"].text if "unit" in values else ""
    unit = " ".join(part.strip() for part in (before, after) if part.strip())
    return f" ({unit})" if unit else ""


def headed_series(grid: Grid) -> Grid:
    """``grid`` with a header row in place of a series download's metadata (see the
    module); any other grid as it is."""
    found = _metadata(grid)
    if found is None:
        return grid
    values, title_key, first = found
    title = values["title"]
    name = title.text or (values["cdid"].text if "cdid" in values else "") or "Value"
    header = [
        RawCell(SERIES_LABEL_HEADER, title_key.origin),
        RawCell(name + _unit_words(values), title.origin),
    ]
    # a sheet's rows are all as wide as the sheet: so is its header
    header += [RawCell("", title.origin)] * (len(grid.rows[first]) - len(header))
    titles = [[cell] for key in ("title", "cdid") if key in values and (cell := values[key]).text]
    return Grid(
        grid.file,
        grid.sheet,
        [*titles, header, *grid.rows[first:]],
        list(grid.problems),
        grid.fixed_width,
        dict(grid.titles),
    )
