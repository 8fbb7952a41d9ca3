"""Proposing a claim's references: which source figures the numbers of a sentence state.

Stated numbers are matched to figures exactly or within their written precision (and within
the range a qualifier such as "almost" allows). Two matched figures of one series make a
change (``from``/``to``, earlier label first); one makes a value (``figure``). A sentence with
only multiple or percent-change wording ("more than quadrupled", "up 37 per cent") is matched
to the pair of labels in a series whose ratio fits it, preferring series whose name shares
words with the sentence. Every proposal is a guess for the reporter to confirm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.article.scan import Mention, MentionKind
from claimcheck.claimfile.records import ClaimFile, Figure, Series
from claimcheck.numbers.number import Unit

_WORDS = re.compile(r"[a-z]+")
_VALUE_KINDS = frozenset(
    [MentionKind.COUNT, MentionKind.MONEY, MentionKind.PERCENT, MentionKind.SHARE]
)
_TENTH = Fraction(1, 10)


@dataclass(frozen=True)
class Proposal:
    """References for one claim, as (role, reference) in the order they are written, and
    notes for the reporter on stated numbers the references leave out."""

    references: tuple[tuple[str, str], ...]
    todos: tuple[str, ...] = ()


def _stems(text: str) -> set[str]:
    return {word.rstrip("s") for word in _WORDS.findall(text.lower()) if len(word) > 2}


def _overlap(sentence: str, series_name: str) -> int:
    return len(_stems(sentence) & _stems(series_name.replace("_", " ")))


def _fits(mention: Mention, figure: Figure) -> bool:
    """Whether the stated number can stand for the figure."""
    number = figure.number
    if (mention.kind is MentionKind.MONEY) != (number.unit is Unit.MONEY):
        return False
    percent = mention.kind in (MentionKind.PERCENT, MentionKind.SHARE)
    if percent != (number.unit is Unit.PERCENT):
        return False
    if mention.kind is MentionKind.SHARE and "%" not in mention.text and "cent" not in mention.text:
        return False
    stated, actual = mention.value, number.value
    qualifier = mention.qualifier or ""
    if qualifier in ("almost", "nearly", "close to", "just under", "under", "less than"):
        return stated * (1 - _TENTH) <= actual < stated
    if qualifier in ("more than", "over", "above", "just over", "at least"):
        return stated <= actual <= stated * (1 + _TENTH)
    if qualifier in ("about", "around", "roughly", "approximately", "some", "an estimated"):
        return abs(actual - stated) <= abs(stated) * _TENTH
    half = mention.step / 2
    return actual == stated or stated - half <= actual < stated + half


def _labels_in(series: Series, years: set[str]) -> list[Figure]:
    named = [figure for figure in series.figures if figure.label in years]
    return named if len(named) >= 2 else [series.figures[0], series.figures[-1]]


def _by_value(mentions: Sequence[Mention], sources: ClaimFile, sentence: str) -> Proposal | None:
    """References for the stated numbers that match figures, and a note for each other one."""
    fitting: list[tuple[Mention, list[Figure]]] = []
    matched: dict[str, list[Figure]] = {}
    for mention in mentions:
        if mention.kind not in _VALUE_KINDS:
            continue
        figures = [figure for figure in sources.figures.values() if _fits(mention, figure)]
        fitting.append((mention, figures))
        for figure in figures:
            if figure.label is not None:
                matched.setdefault(f"{figure.source.id}.{figure.name}", []).append(figure)
    pairs = [
        (len({f.label for f in figures}), _overlap(sentence, name), name, figures)
        for name, figures in matched.items()
    ]
    pairs.sort(key=lambda item: (-item[0], -item[1], item[2]))
    used: list[Figure]
    if pairs and pairs[0][0] >= 2:
        _, _, name, figures = pairs[0]
        order = [figure.label for figure in sources.series[name].figures]
        used = sorted(figures, key=lambda figure: order.index(figure.label))
        used = [used[0], used[-1]]
        references: tuple[tuple[str, str], ...] = (("from", used[0].ref), ("to", used[-1].ref))
    else:
        chosen = _single(fitting)
        if chosen is None:
            return None
        used = [chosen]
        references = (("figure", chosen.ref),)
    todos = tuple(_todo(mention, figures, used) for mention, figures in fitting)
    return Proposal(references, tuple(todo for todo in todos if todo))


def _single(fitting: Sequence[tuple[Mention, list[Figure]]]) -> Figure | None:
    """The one figure a sentence's numbers point to: the figure of the first number that
    matches exactly one figure, unless the numbers only match several figures each."""
    distinct = {figure.ref: figure for _, figures in fitting for figure in figures}
    if len(distinct) == 1:
        return next(iter(distinct.values()))
    return next((figures[0] for _, figures in fitting if len(figures) == 1), None)


def _todo(mention: Mention, figures: Sequence[Figure], used: Sequence[Figure]) -> str:
    """A note on a stated number that the proposed references leave out, or ""."""
    if any(figure in used for figure in figures):
        return ""
    rate = mention.kind in (MentionKind.PERCENT, MentionKind.SHARE)
    if rate and (len(used) > 1 or used[0].number.unit is Unit.PERCENT):
        return ""  # a change worked out from the pair, or the share the figure gives
    if not figures:
        return f"no source figure matches {mention.text!r}; add one or reword"
    refs = ", ".join(figure.ref for figure in figures[:3])
    return f"{mention.text!r} matches {refs}: check it in a claim of its own"


def _ratio_fits(mention: Mention, ratio: Fraction) -> Fraction | None:
    """How far ``ratio`` is from what the wording states, or None when it cannot be it."""
    if mention.kind is MentionKind.PERCENT:
        target = 1 + mention.value / 100
    elif mention.kind is MentionKind.MULTIPLE:
        target = mention.value
    else:
        return None
    qualifier = mention.qualifier or ""
    if qualifier in ("more than", "over", "above", "just over") and ratio <= target:
        return None
    if qualifier in ("almost", "nearly", "under", "less than") and ratio >= target:
        return None
    distance = abs(ratio - target) / target
    return distance if distance <= Fraction(1, 2) else None


def _by_ratio(
    mentions: Sequence[Mention], sources: ClaimFile, sentence: str, years: set[str]
) -> Proposal | None:
    best: tuple[int, Fraction, str, Figure, Figure] | None = None
    for mention in mentions:
        if mention.kind not in (MentionKind.MULTIPLE, MentionKind.PERCENT):
            continue
        for name, series in sources.series.items():
            if len(series.figures) < 2:
                continue
            first, last = _labels_in(series, years)[0], _labels_in(series, years)[-1]
            if first.number.value <= 0 or first.number.unit is Unit.PERCENT:
                continue
            distance = _ratio_fits(mention, last.number.value / first.number.value)
            if distance is None:
                continue
            key = (-_overlap(sentence, series.name), distance, name, first, last)
            if best is None or key[:3] < best[:3]:
                best = key
    if best is None:
        return None
    return Proposal((("from", best[3].ref), ("to", best[4].ref)))


def propose(mentions: Sequence[Mention], sources: ClaimFile, sentence: str) -> Proposal | None:
    """References for a sentence's statistical mentions, or None when nothing fits."""
    years = {m.text for m in mentions if m.kind is MentionKind.YEAR}
    stated = [m for m in mentions if m.statistical]
    return _by_value(stated, sources, sentence) or _by_ratio(stated, sources, sentence, years)
