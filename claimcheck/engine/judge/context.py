"""The figures a claim rests on, and the quantities derived from them, exactly."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property, lru_cache

from claimcheck.claimfile.records import Figure, Reference, Role, Series
from claimcheck.engine.read.line_names import name_words
from claimcheck.engine.read.particles import MOTION_UP
from claimcheck.numbers.number import Unit
from claimcheck.policy import Policy
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import YEAR_DIGITS

_FROM = lazy_pattern(r"(?<![a-z])from\s+$")
_TO = lazy_pattern(
    r"(?:(?<![a-z])(?:rose|risen|increased|grew|grown|jumped|soared|climbed|surged|leapt|"
    r"fell|fallen|dropped|declined|decreased|plunged|slumped|went\s+up|went\s+down|gone\s+up|"
    # a gap or a rate that moved to a level: "widened to 7.7 points", "edged down to 3.8%"
    r"gone\s+down|widened|narrowed|edged\s+(?:up|down|higher|lower)|dipped|slid|tumbled|"
    r"shrank|eased|slowed|rocketed|ticked\s+(?:up|down))|(?<![a-z])from\s+\S+(?:\s+in\s+\S+)?"
    # a verb of motion and its particle: "picked up to 4.0%", "crept back up to" (``particles``)
    rf"|(?<![a-z]){MOTION_UP}\s+(?:back\s+)?up"
    # "rose by 4,000 to 65,000", "an increase of 4,000 to", "up 3 to": the change, then the level.
    r"|(?<![a-z])(?:by|of|up|down)\s+(?:[a-z]+\s+){0,2}?[£$€]?\d[\d,.]*"
    r"(?:\s*(?:%|per\s*cent|percent|m|bn|k|million|billion|thousand|points?|"
    r"percentage\s+points?))?)\s+to\s+$"
)
# The first name in a table reference: 'foi["Councils issuing fewer than one fine", "2019"]'.
_WRITTEN_LINE = lazy_pattern(r'\[\s*"(?P<line>[^"]*)"')
_YEAR = lazy_pattern(rf"^\s*({YEAR_DIGITS})(?:\s*[/\-–]\s*\d{{2,4}})?\s*$")
_ANY_YEAR = lazy_pattern(rf"(?<!\d)(?:{YEAR_DIGITS})(?!\d)")
# Twelve months from January to December of one year: "Jan 2018 to Dec 2018", "January to
# December 2018", "Jan-Dec 2018".
_CALENDAR_YEAR = lazy_pattern(
    rf"^\s*jan(?:uary)?\.?\s*(?:(?P<first>{YEAR_DIGITS})\s*)?(?:to|[-–])\s*"
    rf"dec(?:ember)?\.?\s*(?P<second>{YEAR_DIGITS})\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def years_of(label: str | None) -> frozenset[int]:
    """Every year a label covers: 2011 -> {2011}; 2015/16 and 2015-2016 -> {2015, 2016}; a
    period written with months, "Jan 2018 to Dec 2018" or "Oct 2017 to Sep 2018", the years
    it names ({2018}; {2017, 2018})."""
    first = year_of(label)
    if label is None:
        return frozenset()
    if first is None:
        return frozenset(int(found) for found in _ANY_YEAR.findall(label))
    tail = re.search(r"[/\-–]\s*(\d{2,4})\s*$", label)
    if tail is None:
        return frozenset({first})
    digits = tail.group(1)
    second = int(digits) if len(digits) == 4 else first // 100 * 100 + int(digits)
    return frozenset({first, second})


@lru_cache(maxsize=1024)
def headed_years(first: str | None, second: str | None) -> tuple[int, int] | None:
    """The years of two column headers that name the same measure in two years ("Fatalities
    2013" and "Fatalities 2014", "2013 deaths" and "2014 deaths"): each names one year, and
    their words are otherwise the same. None for any other pair ("Deaths 2013" and "Injuries
    2014" are two measures)."""
    if first is None or second is None:
        return None
    years = _ANY_YEAR.findall(first), _ANY_YEAR.findall(second)
    if len(years[0]) != 1 or len(years[1]) != 1:
        return None
    rest = [_ANY_YEAR.sub(" ", label).strip().lower() for label in (first, second)]
    if not rest[0] or rest[0] != rest[1] or not re.search(r"[a-z]", rest[0]):
        return None
    return int(years[0][0]), int(years[1][0])


@lru_cache(maxsize=1024)
def calendar_year(label: str | None) -> int | None:
    """The year a label names, written as a year ("2018", "2018/19": its first) or as its
    twelve months from January to December ("Jan 2018 to Dec 2018"); None for any other."""
    found = year_of(label)
    if found is not None or label is None:
        return found
    months = _CALENDAR_YEAR.match(label)
    if months is None or (months["first"] and months["first"] != months["second"]):
        return None
    return int(months["second"])


@lru_cache(maxsize=1024)
def year_of(label: str | None) -> int | None:
    """The (first) year a label names: 2011, 2011/12, 2012-13; None for 'q3' or 'possession'."""
    if label is None:
        return None
    found = _YEAR.match(label)
    return int(found.group(1)) if found else None


@dataclass(frozen=True, slots=True)
class Share:
    """A share as a fraction of one, and how it was worked out ("455 / 1000")."""

    proportion: Fraction
    working: str


@dataclass(frozen=True)
class Context:
    """A claim's references, with the arithmetic every statement may need."""

    references: Mapping[Role, Reference]
    policy: Policy
    wording: str = ""  # the words checked, for statements that depend on what precedes them

    def named_role(self, start: int) -> Role | None:
        """The figure the words just before ``start`` name: "from 12" the from, "to 288" the to.

        "to" counts only after a direction word or a "from" figure ("rose to 290", "from 12
        in 2011 to 290"), so "compared to 151" names nothing.
        """
        head = self.wording[max(0, start - 60) : start].lower()
        if _FROM.search(head):
            return Role.FROM if Role.FROM in self.references else None
        if _TO.search(head):
            return Role.TO if Role.TO in self.references else None
        return None

    def figure(self, role: Role) -> Figure | None:
        reference = self.references.get(role)
        return reference.figure if reference is not None else None

    def number(self, role: Role) -> Fraction | None:
        figure = self.figure(role)
        return figure.number.value if figure is not None else None

    @property
    def before(self) -> Fraction | None:
        return self.number(Role.FROM)

    @property
    def after(self) -> Fraction | None:
        return self.number(Role.TO)

    @property
    def has_change(self) -> bool:
        return self.before is not None and self.after is not None

    @cached_property
    def labels(self) -> frozenset[str]:
        """Labels of the referenced figures and of the series they belong to."""
        found: set[str] = set()
        for reference in self.references.values():
            if reference.figure.label is not None:
                found.add(reference.figure.label)
            if reference.series is not None:
                found.update(label for label in reference.series.labels if label)
        return frozenset(found)

    @cached_property
    def line_names(self) -> frozenset[str]:
        """The names of the referenced figures' lines, as words (``name_words``): a table
        line's name as written in its reference, else the figure's name."""
        return frozenset(
            _line_words(reference.written, reference.figure.name)
            for reference in self.references.values()
        )

    @cached_property
    def label_years(self) -> frozenset[int]:
        """Every year the labels of the referenced figures (and their series) cover."""
        return frozenset(year for label in self.labels for year in years_of(label))

    @property
    def percentages(self) -> bool:
        """Whether the from and to figures are both percentages."""
        first, second = self.figure(Role.FROM), self.figure(Role.TO)
        return (
            first is not None
            and second is not None
            and first.number.unit is Unit.PERCENT
            and second.number.unit is Unit.PERCENT
        )

    @property
    def currency(self) -> str | None:
        """The currency of the from and to figures, when both are the same money."""
        first, second = self.figure(Role.FROM), self.figure(Role.TO)
        if first is None or second is None or first.number.currency != second.number.currency:
            return None
        return first.number.currency

    @property
    def years(self) -> tuple[int, int] | None:
        first, second = self.figure(Role.FROM), self.figure(Role.TO)
        if first is None or second is None:
            return None
        start, end = calendar_year(first.label), calendar_year(second.label)
        if start is None or end is None:
            return headed_years(first.label, second.label)
        return start, end

    @property
    def percent_in_share(self) -> Figure | None:
        """A part or whole figure that is already a percentage: it cannot be divided as a count."""
        for role in (Role.PART, Role.WHOLE):
            figure = self.figure(role)
            if figure is not None and figure.number.unit is Unit.PERCENT:
                return figure
        return None

    def share(self) -> Share | None:
        """The share as a fraction of one, and how it was worked out."""
        part, whole = self.figure(Role.PART), self.figure(Role.WHOLE)
        if (
            part is not None
            and whole is not None
            and whole.number.value > 0
            and (self.percent_in_share is None)
        ):
            value = part.number.value / whole.number.value
            return Share(value, f"{part.number.text} / {whole.number.text}")
        figure = self.figure(Role.FIGURE)
        # a percentage below 0 or above 100 is a change or a rate, never a share of a whole
        if (
            figure is not None
            and figure.number.unit is Unit.PERCENT
            and 0 <= figure.number.value <= 100
        ):
            return Share(figure.number.value / 100, f"the figure is {figure.number.text}")
        return None

    def figure_in(self, series: Series) -> Figure | None:
        """The from figure, when it is a label of ``series`` (a run from one label to another)."""
        reference = self.references.get(Role.FROM)
        if reference is None or reference.series is None:
            return None
        same = (reference.series.source.id, reference.series.name) == (
            series.source.id,
            series.name,
        )
        return reference.figure if same else None

    def series_reference(self) -> Reference | None:
        """The reference a statement about a series speaks of: the figure, else the 'to'."""
        for role in (Role.FIGURE, Role.TO, Role.PART, Role.FROM):
            reference = self.references.get(role)
            if reference is not None and reference.series is not None:
                return reference
        return None


def ratio(before: Fraction, after: Fraction) -> Fraction:
    return after / before


def percent_change(before: Fraction, after: Fraction) -> Fraction:
    return (after - before) / before * 100


@lru_cache(maxsize=4096)
def _line_words(written: str, name: str) -> str:
    """The words of a referenced figure's line (``Context.line_names``), worked out once for
    each reference text and figure name however many claims use them."""
    return name_words(_written_line(written) or name)


def _written_line(written: str) -> str | None:
    found = _WRITTEN_LINE.search(written)
    return found["line"] if found is not None else None
