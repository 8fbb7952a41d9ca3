"""What every quantity's judge shares: the record of a claim's statements and notes, how a
statement is built from a mention, and the notes about written precision and rounding."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge import notes as _notes
from claimcheck.engine.judge.context import Context
from claimcheck.engine.read.reader import Mention
from claimcheck.model import Quantity, Statement, Verdict

__all__ = ["Judged", "ValueUse", "flip", "precision", "review", "statement"]


@dataclass(frozen=True, slots=True)
class ValueUse:
    """A number on its own held against one referenced figure (for engine/judge/agreement)."""

    start: int
    text: str
    ref: str  # the figure's reference, or a worked-out quantity's name ("the difference")
    verdict: Verdict
    alone: bool  # the figure was the only thing the number could stand for
    worked_out: Quantity | None = None  # the worked-out quantity it matched: a difference...
    bound: bool = False  # the number is a bound ("more than 40", "nearly 50")
    equal: bool = False  # its value, as written, is the figure's ("more than 40" against 40)

    @property
    def key(self) -> str:
        """What the number was held against: a figure, or a kind of worked-out quantity."""
        return self.ref if self.worked_out is None else f"worked out: {self.worked_out}"


@dataclass(slots=True)
class Judged:
    """The statements of one claim and the editorial notes they raised."""

    statements: list[Statement] = field(default_factory=list)
    values: list[ValueUse] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def note(self, text: str | None) -> None:
        if text is not None and text not in self.notes:
            self.notes.append(text)


def statement(
    mention: Mention,
    quantity: Quantity,
    verdict: Verdict,
    explanation: str,
    *,
    computed: str = "",
    rule: str = "",
    exact: Fraction | None = None,
    rule_id: str | None = None,
) -> Statement:
    comparator = mention.comparator.value if mention.comparator else "check"
    if mention.qualifier is not None:
        comparator = mention.qualifier.id
    return Statement(
        stated=mention.text,
        computed=computed,
        rule=rule,
        verdict=verdict,
        explanation=explanation,
        quantity=quantity,
        rule_id=rule_id or f"{mention.family.id}.{comparator}",
        exact=None if exact is None else str(exact),
        start=mention.start,
        end=mention.end,
    )


def review(mention: Mention, quantity: Quantity, why: str) -> Statement:
    return statement(
        mention,
        quantity,
        Verdict.NEEDS_REVIEW,
        f"{mention.text}: {why} ({Verdict.NEEDS_REVIEW.words})",
        rule="needs figures this claim does not give",
    )


def span_review(
    stated: str,
    start: int,
    end: int,
    why: str,
    *,
    quantity: Quantity,
    rule: str,
    rule_id: str,
    computed: str = "",
    said: str | None = None,
) -> Statement:
    """A needs-review statement for words of the quote that are no number (``start:end``):
    the explanation opens with ``said`` (the stated words unless given), then ``why``."""
    return Statement(
        stated=stated,
        computed=computed,
        rule=rule,
        verdict=Verdict.NEEDS_REVIEW,
        explanation=f"{said or stated}: {why} ({Verdict.NEEDS_REVIEW.words})",
        quantity=quantity,
        rule_id=rule_id,
        start=start,
        end=end,
    )


def precision(
    mention: Mention, ctx: Context, out: Judged, roles: tuple[Role, ...], *, absolute: bool = False
) -> None:
    """A note when the number is written more precisely than the figures it comes from."""
    if mention.number is None:
        return
    sources = [figure.number for role in roles if (figure := ctx.figure(role)) is not None]
    out.note(_notes.overstated_precision(mention.number, sources, absolute=absolute))


def flip(
    mention: Mention,
    ctx: Context,
    out: Judged,
    verdict: Verdict,
    amount: Callable[[Fraction, Fraction], Fraction | None],
    judge: Callable[[Fraction], Verdict],
    shown: Callable[[Fraction], str],
) -> None:
    """A note when the rounding of the from and to figures could change the verdict."""
    first, second = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    if (
        first is None
        or second is None
        or not (_notes.source_rounded(first.number) or _notes.source_rounded(second.number))
    ):
        return
    corners = [
        result
        for a in _notes.source_interval(first.number)
        for b in _notes.source_interval(second.number)
        if (result := amount(a, b)) is not None
    ]
    out.note(_notes.could_flip(verdict, corners, judge, shown))
