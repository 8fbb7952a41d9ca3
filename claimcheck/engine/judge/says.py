"""A claim with ``says:`` is checked in those words; the quote's own numbers still count.

``says:`` restates an ambiguous quote ("the figures went to 650" says "more than
quadrupled"), but a number the quote states must not slip through unchecked because the
restatement leaves it out. Each number of the quote that ``says:`` does not repeat is
checked against the figures on its own; when it does not match, the claim needs review and
the finding names it.
"""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.claimfile.records import Claim
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged
from claimcheck.engine.read.reader import Mention, read
from claimcheck.model import Quantity, Statement, Verdict, worst

__all__ = ["unsaid"]


def unsaid(
    claim: Claim, context: Context, out: Judged, judge: Callable[[Mention, Context, Judged], None]
) -> None:
    """Add a statement needing review for each quote number ``says:`` leaves unchecked."""
    if claim.says is None:
        return
    said = {
        mention.number.value
        for mention in read(claim.says, context.labels).mentions
        if mention.number is not None
    }
    quoted = Context(context.references, context.policy, claim.quote)
    for mention in read(claim.quote, context.labels).mentions:
        number = mention.number
        if number is None or number.value in said:
            continue
        trial = Judged()
        judge(mention, quoted, trial)
        if trial.statements and all(item.verdict is Verdict.SUPPORTED for item in trial.statements):
            continue
        # A number the quote gets wrong stays wrong; one that matches nothing needs review.
        verdict = worst([Verdict.NEEDS_REVIEW, *(item.verdict for item in trial.statements)])
        found = "; ".join(item.explanation.rsplit(" (", 1)[0] for item in trial.statements)
        detail = f"; on its own, {found}" if found else ""
        out.statements.append(
            Statement(
                stated=number.text,
                computed="",
                verdict=verdict,
                rule="every number the quote states is checked, with or without says:",
                explanation=f"{number.text}: the quote states {number.text}, which says: does not "
                f"account for{detail} ({verdict.words})",
                quantity=Quantity.VALUE,
                rule_id="says.unchecked",
            )
        )
