"""Two changes compared: "down less in February (-0.4%) than in January (-2.5%)".

A direction word followed in its clause by a comparative and "than" ("fell less than",
"rose more sharply than", "was down less ... than") compares two changes of the same
direction, not the move from one referenced figure to the other: the figures are the two
changes themselves. The claim holds when both carry the direction's sign and the later
figure (the one the claim is about) is the smaller or larger change the comparative says
(docs/policy.md, "Two changes compared"). Anything else needs review, never contradicted:
the figures may be levels, or the sentence may name them the other way round.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.claimfile.records import Role
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged, statement
from claimcheck.engine.read.mentions import Mention
from claimcheck.model import Quantity, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["compared_changes"]

# "less", "more", "less sharply", "more slowly", "faster", "further": a comparative of the
# change's size, then "than" before the clause ends.
_COMPARED: Final = lazy_pattern(
    r"\s*(?:(?P<less>less|slower|more\s+slowly|less\s+(?:sharply|steeply|quickly|fast))"
    r"|(?P<more>more|faster|further|more\s+(?:sharply|steeply|quickly))"
    r")(?![a-z])(?:[^.;:]|\.(?=\d)){0,80}?(?<![a-z])than(?![a-z])"
    # "fell less than 1%" is a bound, "rose less than expected" a forecast: neither compares
    # two referenced changes.
    r"(?!\s*[-−+]?[\d£$€]|\s+(?:expected|forecast|predicted|anticipated|thought|estimated))",
    re.IGNORECASE,
)


def compared_changes(mention: Mention, ctx: Context, out: Judged) -> bool:
    """Judge a direction word that compares two changes; False when it does not."""
    sign = mention.family.sign
    found = _COMPARED.match(ctx.wording, mention.end)
    if not sign or found is None:
        return False
    first, second = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    if first is None or second is None:
        return False
    a, b = first.number.value, second.number.value
    way = "falls" if sign < 0 else "rises"
    shown = f"{second.number.text} against {first.number.text}"
    smaller = found.group("less") is not None
    if a * sign <= 0 or b * sign <= 0:
        verdict = Verdict.NEEDS_REVIEW
        why = (
            f"compares two {way}, but {first.number.text} and {second.number.text} are not "
            f"both {way}"
        )
    elif (abs(b) < abs(a)) if smaller else (abs(b) > abs(a)):
        verdict = Verdict.SUPPORTED
        size = "smaller" if smaller else "larger"
        why = f"{shown}: two {way}, the first the {size}"
    else:
        verdict = Verdict.NEEDS_REVIEW
        why = (
            f"{shown}: the sizes do not compare as the words say, unless the figures are "
            "named the other way round"
        )
    out.statements.append(
        statement(
            mention,
            Quantity.DIRECTION,
            verdict,
            f"{mention.text} … than: {why} ({verdict.words})",
            computed=shown,
            rule=f"two {way} compared: both must be {way}, in the order the words give",
            rule_id="change.compared",
        )
    )
    return True
