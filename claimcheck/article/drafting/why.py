"""The evidence a proposed reference rests on, in the words an editor confirming it reads.

A draft's ``# why:`` comment names the kind of link ("change along ...", "a record along ...")
and, on a line of its own, the evidence that chose the figures: the words of the quote that
agree with the figures' labels, as the article writes them ("live births", "England and
Wales"), or of its sentence when the quote has none; the periods the words name; the unit they
share (per cent, money, a rate per 1,000); and how each stated number agrees with its figure
or with the change, share or multiple its figures give: exactly, or only within the
number's rounding or its qualifier ("nearly"). A link no word of the quote or its sentence
supports says so: its figures were chosen by their values, or by the line of the statement
before, and deserve a closer look.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Cell, Period, period_of
from claimcheck.article.drafting.link_values import within
from claimcheck.article.drafting.link_words import PHRASES, concept, concepts
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.numbers.number import Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Span", "evidence"]

_WORD = lazy_pattern(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# at most one little word joins two agreeing words into one phrase ("England and Wales")
_JOINER = lazy_pattern(r"[\s-]*(?:(?:and|of|the|in|on|for|to|per|with|or)[\s-]+)?\s*\Z")
_RATE_BASE = lazy_pattern(r"\bper\s+(\d{1,3}(?:,\d{3})+|\d+)\b", re.IGNORECASE)
_LABEL_BASE = lazy_pattern(r"\bper\s+(\d{1,3}(?:,\d{3})+|\d+)\b", re.IGNORECASE)
_GROUPED = lazy_pattern(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
_MOST_WORDS = 4
_EXACT = "exact"
_COMMA_AFTER = lazy_pattern(r",(?=\s)")
_SHORT_LABEL = 24
_PERIOD_TEXT = lazy_pattern(
    r"(?:\b[A-Z][a-z]{2,8}\.?\s+)?(?<![\d.])(?:18|19|20)\d\d(?:\s*[/\-–]\s*\d{1,4})?(?![\d.,])"
    r"(?:\s+to\s+(?:[A-Z][a-z]{2,8}\.?\s+)?(?:18|19|20)\d\d)?"
)


@dataclass(frozen=True, slots=True)
class Span:
    """Where a claim sits: its quote and the sentence that holds it, as offsets of the text."""

    start: int
    end: int
    sentence: tuple[int, int]


def evidence(
    text: str,
    span: Span,
    link: Link,
    mentions: Sequence[Mention],
    latest: Callable[[Cell], bool] | None = None,
) -> str | None:
    """One line naming what chose the link's figures, or None for a link with none;
    ``latest`` says which figures are the latest of their lines."""
    cells = _referenced(link)
    if not cells:
        return None
    quote = text[span.start : span.end]
    parts = [_words(text, span, cells)]
    parts += _periods(text, span, cells, latest or _never)
    unit = _unit(quote, mentions, cells)
    if unit:
        parts.append(unit)
    parts += _values(link, mentions, cells)
    return "; ".join(parts)


def _referenced(link: Link) -> list[Cell]:
    """The cells the references name; for a figure worked out from others (a derived
    reference), the cells it is worked out from."""
    refs = {ref for _, ref in link.references}
    seen: dict[str, Cell] = {}
    for cell in link.cells:
        if cell.ref in refs:
            seen.setdefault(cell.ref, cell)
    if not seen and link.references:
        for cell in link.cells:
            seen.setdefault(cell.ref, cell)
    return list(seen.values())


def _words(text: str, span: Span, cells: Sequence[Cell]) -> str:
    """The quote's words that agree with the figures' labels, else its sentence's, else the
    words of the figures' table titles."""
    labels = frozenset().union(*(cell.words for cell in cells))
    titles = frozenset().union(*(cell.title_words for cell in cells)) - labels
    quote = text[span.start : span.end]
    for wanted, whose in ((labels, "its labels"), (titles, "its table's title")):
        said = _phrases(text, span.start, span.end, wanted)
        if said:
            return f"words {_quoted(said)} agree with {whose}"
        outside = [
            phrase
            for phrase in _phrases(text, span.sentence[0], span.sentence[1], wanted)
            if phrase not in quote
        ]
        if outside:
            return f"words of its sentence {_quoted(outside)} agree with {whose}"
    return "no word of its sentence names the figures: chosen by value or by the story before"


def _quoted(phrases: Sequence[str]) -> str:
    return ", ".join(f'"{phrase}"' for phrase in phrases)


def _phrases(text: str, start: int, end: int, wanted: frozenset[str]) -> list[str]:
    """The phrases of ``text[start:end]`` whose words are concepts of ``wanted``, as written,
    in order and without repeats: agreeing words next to each other (or across one little
    word) are one phrase; an age band or a phrase the synonyms read whole counts as itself."""
    found: list[tuple[int, int]] = []
    for match in _WORD.finditer(text, start, end):
        word = concept(match.group())
        if word is None or word not in wanted:
            continue
        if found and _JOINER.match(text[found[-1][1] : match.start()]) is not None:
            found[-1] = (found[-1][0], match.end())
        else:
            found.append((match.start(), match.end()))
    for name, pattern in PHRASES:
        if name in wanted:
            said = re.compile(pattern, re.IGNORECASE).search(text, start, end)
            if said is not None:
                found.append(said.span())
    phrases: list[str] = []
    last = -1
    for a, b in sorted(found, key=lambda item: (item[0], -item[1])):
        if b <= last:
            continue  # inside a phrase already taken
        last = b
        phrase = " ".join(text[a:b].split())
        if phrase.lower() not in (p.lower() for p in phrases):
            phrases.append(phrase)
    banded = sorted(concepts(text[start:end]) & wanted - {concept(p) for p in phrases})
    phrases += [_band(word) for word in banded if word.startswith("aged") and word != "aged"]
    return phrases[:_MOST_WORDS]


def _band(word: str) -> str:
    """An age band's concept as words: "aged20to24" is "aged 20 to 24"."""
    spaced = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", word)
    return spaced.replace("plus", "and over")


def _never(cell: Cell) -> bool:
    return False


def _periods(
    text: str, span: Span, cells: Sequence[Cell], latest: Callable[[Cell], bool]
) -> list[str]:
    """Which of the figures' periods the quote names, else its sentence; an earlier end of a
    change the words do not name is the period before the later one, and a period nothing
    names is one an editor should confirm."""
    timed = [cell for cell in cells if cell.period is not None and not cell.period.relative]
    if not timed:
        return []
    quoted = _period_words(text[span.start : span.end])
    whole = _period_words(text[span.sentence[0] : span.sentence[1]])
    named: list[str] = []
    in_sentence: list[str] = []
    before: list[str] = []
    newest: list[str] = []
    unnamed: list[str] = []
    for cell in timed:
        shown = _period_name(cell)
        if _names(quoted, cell):
            named.append(shown)
        elif _names(whole, cell):
            in_sentence.append(shown)
        elif _just_before(cell, timed):
            before.append(shown)
        elif latest(cell):
            newest.append(shown)
        else:
            unnamed.append(shown)
    parts = []
    if named:
        parts.append(f"{_listed(named)} named")
    if in_sentence:
        parts.append(f"{_listed(in_sentence)} named in its sentence")
    if newest:
        parts.append(f"no period named: {_listed(newest)} the latest")
    if before and (named or in_sentence or newest):
        parts.append(f"{_listed(before)} the period before")
    else:
        unnamed = before + unnamed
    if unnamed:
        parts.append(f"no words name {_listed(unnamed)}: confirm the period")
    return parts


def _names(period: Period | None, cell: Cell) -> bool:
    return (
        period is not None
        and cell.period is not None
        and cell.period.names(period.years, period.months)
    )


def _just_before(cell: Cell, cells: Sequence[Cell]) -> bool:
    """Whether the cell is the period just before another figure of its line."""
    return cell.line is not None and any(
        other.line == cell.line and other.order == cell.order + 1 for other in cells
    )


def _period_words(text: str) -> Period | None:
    # "in 2023, up from ...": a comma after a year is punctuation, not a thousands separator
    return period_of(_COMMA_AFTER.sub(" ", _GROUPED.sub(" ", text)))


def _period_name(cell: Cell) -> str:
    """A figure's period as its table writes it ("2023", "2015/16", "Sep 2014")."""
    for label in (cell.figure.label or "", cell.column_title):
        if label and period_of(label) is not None:
            if len(label) <= _SHORT_LABEL:
                return label
            written = _PERIOD_TEXT.search(label)
            if written is not None:
                return written.group()
    return cell.column_title


def _listed(items: Iterable[str], quoted: bool = True) -> str:
    unique = list(dict.fromkeys(f"'{item}'" if quoted else item for item in items))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]


def _unit(quote: str, mentions: Sequence[Mention], cells: Sequence[Cell]) -> str:
    """The unit the stated numbers and the figures share, when it is more than a count."""
    if any(m.kind is MentionKind.MONEY for m in mentions) and any(
        c.figure.number.unit is Unit.MONEY for c in cells
    ):
        return "both in money"
    base = _RATE_BASE.search(quote)
    if base is not None:
        wanted = base.group(1).replace(",", "")
        for cell in cells:
            label = f"{cell.figure.label or ''} {cell.column_title} {cell.figure.name}"
            found = _LABEL_BASE.search(label.replace("_", " "))
            if found is not None and found.group(1).replace(",", "") == wanted:
                return f"both per {base.group(1)}"
    if any(_percent(m) for m in mentions) and any(
        c.is_percent or c.figure.number.unit is Unit.PERCENT for c in cells
    ):
        return "both in per cent"
    return ""


def _values(link: Link, mentions: Sequence[Mention], cells: Sequence[Cell]) -> list[str]:
    roles = {role: ref for role, ref in link.references if role != "figures"}
    by_ref = {cell.ref: cell for cell in cells}
    exact: list[str] = []
    said: list[str] = []
    for mention in mentions:
        shown = _as_figure(mention, cells)
        if shown is None and {"from", "to"} <= set(roles):
            shown = _as_change(mention, by_ref.get(roles["from"]), by_ref.get(roles["to"]))
        if shown is None and {"part", "whole"} <= set(roles):
            shown = _as_share(mention, by_ref.get(roles["part"]), by_ref.get(roles["whole"]))
        if shown == _EXACT:
            exact.append(mention.text)
        elif shown is not None:
            said.append(shown)
    if exact:
        said.insert(0, f"{_listed(exact, quoted=False)} as published")
    return said


def _as_figure(mention: Mention, cells: Sequence[Cell]) -> str | None:
    for cell in cells:
        if _share_word(mention) and (cell.is_percent or cell.figure.number.unit is Unit.PERCENT):
            # "one in six" against a share published in per cent
            said = _shown(mention.value * 100, Fraction(1, 10))
            published = cell.figure.number.text
            published += "" if published.endswith("%") else "%"
            return f"{mention.text} ({said}%) for {published}"
        if not _same_unit(mention, cell):
            continue
        value = cell.figure.number.value
        if mention.kind in (MentionKind.CHANGE, MentionKind.PERCENT) and cell.is_change:
            value = abs(value)
        if mention.value == value:
            return _EXACT
        if within(mention.value, mention.step, mention.qualifier, value):
            return _near(mention, cell.figure.number.text)
    return None


def _near(mention: Mention, actual: str) -> str:
    qualifier = mention.qualifier or ""
    if qualifier and qualifier.lower() not in mention.text.lower():
        return f"{qualifier} {mention.text} for {actual}, as '{qualifier}' allows"
    if qualifier:
        return f"{mention.text} for {actual}, as '{qualifier}' allows"
    return f"{mention.text} for {actual}, within its rounding"


def _share_word(mention: Mention) -> bool:
    return mention.kind is MentionKind.SHARE and not _percent(mention)


def _same_unit(mention: Mention, cell: Cell) -> bool:
    """Whether a stated number and a figure are in one unit: money with money, a percentage
    with a percentage or a column titled in per cent, a count with a count."""
    number = cell.figure.number
    if (mention.kind is MentionKind.MONEY) != (number.unit is Unit.MONEY):
        return False
    return _percent(mention) == (number.unit is Unit.PERCENT or cell.is_percent)


def _percent(mention: Mention) -> bool:
    """A percentage, or a share written with a per cent sign or words ("17 per cent of")."""
    return mention.kind is MentionKind.PERCENT or (
        mention.kind is MentionKind.SHARE and ("%" in mention.text or "cent" in mention.text)
    )


def _as_change(mention: Mention, first: Cell | None, last: Cell | None) -> str | None:
    if first is None or last is None:
        return None
    before, after = first.figure.number.value, last.figure.number.value
    if mention.kind is MentionKind.MULTIPLE and before:
        return _computed(mention, after / before, "times")
    if mention.kind is MentionKind.PERCENT and before:
        return _computed(mention, abs(after - before) / abs(before) * 100, "%")
    if mention.kind is MentionKind.CHANGE and not _words_only(mention):
        return _computed(mention, abs(after - before), "")
    return None


def _as_share(mention: Mention, part: Cell | None, whole: Cell | None) -> str | None:
    if part is None or whole is None or not whole.figure.number.value:
        return None
    share = part.figure.number.value / whole.figure.number.value
    if _percent(mention):
        return _computed(mention, share * 100, "%")
    if mention.kind is MentionKind.SHARE and "%" not in mention.text:
        if mention.value == share:
            return f"{mention.text} exactly"
        if abs(mention.value - share) <= abs(mention.value) / 10:
            return f"{mention.text} for {_shown(share * 100, Fraction(1, 10))}%, near it"
    return None


def _computed(mention: Mention, actual: Fraction, unit: str) -> str | None:
    if actual == mention.value:
        return f"{mention.text} exactly"
    if not within(mention.value, mention.step, mention.qualifier, actual):
        return None
    shown = _shown(actual, mention.step / 10 if mention.step else Fraction(1, 100))
    shown = f"{shown}{unit}" if unit == "%" else f"{shown} {unit}".strip()
    return _near(mention, shown)


def _shown(value: Fraction, step: Fraction) -> str:
    """A worked-out value to one more digit than the number it is held against."""
    places = 0
    while step < 1 and places < 4:
        step *= 10
        places += 1
    quantum = Decimal(1).scaleb(-places)
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return f"{exact.quantize(quantum):,}"


def _words_only(mention: Mention) -> bool:
    return not any(ch.isdigit() for ch in mention.text)
