"""The passes that read the wording table's own spellings: templates and literal wordings.

A template is a family's variant with a number in it ("rose by {N}%", "{N} times as many",
"since {YEAR}"); a literal wording has none ("the most common", "most"). Which of them a quote
can match at all is ``candidates``' job; here each is tried where the quote allows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.engine.judge.compare import Stated
from claimcheck.engine.read.asides import YEAR, YEAR_TAIL
from claimcheck.engine.read.candidates import Families, possible_literals, possible_templates
from claimcheck.engine.read.mentions import Mention, form_of
from claimcheck.engine.read.particles import verb_particle
from claimcheck.engine.read.record import Qualifier, Quote, qualifier, record
from claimcheck.engine.wording.families import Family, Kind
from claimcheck.engine.wording.templates import Template, direction
from claimcheck.numbers.number import NumberMatch
from claimcheck.text.lazy import lazy_pattern

__all__ = ["read_literals", "read_templates"]

_ONE_OF = lazy_pattern(r"(?<![A-Za-z])one\s+of\s+$")
_TIME_KINDS = (Kind.SERIES, Kind.PERIOD)


def read_literals(quote: Quote, families: Families) -> None:
    """Every free literal wording of ``families`` ("the most common", "a majority")."""
    reading, text = quote.reading, quote.text
    for family, pattern in possible_literals(families, quote.present):
        for found in pattern.finditer(text):
            if not reading.free(found.start(), found.end()):
                continue
            if family.kind is Kind.SERIES and _ONE_OF.search(text, 0, found.start()):
                # "one of the most common" ranks nothing: it is not a claim about the series.
                reading.take(found.start(), found.end())
                continue
            sign = direction(found) or family.sign
            value = family.value if family.value is not None else Fraction(0)
            qualify = family.kind is Kind.SHARE_WORD
            record(quote, family, found.span(), Stated(value), sign=sign, qualify=qualify)


def read_templates(quote: Quote, families: Families) -> None:
    """Every free number that a template of ``families`` reads, the first template winning."""
    for index, match in enumerate(quote.numbers):
        if not quote.reading.free(match.start, match.end):
            continue
        possible = possible_templates(families, form_of(match.number), quote.present)
        if not possible:
            continue
        # The qualifier before a number is the same whichever template is tried.
        found = qualifier(quote.text, match.start)
        for template in possible:
            if _try(quote, index, template, found):
                break


@dataclass(frozen=True, slots=True)
class _Lead:
    """The template's words before the number, and a qualifier between them and it."""

    words: re.Match[str] | None
    inner: Family | None


def _lead(template: Template, text: str, start: int, found: Qualifier | None) -> _Lead | None:
    """The words before the number, if the template has any; None when they are not there."""
    if template.before is None:
        return _Lead(None, None)
    if found is not None:
        # A qualifier between the template's words and the number: "up by almost 1,000".
        words = template.match_before(text, found.edge)
        if words is not None:
            return _Lead(words, found.family)
    words = template.match_before(text, start)
    return None if words is None else _Lead(words, None)


def _second(quote: Quote, index: int, end: int) -> NumberMatch | None:
    """The second number of a two-number template ("from {N} to {M}"), right after ``end``."""
    following = quote.numbers[index + 1] if index + 1 < len(quote.numbers) else None
    if following is None or following.start != end:
        return None
    if not quote.reading.free(following.start, following.end):
        return None
    return following


def _sign(before: re.Match[str] | None, after: re.Match[str] | None) -> int:
    """The direction the template's words give ("rose by {N}", "{N} fewer"), or 0."""
    return (direction(before) if before else 0) or (direction(after) if after else 0)


def _record_inner(
    quote: Quote,
    family: Family,
    span: tuple[int, int],
    stated: Stated,
    match: NumberMatch,
    sign: int,
    inner: Family,
    year: int | None,
) -> None:
    """A statement whose qualifier sits inside the template ("up by almost 1,000")."""
    start, end = span
    quote.reading.take(start, end)
    quote.reading.mentions.append(
        Mention(
            family,
            start,
            end,
            quote.wording[start:end],
            stated,
            inner.comparator,
            match.number,
            sign,
            inner,
            year,
        )
    )


def _particle_lead(text: str, words: re.Match[str]) -> bool:
    """Whether the template's words open with "down" or "up" that is a verb's particle."""
    lead = words.group(0).lower()
    return lead.split()[:1] in (["down"], ["up"]) and verb_particle(text, words.start())


def _try(quote: Quote, index: int, template: Template, found: Qualifier | None) -> bool:
    """Read the number at ``index`` with ``template``; whether it matched."""
    text = quote.text
    match = quote.numbers[index]
    number = match.number
    family = template.family
    is_year = family.kind in _TIME_KINDS and "{YEAR}" in template.variant
    if is_year and not YEAR.fullmatch(number.text):
        return False
    lead = _lead(template, text, match.start, found)
    if lead is None:
        return False
    if lead.words is not None and _particle_lead(text, lead.words):
        return False  # "turned down 2,000 applications": no fall (``particles``)
    after = template.match_after(text, match.end)
    if template.after is not None and after is None:
        return False
    start = lead.words.start() if lead.words else match.start
    end = after.end() if after else match.end
    if is_year and (tail := YEAR_TAIL.match(text, end)):
        end = tail.end()
    sign = _sign(lead.words, after)
    stated = Stated(number.value, number.step)
    if template.second:
        following = _second(quote, index, end) if after is not None else None
        if following is None:
            return False
        stated = Stated(number.value, number.step, following.number.value, following.number.step)
        end = following.end
    if not quote.reading.free(start, end):
        return False
    year = int(number.value) if is_year else None
    qualify = family.kind not in _TIME_KINDS
    if qualify and lead.inner is not None:
        _record_inner(quote, family, (start, end), stated, match, sign, lead.inner, year)
        return True
    record(
        quote, family, (start, end), stated, number=number, sign=sign, year=year, qualify=qualify
    )
    return True
