"""A figure a ranking gives for another place than the claim's: "Leeds had the second highest
rate, behind York with 7.1%" with only Leeds's figure referenced.

A quote that ranks one place often gives the figure of the place it is ranked against. That
number is held against the claim's own figure and fails, but it is no evidence of an error:
it belongs to a place the claim does not reference. When the quote ranks (a statement of rank)
and a contradicted number is governed by the name of another place (written with a capital,
not a referenced label or line: "behind York with 7.1%", "after York's 7.1%", "York, on 7.1%",
"behind York (7.1%)"), the number needs review, never contradicted. The claim's own place
("Leeds had the second highest rate, with 6.9%") keeps its number checked.
"""

from __future__ import annotations

from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged
from claimcheck.model import Quantity, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["other_place_figures"]

# A capitalised name, then what ties a number to it: "York with", "York's", "York, on", "York
# topped the table with", "behind York (7.1%)"; the number follows at the end.
_GOVERNED = lazy_pattern(
    r"(?<![A-Za-z])(?P<place>[A-Z][a-z'.-]+(?:\s+(?:[A-Z][a-z'.-]+|upon|on|of|and))*?"
    r"(?:\s+[A-Z][a-z'.-]+)?)"
    r"(?:(?:'s?|,?\s+(?:(?:[a-z]+\s+){0,4}?(?:with|on|at|of|had|has|recorded|reported|saw)))\s+"
    r"|\s*[(]\s*)(?:(?:a|an|the|just|only|some|about|around|nearly|almost|over|under)\s+){0,2}$"
)
# Words that begin a sentence or name no place.
_NOT_PLACES = frozenset(
    (
        "The", "A", "An", "In", "It", "Its", "This", "That", "These", "Those", "There", "Their",
        "They", "We", "He", "She", "But", "And", "Or", "Figures", "Data", "Statistics",
        "Overall", "Meanwhile", "However", "Last", "Next",
    )
)  # fmt: skip


def _referenced(ctx: Context) -> frozenset[str]:
    """The referenced figures' own labels and line names, in lower case."""
    found = {name.lower() for name in ctx.line_names}
    for reference in ctx.references.values():
        if reference.figure.label is not None:
            found.add(reference.figure.label.lower())
        found.add(reference.figure.name.lower())
    return frozenset(found)


def other_place_figures(wording: str, ctx: Context, out: Judged) -> None:
    """Contradicted numbers of a ranking quote said of another place need review."""
    if not any(item.quantity is Quantity.RANK for item in out.statements):
        return
    own = _referenced(ctx)
    for index, item in enumerate(out.statements):
        if item.verdict is not Verdict.CONTRADICTED or item.quantity is not Quantity.VALUE:
            continue
        if item.start is None:
            continue
        found = _GOVERNED.search(wording, max(0, item.start - 80), item.start)
        if found is None:
            continue
        place = found.group("place")
        if place.split()[0] in _NOT_PLACES or any(place.lower() in name for name in own):
            continue
        why = (
            f"it is said of {place}, a place the ranking is measured against, whose figure the "
            "claim does not reference: reference that figure to check it"
        )
        review = Verdict.NEEDS_REVIEW
        out.statements[index] = item.model_copy(
            update={
                "verdict": review,
                "explanation": f"{item.stated}: {why} ({review.words})",
                "rule": "a number a ranking gives for another place is not the claim's figure",
                "rule_id": "quote.other-place",
            }
        )
