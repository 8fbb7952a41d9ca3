"""A stated share ("37% of offences", "one in five", "a third of", "most")."""

from __future__ import annotations

import re

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge import explain as _explain
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge import notes as _notes
from claimcheck.engine.judge.compare import Comparator, Stated, compare
from claimcheck.engine.judge.context import Context, Share
from claimcheck.engine.judge.judged import Judged, precision, review, statement
from claimcheck.engine.judge.later_share import later_share
from claimcheck.engine.judge.per_base import as_rate
from claimcheck.engine.judge.value import value
from claimcheck.engine.read.reader import Mention
from claimcheck.engine.wording.families import Kind
from claimcheck.model import Quantity
from claimcheck.numbers.number import NumberMatch, Unit, find_numbers
from claimcheck.text.lazy import lazy_pattern

__all__ = ["not_quantified", "share"]

# "half of", "a third the": the fraction is of something the words go on to name.
_OF_FIGURE = lazy_pattern(r"\s(?:of|the)$", re.IGNORECASE)
# ... and what they name is a figure: "half of what was forecast", "half the 4.3% rate".
_A_FIGURE = lazy_pattern(r"\s+(?:what(?![a-z])|(?:the\s+)?[£$€]?\d)", re.IGNORECASE)


def share(mention: Mention, ctx: Context, out: Judged) -> None:
    """The share part / whole (or a percentage figure) against the stated share."""
    rate = as_rate(mention, ctx)
    if rate is not None:
        value(rate, ctx, out)  # "12 in every 10,000" against 0.12%: a rate per 10,000
        return
    found = ctx.share()
    if found is None and mention.family.id == "percent-of" and ctx.has_change:
        # "37% of pupils" beside from/to percentages states one of those figures.
        value(mention, ctx, out)
        return
    if (
        found is None
        and mention.family.id == "fraction-of"
        and _OF_FIGURE.search(mention.text)
        and _A_FIGURE.match(ctx.wording, mention.end)
    ):
        found = _ratio_of_figures(ctx)
    if found is None:
        found = later_share(mention, ctx)
    if found is None:
        _without_share(mention, ctx, out)
        return
    unbound = (
        not_quantified(mention, ctx.wording) if found.working.startswith("the figure") else None
    )
    if unbound is not None:
        why = f"{unbound}; checking that share needs part and whole figures"
        out.statements.append(review(mention, Quantity.SHARE, why))
        return
    proportion, working = found.proportion, found.working
    percent = mention.family.id == "percent-of" or (
        mention.number is not None and mention.number.unit is Unit.PERCENT
    )
    default = Comparator.EXACT if percent else Comparator.MULTIPLE
    comparator = mention.comparator or default
    measured = proportion * 100 if percent else proportion
    stated = mention.stated if percent else Stated(mention.stated.value)
    verdict = compare(comparator, stated, measured, ctx.policy)
    shown = fmt.percent(stated.value) if percent else fmt.percent(stated.value * 100)
    words = _explain.assessment(
        comparator, verdict, shown, ctx.policy, equal=measured == stated.value
    )
    computed = fmt.percent(proportion * 100)
    if working.startswith("the figure"):
        text = f"{mention.text}: {working}, {words} ({verdict.words})"
    else:
        text = f"{mention.text}: {working} = {computed}, {words} ({verdict.words})"
    out.statements.append(
        statement(
            mention,
            Quantity.SHARE,
            verdict,
            text,
            computed=computed,
            exact=proportion,
            rule=_explain.rule(comparator, stated, shown, ctx.policy),
        )
    )
    whole = ctx.number(Role.WHOLE)
    if whole is not None:
        out.note(_notes.small_base(whole, ctx.policy))
    if percent:
        precision(mention, ctx, out, (Role.PART, Role.WHOLE, Role.FIGURE))


def _ratio_of_figures(ctx: Context) -> Share | None:
    """'less than half of what ministers forecast', 'a third of the 4.3% projected': with from
    and to figures and no part and whole, the fraction is the to figure over the from figure."""
    first, second = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    if first is None or second is None or first.number.value <= 0:
        return None
    if (first.number.unit is Unit.PERCENT) != (second.number.unit is Unit.PERCENT):
        return None
    return Share(
        second.number.value / first.number.value,
        f"{second.ref} ({second.number.text}) against {first.ref} ({first.number.text}): "
        f"{second.number.text} / {first.number.text}",
    )


# "decreased most", "rose the most": 'most' after a verb is an adverb of degree, no share.
_ADVERB = lazy_pattern(r"\b[a-z]+(?:ed|en|ose|ell|ew)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _without_share(mention: Mention, ctx: Context, out: Judged) -> None:
    """No share to compare with: a review that says what the figures lack."""
    given = ctx.figure(Role.WHOLE)
    counted = ctx.percent_in_share
    if counted is not None and given is not None and ctx.figure(Role.PART) is not None:
        role = "part" if counted is ctx.figure(Role.PART) else "whole"
        out.statements.append(
            review(
                mention,
                Quantity.SHARE,
                f"the {role} ({counted.ref}) is already a percentage ({counted.number.text}), "
                f"so it cannot be divided as a count; reference a percentage with figure: "
                f"instead, or give the counts as part and whole",
            )
        )
    elif given is not None and ctx.figure(Role.PART) is not None:
        # Both were given: the whole is zero or negative, so there is no share.
        why = "zero" if given.number.value == 0 else f"negative ({given.number.text})"
        out.statements.append(
            review(
                mention,
                Quantity.SHARE,
                f"the whole ({given.ref}) is {why}, so no share can be worked out",
            )
        )
    elif not _ADVERB.search(ctx.wording, 0, mention.start):
        # "most", "the majority of" with no share referenced: unchecked, so never passed over
        # (but "fell most among ...", after a verb, says how much, not how many)
        out.statements.append(
            review(
                mention,
                Quantity.SHARE,
                "a share needs part and whole figures, or a percentage figure",
            )
        )


# A share word quantifies the stated percentage it bounds when that stands close by: "most of
# the respondents (62%)", "a majority, 55%,", "58% of voters, a majority". Further off, or with
# a clause between, the word quantifies a noun of its own ("most of the regions saw rises in
# deaths (9%)"); right before it with only "of the" between, it takes a share of the number
# itself ("most of the 9%"). Either way the percentage is no bound on the word.
_CLOSE_WORDS = 4
_WORD = lazy_pattern(r"[a-z']+", re.IGNORECASE)
_SET_OFF = lazy_pattern(r"[(,\u2013\u2014:]|\s-\s")
_OF_THE = lazy_pattern(r"\s*(?:of\s+)?(?:the|those|these|its|their)\s+", re.IGNORECASE)


def not_quantified(mention: Mention, wording: str) -> str | None:
    """Why a share word ("most of", "half of", "a majority") bounds none of the percentages the
    quote states, or None when it bounds one (or the quote states none: it bounds the figure)."""
    if mention.family.kind is not Kind.SHARE_WORD and mention.family.id != "fraction-of":
        return None
    stated = [
        match
        for match in find_numbers(wording)
        if match.number.unit is Unit.PERCENT
        and (match.end <= mention.start or match.start >= mention.end)
    ]
    if not stated or any(_close(mention, match, wording) for match in stated):
        return None
    shown = stated[0].number.text
    if any(_OF_THE.fullmatch(wording, mention.end, match.start) for match in stated):
        return f"'{mention.text}' takes a share of the {shown} itself, so it is no bound on it"
    return (
        f"'{mention.text}' quantifies words of its own, not the {shown} the quote states "
        f"further off, so that figure is no bound on it"
    )


def _close(mention: Mention, match: NumberMatch, wording: str) -> bool:
    if match.start >= mention.end:
        gap = wording[mention.end : match.start]
        if _OF_THE.fullmatch(gap):
            return False  # "most of the 9%": a share of the number itself
        return len(_WORD.findall(gap)) <= _CLOSE_WORDS
    gap = wording[match.end : mention.start]
    return len(_WORD.findall(gap)) <= _CLOSE_WORDS - 1 and _SET_OFF.search(gap) is not None
