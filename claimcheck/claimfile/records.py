"""A claim file once loaded and validated: sources with their figures, and the claims.

This is what the checking engine reads. Every reference in a claim has been resolved to the
source figure it names, and every figure keeps the place in the file it came from, so a
finding can say which figure it used and where that figure was written.

The YAML format itself is described in docs/claim-files.md; ``claimcheck.load`` reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from claimcheck.numbers.number import Number
from claimcheck.policy import DEFAULT_POLICY, Policy


class Role(StrEnum):
    """What a reference does in a claim."""

    FROM = "from"
    TO = "to"
    FIGURE = "figure"
    PART = "part"
    WHOLE = "whole"
    FIGURES = "figures"
    """Several figures stated in one sentence, each judged against the number stating it."""


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a claim file: 1-based line and column, as editors count them."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Source:
    """Where figures come from: an FOI response, an official release."""

    id: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    retrieved: str | None = None
    location: Location | None = None
    published: str | None = None
    rounded: bool | None = None
    """What the source says of its rounding (``rounded:``); None lets the written form decide."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One source figure: a single value, or one labelled value of a series."""

    source: Source
    name: str
    label: str | None
    number: Number
    location: Location | None = None
    cell: str | None = None
    """Where a table source holds it, as reports show it: 'foi.csv row 3, column 'Arrests''."""
    written: str | None = None
    """The reference that names it when that is a table cell: ``ons["Wales", 2023]``."""

    @property
    def ref(self) -> str:
        """The canonical reference: ``foi.crimes_recorded`` or ``foi.crimes_recorded[2011]``."""
        if self.written is not None:
            return self.written
        base = f"{self.source.id}.{self.name}"
        if self.label is None:
            return base
        if "[" in self.label or "]" in self.label:
            # a bracket in a label is quoted, so the reference reads back ("ons.tfr['A [b] c']")
            quote = "'" if '"' in self.label else '"'
            return f"{base}[{quote}{self.label}{quote}]"
        return f"{base}[{self.label}]"


@dataclass(frozen=True, slots=True)
class Places:
    """The place (or other group) a table's column gives each line: "Country" beside "Area"
    ("Newport": "Wales"), so a ranking said "in Wales" runs over the lines of Wales only."""

    header: str
    """The column's header: ``Country``."""
    of: tuple[tuple[str, str], ...]
    """Each line's label with its place, in the table's order."""

    def get(self, label: str | None) -> str | None:
        return next((place for line, place in self.of if line == label), None)


@dataclass(frozen=True, slots=True)
class Series:
    """A figure keyed by period or label, in the order the file gives them."""

    source: Source
    name: str
    figures: tuple[Figure, ...]
    blank: tuple[str, ...] = ()
    """Labels of a table's lines with figures in other columns and none in this one."""
    places: Places | None = None
    """The place each line's label is in, when a column of the table gives it."""

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(figure.label or "" for figure in self.figures)

    def get(self, label: str) -> Figure | None:
        for figure in self.figures:
            if figure.label == label:
                return figure
        return None


@dataclass(frozen=True, slots=True)
class Lines:
    """Every line of a table at one label: the column a ranking of categories runs down.

    A table of categories (councils, regions, offences) with a value column for a period is
    read as one line per category, each keyed by the column's label, so the referenced line
    has nothing to rank along: "Peterborough issued the most fines" ranks its cell against the
    other lines' cells at the same label. Each figure here is keyed by its line's label.
    """

    label: str
    """The label the lines share (the column header): ``Fines issued 2018``."""
    line: str
    """The referenced line's label: ``Peterborough``."""
    figures: tuple[Figure, ...]
    """Each line's figure at ``label``, in the table's order, keyed by the line's label."""
    withheld: tuple[str, ...] = ()
    """Lines whose cell at ``label`` holds a marker ([c], [x]) instead of a figure."""
    heading: str = ""
    """The table's title rows and the header over its lines, for the working."""
    blank: tuple[str, ...] = ()
    """Lines with figures in other columns and an empty cell at ``label``: not given."""
    places: Places | None = None
    """The place each line is in, when a column of the table gives it (``Series.places``)."""

    @property
    def own(self) -> Figure | None:
        return next((figure for figure in self.figures if figure.label == self.line), None)


@dataclass(frozen=True, slots=True)
class Reference:
    """A claim's reference, as written and as resolved."""

    role: Role
    written: str
    figure: Figure
    series: Series | None = None
    location: Location | None = None
    lines: Lines | None = None
    """For a line of a table of categories: every line at the figure's label."""


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim: the quoted words, the wording to check, and the figures it rests on."""

    id: str
    quote: str
    references: dict[Role, Reference] = field(default_factory=dict)
    says: str | None = None
    note: str | None = None
    location: Location | None = None
    # Why a figure the claim rests on is missing: the source marks its cell instead of
    # publishing it ("[c] confidential (table.xlsx, sheet 'T1', cell C4)").
    withheld: tuple[str, ...] = ()
    several: tuple[Reference, ...] = ()
    """The figures of a claim stating several (``figures:``), in the order written."""

    @property
    def wording(self) -> str:
        """The words to check: ``says`` when the reporter gave it, otherwise the quote."""
        return self.says if self.says is not None else self.quote


@dataclass(frozen=True, slots=True)
class Article:
    """What the claim file says of the story it checks."""

    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    text_path: Path | None = None
    text_location: Location | None = None  # where ``article.text`` is written


@dataclass(frozen=True, slots=True)
class ClaimFile:
    """A loaded claim file. Build one with ``claimcheck.load``."""

    path: str
    claims: tuple[Claim, ...]
    sources: dict[str, Source] = field(default_factory=dict)
    series: dict[str, Series] = field(default_factory=dict)
    figures: dict[str, Figure] = field(default_factory=dict)
    article: Article = field(default_factory=Article)
    policy: Policy = DEFAULT_POLICY
