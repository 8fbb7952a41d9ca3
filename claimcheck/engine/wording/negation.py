"""Negated wording: "has not doubled", "did not rise", "is no longer rising".

A negated statement says the opposite of its words, and a sentence such as "crime has not
doubled" is true for every figure but one narrow band, so claimcheck does not judge it
automatically: the statement needs review, and its explanation gives what the words would
get without the negation, so an editor can decide in a moment.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.engine.wording.families import Example, Family, Kind
from claimcheck.model import Quantity, Statement, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["NEGATIONS", "negate", "negation"]


NEGATIONS: Final = (
    Family(
        "negation",
        "Negated wording",
        Kind.NOT_A_CLAIM,
        Quantity.DIRECTION,
        None,
        ("not", "n't", "never", "no longer", "nor", "neither"),
        "A statement governed by a negation (the word just before it, or up to two words "
        "before it: 'has not doubled', 'didn't fall', 'is no longer rising', 'never rose') "
        "is not checked automatically: it needs review, and the explanation gives what the "
        "words would get without the negation. Negations inside a qualifier ('no more than', "
        "'not less than', 'not quite') are qualifiers, read as such.",
        (
            Example("crime has not doubled", Verdict.NEEDS_REVIEW, before="100", after="200"),
            Example("arrests did not rise", Verdict.NEEDS_REVIEW, before="100", after="90"),
            Example(
                "the number of offences didn't fall", Verdict.NEEDS_REVIEW, before="100", after="90"
            ),
            Example("is no longer rising", Verdict.NEEDS_REVIEW, before="100", after="120"),
        ),
    ),
)

_NEGATION = lazy_pattern(
    r"(?:(?<![A-Za-z])(?P<word>not|never|no\s+longer|nor|neither)"
    r"|(?<=[A-Za-z])(?P<short>n[’']t))"
    r"(?:\s+[A-Za-z]+){0,2}\s+$",
    re.IGNORECASE,
)


def negation(text: str, start: int) -> str | None:
    """The negation governing the statement that starts at ``start`` in ``text``, if any."""
    found = _NEGATION.search(text, max(0, start - 40), start)
    if found is None:
        return None
    return found.group("word") or found.group("short")


def negate(statement: Statement, word: str) -> Statement:
    """``statement`` as a negated statement: needs review, with the unnegated reading shown."""
    explanation = statement.explanation
    if statement.verdict is not Verdict.NEEDS_REVIEW:
        explanation = (
            explanation.rsplit(" (", 1)[0] + f", so '{statement.stated}' alone would "
            f"be {statement.verdict.words}"
        )
    return statement.model_copy(
        update={
            "verdict": Verdict.NEEDS_REVIEW,
            "explanation": f"{explanation}; but '{word}' negates it, and claimcheck does not check "
            f"negated wording ({Verdict.NEEDS_REVIEW.words})",
            "rule": "negated wording is checked by an editor",
            "rule_id": f"negation.{statement.rule_id}",
        }
    )
