"""A change over a span the words give as a length: "in a decade", "over five years".

A change linked along a line runs by default from the period just before its level. When the
clause says how long the change took ("doubled in a decade", "rose 40% over the past five
years", "in three decades") and names no year it runs from, its earlier end is the period that
many years before the level's, on the same line: the claim's ``from`` is that cell. When the
line holds no figure that many years back, the link would check a change the story does not
state: the claim keeps no references, and its comment says which period is missing.

A change "since then" ("Since then, the list has grown by two million") runs from the one
period the sentence before names ("In May 2019 it stood at 3.1 million."): the claim's
``from`` is that period's cell on the level's line; when the sentence before names no single
period the line holds, nothing is proposed.

A span after a superlative or "first" ("the biggest fall in five years", "the first rise in a
decade") is a series statement, not the length of a change; it is left to the series rules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.join_periods import NUMBERS, YEARS
from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.article.drafting.sentence_spans import sentences
from claimcheck.article.scan import MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["span_years", "with_spans_back"]

_COUNTS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_SPAN = lazy_pattern(
    r"\b(?:in|over|within|across)\s+(?:the\s+(?:last|past)\s+|just\s+|only\s+)?"
    r"(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|\d{1,2})?\s*(?P<unit>decades?|years?)\b(?!\s*(?:old|of\s+age))",
    re.IGNORECASE,
)
# a span after these words ranks the level in its series: "the biggest fall in five years"
_SERIES_BEFORE = lazy_pattern(
    r"\b(?:highest|lowest|biggest|largest|smallest|greatest|fastest|slowest|steepest|sharpest"
    r"|best|worst|most|least|first|record|only)\b[^,;.]{0,40}\Z",
    re.IGNORECASE,
)
_SINCE_THEN = lazy_pattern(r"\bsince\s+(?:then|that\s+time)\b", re.IGNORECASE)
_PUNCTUATION = lazy_pattern(r",(?=\s)")
_AGE_BEFORE = lazy_pattern(r"\b(?:aged?|ages)\s+\Z", re.IGNORECASE)
_CHANGES = frozenset([MentionKind.PERCENT, MentionKind.CHANGE, MentionKind.MULTIPLE])


def span_years(clause: str) -> int | None:
    """The length in years of the one span the clause names ("in a decade" 10, "over the
    past five years" 5); None when it names none, several, or one after a superlative."""
    found = [m for m in _SPAN.finditer(clause) if m.group("count") or m.group("unit")[0] == "d"]
    if len(found) != 1 or _SERIES_BEFORE.search(clause, 0, found[0].start()):
        return None
    if _AGE_BEFORE.search(clause, 0, found[0].start()):
        return None  # "aged over 65 years": an age, no span
    count_text = (found[0].group("count") or "a").lower()
    count = int(count_text) if count_text.isdigit() else _COUNTS[count_text]
    unit = found[0].group("unit").lower()
    if (unit in ("year", "decade")) != (count == 1):
        return None  # "in five year", "in one years": no span
    count *= 10 if unit.startswith("decade") else 1
    return count if count > 1 else None


def with_spans_back(text: str, drafted: list[Drafted], catalog: Catalog | None) -> list[Drafted]:
    """The drafted claims with each change over a stated length of time running from the
    period that many years before its level."""
    if catalog is None:
        return drafted
    spans = list(sentences(text))
    return [
        _spanned(text, claim, catalog) or _since_then(text, spans, claim, catalog) or claim
        for claim in drafted
    ]


def _ends(claim: Drafted, same_months: bool = True) -> tuple[Cell, Cell] | None:
    """The two ends of a change along one line of periods, when the claim is one (with
    ``same_months``: of whole years, or of the same months in two years)."""
    link = claim.link
    if [role for role, _ in link.references] != ["from", "to"] or len(link.cells) != 2:
        return None
    if not any(m.kind in _CHANGES for m in claim.mentions):
        return None
    first, last = link.cells
    if first.line is None or first.line != last.line or not _yearly(first, last, same_months):
        return None
    return first, last


def _since_then(
    text: str, spans: list[tuple[int, int]], claim: Drafted, catalog: Catalog
) -> Drafted | None:
    """A change "since then" from the one period the sentence before names."""
    ends = _ends(claim, same_months=False)
    clause = text[claim.start : claim.end]
    if ends is None or _SINCE_THEN.search(clause) is None or YEARS.search(clause):
        return None
    first, last = ends
    before = [span for span in spans if span[1] <= claim.start]
    if not before:
        return None
    # numbers blanked, and commas before a space read as the punctuation they are ("In May
    # 2019, it stood at ...")
    words = _PUNCTUATION.sub(" ", NUMBERS.sub(" ", text[before[-1][0] : before[-1][1]]))
    period = period_of(words)
    if period is None or period.relative or len(period.years) != 1 or len(period.months) > 1:
        return None
    back = [
        cell
        for cell in catalog.line(last)[: last.order]
        if cell is not None and not cell.is_change and cell.period is not None
        if cell.period.years == period.years and cell.period.months == period.months
    ]
    if len(back) != 1 or back[0].ref == first.ref:
        return None
    reason = f"'since then': from {back[0].ref}, the period the sentence before names"
    kept = tuple(r for r in claim.link.reasons[1:] if "period before" not in r)
    references = (("from", back[0].ref), ("to", last.ref))
    return replace(claim, link=Link(references, (back[0], last), (reason, *kept)))


def _spanned(text: str, claim: Drafted, catalog: Catalog) -> Drafted | None:
    ends = _ends(claim)
    if ends is None:
        return None
    first, last = ends
    link = claim.link
    clause = text[claim.start : claim.end]
    years = span_years(clause)
    if years is None or {int(y.group()) for y in YEARS.finditer(clause)} - _years(last):
        return None
    wanted = min(_years(last)) - years
    if min(_years(first)) == wanted:
        return None
    back = [
        cell
        for cell in catalog.line(last)
        if cell is not None and not cell.is_change and _yearly(cell, last)
        if min(_years(cell)) == wanted
    ]
    if len(back) != 1:
        todo = (
            f"the change runs over {years} years, to {last.ref}: the line has no figure for "
            f"{wanted}; add its start, or ask the reporter"
        )
        return replace(claim, link=Link(todos=(todo,)))
    reason = f"the change runs {years} years back, as its words say: {back[0].ref} to {last.ref}"
    kept = tuple(r for r in link.reasons[1:] if "period before" not in r)
    references = (("from", back[0].ref), ("to", last.ref))
    return replace(claim, link=Link(references, (back[0], last), (reason, *kept)))


def _years(cell: Cell) -> frozenset[int]:
    return cell.period.years if cell.period is not None else frozenset()


def _yearly(cell: Cell, other: Cell, same_months: bool = True) -> bool:
    """Whether both cells name years and (with ``same_months``) the same months (none: whole
    years)."""
    return (
        cell.period is not None
        and other.period is not None
        and bool(cell.period.years)
        and bool(other.period.years)
        and (not same_months or cell.period.months == other.period.months)
    )
