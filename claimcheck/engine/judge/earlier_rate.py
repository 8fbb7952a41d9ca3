"""A rate of an earlier period named as a change: "larger than the 1.7% increase for the 12
months to February", "up from the 0.8 per cent rise in prices in the previous quarter".

The words name a rate a release published for the earlier period (prices rose 1.7% over the
year to February), and the claim's referenced figures are those rates: the "1.7% increase" is
the earlier figure itself, not the change from it to the later one. Read as that change it was
contradicted on a true sentence. When such a change follows a word that sets it up as the
point of comparison ("than the", "from the", "after the", "on the") and it is the value of the
claim's earlier figure, it is judged as that figure's value; otherwise as a change, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged
from claimcheck.engine.judge.value import value
from claimcheck.engine.read.mentions import Mention
from claimcheck.engine.wording import phrases
from claimcheck.model import Verdict
from claimcheck.numbers.number import Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["on_earlier_rate"]

_COMPARED: Final = lazy_pattern(
    r"\b(?:than|from|after|following|on|over|versus|compared\s+(?:with|to))\s+(?:the|a)\s+\Z",
    re.IGNORECASE,
)


def on_earlier_rate(mention: Mention, ctx: Context, out: Judged) -> bool:
    """Judge a percentage change that names the earlier figure's rate as that value; True when
    it did (the statement is added), False to judge the change as a change."""
    number = mention.number
    if mention.family.id != "percent-change" or number is None or number.unit is not Unit.PERCENT:
        return False
    earlier = ctx.figure(Role.FROM)
    if earlier is None or earlier.number.unit is not Unit.PERCENT:
        return False
    if _COMPARED.search(ctx.wording[max(0, mention.start - 30) : mention.start]) is None:
        return False
    # the value judged against the earlier figure alone: supported only if it is that figure
    alone = Context({Role.FIGURE: ctx.references[Role.FROM]}, ctx.policy, ctx.wording)
    trial = Judged()
    value(replace(mention, family=phrases.family("value"), comparator=None), alone, trial)
    if len(trial.statements) != 1 or trial.statements[0].verdict is not Verdict.SUPPORTED:
        return False
    out.statements.extend(trial.statements)
    out.notes.extend(trial.notes)
    return True
