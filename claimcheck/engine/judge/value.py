"""A number on its own ("640 crimes", "37%"), matched to the figure it stands for.

The number may stand for any referenced figure of its kind, or for a quantity simply worked
out from them (the change, the difference, the share): each is a ``Candidate``, and the
number is judged against the one it fits best.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from claimcheck.claimfile.records import Figure, Role
from claimcheck.engine.judge import explain as _explain
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge import notes as _notes
from claimcheck.engine.judge.compare import Comparator, Stated, compare
from claimcheck.engine.judge.context import Context, percent_change
from claimcheck.engine.judge.judged import Judged, ValueUse, review, statement
from claimcheck.engine.judge.signs import Outcome, fall_against_unsigned, said_to_fall
from claimcheck.engine.read.reader import Mention
from claimcheck.model import Quantity, Verdict
from claimcheck.numbers.number import Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Candidate", "candidates", "is_percent", "is_signed", "value"]

_OF = lazy_pattern(r"\s+of(?![A-Za-z])")
_PERCENT_END = lazy_pattern(r"(?:%|per\s*cent|percent)$", re.IGNORECASE)
_PERCENT_WORD = lazy_pattern(r"%|per\s*cent|percent|points?(?![a-z])", re.IGNORECASE)
_ROLES = (Role.FIGURE, Role.FROM, Role.TO, Role.PART, Role.WHOLE)


@dataclass(frozen=True, slots=True)
class Candidate:
    """What a number may stand for: a referenced figure, or a quantity worked out from them."""

    label: str  # "the from figure (x) is 151", "the change is +324%"
    amount: Fraction
    figure: Figure | None  # None for a worked-out quantity
    worked_out: Quantity | None = None  # what a worked-out quantity is: a difference, a share


@dataclass(frozen=True, slots=True)
class Trial:
    """One candidate and the verdict the number gets against it."""

    verdict: Verdict
    candidate: Candidate


def is_percent(mention: Mention) -> bool:
    """Whether a number (or a range, "between 40 and 50 per cent") states a percentage."""
    if mention.number is not None and mention.number.unit is Unit.PERCENT:
        return True
    return mention.stated.high is not None and _PERCENT_END.search(mention.text) is not None


def is_signed(mention: Mention) -> bool:
    """'a change of -5%', '+300': a number written with its sign states the signed change."""
    return mention.number is not None and mention.number.text[:1] in ("+", "-", "−")


def _share_of(mention: Mention, ctx: Context) -> bool:
    """'between 40 and 50 per cent of' with part and whole: it can only state the share."""
    return (
        is_percent(mention)
        and ctx.figure(Role.PART) is not None
        and _OF.match(ctx.wording, mention.end) is not None
    )


def unit_written_once(mention: Mention, ctx: Context) -> bool:
    """'down from 1.37', '(11.47) per cent': a bare decimal beside rates written with their
    unit, against percentage figures, is a rate whose unit the writer gave only once."""
    number = mention.number
    return (
        number is not None
        and number.unit is Unit.NONE
        and "." in number.text
        and ctx.percentages
        and _PERCENT_WORD.search(ctx.wording) is not None
    )


def candidates(mention: Mention, ctx: Context) -> list[Candidate]:
    """What a number on its own may stand for: a referenced figure or a simple derivation."""
    percent = is_percent(mention) or unit_written_once(mention, ctx)
    found: list[Candidate] = []
    for role in _ROLES:
        figure = ctx.figure(role)
        if figure is not None and mention.base is not None and not percent:
            rebased = _rebased(figure, mention.base)
            if rebased is not None:
                found.append(rebased)
                continue
        if figure is None or (figure.number.unit is Unit.PERCENT) != percent:
            continue
        label, amount = f"{figure.ref} is {figure.number.text}", figure.number.value
        if (
            amount < 0
            and not is_signed(mention)
            and said_to_fall(ctx.wording, mention.start, mention.end)
        ):
            # "losing 11,400" against -11.4 thousand: the words give the sign, the number
            # the size of the fall
            label, amount = f"{label}, a fall of {figure.number.text.lstrip('-−')}", -amount
        found.append(Candidate(label, amount, figure))
    change = _change_candidate(mention, ctx, percent)
    if change is not None:
        found.append(change)
    shared = ctx.share()
    if percent and shared is not None and ctx.figure(Role.PART) is not None:
        amount = shared.proportion * 100
        working = f"{shared.working} is {fmt.percent(amount)}"
        found.append(Candidate(working, amount, None, Quantity.SHARE))
    return found


def _rebased(figure: Figure, base: Fraction) -> Candidate | None:
    """A percentage read as a rate per ``base``: 0.20% is 20 per 10,000 (a percentage is a
    rate per 100, so the two are one figure at two bases)."""
    if figure.number.unit is not Unit.PERCENT or base <= 0:
        return None
    amount = figure.number.value * base / 100
    label = f"{figure.ref} is {figure.number.text}, {fmt.number(amount)} per {fmt.number(base)}"
    return Candidate(label, amount, figure)


def _change_candidate(mention: Mention, ctx: Context, percent: bool) -> Candidate | None:
    """The percentage change, or the difference, between the from and to figures."""
    before, after = ctx.before, ctx.after
    if before is None or after is None:
        return None
    signed = is_signed(mention)
    if percent and before > 0 and not ctx.percentages:
        change = percent_change(before, after)
        amount = change if signed else abs(change)
        label = f"the change is {fmt.signed_percent(change)}"
        return Candidate(label, amount, None, Quantity.PERCENT_CHANGE)
    if not percent and signed:
        label = f"the difference is {fmt.signed(after - before, 2)}"
        return Candidate(label, after - before, None, Quantity.DIFFERENCE)
    if not percent:
        label = f"the difference is {fmt.number(abs(after - before))}"
        return Candidate(label, abs(after - before), None, Quantity.DIFFERENCE)
    return None


def _narrow(mention: Mention, ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """The candidates the wording leaves: "rose to 290" names the to figure (rule 1)."""
    named = ctx.named_role(mention.start) if len(found) > 1 else None
    if named is not None:
        chosen = ctx.figure(named)
        found = [item for item in found if item.figure is chosen] or found
    if mention.sign < 0:
        # "fell by 45%" against a source that gives the change itself as -45%.
        found = [replace(item, amount=abs(item.amount)) for item in found]
    return found


_LETTER_M = lazy_pattern(r"m(?![A-Za-z])")
_MILLION = Fraction(10**6)


def in_millions(mention: Mention, ctx: Context) -> Mention:
    """'nearly 3m parcels': a whole number with an 'm' the number reader left alone (it may be
    metres) is read as millions when a referenced figure is of that size and not of the
    number's own: the figure settles which the writer meant."""
    number = mention.number
    if (
        number is None
        or number.unit is not Unit.NONE
        or not _LETTER_M.match(ctx.wording, mention.end)
    ):
        return mention
    sizes = [
        figure.number.value
        for role in _ROLES
        if (figure := ctx.figure(role)) is not None and figure.number.unit is Unit.NONE
    ]
    scaled = mention.stated.value * _MILLION
    if not any(scaled / 2 <= size <= scaled * 2 for size in sizes):
        return mention
    return replace(
        mention,
        end=mention.end + 1,
        text=ctx.wording[mention.start : mention.end + 1],
        stated=Stated(scaled, mention.stated.step * _MILLION),
        number=replace(
            number,
            value=scaled,
            step=number.step * _MILLION,
            text=f"{number.text}m",
        ),
    )


def value(mention: Mention, ctx: Context, out: Judged) -> None:
    """A number on its own, matched to the figure (or derived quantity) it stands for."""
    mention = in_millions(mention, ctx)
    comparator = mention.comparator or Comparator.EXACT
    found = candidates(mention, ctx)
    if not found:
        out.statements.append(
            review(mention, Quantity.VALUE, "no referenced figure of this kind to compare it with")
        )
        return
    trials = [
        Trial(compare(comparator, mention.stated, item.amount, ctx.policy), item)
        for item in _narrow(mention, ctx, found)
    ]
    best = min(trials, key=lambda trial: _binding(trial, mention, comparator))
    chosen = best.candidate
    shown = mention.number.text if mention.number is not None else fmt.number(chosen.amount)
    if comparator is Comparator.BETWEEN and mention.stated.high is not None:
        shown = f"{fmt.number(mention.stated.value)} and {fmt.number(mention.stated.high)}"
    outcome = _currency(mention, chosen, _outcome(mention, ctx, comparator, trials, best, shown))
    outcome = _rate_against(mention, chosen, outcome)
    outcome = _coarser_source(mention, chosen, outcome)
    outcome = fall_against_unsigned(mention, ctx, chosen.figure, outcome)
    out.statements.append(
        statement(
            mention,
            Quantity.VALUE,
            outcome.verdict,
            outcome.text,
            computed=_computed(mention, chosen, outcome.matched),
            exact=chosen.amount if outcome.matched else None,
            rule=_explain.rule(comparator, mention.stated, shown, ctx.policy),
        )
    )
    if outcome.matched:
        use = ValueUse(
            mention.start,
            mention.text,
            chosen.figure.ref if chosen.figure is not None else chosen.label.partition(" is ")[0],
            outcome.verdict,
            len(trials) == 1,
            chosen.worked_out,
            bound=comparator
            not in (Comparator.EXACT, Comparator.ABOUT, Comparator.MULTIPLE, Comparator.BETWEEN),
            equal=compare(Comparator.EXACT, mention.stated, chosen.amount, ctx.policy)
            is Verdict.SUPPORTED,
        )
        out.values.append(use)
    _value_notes(mention, ctx, out, comparator, outcome.verdict, chosen.figure)


def _outcome(
    mention: Mention,
    ctx: Context,
    comparator: Comparator,
    trials: list[Trial],
    best: Trial,
    shown: str,
) -> Outcome:
    verdict, chosen = best.verdict, best.candidate
    contradicted = Verdict.CONTRADICTED
    flipped = [
        trial.candidate.label
        for trial in trials
        if trial.candidate.figure is None
        and trial.candidate.label.startswith("the ")
        and is_signed(mention)
        and trial.candidate.amount != 0
        and compare(comparator, mention.stated, -trial.candidate.amount, ctx.policy)
        is Verdict.SUPPORTED
    ]
    if verdict is contradicted and flipped:
        # "a change of -5%" when it rose 5%: the right size, the wrong way.
        return Outcome(
            verdict, f"{mention.text}: {flipped[0]}, the other way ({contradicted.words})", True
        )
    if (
        verdict is contradicted
        and (len(trials) > 1 or chosen.figure is None)
        and not _share_of(mention, ctx)
        and not _bound_to(mention, comparator, chosen)
    ):
        # The number matches no candidate: nothing computed is its own.
        closest = ", ".join(trial.candidate.label for trial in trials)
        review_ = Verdict.NEEDS_REVIEW
        text = (
            f"{mention.text}: matches no referenced figure or quantity worked out from "
            f"them ({closest}) ({review_.words})"
        )
        return Outcome(review_, text, False)
    words = _explain.assessment(
        comparator, verdict, shown, ctx.policy, equal=chosen.amount == mention.stated.value
    )
    return Outcome(verdict, f"{mention.text}: {chosen.label}, {words} ({verdict.words})", True)


_BOUNDS = (Comparator.EXACT, Comparator.MULTIPLE, Comparator.BETWEEN)


def _binding(trial: Trial, mention: Mention, comparator: Comparator) -> tuple[Fraction, int]:
    """Which candidate a number binds to (rule 1), when the wording names no role.

    A number with a bound ("more than 300", "almost 3,000") is about that number: it binds
    to the nearest figure, never to whichever figure happens to make the bound true. A plain
    number binds to the figure it fits best, and of those fitting equally, the nearest.
    """
    distance = abs(trial.candidate.amount - mention.stated.value)
    if comparator not in _BOUNDS:
        return distance, trial.verdict.severity
    return Fraction(trial.verdict.severity), int(distance > 0)


def _bound_to(mention: Mention, comparator: Comparator, chosen: Candidate) -> bool:
    """'more than 300' beside a figure of 300 (within a tenth of it) is about that figure: a
    bound it breaks is contradicted, not left as matching nothing."""
    stated = mention.stated.value
    return (
        comparator not in _BOUNDS
        and chosen.figure is not None
        and stated != 0
        and abs(chosen.amount - stated) <= abs(stated) / 10
    )


def _coarser_source(mention: Mention, chosen: Candidate, outcome: Outcome) -> Outcome:
    """'2.68 million' against a figure published as 2.7 million: the source is rounded more
    coarsely than the story, and the stated number lies inside the source's rounding, so the
    source cannot show it wrong: it needs review, not contradicted."""
    figure = chosen.figure
    if outcome.verdict is not Verdict.CONTRADICTED or figure is None or mention.number is None:
        return outcome
    step, stated = figure.number.step, mention.stated
    if mention.base is not None and figure.number.unit is Unit.PERCENT:
        step = step * mention.base / 100  # 0.1% is 10 per 10,000, to the nearest 10
    if mention.comparator not in (None, Comparator.EXACT) or not step > stated.step > 0:
        return outcome
    if abs(stated.value - chosen.amount) * 2 > step:
        return outcome
    return _unsettled(
        outcome,
        f"{figure.number.text} is rounded more coarsely than {mention.text}, which lies inside "
        "its rounding: the source cannot settle the extra digits",
    )


def _rate_against(mention: Mention, chosen: Candidate, outcome: Outcome) -> Outcome:
    """'52 per 100,000 people' against a figure ten times its size or more: the figure is
    likely a count, and a rate cannot be checked against a count without the population it
    is taken over, so it needs review. A figure of the rate's own size that disagrees is a
    rate, and contradicts it."""
    if mention.family.id != "rate" or outcome.verdict is not Verdict.CONTRADICTED:
        return outcome
    stated = mention.stated.value
    if chosen.figure is None or stated <= 0 or Fraction(1, 10) < chosen.amount / stated < 10:
        return outcome  # a figure of the rate's own size is a rate, and disagrees
    return _unsettled(
        outcome,
        f"'{mention.text}' is a rate, and a figure this much larger looks like a count: "
        "checking the rate needs the population it is taken over",
    )


def _unsettled(outcome: Outcome, why: str) -> Outcome:
    """A contradicted outcome turned into needs review, with the reason after "but"."""
    review = Verdict.NEEDS_REVIEW
    text = outcome.text.removesuffix(f" ({Verdict.CONTRADICTED.words})")
    return Outcome(review, f"{text}; but {why} ({review.words})", outcome.matched)


def _currency(mention: Mention, chosen: Candidate, outcome: Outcome) -> Outcome:
    """'£3.2bn' against a figure in dollars: at best a review, whatever the amounts."""
    stated = mention.number.currency if mention.number is not None else None
    source = chosen.figure.number.currency if chosen.figure is not None else None
    if not (stated and source and stated != source):
        return outcome
    contradicted = outcome.verdict is Verdict.CONTRADICTED
    verdict = Verdict.CONTRADICTED if contradicted else Verdict.NEEDS_REVIEW
    text = (
        f"{mention.text}: {chosen.label}, in another currency ({stated} stated, "
        f"{source} in the source) ({verdict.words})"
    )
    return Outcome(verdict, text, True)


def _computed(mention: Mention, chosen: Candidate, matched: bool) -> str:
    if not matched:
        # The explanation lists the candidates; no one of them is this number's figure.
        return "no match"
    if chosen.figure is not None and chosen.figure.number.value == chosen.amount:
        return chosen.figure.number.text
    if is_percent(mention):
        return fmt.percent(chosen.amount, 2)
    return fmt.number(chosen.amount)


def _value_notes(
    mention: Mention,
    ctx: Context,
    out: Judged,
    comparator: Comparator,
    verdict: Verdict,
    figure: Figure | None,
) -> None:
    if figure is None or mention.number is None:
        return
    if verdict is Verdict.SUPPORTED:  # a wrong number needs no note about its digits
        out.note(_notes.overstated_precision(mention.number, [figure.number]))
    if _notes.source_rounded(figure.number) and verdict is not Verdict.NEEDS_REVIEW:
        _rounding_note(mention, ctx, out, comparator, verdict, figure)


def _rounding_note(
    mention: Mention,
    ctx: Context,
    out: Judged,
    comparator: Comparator,
    verdict: Verdict,
    figure: Figure,
) -> None:
    """The figure stands for [low, high): its top end itself is not a value it can be."""
    low, top = _notes.source_interval(figure.number)
    high = top - _notes.source_step(figure.number) / 10**6
    unit = figure.number

    def show(x: Fraction) -> str:
        # The top of the interval is shown as itself: "12.45% to 12.55%".
        x = top if x == high else x
        if unit.unit is Unit.PERCENT:
            return fmt.percent(x, 4)
        if unit.currency is not None:
            return fmt.money(x, unit.currency)
        return fmt.number(x, 4)

    out.note(
        _notes.could_flip(
            verdict,
            [low, high],
            lambda x: compare(comparator, mention.stated, x, ctx.policy),
            show,
        )
    )
