"""Source figures as a draft sees them: what each one counts, when, and along which line it moves.

Every figure of a claim file's sources (whatever table it was read from) becomes a ``Cell``
with the concepts of its row label and column title, the concepts of its source's title, the
period it stands for, and the *line* a change runs along:

- in a long table, whose row labels are periods (``Year, Crimes, Arrests``), a line is one
  column: "crimes in 2011" and "crimes in 2016" are two points of it;
- in a wide table, whose column titles are periods (``Offence group, 2016, 2017``), a line is
  one row read across its period columns, the only change such a table holds;
- in a table of categories (``Category, Percent change``) no two cells make a change: a
  change between two categories is proposed only when a sentence compares them.

A cell's ``order`` is its place along its line, counting the periods the line leaves blank,
so "the year before" is never a period two steps back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Final

from claimcheck.article.drafting.link_words import concepts
from claimcheck.claimfile.records import ClaimFile, Figure, Series
from claimcheck.claimfile.table_sources import TableClaimFile
from claimcheck.text.calendar import MONTH_WORDS

__all__ = ["Catalog", "Cell", "Period", "period_of"]

_YEAR = re.compile(r"(?<![\d.])((?:18|19|20)\d\d)(?:\s*[/-]\s*(\d{2}|(?:18|19|20)\d\d))?(?![\d.])")
_MONTH = re.compile(r"\b(" + "|".join(MONTH_WORDS) + r")\b\.?", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(previous|latest|last|current|this|prior)\b.*\b(years?|months?|quarters?|periods?)\b"
    r"|\b\d+\s+months\b|\byears? (?:ending|to)\b",
    re.IGNORECASE,
)
_EARLIER_WORDS = re.compile(r"\b(previous|prior|last)\b", re.IGNORECASE)
_NOTE = re.compile(r"\[(?:note|x|c|z)[^\]]*\]|\(\d\)|\(p\)", re.IGNORECASE)
# Where a figure was read: "t.csv row 4, column 'Arrests'" or "t.xlsx, cell B5 ('Wales', 2022)".
_HEADER = re.compile(
    r"column '(.*)'\Z|column \"(.*)\"\Z|\((?:'(?:[^']|'(?!, ))*'|[^,']*), '?(.*?)'?\)\Z"
)
_MONTH_NUMBER: Final = {
    word.lower(): (index % 12) + 1 if index < 12 else 0 for index, word in enumerate(MONTH_WORDS)
}
_SHORT = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
_SHORT |= {"sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_CHANGE_TITLE = re.compile(r"\b(change|growth|increase|decrease|difference)\b", re.IGNORECASE)
_PERCENT_TITLE = re.compile(r"%|\bper ?cent\b|\bpercentage\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Period:
    """The years and months a label names; ``relative`` for "previous 12 months" and the like."""

    years: frozenset[int]
    months: frozenset[int]
    relative: bool = False

    def names(self, years: Iterable[int], months: Iterable[int] = ()) -> bool:
        """Whether this period is one of ``years`` (and, when given, ``months``)."""
        wanted = set(years)
        if wanted and not (wanted & self.years):
            return False
        want_months = set(months)
        if want_months and self.months and not (want_months & self.months):
            return False
        return bool(wanted) or bool(want_months and self.months)


def _month(word: str) -> int:
    key = word.lower().rstrip(".")
    return _MONTH_NUMBER.get(key) or _SHORT.get(key, 0)


def period_of(text: str) -> Period | None:
    """The period a label names ("2015/16", "Sep 2014", "Previous 12 months"), or None."""
    years: set[int] = set()
    for match in _YEAR.finditer(text):
        first = int(match.group(1))
        years.add(first)
        second = match.group(2)
        if second is not None:
            years.add(int(second) if len(second) == 4 else first // 100 * 100 + int(second))
    months = {_month(match.group(1)) for match in _MONTH.finditer(text)} - {0}
    if years or months:
        return Period(frozenset(years), frozenset(months))
    if _RELATIVE.search(text):
        return Period(frozenset(), frozenset(), relative=True)
    return None


def clean_label(text: str) -> str:
    """A label or title without note markers ("Total recorded crime [note 3]")."""
    return " ".join(_NOTE.sub(" ", text).split())


@dataclass(frozen=True, slots=True)
class Cell:
    """One source figure with what it counts (``words``), its table's ``title_words``, its
    ``period``, and the ``line`` and ``order`` a change runs along (``line`` None: none)."""

    figure: Figure
    words: frozenset[str]
    title_words: frozenset[str]
    period: Period | None
    line: str | None
    order: int
    column_title: str
    is_change: bool
    is_percent: bool

    @property
    def ref(self) -> str:
        return self.figure.ref


def column_title(figure: Figure) -> str:
    """The column header a figure was read under, else its name in words."""
    if figure.cell is not None:
        match = _HEADER.search(figure.cell)
        if match is not None:
            return clean_label(match.group(1) or match.group(2) or match.group(3) or "")
    return figure.name.replace("_", " ")


@dataclass(frozen=True, slots=True)
class Catalog:
    """Every cell of a claim file's sources, and each line's cells in order."""

    cells: tuple[Cell, ...]
    lines: dict[str, tuple[Cell | None, ...]]
    worked_out: str | None = None
    """The source a draft declares derived figures in; None when it cannot declare any."""

    @classmethod
    def of(cls, sources: ClaimFile) -> Catalog:
        cells: list[Cell] = []
        lines: dict[str, list[Cell | None]] = {}
        seen: set[frozenset[tuple[str, str, Fraction]]] = set()  # (name, label, value)
        for source_id in sources.sources:
            series = [s for s in sources.series.values() if s.source.id == source_id and s.figures]
            lone = [
                f for f in sources.figures.values() if f.source.id == source_id and f.label is None
            ]
            signature = frozenset(
                (f.name, f.label or "", f.number.value)
                for f in [*lone, *(f for one in series for f in one.figures)]
            )
            if signature in seen:
                continue  # the same table given twice (a CSV and its spreadsheet)
            seen.add(signature)
            for cell_list, line_map in (_table_cells(series), _lone_cells(lone)):
                cells += cell_list
                for name, members in line_map.items():
                    lines[name] = members
        worked_out = sources.worked_out if isinstance(sources, TableClaimFile) else None
        return cls(
            tuple(cells), {name: tuple(members) for name, members in lines.items()}, worked_out
        )

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every word of every cell's labels."""
        return frozenset(word for cell in self.cells for word in cell.words)

    def derived_name(self, cell: Cell, *parts: str) -> str:
        """A name for a figure derived from ``cell``: its figure's name and ``parts``, with
        its source's id in front when another table has a figure of that name."""
        twins = any(
            other.figure.name == cell.figure.name
            and other.figure.source.id != cell.figure.source.id
            for other in self.cells
        )
        words = [cell.figure.source.id] if twins else []
        words += [cell.figure.name, *parts]
        slugs = (re.sub(r"[^a-z0-9]+", "_", word.lower()).strip("_") for word in words)
        return "_".join(slug for slug in slugs if slug)

    def line(self, cell: Cell) -> tuple[Cell | None, ...]:
        return () if cell.line is None else self.lines.get(cell.line, ())

    def before(self, cell: Cell) -> Cell | None:
        """The cell of the period just before ``cell`` on its line (None when blank or none)."""
        line = self.line(cell)
        return line[cell.order - 1] if 0 < cell.order <= len(line) else None

    def latest(self, line: str) -> Cell | None:
        members = [cell for cell in self.lines.get(line, ()) if cell is not None]
        return members[-1] if members else None


def _title_words(series: Series) -> frozenset[str]:
    source = series.source
    return concepts(" ".join(t for t in (source.title or "", source.id) if t))


def _cell(
    figure: Figure,
    words: str,
    title: frozenset[str],
    period: Period | None,
    line: str | None,
    order: int,
) -> Cell:
    header = column_title(figure)
    percent = bool(_PERCENT_TITLE.search(header))
    # A figure is a change when its column says so ("Percent change"), or, on a line that runs
    # across period columns, when its row does ("Payrolls, over-the-month change").
    change = _CHANGE_TITLE.search(header) or (line is not None and _CHANGE_TITLE.search(words))
    return Cell(figure, concepts(words), title, period, line, order, header, bool(change), percent)


def _table_cells(series: list[Series]) -> tuple[list[Cell], dict[str, list[Cell | None]]]:
    """The cells of one source's series, read as a long, wide or category table.

    Time runs along the labels when most of them are periods (a long table, or a wide table
    its reader turned into one series per row), else along the column titles when every one
    is a period (a wide table read one series per column), else nowhere (categories).
    """
    if not series:
        return [], {}
    labels = _labels(series)
    titles = list(dict.fromkeys(column_title(f) for one in series for f in one.figures))
    if len(labels) > 1 and _mostly_periods(labels):
        return _along(series, labels, by_label=True)
    if len(titles) > 1 and all(period_of(title) is not None for title in titles):
        return _along(series, titles, by_label=False)
    cells = []
    for one in series:
        for figure in one.figures:
            label, title = clean_label(figure.label or ""), column_title(figure)
            words = f"{label} {title} {one.name.replace('_', ' ')}"
            period = period_of(title) or period_of(label)
            cells.append(_cell(figure, words, _title_words(one), period, None, 0))
    return cells, {}


def _mostly_periods(labels: list[str]) -> bool:
    return sum(period_of(clean_label(label)) is not None for label in labels) * 2 >= len(labels)


def _along(
    series: list[Series], periods: list[str], *, by_label: bool
) -> tuple[list[Cell], dict[str, list[Cell | None]]]:
    """Cells on lines that run through ``periods`` (labels, or column titles)."""
    cells: list[Cell] = []
    lines: dict[str, list[Cell | None]] = {}
    for one in series:
        for figure in one.figures:
            label, title = clean_label(figure.label or ""), column_title(figure)
            name = one.name.replace("_", " ")
            if by_label:
                key, line, words = figure.label or "", f"{one.source.id}.{one.name}", title
            else:
                key, line, words = title, f"{one.source.id}[{figure.label}]", label
            order = periods.index(key)
            period = period_of(clean_label(key))
            cell = _cell(figure, f"{words} {name}", _title_words(one), period, line, order)
            lines.setdefault(line, [None] * len(periods))[order] = cell
            cells.append(cell)
    return cells, lines


def _labels(series: list[Series]) -> list[str]:
    """The row labels of a table in the order of its rows (by line in the file when known,
    else in time when every label is a period, else as first met)."""
    first_seen: dict[str, tuple[int, int]] = {}
    for one in series:
        for index, figure in enumerate(one.figures):
            line = figure.location.line if figure.location is not None else 0
            key = (line, index)
            label = figure.label or ""
            if label not in first_seen or key < first_seen[label]:
                first_seen[label] = key
    labels = list(first_seen)
    periods = [period_of(clean_label(label)) for label in labels]
    if all(p is not None and p.years for p in periods) and len(
        {first_seen[x][0] for x in labels}
    ) < len(labels):
        return sorted(labels, key=lambda label: _when(period_of(clean_label(label))))
    return sorted(labels, key=lambda label: first_seen[label])


def _when(period: Period | None) -> tuple[int, int]:
    if period is None or not period.years:
        return (0, 0)
    return (max(period.years), max(period.months, default=0))


def _lone_cells(figures: list[Figure]) -> tuple[list[Cell], dict[str, list[Cell | None]]]:
    cells = []
    for figure in figures:
        title = concepts(" ".join(t for t in (figure.source.title or "", figure.source.id) if t))
        words = figure.name.replace("_", " ")
        cells.append(_cell(figure, words, title, period_of(words), None, 0))
    return cells, {}


def earlier_by_words(title: str) -> bool:
    """Whether a period title reads as the earlier one ("Previous 12 months")."""
    return bool(_EARLIER_WORDS.search(title))
