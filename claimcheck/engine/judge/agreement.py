"""Statements of one quote that cannot all be about the claim's figures.

Each statement of a quote is judged against the claim's references on its own. Three kinds
of disagreement between them show that a quote speaks of more than those figures, and then a
statement that fails is not evidence of an error, only of a figure the claim does not give:

- **A figure stated twice.** "From 2,210 in 2019 to 4,480 in 2023" with only the 2023 figure
  referenced: 4,480 matches it, and 2,210, which has no figure of its own, was held against the
  same one. A figure has one value, so a second number held against it alone is another figure:
  the claim needs review (reference that figure too, or correct the number), never contradicted.
- **A change stated twice.** "Revised up by 300 ..., and April's was revised up by 40" with one
  pair of figures referenced: a pair has one difference (one percentage change, one change in
  points), so when one amount matches it, an amount of the same kind that does not is about
  another pair.
- **Movements that disagree.** "Waiting times rose everywhere except the islands, where they held
  steady", with the islands' figures referenced: "held steady" holds, so "rose" speaks of
  the other areas. Words that give one pair of figures two different movements
  cannot both be about it: the one that fails needs review.

Each turns a contradicted statement into one that needs review and says why; none ever makes a
statement supported.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.engine.judge.judged import Judged, ValueUse
from claimcheck.engine.read.mentions import Mention, Reading
from claimcheck.engine.wording.families import NO_CHANGE_FAMILIES
from claimcheck.model import Quantity, Statement, Verdict

__all__ = ["disagreements"]

_MOVES = frozenset(
    {
        Quantity.DIRECTION,
        Quantity.PERCENT_CHANGE,
        Quantity.DIFFERENCE,
        Quantity.POINTS,
    }
)
_WORDS = {1: "a rise", -1: "a fall", 0: "no change"}


@dataclass(frozen=True, slots=True)
class _Held:
    """A statement of a movement that holds for the claim's figures."""

    move: int
    statement: Statement


def disagreements(reading: Reading, out: Judged) -> None:
    """Contradicted statements that another statement of the quote shows to be about other
    figures become statements that need review."""
    by_start = {mention.start: mention for mention in reading.mentions}
    _twice_stated(out)
    _amounts(out)
    _moves(by_start, out)


def _twice_stated(out: Judged) -> None:
    _bound_by_slack(out)
    held = {use.key: use for use in out.values if use.verdict is Verdict.SUPPORTED}
    for use in out.values:
        twin = held.get(use.key)
        if use.verdict is not Verdict.CONTRADICTED or not use.alone or twin is None:
            continue
        if use.bound and use.equal and twin.bound and not twin.equal:
            # "more than 40 ..., nearly 50 at its peak" against 40: the figure is the bound
            # whose number it is, so that bound is judged; the other speaks of another figure.
            _unbind(out, twin, use)
            continue
        why = (
            f"{use.ref} is already stated in this quote as {twin.text}, and a figure has one "
            f"value, so {use.text} is another figure, which the claim does not reference: "
            "reference it to check it, or correct the number"
        )
        _review(out, use.start, Quantity.VALUE, use.text, why)


_AMOUNTS = frozenset({Quantity.DIFFERENCE, Quantity.PERCENT_CHANGE, Quantity.POINTS})


def _amounts(out: Judged) -> None:
    held = {
        item.quantity: item.stated for item in out.statements if item.verdict is Verdict.SUPPORTED
    }
    for use in out.values:
        if use.worked_out in _AMOUNTS and use.verdict is Verdict.SUPPORTED:
            held.setdefault(use.worked_out, use.text)
    for item in list(out.statements):
        twin = held.get(item.quantity)
        if (
            item.quantity not in _AMOUNTS
            or item.verdict is not Verdict.CONTRADICTED
            or twin is None
            or item.start is None
        ):
            continue
        why = (
            f"this quote also says '{twin}', which holds for the referenced figures, and one "
            f"pair of figures has one {item.quantity.value.replace('_', ' ')}: "
            f"'{item.stated}' speaks of figures the claim does not reference"
        )
        _review(out, item.start, item.quantity, item.stated, why)


def _movement(statement: Statement, by_start: dict[int, Mention]) -> int | None:
    """+1, -1 or 0 (no change) for a statement that says which way the figures moved."""
    if statement.quantity not in _MOVES or statement.start is None:
        return None
    mention = by_start.get(statement.start)
    if mention is None:
        return None
    if mention.family.id in NO_CHANGE_FAMILIES:
        return 0
    return mention.sign or None


def _moves(by_start: dict[int, Mention], out: Judged) -> None:
    held = [
        _Held(move, item)
        for item in out.statements
        if item.verdict is Verdict.SUPPORTED and (move := _movement(item, by_start)) is not None
    ]
    if not held:
        return
    for item in list(out.statements):
        move = _movement(item, by_start)
        if item.verdict is not Verdict.CONTRADICTED or move is None or item.start is None:
            continue
        other = next((said for said in held if said.move != move), None)
        if other is None:
            continue
        why = (
            f"this quote also says '{other.statement.stated}', which holds for the referenced "
            f"figures, and they cannot show both {_WORDS[other.move]} and {_WORDS[move]}: "
            f"'{item.stated}' speaks of figures the claim does not reference"
        )
        _review(out, item.start, item.quantity, item.stated, why)


def _bound_by_slack(out: Judged) -> None:
    """'48,212 singers today, short of nearly 52,000 at best' against 48,212: the figure is the
    number that is its value; a bound that holds of it only by its slack is another figure."""
    exact = {
        use.key: use
        for use in out.values
        if use.verdict is Verdict.SUPPORTED and use.equal and not use.bound and use.alone
    }
    for use in out.values:
        twin = exact.get(use.key)
        if twin is None or use is twin or not use.bound or use.equal or not use.alone:
            continue
        if use.verdict is Verdict.SUPPORTED:
            _unbind(out, use, twin)


def _unbind(out: Judged, other: ValueUse, bound: ValueUse) -> None:
    """``other``, a bound that held only by its slack, is another figure than ``bound``'s."""
    why = (
        f"{other.ref} is the number of '{bound.text}', so {other.text} is another figure, "
        "which the claim does not reference: reference it to check it"
    )
    for index, item in enumerate(out.statements):
        if item.start == other.start and item.quantity is Quantity.VALUE:
            out.statements[index] = item.model_copy(
                update={
                    "verdict": Verdict.NEEDS_REVIEW,
                    "explanation": f"{other.text}: {why} ({Verdict.NEEDS_REVIEW.words})",
                    "rule": "a figure binds first to the number that is its value",
                    "rule_id": "quote.bound-elsewhere",
                }
            )
            return


def _review(out: Judged, start: int, quantity: Quantity, stated: str, why: str) -> None:
    for index, item in enumerate(out.statements):
        if item.start != start or item.quantity is not quantity:
            continue
        if item.verdict is not Verdict.CONTRADICTED:
            return
        review_ = Verdict.NEEDS_REVIEW
        out.statements[index] = item.model_copy(
            update={
                "verdict": review_,
                "explanation": f"{stated}: {why} ({review_.words})",
                "rule": "statements of one quote that disagree are not all about its figures",
                "rule_id": "quote.disagree",
            }
        )
        return
