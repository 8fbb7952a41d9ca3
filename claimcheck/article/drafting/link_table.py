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
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Final

from claimcheck.article.drafting.anchor_years import without_anchor_year
from claimcheck.article.drafting.change_columns import CHANGE_TITLE as _CHANGE_TITLE
from claimcheck.article.drafting.change_columns import holds_changes
from claimcheck.article.drafting.label_periods import Period, period_of
from claimcheck.article.drafting.link_notes import with_notes
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.measure_lines import measure_spots
from claimcheck.article.drafting.relative_periods import relative_in_time
from claimcheck.claimfile.records import ClaimFile, Figure, Places, Series
from claimcheck.claimfile.table_sources import TableClaimFile
from claimcheck.text.calendar import MONTH_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Catalog", "Cell", "Period", "period_of", "without_anchor_year"]

_EARLIER_WORDS = lazy_pattern(r"\b(previous|prior|last)\b", re.IGNORECASE)
_NOTE = lazy_pattern(r"\[(?:note|x|c|z)[^\]]*\]|\(\d\)|\(p\)", re.IGNORECASE)
# Where a figure was read: "t.csv row 4, column 'Arrests'" or "t.xlsx, cell B5 ('Wales', 2022)".
_HEADER = lazy_pattern(
    r"column '(.*)'\Z|column \"(.*)\"\Z|\((?:'(?:[^']|'(?!, ))*'|[^,']*), '?(.*?)'?\)\Z"
)
_MEASURE_WORD = lazy_pattern(r"[A-Za-z]{3,}")
_MONTH_WORDS: Final = frozenset(word.lower() for word in MONTH_WORDS)
_CHANGE_ROW = lazy_pattern(r"\bchange\b", re.IGNORECASE)
_PERCENT_TITLE = lazy_pattern(r"%|\bper ?cent\b|\bpercentage\b", re.IGNORECASE)


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
    note: str = ""
    """The notes its row or column points to ("[note 1] The rate is ... (x100)")."""
    name: str = ""
    """Its row's name without a group prefix two rows share ("Lothian" of "Board: Lothian",
    ``group_names``); "" when the label has none."""

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
    texts: dict[str, str] = field(default_factory=dict)
    """Every word each table writes, by source id: its labels, column titles, title rows,
    file and sheet names (``link_places`` looks for the places a sentence names in them)."""
    headings: dict[str, str] = field(default_factory=dict)
    """Each table's title rows and the header over its labels, by source id: what every cell
    of it is ("Total fertility rate (children per woman)")."""
    places: dict[tuple[str, str], Places] = field(default_factory=dict)
    """The place a column of its table gives each line, by (source id, figure name), for the
    series whose table has such a column ("Country" beside "Area")."""

    @classmethod
    def of(cls, sources: ClaimFile) -> Catalog:
        cells: list[Cell] = []
        lines: dict[str, list[Cell | None]] = {}
        texts: dict[str, list[str]] = {}
        seen: set[frozenset[tuple[str, str, Fraction]]] = set()  # (name, label, value)
        headings = sources.headings if isinstance(sources, TableClaimFile) else {}
        notes = sources.notes if isinstance(sources, TableClaimFile) else {}
        from claimcheck.article.drafting.group_names import group_named  # imports this module
        from claimcheck.article.drafting.link_nation import nation_named  # imports this module

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
            heading = _Heading.of(headings.get(source_id, ""))
            texts[source_id] = _table_text(sources, source_id, headings.get(source_id, ""))
            for cell_list, line_map in (_table_cells(series, heading), _lone_cells(lone)):
                cell_list, line_map = with_notes(cell_list, line_map, notes.get(source_id, {}))
                cell_list, line_map = group_named(cell_list, line_map, sources, source_id)
                cell_list, line_map = nation_named(cell_list, line_map)
                cells += cell_list
                for name, members in line_map.items():
                    lines[name] = members
        worked_out = sources.worked_out if isinstance(sources, TableClaimFile) else None
        return cls(
            tuple(cells),
            {name: tuple(members) for name, members in lines.items()},
            worked_out,
            {source_id: " ".join(words) for source_id, words in texts.items()},
            dict(headings),
            {
                (one.source.id, one.name): one.places
                for one in sources.series.values()
                if one.places is not None
            },
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


def _table_text(sources: ClaimFile, source_id: str, heading: str) -> list[str]:
    """The words a table writes: its title rows, title, id, and each figure's label, name and
    the place it was read from (file, sheet and column)."""
    source = sources.sources[source_id]
    found = [heading, source.title or "", source.id, source.publisher or ""]
    for figure in sources.figures.values():
        if figure.source.id == source_id:
            found += [figure.label or "", figure.name, figure.cell or ""]
    for series in sources.series.values():
        if series.source.id == source_id:
            found += [series.name, *(f"{f.label or ''} {f.cell or ''}" for f in series.figures)]
    return found


@dataclass(frozen=True, slots=True)
class _Heading:
    """What a table's title rows and the header over its labels say of every cell: that it
    is a change, in per cent. (Their other words name every row alike, "England and Wales,
    regions of England", so they are not counted as meaning.)"""

    change: bool = False
    percent: bool = False

    @classmethod
    def of(cls, text: str) -> _Heading:
        """A title that names a span of years ("Population change, 2011 to 2021") speaks of
        the change between its columns, not of cells that are changes."""
        period = period_of(text)
        span = period is not None and len(period.years) > 1
        change = bool(_CHANGE_TITLE.search(text)) and not span
        return cls(change, bool(_PERCENT_TITLE.search(text)))

    def within(self, titles: Iterable[str]) -> _Heading:
        """The heading as it holds for a table with these column titles: a column that says
        it holds changes ("2023", "2024", "% change"), or the only columns in per cent
        ("2023", "2024", "%"), says which cells are changes, so the heading's change word then
        speaks of that column only."""
        titles = list(titles)
        percent = [bool(_PERCENT_TITLE.search(title)) for title in titles]
        if any(_CHANGE_TITLE.search(title) for title in titles) or len(set(percent)) > 1:
            return _Heading()  # a column speaks for itself ("2023, 2024, %")
        return self


def _title_words(series: Series) -> frozenset[str]:
    source = series.source
    return concepts(" ".join(t for t in (source.title or "", source.id) if t))


def _cell(
    figure: Figure,
    words: str,
    title: frozenset[str],
    place: tuple[Period | None, str | None, int],
    heading: _Heading,
) -> Cell:
    period, line, order = place
    header = column_title(figure)
    percent = bool(_PERCENT_TITLE.search(header)) or (heading.change and heading.percent)
    # A figure is a change when its column says so ("Percent change"), or, on a line that runs
    # across period columns, when its row does ("Payrolls, over-the-month change"), or when
    # the table's title rows or the header over its labels say so of the whole table
    # ("Employment by industry: over-the-month change") and no column speaks for itself.
    # A row of its own off any line says so by the word "change" in its label ("Persons out
    # of work, change from a year earlier", "Net change"): a change published as a row.
    change = (
        bool(_CHANGE_TITLE.search(header))
        or (line is not None and bool(_CHANGE_TITLE.search(words)))
        or (line is None and bool(_CHANGE_ROW.search(f"{figure.label or ''} {words}")))
        or heading.change
    )
    return Cell(figure, concepts(words), title, period, line, order, header, change, percent)


def _table_cells(
    series: list[Series], heading: _Heading = _Heading()
) -> tuple[list[Cell], dict[str, list[Cell | None]]]:
    """The cells of one source's series, read as a long, wide or category table.

    Time runs along the labels when most of them are periods (a long table, or a wide table
    its reader turned into one series per row), else along the column titles when every one
    is a period (a wide table read one series per column), else nowhere (categories).
    """
    if not series:
        return [], {}
    labels = _labels(series)
    titles = list(dict.fromkeys(column_title(f) for one in series for f in one.figures))
    heading = heading.within(titles)
    if len(labels) > 1 and _mostly_periods(labels) and _distinct(labels):
        # A label that is no period ("Percent change" beside "2015", "2016") is a cell of its
        # own, off the line: a change never runs from a year into it.
        periods = [label for label in labels if _line_period(label) is not None]
        return _along(series, periods, heading, by_label=True)
    timed = relative_in_time([title for title in titles if _line_period(title) is not None])
    if len(timed) > 1 and all(t in timed or holds_changes(t) for t in titles) and _distinct(timed):
        return _along(series, timed, heading, by_label=False)  # changes beside: cells of their own
    cells: list[Cell] = []
    lines: dict[str, list[Cell | None]] = {}
    # one measure in several periods across a row ("Death rate 2022", "Death rate 2023")
    spots = measure_spots(labels, lambda label: _when_named(period_of(clean_label(label))))
    for one in series:
        for figure in one.figures:
            label, title = clean_label(figure.label or ""), column_title(figure)
            words = f"{label} {title} {one.name.replace('_', ' ')}"
            period = period_of(title) or period_of(label)
            spot = spots.get(figure.label or "")
            line = None if spot is None else f"{one.source.id}.{one.name}:{spot.measure}"
            place = (period, line, 0 if spot is None else spot.order)
            cell = _cell(figure, words, _title_words(one), place, heading)
            if line is not None and spot is not None:
                lines.setdefault(line, [None] * spot.size)[spot.order] = cell
            cells.append(cell)
    return cells, lines


def _line_period(label: str) -> Period | None:
    """The period a label names as a point of a line: none for a column of changes."""
    return None if holds_changes(label) else period_of(clean_label(label))


def _when_named(period: Period | None) -> tuple[int, int] | None:
    return None if period is None or not period.years else _when(period)


def _distinct(labels: list[str]) -> bool:
    """Whether no two labels of one period are two measures: "Exclusions 2023" and
    "Exclusion rate 2023 (%)" name one period with other words, so they are not a change
    over time; "Q1 2024" and "Q2 2024" name it with no other word (a quarter it does not
    read), so they stay periods of a line."""
    words: dict[Period | frozenset[str], set[frozenset[str]]] = {}
    for label in labels:
        period = _line_period(label)
        if period is not None:
            said = frozenset(w.lower() for w in _MEASURE_WORD.findall(label)) - _MONTH_WORDS
            # "Previous year" and "This year" are two periods, each named by its words
            words.setdefault(said if period.relative else period, set()).add(said)
    return all(len(said) == 1 for said in words.values())


def _mostly_periods(labels: list[str]) -> bool:
    return sum(_line_period(label) is not None for label in labels) * 2 >= len(labels)


def _along(
    series: list[Series], periods: list[str], heading: _Heading, *, by_label: bool
) -> tuple[list[Cell], dict[str, list[Cell | None]]]:
    """Cells on lines that run through ``periods`` (labels, or column titles)."""
    cells: list[Cell] = []
    lines: dict[str, list[Cell | None]] = {}
    for one in series:
        for figure in one.figures:
            label, title = clean_label(figure.label or ""), column_title(figure)
            name = one.name.replace("_", " ")
            if by_label:
                # a label's words beside its period name the measure ("Jobless rate, Mar 2025")
                key, line, words = figure.label or "", f"{one.source.id}.{one.name}", title
                words = f"{words} {label}" if period_of(label) is not None else words
            else:
                key, line, words = title, f"{one.source.id}[{figure.label}]", label
            title_words = _title_words(one)
            if key not in periods:
                words = f"{key} {words}"  # the label names what the cell is ("Percent change")
                cells.append(
                    _cell(figure, f"{words} {name}", title_words, (None, None, 0), heading)
                )
                continue
            order = periods.index(key)
            period = period_of(clean_label(key))
            cell = _cell(figure, f"{words} {name}", title_words, (period, line, order), heading)
            lines.setdefault(line, [None] * len(periods))[order] = cell
            cells.append(cell)
    return cells, lines


def _labels(series: list[Series]) -> list[str]:
    """The row labels of a table: in time when every label names a year, else in the order of
    its rows (by line in the file when known, else as first met)."""
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
    if all(p is not None and p.years for p in periods):
        # in time, as the check orders them: a release laid out newest first is read oldest
        # first, so a change runs forward ("518,200 in 2022, down 9.4 per cent on 2014")
        return sorted(
            labels, key=lambda label: (_when(period_of(clean_label(label))), first_seen[label])
        )
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
        cells.append(_cell(figure, words, title, (period_of(words), None, 0), _Heading()))
    return cells, {}


def earlier_by_words(title: str) -> bool:
    """Whether a period title reads as the earlier one ("Previous 12 months")."""
    return bool(_EARLIER_WORDS.search(title))
