"""Changes stated by a bare verb and no number: "the number of robberies fell", "the rate of
temporary exclusions has increased overall".

A sentence with no number that says a line rose or fell is a claim the tables can check: from
the line's period before to its latest, when its words name exactly one line by meaning
(``records.link_series``) and it speaks of the table's latest period (the period the article's
numbers link, or the periods its own words name). Anything else is drafted as nothing: a guess
at the line or the period would become a wrong verdict.

The verbs are the wording table's own rising and falling words (``engine.wording.phrases``) in
their finite past forms ("rose", "has fallen", "went up"), and "up" or "down" after a copula
("were slightly down"), or before the period it moved from in a headline with no verb ("Road
deaths slightly down from previous year"), so a draft proposes such a claim only
in words the check reads as a direction. A verb that is no statement of fact is never read as
one: a conditional or a forecast ("would have fallen", "is expected to rise", "could rise"), an
opinion ("analysts believe prices rose"), a negation ("has not risen"), or an adjective after an
article ("an increased number").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

from claimcheck.article.drafting.link_table import Cell, Period, period_of, without_anchor_year
from claimcheck.engine.read.particles import DEGREE_ADVERBS
from claimcheck.engine.wording.phrases import FALLING_WORDS, RISING_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["BARE_VERBS", "bare_move", "of_the_period"]

# The past forms of the table's verbs that do not end in "-ed".
_IRREGULAR: Final = frozenset(
    [
        "rose",
        "risen",
        "grew",
        "grown",
        "fell",
        "fallen",
        "sank",
        "shrank",
        "shrunk",
        "slid",
        "leapt",
    ]
)
_PHRASAL: Final = ("went", "gone", "shot")
# Words of the table ending in "-ed" that are no verb of a line's own movement.
_NOT_VERBS: Final = frozenset(["reduced"])


def _bare_verbs() -> tuple[str, ...]:
    """The table's rising and falling words that state a move as a finite past verb."""
    found = []
    for word in (*RISING_WORDS, *FALLING_WORDS):
        first = word.split()[0]
        if " " in word:
            if first in _PHRASAL:
                found.append(word)
        elif (word.endswith("ed") and word not in _NOT_VERBS) or word in _IRREGULAR:
            found.append(word)
    return tuple(sorted(set(found), key=len, reverse=True))


BARE_VERBS: Final = _bare_verbs()
_VERB = lazy_pattern(
    r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in BARE_VERBS) + r")\b"
    # "were slightly down during 2022": a copula and "up" or "down", as the check reads them
    rf"|\b(?:was|were|is|are|been)\s+(?:{DEGREE_ADVERBS}\s+)?(?:up|down)\b"
    r"(?!\s*(?:[£$€]?\d|to\b))"
    # a headline with no verb: "Road deaths slightly down from previous year"
    rf"|\b(?:{DEGREE_ADVERBS}\s+)?(?:up|down)\s+(?:from|on)\s+(?:the\s+)?(?:previous|last|prior)"
    r"\s+(?:year|month|quarter)\b",
    re.IGNORECASE,
)
# Just before the verb: a modal, an infinitive, a negation or an article ("would have fallen",
# "to rise", "has not risen", "an increased number").
_NOT_STATED_BEFORE = lazy_pattern(
    r"(?:\b(?:would|could|might|may|will|shall|should|must|can|cannot|to|not|never|no\s+longer"
    r"|a|an|the|its|their|his|her)|n['’]t)\s+(?:(?:have|has|had|be|been|being)\s+)?\Z",
    re.IGNORECASE,
)
# Anywhere before the verb in its clause: a forecast, a condition or an opinion.
_OPINION = lazy_pattern(
    r"\b(?:expect\w*|forecast\w*|predict\w*|project(?:ed|ion|ions|s)|likely|unlikely|set\s+to"
    r"|due\s+to|if|unless|whether|believe\w*|think\w*|thought|fear\w*|hope\w*|warn\w*"
    r"|suggest\w*|claim\w*|estimate\s+that|assum\w+|want\w*|aim\w*|plan\w*|target\w*)\b",
    re.IGNORECASE,
)


def bare_move(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first verb of ``text[start:end]`` that states a rise or a fall as a fact, after words
    of a subject; None when there is none."""
    for verb in _VERB.finditer(text, start, end):
        before = text[start : verb.start()]
        if not before.strip() or _NOT_STATED_BEFORE.search(before):
            continue
        if _OPINION.search(before):
            return None
        return verb
    return None


def of_the_period(quoted: str, cells: Sequence[Cell], spoken: Collection[Period]) -> bool:
    """Whether a change stated by a bare verb, linked to ``cells`` (from, to), speaks of their
    periods: every period its words name is one of theirs ("rose in 2023"), or, naming none,
    its latest is a period the article's numbers speak of (``spoken``)."""
    named = period_of(without_anchor_year(quoted))
    held = [cell.period for cell in cells if cell.period is not None]
    if named is not None and (named.years or named.months):
        years = {year for period in held for year in period.years}
        months = {month for period in held for month in period.months}
        return named.years <= years and named.months <= months
    return bool(held) and held[-1] in spoken
