"""Where a clause with a verb of its own begins: a new subject, or a second predicate.

Two kinds of clause begin a statement of their own inside a sentence:

- **A clause with its own subject and finite verb** after a bare comma or a semicolon (a
  comma splice: "the rate of A has held steady, the rate of B has risen"), as after "and" or
  "but". The subject is a few words (at most seven, with no number and no punctuation) that
  do not open with a little word of a phrase ("a", "up", "in", "which"), followed by a finite
  verb: an auxiliary or copula ("has", "was", "remains") or a verb that moves a figure
  ("rose", "fell", "edged"). So a list ("in Leeds, Hull and York"), an age after a name ("Mr
  Jones, 41, said"), a level and its change ("5,210 thefts, down 3%") and an apposition ("a
  rise of 3%") open no clause.
- **A second predicate of the same subject** after "and" or "but": "X was 31 per cent higher
  than in 2015, and is the largest count yet recorded". It opens with an auxiliary or copula
  ("is", "was", "has", "remains"), and its quote starts there; the subject is the one before.
  "rose and then fell" is no second predicate: it moves one figure twice.
"""

from __future__ import annotations

import re

from claimcheck.text.lazy import lazy_pattern

__all__ = ["AUXILIARY", "finite_verb", "opens_clause", "second_predicate"]

# Auxiliaries and copulas: the verbs a second predicate opens with.
AUXILIARY = (
    r"(?:is|are|was|were|has|have|had|remains|remained|stays|stayed|will|would|could|may"
    r"|might|can)"
)
# A finite verb: an auxiliary or copula, or a verb that moves a figure in the past tense.
_FINITE = lazy_pattern(
    rf"\b(?:{AUXILIARY}|rose|grew|fell|increased|decreased|declined|dropped|climbed|jumped"
    r"|slipped|dipped|eased|improved|worsened|slowed|accelerated|edged|ticked|inched|crept"
    r"|held|plunged|soared|surged|slumped|rebounded|doubled|tripled|halved|reached|hit"
    r"|stood|totalled|totaled|accounted)\b",
    re.IGNORECASE,
)
_WORD = lazy_pattern(r"[^\W\d_][\w'’-]*")
# Words that open a phrase, not a subject: "a rise of 3%", "up 3%", "in Leeds", "which was".
_NOT_SUBJECT = frozenset(
    [
        "a", "an", "up", "down", "to", "from", "in", "on", "at", "by", "of", "for", "with", "into",
        "than", "as", "which", "who", "whose", "that", "where", "when", "while", "whereas", "and",
        "but", "or", "nor", "so", "then", "also", "including", "compared", "against", "since",
        "after", "before", "nearly", "almost", "about", "around", "some", "just", "only", "more",
        "less", "fewer", "over", "under",
    ]
)  # fmt: skip
# A sentence adverb before a clause's subject: "finally, rents fell", "meanwhile rents fell".
_ADVERB = lazy_pattern(
    r"(?:finally|meanwhile|however|also|additionally|elsewhere|overall|similarly|in\s+addition"
    r"|by\s+contrast|in\s+contrast)\b,?\s+",
    re.IGNORECASE,
)
_SECOND = lazy_pattern(rf"{AUXILIARY}\b", re.IGNORECASE)
_SUBJECT_WORDS = 7


def finite_verb(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first finite verb of ``text[start:end]``, if any."""
    return _FINITE.search(text, start, end)


def opens_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a subject of its own and a finite verb ("the
    rate of fixed-term exclusions has risen", "robberies fell")."""
    adverb = _ADVERB.match(text, start, end)
    if adverb is not None:
        start = adverb.end()
    verb = finite_verb(text, start, end)
    if verb is None or verb.start() == start:
        return False
    before = text[start : verb.start()]
    words = _WORD.findall(before)
    return (
        0 < len(words) <= _SUBJECT_WORDS
        and words[0].lower() not in _NOT_SUBJECT
        and " ".join(words) == " ".join(before.split())
    )


def second_predicate(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (the words after "and" or "but") opens a second predicate
    of the subject before: an auxiliary or copula with no subject of its own ("is the highest
    on record", "has fallen in coastal towns")."""
    return _SECOND.match(text, start, end) is not None
