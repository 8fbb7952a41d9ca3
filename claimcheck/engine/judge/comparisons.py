"""Comparisons with a figure the claim does not reference: "4.1%, higher than the national
average", "the same as Wales", "above pre-pandemic levels", "lower than economists expected".

A comparative with its comparator states a second figure without writing it. The claim's
figures check its own number; the comparison holds only if the other figure is what the words
say, and nothing referenced shows that. Such a claim **needs review** (rule
``compare.unreferenced``, docs/policy.md "Comparisons with a figure not referenced"), never
contradicted, and the comparison word's reading as a rise or fall does not settle it:

- a comparator that names a period ("than in 2019", "than a year earlier", "than last year")
  is the earlier figure of a change: checked as such when the claim references a from figure,
  needs review when it references none;
- any other comparator ("the national average", "Wales", "expected") needs review unless one
  of its words names a referenced figure (its label, line or written reference). With a from
  figure referenced, the from figure may be what the words compare with ("91 deaths, more
  than the M25"), so only a forecast or two periods of one line still need review;
- a comparison with any time of a span ("more than at any time in the past 20 years") is a
  record over the span, which the record rules check;
- a number after the comparative ("higher than 3.9%", "more than 4,000", "fewer than half")
  is a stated figure or a bound, for the other rules; so is a multiple ("more than doubled"),
  and a figure in brackets after the comparator ("the average in 2016 (+187,000)").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from claimcheck.claimfile.records import Reference, Role
from claimcheck.engine.judge.judged import Judged, span_review
from claimcheck.model import Quantity, Statement
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import FORECAST_NOUNS

__all__ = ["unreferenced_comparisons"]

_NUMBER_WORDS: Final = (
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|twice|double|triple|treble"
    r"|doubled|tripled|trebled|quadrupled|halved|expected\s+to"
)
# A comparative and "than", or a word of equality or position, then the comparator up to the
# end of its clause (at most eight words).
_COMPARISON: Final = lazy_pattern(
    r"(?<![a-z])(?P<word>(?:higher|lower|greater|smaller|larger|bigger|better|worse|more|fewer"
    r"|less)\s+than|(?:above|below)(?=\s+(?:the|its|their|that|those|pre-|average))"
    r"|the\s+same\s+as|in\s+line\s+with|on\s+a\s+par\s+with|similar\s+to|equal\s+to|matching)"
    rf"(?!\s+(?:[-−+]?[\d£$€]|(?:{_NUMBER_WORDS})(?![a-z])))"
    r"(?P<comparator>(?:\s+(?!and\b|but\b|while\b|which\b|who\b)[\w'’.-]+){1,8}?)"
    r"(?=\s*(?:[,;:()]|\s[-–—]\s|\.(?:\s|$)|$|\s(?:and|but|while|which|who)\b))",
    re.IGNORECASE,
)
# A comparison with a forecast, whatever figure it writes: "as expected", "than analysts had
# predicted", "above the 2.2% forecast", "in line with expectations", "beat estimates".
_EXPECTED: Final = lazy_pattern(
    r"(?<![a-z])(?:(?:as|than)\s+(?:[a-z]+\s+){0,3}?(?:expected|forecast|predicted|anticipated)"
    r"|(?:above|below|beat|beating|missed|missing|exceeded|exceeding|in\s+line\s+with|matched"
    r"|matching|short\s+of|ahead\s+of)\s+(?:the\s+|their\s+|its\s+)?(?:[\w%.$£€'’-]+\s+){0,3}?"
    rf"{FORECAST_NOUNS})(?![a-z])",
    re.IGNORECASE,
)
_PERIOD: Final = lazy_pattern(
    r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<![a-z])(?:year|month|quarter|week|decade|period|season"
    r"|ago|earlier|before|previously|last|previous|prior|preceding)s?(?![a-z])",
    re.IGNORECASE,
)
# An expectation is never the earlier figure of a change: "more than analysts had expected".
_FORECAST: Final = lazy_pattern(
    r"(?<![a-z])(?:expect|forecast|predict|anticipat|estimat|project|consensus)", re.IGNORECASE
)
# Words of a comparator that name nothing: they cannot show that a figure is referenced.
_EMPTY: Final = frozenset(
    {
        "the",
        "that",
        "those",
        "its",
        "their",
        "of",
        "in",
        "for",
        "a",
        "an",
        "rate",
        "level",
        "levels",
        "figure",
        "figures",
        "number",
        "average",
        "national",
        "overall",
        "same",
    }
)
_WORD: Final = re.compile(r"[a-z]{4,}")
# A number just before the comparative states the gap itself ("7.9 per cent less than men",
# "300 fewer than"): a figure the value rules check.
_GAP_BEFORE: Final = lazy_pattern(
    r"\d\s*(?:%|per\s*cent|percent|(?:percentage\s+)?points?|times|[a-z]{0,12}illion)?\s*$",
    re.IGNORECASE,
)
# "than at any time in the past 20 years", "than at any point since 2004": every figure of a
# span, which the record rules check (``engine.read.rankings``), not one figure left out.
_ANY_TIME: Final = lazy_pattern(
    r"\s*(?:at\s+|in\s+)?any\s+(?:other\s+)?(?:time|point|year)\b", re.IGNORECASE
)
# The comparator's own figure written just after it: "the average in 2016 (+187,000)".
_STATED_AFTER: Final = lazy_pattern(r"\s*[(\[]\s*[-−+]?[£$€]?\d")
_CUES: Final = (
    " than ",
    "above ",
    "below ",
    " as ",
    " with ",
    " to ",
    "matching",
    "expect",
    "forecast",
    "estimate",
    "consensus",
    "predict",
)


def _named(comparator: str, references: Mapping[Role, Reference]) -> bool:
    """Whether a word of the comparator names a referenced figure (its label or line)."""
    words = {word[:5] for word in _WORD.findall(comparator.lower()) if word not in _EMPTY}
    if not words:
        return False
    names: list[str] = []
    for reference in references.values():
        names.append(reference.written)
        names.append(reference.figure.label or "")
        if reference.lines is not None:
            names.append(reference.lines.line)
    found = {word[:5] for name in names for word in _WORD.findall(name.lower())}
    return bool(words & found)


def _review(start: int, end: int, text: str, why: str) -> Statement:
    return span_review(
        text,
        start,
        end,
        why,
        quantity=Quantity.DIRECTION,
        rule="a comparison needs the figure it compares with",
        rule_id="compare.unreferenced",
    )


def _over_time(references: Mapping[Role, Reference]) -> bool:
    """Whether the from and the to are the same thing at two periods (both labels name one)."""
    start, end = references.get(Role.FROM), references.get(Role.TO)
    if start is None or end is None:
        return False
    labels = (start.figure.label or "", end.figure.label or "")
    return labels[0] != labels[1] and all(_PERIOD.search(label) for label in labels)


def _why(comparator: str, references: Mapping[Role, Reference]) -> str | None:
    """Why the comparison is not settled by the references, or None when it is theirs."""
    if any(character.isdigit() for character in comparator) and not _PERIOD.fullmatch(
        comparator.split()[-1]
    ):
        return None  # "the 17.33 percent rate": a stated figure, for the other rules
    if _named(comparator, references):
        return None
    if _PERIOD.search(comparator):
        if Role.FROM in references:
            return None  # the earlier figure of a change, checked by the change rules
        return f"compares with '{comparator}', whose figure the claim does not reference"
    if Role.FROM not in references or _FORECAST.search(comparator):
        return f"compares with '{comparator}', which no referenced figure is"
    if _over_time(references):
        return (
            f"compares with '{comparator}', but the referenced figures are one line at two periods"
        )
    return None  # the from figure may be what it compares with


def unreferenced_comparisons(
    wording: str, references: Mapping[Role, Reference], out: Judged
) -> None:
    """A needs-review statement for each comparison with a figure no reference holds."""
    lowered = wording.lower()
    if not any(map(lowered.__contains__, _CUES)):
        return  # most quotes stop here
    forecasts = [found for found in _EXPECTED.finditer(wording) if not _named(found[0], references)]
    for found in forecasts:
        said = "compares with a forecast, which no referenced figure is"
        out.statements.append(_review(found.start(), found.end(), found.group(), said))
    for match in _COMPARISON.finditer(wording):
        if any(found.start() <= match.start() < found.end() for found in forecasts):
            continue
        if _GAP_BEFORE.search(wording, max(0, match.start() - 24), match.start()):
            continue
        if _STATED_AFTER.match(wording, match.end()):
            continue
        if _ANY_TIME.match(match.group("comparator")):
            continue  # "more than at any time in the past 20 years": a record, read as one
        why = _why(match.group("comparator").strip().rstrip(".").rstrip(), references)
        if why is not None:
            text = match.group().strip()
            out.statements.append(_review(match.start(), match.end(), text, why))
