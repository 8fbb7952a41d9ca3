"""Period phrases ("over the last five years", "since 2003") against the year labels."""

from __future__ import annotations

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged, review, statement
from claimcheck.engine.read.reader import Mention
from claimcheck.model import Quantity, Verdict


def _years(count: int) -> str:
    return "one year" if count == 1 else f"{fmt.count_words(count)} years"


def period(mention: Mention, ctx: Context, out: Judged) -> None:
    """Check a period phrase against the from and to labels when they are years."""
    first, second = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    years = ctx.years
    if first is None or second is None:
        return
    if years is None and mention.family.id == "base-year":
        # "down 6% on 2014": the base is a figure the claim names; unlabelled figures do not
        # hold it, so the base is unsettled.
        out.statements.append(
            review(
                mention,
                Quantity.PERIOD,
                f"the claim names {mention.year} as the base, but the referenced figures' "
                f"labels ({first.label or 'none'}, {second.label or 'none'}) are not years",
            )
        )
        return
    if years is None:
        out.note(
            f"'{mention.text}' could not be checked: the labels "
            f"({first.label or 'none'}, {second.label or 'none'}) are not years."
        )
        return
    start, end = years
    span = f"{first.label} → {second.label}"
    if mention.family.id in ("since-year", "base-year"):
        verdict = Verdict.SUPPORTED if mention.year == start else Verdict.NEEDS_REVIEW
        text = f"{mention.text}: the earlier figure is for {first.label}"
        if verdict is Verdict.NEEDS_REVIEW:
            text += f", not {mention.year}"
        rule = "the from label must be that year"
    else:
        wanted = mention.stated.value
        if mention.family.id == "period-decades":
            wanted *= 10  # "three decades ago": thirty years
        verdict = Verdict.SUPPORTED if end - start == wanted else Verdict.NEEDS_REVIEW
        text = f"{mention.text}: {span} is {_years(end - start)}"
        if verdict is Verdict.NEEDS_REVIEW and wanted.denominator == 1:
            text += f", not {_years(int(wanted))}"
        rule = f"the labels must be {fmt.number(wanted)} years apart"
    out.statements.append(
        statement(
            mention,
            Quantity.PERIOD,
            verdict,
            f"{text} ({verdict.words})",
            computed=_years(end - start),
            rule=rule,
            rule_id=f"{mention.family.id}.period",
        )
    )
