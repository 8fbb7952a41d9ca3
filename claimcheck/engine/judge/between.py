"""A comparison between two figures of a claim with ``figures:``: "a rate of 41 crimes per
1,000 residents, below the national average of 63".

When the words between two stated numbers, each bound to a figure of the list, open with a
comparative ("below", "above", "under", "over", "higher than", "lower than", "more than",
"less than", "fewer than", "greater than") and name what the second number is ("the national
average of", "the rate for Wales (63)"), the sentence says how the two figures stand: the
first below (or above) the second. The comparison is judged between the two bound figures,
exactly: supported when they stand as the word says, contradicted when they do not (both
figures are referenced and bound, so nothing is left unseen); equal figures are neither
below nor above, contradicted. The first number's own stretch of the quote then ends before
the comparative, so the one-figure rules do not ask about a comparator the claim references
(``comparisons``, "Comparisons with a figure not referenced").

A comparative right before the second number ("more than 63", "below 5%") is a bound on that
number, for the value rules: the comparator must have words of its own.

A comparative may also be split around the first number: "higher in Northvale (7.9) than in
Eastmoor (3.9)", "lower among girls, at 4.1, than among boys, at 6.0". The comparative word
stands before the first number, in its clause and with no "than" of its own, and the words
between the numbers open with "than" and name the other group; the comparison is the same.
A comparative after a move ("fell more in May (-2.2%) than in April") or before an adverb of
manner ("grew more slowly") compares two moves, not two levels, and is left to those rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.model import Quantity, Statement, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Between", "between", "judge_between"]

_LOWER = frozenset(["below", "under", "lower than", "less than", "fewer than"])
# The comparative, then words naming the other figure (at least one, at most eight), then what
# leads into its number: "of", "at", "was", "is", a bracket, a comma, a dash, or a relative
# clause (", which stood at").
_COMPARED = lazy_pattern(
    r"(?<![\w-])(?P<word>below|above|under|over|(?:higher|lower|more|less|fewer|greater)\s+than)"
    r"(?P<comparator>(?:\s+(?!of\b|at\b)[A-Za-z][\w'’-]*){1,8}?)"
    r"\s*(?:\s(?:of|at|was|is|stood\s+at|with)\s+|\s*[(,:]\s*|\s+[-–—]\s+"
    # "..., which stood at 89.3": a relative clause that gives the other figure
    r"|\s*,\s*(?:which|where\s+it)\s+(?:stood\s+at|was|is|reached)\s+(?:at\s+)?)\Z",
    re.IGNORECASE,
)


# The words between the numbers of a split comparative: "than in Eastmoor (", ", than among
# boys, at", ") than for Wales, with".
_SPLIT_THAN = lazy_pattern(
    r"(?:\s*(?:%|per\s+cent|percent|per\s+[\d,]+(?:\s+[A-Za-z]+){0,2}))?"
    r"\s*\)?\s*,?\s*than\s+(?:(?:in|for|at|among|across|on|within)\s+)?"
    r"(?P<comparator>[A-Za-z][\w'’-]*(?:\s+(?!at\b|with\b)[A-Za-z][\w'’-]*){0,5}?)"
    r"\s*(?:\(\s*|,\s*(?:at|with|on)\s+|\s(?:at|with|on)\s+|:\s*|\s*[-–—]\s+)\Z",
    re.IGNORECASE,
)
# The comparative word of a split comparative, in the first number's clause: "higher in".
_SPLIT_WORD = lazy_pattern(
    r"(?<![\w-])(?P<word>higher|lower|more|less|fewer|greater)(?![\w-])"
    r"(?!(?:[^.;:]|\.(?=\d))*\bthan\b)(?:[^.;:]|\.(?=\d)){0,80}\Z",
    re.IGNORECASE,
)


# A move before the comparative: "fell more", "was down less", "rose rather more".
_MOVED_BEFORE = lazy_pattern(
    r"(?<![\w-])(?:rose|risen|rises?|rising|fell|fallen|falls?|falling|grew|grows?|grown"
    r"|growing|down|up|increased?|increasing|decreased?|decreasing|declined?|declining|dropped"
    r"|climbed|slipped|slowed|jumped|changed?)\s+(?:\w+\s+)?\Z",
    re.IGNORECASE,
)
# An adverb of manner after the comparative: "more slowly", "less sharply".
_MANNER_AFTER = lazy_pattern(r"\s+[a-z]+ly\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Between:
    """A comparative between two stated numbers: where it starts in the quote and its word."""

    start: int
    end: int
    word: str
    shown: str = ""
    """The words the comparison is said in, when they are not all between the numbers."""


def between(text: str, first_end: int, second_start: int) -> Between | None:
    """The comparison the words between two numbers make, when they make one."""
    gap = text[first_end:second_start]
    found = _COMPARED.search(gap)
    if found is None:
        return _split(text, first_end, second_start)
    word = " ".join(found.group("word").lower().split())
    return Between(first_end + found.start(), second_start, word)


def _split(text: str, first_end: int, second_start: int) -> Between | None:
    """A comparative split around the first number ("higher in A (7.9) than in B (3.9)")."""
    if _SPLIT_THAN.match(text, first_end, second_start) is None:
        return None
    word = _SPLIT_WORD.search(text, max(0, first_end - 100), first_end)
    if word is None or _MOVED_BEFORE.search(text, max(0, word.start() - 30), word.start()):
        return None  # "fell more in May (-2.2%) than in April": moves compared, not levels
    if _MANNER_AFTER.match(text, word.end()):
        return None  # "grew more slowly in June (0.2%) than in May"
    than = text[first_end:second_start].strip(" ,()")
    shown = f"{word.group('word')} ... {than}"
    return Between(first_end, second_start, f"{word.group('word').lower()} than", shown)


def judge_between(
    text: str, found: Between, first: Fraction, second: Fraction, shown: tuple[str, str]
) -> Statement:
    """The comparison judged between the two bound figures' values."""
    lower = found.word in _LOWER
    holds = first < second if lower else first > second
    sign = "<" if first < second else (">" if first > second else "=")
    computed = f"{shown[0]} {sign} {shown[1]}"
    verdict = Verdict.SUPPORTED if holds else Verdict.CONTRADICTED
    said = "below" if lower else "above"
    words = found.shown or text[found.start : found.end].strip()
    explanation = (
        f"{words}: {computed}, so the first figure is "
        f"{'' if holds else 'not '}{said} the second ({verdict.words})"
    )
    return Statement(
        stated=text[found.start : found.end].strip(),
        computed=computed,
        rule="a comparison between two figures of the claim holds when they stand as it says",
        verdict=verdict,
        explanation=explanation,
        quantity=Quantity.DIRECTION,
        rule_id="several.between",
        start=found.start,
        end=found.end,
    )
