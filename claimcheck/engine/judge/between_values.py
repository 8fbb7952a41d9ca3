"""A comparison between two stated numbers that each match a referenced figure: "a rate of
412.5, slightly above the regional average of 430.0", with both figures referenced (as from
and to, or as two figures of the claim).

Both numbers can match their figures while the word between them ("above", "below", "higher
than", "lower than"...) has them the wrong way round. When the words between two numbers in
a row make a comparison (``between``: a comparative, then words naming the second figure),
and each number matched a different referenced figure as its value (not a bound such as
"more than 40", not a worked-out quantity), the comparison is judged between the two
figures exactly, as for a claim with ``figures:``. A ranking said earlier in the sentence
("had the lowest rate, at 412.5, ...") is a statement of its own and leaves this one
standing.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from claimcheck.claimfile.records import Figure
from claimcheck.engine.judge.between import between, judge_between
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.judged import Judged, ValueUse
from claimcheck.model import Verdict

__all__ = ["compared_values"]


def compared_values(ctx: Context, out: Judged) -> None:
    """Judge the comparison between each two matched numbers in a row (module docstring)."""
    if len(out.values) < 2:
        return
    figures = {reference.figure.ref: reference.figure for reference in ctx.references.values()}
    uses = sorted(out.values, key=lambda use: use.start)
    for first, second in pairwise(uses):
        if not (_matched(first, figures) and _matched(second, figures)):
            continue
        if first.ref == second.ref:
            continue
        found = between(ctx.wording, first.start + len(first.text), second.start)
        if found is None:
            continue
        left, right = figures[first.ref].number, figures[second.ref].number
        out.statements.append(
            judge_between(ctx.wording, found, left.value, right.value, (left.text, right.text))
        )


def _matched(use: ValueUse, figures: Mapping[str, Figure]) -> bool:
    return (
        use.verdict is Verdict.SUPPORTED
        and use.worked_out is None
        and not use.bound
        and use.ref in figures
    )
