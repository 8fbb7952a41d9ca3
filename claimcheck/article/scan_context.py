"""What a number in an article is, judged from the words around it.

A number is a statistic unless its context says otherwise: a year used as a date, an age, a
clock time, a phone number, a street number, an identifier ("section 4", "number one
priority") or a duration ("over the last five years"). Each rule looks at a few words either
side of the number through an anchored, bounded pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimcheck.engine.read.names import name_at
from claimcheck.numbers.number import Form, NumberMatch, Unit
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import (
    DIGIT_GROUP_SPACE,
    MEASURED_TIME,
    SPACE,
    counted_in_a_year,
    duration_after,
    is_year,
    measured_time,
    year_pair,
)

_S = SPACE
_WINDOW: Final = 40
# How far to look for the sentence a number stands in, and where a sentence ends.
_SENTENCE: Final = 200
_SENTENCE_END = lazy_pattern(r"[.!?][\s\"”’']|\n")

QUALIFIERS: Final = (
    "just over",
    "just under",
    "well over",
    "well under",
    "more than",
    "less than",
    "fewer than",
    "greater than",
    "higher than",
    "lower than",
    "at least",
    "at most",
    "no more than",
    "no fewer than",
    "no less than",
    "not more than",
    "up to",
    "as many as",
    "as much as",
    "as few as",
    "in excess of",
    "upwards of",
    "close to",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "an estimated",
    "some",
    "over",
    "above",
    "under",
    "below",
    "exactly",
    "precisely",
    "only",
    "nearer",
    "circa",
)
_QUALIFIER_BEFORE = lazy_pattern(
    r"(?<![\w'])(?P<q>"
    + "|".join(q.replace(" ", f"{_S}{{1,3}}") for q in QUALIFIERS)
    + rf"){_S}{{1,3}}$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = lazy_pattern(
    rf"(?P<plus>-?plus\b|\+(?![0-9]))|{_S}{{1,2}}or{_S}{{1,2}}(?:(?P<more>more)|(?P<so>so))\b",
    re.IGNORECASE,
)
_CHANGE_BEFORE = lazy_pattern(
    r"(?<![\w'])(?:rise|rises|rose|risen|fall|falls|fell|fallen|increase|increased|increases"
    r"|decrease|decreased|decreases|drop|dropped|drops|jump|jumped|grew|grown|growth|climbed"
    r"|up|down|cut|cuts|reduced|reduction|gain|gained|lost|loss|declined|decline|surged"
    r"|soared|plunged|plummeted|leapt|shrank|shrunk|slumped|tumbled|went up|gone up|went down)"
    rf"{_S}{{1,3}}(?:by|of){_S}{{1,3}}$",
    re.IGNORECASE,
)
_IDENTIFIER_BEFORE = lazy_pattern(
    r"(?:(?<![\w'])(?:number|no\.|nos\.|section|sections|article|room|page|pages|chapter"
    r"|flight|route|junction|platform|level|grade|stage|key stage|series|season|episode"
    r"|phase|version|ward|bus|line|unit|schedule|clause|paragraph|category|tier|channel"
    r"|question|figure|table|item|box|code|block|floor|door|gate|flat|apartment|suite|highway"
    r"|interstate|rule|part|act|class|vol\.|volume|issue|ref\.|reference|id|model|windows"
    r"|covid|iphone|formula|apollo|world war)"
    rf"{_S}{{1,3}}|#)$",
    re.IGNORECASE,
)
_AGE_BEFORE = lazy_pattern(
    rf"(?<![\w'])(?:aged|age|ages|ageing){_S}{{1,3}}(?:(?:between|under|over|of){_S}{{1,3}})?$",
    re.IGNORECASE,
)
_AGE_AFTER = lazy_pattern(
    rf"(?:[-{_S[1:-1]}]years?[-{_S[1:-1]}]olds?\b|{_S}years?{_S}of{_S}age\b|-year-olds?\b)",
    re.IGNORECASE,
)
_IN_HALF_BEFORE = lazy_pattern(rf"(?<![\w'])(?:cut|split|fell|dropped)?{_S}{{0,3}}in{_S}{{1,3}}$")
_FOLD_AFTER = lazy_pattern(rf"(?:-|{_S}{{0,2}})fold\b", re.IGNORECASE)
_TIMES_AFTER = lazy_pattern(
    rf"{_S}{{1,3}}times{_S}{{1,3}}(?:more|higher|greater|larger|bigger|as|the|that|over|lower"
    r"|less|smaller|faster|slower|likelier|worse|better|what)\b",
    re.IGNORECASE,
)
_FACTOR_BEFORE = lazy_pattern(rf"\bby{_S}{{1,3}}a{_S}{{1,3}}factor{_S}{{1,3}}of{_S}{{1,3}}$")
_OF_AFTER = lazy_pattern(rf"{_S}{{1,3}}of\b", re.IGNORECASE)
_RANK_AFTER = lazy_pattern(
    rf"(?:-|{_S}{{1,2}})(?:highest|lowest|largest|biggest|smallest|most|least|worst|best"
    r"|fastest|slowest|busiest|safest|richest|poorest|place|longest|shortest|greatest)\b",
    re.IGNORECASE,
)
_STREET_AFTER = lazy_pattern(
    rf"{_S}{{1,2}}(?:[A-Z][a-z]{{1,20}}{_S}{{1,2}}){{1,3}}(?:Street|St|Road|Rd|Avenue|Ave|Lane"
    r"|Close|Way|Drive|Place|Square|Terrace|Crescent|Gardens|Court|Row|Hill)\b"
)
# Short service numbers (999, 101, NHS 111, 116 123) when the words around them say that
# they are called: "call 101", "dial 999", "contact police on 101", "999 calls".
_SERVICE_NUMBER = lazy_pattern(
    rf"999|911|112|111|101|105|119|988|116{DIGIT_GROUP_SPACE}?[0-9]{{3}}"
)
_CALL_BEFORE = lazy_pattern(
    r"(?:(?<![\w'])(?:call(?:s|ed|ing)?|dial(?:s|led|ling|ed|ing)?|ring(?:s|ing)?|phon(?:e|es|ed|ing)"
    r"|text(?:s|ed|ing)?|contact(?:s|ed|ing)?)"
    rf"(?:{_S}{{1,2}}(?:[A-Za-z]{{1,15}}{_S}{{1,2}}){{0,2}}on|{_S}{{1,2}}to)?"
    rf"|(?<![\w'])NHS){_S}{{1,2}}$",
    re.IGNORECASE,
)
_CALL_AFTER = lazy_pattern(
    rf"{_S}{{1,2}}(?:non-emergency|emergency|number|line|service|operator|call(?:s|ers?)?)\b",
    re.IGNORECASE,
)
# "called 101 witnesses": a count of what follows, even after a calling word
_COUNTED_AFTER = lazy_pattern(rf"{_S}{{1,2}}(?:more{_S}|new{_S}|other{_S})?[a-z]{{2,20}}s\b")
_LINE_START_BEFORE = lazy_pattern(r"(?:^|\n)[ \t]{0,3}$")
_LIST_MARK_AFTER = lazy_pattern(r"[.)][ \t]")


@dataclass(frozen=True, slots=True)
class Reading:
    """How the scanner reads one number in its context."""

    kind: str
    qualifier: str | None
    statistical: bool


_IDENTIFIER_WORDS = frozenset(
    [
        "number",
        "no.",
        "nos.",
        "section",
        "sections",
        "article",
        "room",
        "page",
        "pages",
        "chapter",
        "flight",
        "route",
        "junction",
        "platform",
        "level",
        "grade",
        "stage",
        "series",
        "season",
        "episode",
        "phase",
        "version",
        "ward",
        "bus",
        "line",
        "unit",
        "schedule",
        "clause",
        "paragraph",
        "category",
        "tier",
        "channel",
        "question",
        "figure",
        "table",
        "item",
        "box",
        "code",
        "block",
        "floor",
        "door",
        "gate",
        "flat",
        "apartment",
        "suite",
        "highway",
        "interstate",
        "rule",
        "part",
        "act",
        "class",
        "vol.",
        "volume",
        "issue",
        "ref.",
        "reference",
        "id",
        "model",
        "windows",
        "covid",
        "iphone",
        "formula",
        "apollo",
        "war",
    ]
)
# The last word of every pattern that looks before a number: only after one of these (or
# "#", or a letter and a hyphen) is the window before a number searched at all.
_TRIGGERS = frozenset(
    {q.split()[-1] for q in QUALIFIERS}
    | {"by", "of", "in", "aged", "age", "ages", "ageing", "between"}
    | _IDENTIFIER_WORDS
)
_LAST_WORD = lazy_pattern(rf"([A-Za-z.#'-]{{1,20}}){_S}{{1,3}}$")


# The base of a rate or share, as the engine reads it (``engine.read.reader``): a number after
# "per", "for every", "in every" or "out of every" says what the number before it is per.
_BASE_BEFORE = lazy_pattern(
    rf"(?<![A-Za-z])(?:per|(?:for|in|out{_S}+of){_S}+every){_S}+\Z", re.IGNORECASE
)


def _last_word(text: str, start: int) -> str:
    m = _LAST_WORD.search(text, max(0, start - 24), start)
    return "" if m is None else m.group(1).lower()


def looks_back(text: str, start: int) -> bool:
    """Whether anything before ``start`` may qualify or label the number (cheap to ask)."""
    if start == 0:
        return False
    if text[start - 1] in "#-\n":
        return True
    return _last_word(text, start) in _TRIGGERS


def qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    """The hedge or bound written just before ``start``, and where it begins."""
    if not looks_back(text, start):
        return None, start
    window = text[max(0, start - _WINDOW) : start]
    m = _QUALIFIER_BEFORE.search(window)
    if m is None:
        return None, start
    words = " ".join(m.group("q").lower().split())
    return words, start - len(window) + m.start()


def _qualifier_after(text: str, end: int) -> str | None:
    m = _QUALIFIER_AFTER.match(text, end)
    if m is None:
        return None
    if m.group("plus") or m.group("more"):
        return "at least"  # "3,000-plus" and "3,000 or more" both mean 3,000 or more
    return "about"


def _before(pattern: re.Pattern[str], text: str, start: int) -> bool:
    return pattern.search(text[max(0, start - _WINDOW) : start]) is not None


def classify(
    text: str, match: NumberMatch, *, in_date: bool, in_year_label: bool
) -> Reading | None:
    """Kind, qualifier and whether ``match`` is a statistic; None when it is not a number."""
    number = match.number
    start, end = match.start, match.end
    name = name_at(text, start, end)
    if name is not None:
        # "Covid-19", "aged 16 to 24", "worth over £2m": the number names or bounds a group
        return Reading("year" if name.why.startswith("a year") else "other", None, False)
    qualifier, lead = qualifier_before(text, start)
    if qualifier is None:
        qualifier = _qualifier_after(text, end)
    form = number.form
    if year_pair(number.text) is not None:
        return Reading("year", None, False)  # "2014/2015", a year written in full
    if form is Form.RATIO:
        return Reading("share", qualifier, True)
    if form is Form.FRACTION:
        return _fraction(text, match, qualifier, lead)
    if form is Form.ORDINAL:
        if in_date:
            return Reading("date", None, False)
        ranked = _RANK_AFTER.match(text, end) is not None
        return Reading("ordinal", qualifier, ranked)
    if number.unit is Unit.PERCENT:
        share = _OF_AFTER.match(text, end) is not None
        return Reading("share" if share else "percent", qualifier, True)
    if number.unit is Unit.POINTS:
        return Reading("change", qualifier, True)
    if number.unit is Unit.MONEY:
        return Reading("money", qualifier, True)
    return _count(text, match, qualifier, lead, in_date=in_date, in_year_label=in_year_label)


def _fraction(text: str, match: NumberMatch, qualifier: str | None, lead: int) -> Reading:
    end = match.end
    if match.number.text.lower() == "half":
        if duration_after(text, end, "half"):
            return Reading("duration", qualifier, False)
        if _before(_IN_HALF_BEFORE, text, match.start):
            return Reading("multiple", qualifier, True)
    if looks_back(text, lead) and _before(_CHANGE_BEFORE, text, lead):
        return Reading("change", qualifier, True)
    return Reading("share", qualifier, True)


def _count(
    text: str,
    match: NumberMatch,
    qualifier: str | None,
    lead: int,
    *,
    in_date: bool,
    in_year_label: bool,
) -> Reading:
    number = match.number
    if in_year_label or (
        is_year(number.text)
        and qualifier not in _COUNT_QUALIFIERS
        and not counted_in_a_year(text, match.start, match.end)
    ):
        return Reading("year", None, False)
    if in_date:
        return Reading("date", None, False)
    if _service_number(text, match):
        return Reading("phone", None, False)
    end = match.end
    if end < len(text) and text[end].isascii() and text[end].isalpha() and not number.is_word:
        # glued to letters: a label or a measure ("3D", "M6", "180ml", "29km Road")
        return Reading("other", qualifier, False)
    if _BASE_BEFORE.search(text, max(0, match.start - 20), match.start):
        # "11 pupils per 10,000", "one in every 1,000": the base is part of the rate or share
        return Reading("other", None, False)
    if _FOLD_AFTER.match(text, end) or _TIMES_AFTER.match(text, end):
        return Reading("multiple", qualifier, True)
    back = looks_back(text, lead)
    if back and _before(_FACTOR_BEFORE, text, lead):
        return Reading("multiple", qualifier, True)
    labelled = _labelled(text, match, qualifier)
    if labelled is not None:
        return labelled
    if back and _before(_CHANGE_BEFORE, text, lead):
        return Reading("change", qualifier, True)
    if number.is_word and number.value == 1 and qualifier is None:
        # "one" is more often a pronoun or an article than a count: "one of the", "no one".
        return Reading("count", None, False)
    return Reading("count", qualifier, True)


def _labelled(text: str, match: NumberMatch, qualifier: str | None) -> Reading | None:
    """An age, a length of time, an identifier ("section 4"), a street or list number."""
    start, end = match.start, match.end
    if (looks_back(text, start) and _before(_AGE_BEFORE, text, start)) or _AGE_AFTER.match(
        text, end
    ):
        return Reading("other", qualifier, False)
    if duration_after(text, end, match.number.text) and not _measured_time(text, match):
        return Reading("duration", qualifier, False)
    if qualifier is None and (
        (looks_back(text, start) and _before(_IDENTIFIER_BEFORE, text, start))
        or _STREET_AFTER.match(text, end)
        or (_LIST_MARK_AFTER.match(text, end) and _before(_LINE_START_BEFORE, text, start))
    ):
        return Reading("other", None, False)
    return None


def _measured_time(text: str, match: NumberMatch) -> bool:
    """Whether a number before a unit of time is itself the statistic ("the workweek was
    unchanged at 34.5 hours"): the engine's rule, asked of the number's sentence."""
    start, end = match.start, match.end
    opening = start
    while opening > max(0, start - _SENTENCE) and not _SENTENCE_END.match(text, opening - 2):
        opening -= 1
    closing = _SENTENCE_END.search(text, end, end + _SENTENCE)
    sentence = text[opening : closing.start() if closing else end + _SENTENCE].lower()
    before = text[max(0, start - _WINDOW) : start].lower()
    speaks = MEASURED_TIME.search(sentence) is not None
    return measured_time(match.number.text, match.number.value, before, speaks)


def _service_number(text: str, match: NumberMatch) -> bool:
    """ "Call 101", "dial 999", "NHS 111", "a 999 call": a number to ring, not a count."""
    if _SERVICE_NUMBER.fullmatch(match.number.text) is None:
        return False
    start = match.start
    if _CALL_AFTER.match(text, match.end) is not None:
        return True
    return (
        _CALL_BEFORE.search(text, max(0, start - _WINDOW), start) is not None
        and _COUNTED_AFTER.match(text, match.end) is None
    )


# Only these make a year-like number a count ("more than 2000 people"); "over 2016" and
# "some 2016 cases" still speak of the year.
_COUNT_QUALIFIERS = frozenset(
    [
        "more than", "fewer than", "less than", "at least", "at most", "almost", "nearly",
        "about", "around", "approximately", "roughly", "up to", "as many as", "just over",
        "just under", "well over", "in excess of", "upwards of", "an estimated", "close to",
        "no more than", "no fewer than", "no less than", "not more than",
    ]
)  # fmt: skip
