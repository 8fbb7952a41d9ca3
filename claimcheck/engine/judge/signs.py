"""The sign of a change figure against the direction the words give it.

"Bus journeys fell by 3%" referenced to a cell of 3 in a line of changes matches in size; the
sign says whether it is the same change (docs/policy.md, "A fall against a change with no
sign"). Also the record of a judged number that ``value`` and this module share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.claimfile.records import Figure
from claimcheck.engine.judge.context import Context
from claimcheck.engine.read.mentions import Mention
from claimcheck.model import Quantity, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Outcome", "fall_against_unsigned", "said_to_fall"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """The verdict and explanation, and whether the number matched a candidate at all."""

    verdict: Verdict
    text: str
    matched: bool


_CHANGES = frozenset({Quantity.PERCENT_CHANGE, Quantity.DIFFERENCE, Quantity.POINTS})
# A line or label that names falls gives their sizes: "Decrease (%)", "reduction", "jobs lost".
_FALL_NAME = lazy_pattern(
    r"(?<![a-z])(?:decreas|fall|fell|reduc|drop|declin|cut|loss|lost|shed)", re.IGNORECASE
)


def fall_against_unsigned(
    mention: Mention, ctx: Context, figure: Figure | None, outcome: Outcome
) -> Outcome:
    """'fell by 1%' against a change figure of 1 (no sign). A line that writes its falls as
    negative numbers (it holds one) says 1 is a rise: contradicted. A line of several figures
    with no negative number may list the sizes of falls, or only rises: the figure does not
    settle the direction, so it needs review. A line named for falls ("Decrease (%)") gives
    their sizes, and a figure on its own is taken as the size the claim file gives."""
    if (
        mention.sign >= 0
        or mention.family.quantity not in _CHANGES
        or figure is None
        or figure.number.value <= 0
        or outcome.verdict is not Verdict.SUPPORTED
    ):
        return outcome
    series = next((ref.series for ref in ctx.references.values() if ref.figure is figure), None)
    if series is None or _FALL_NAME.search(f"{series.name} {figure.label or ''}"):
        return outcome  # a figure on its own, or a line of falls ("decrease"): its size
    signed = any(item.number.value < 0 for item in series.figures)
    if not signed and len(series.figures) < 2:
        return outcome  # one figure, given as the size of the change
    head = outcome.text.removesuffix(f" ({outcome.verdict.words})")
    if signed:
        verdict = Verdict.CONTRADICTED
        why = (
            f"but the words say it fell, and {figure.ref} is +{figure.number.text} in a line "
            "that writes falls as negative numbers: it rose"
        )
    else:
        verdict = Verdict.NEEDS_REVIEW
        why = (
            f"but the words say it fell, and {figure.ref} is {figure.number.text} with no sign: "
            "it is a fall only if the table gives the sizes of falls"
        )
    return Outcome(verdict, f"{head}; {why} ({verdict.words})", outcome.matched)


# Words before an unsigned number that make it the size of a fall: "losing 11,400", "the
# largest decrease ... (16 per cent)", "cut 2,000 posts".
_FALL_BEFORE = lazy_pattern(
    r"(?<![a-z])(?:decreas\w*|falls?|fell|fallen|drops?|dropped|declin\w*|cuts?|loss\w*|lost"
    r"|los(?:e|es|ing)|shed\w*|reduc\w*|fewer|down)(?![a-z])[^.;:!?]*\Z",
    re.IGNORECASE,
)


# Words after an unsigned number that name it a loss: "300 jobs were lost", "300 posts cut",
# "some 40 branches have been axed", "2,000 fewer". A few words of noun may stand between;
# the verb is a loss word, with or without "were", "have been" and the like.
_FALL_AFTER = lazy_pattern(
    r"\s+(?:[a-z'-]+\s+){0,3}?(?:(?:were|was|are|is|have|has|had|being|been|be|will)\s+){0,2}"
    r"(?:lost|cut|axed|shed|scrapped|slashed|eliminated|fewer|gone)(?![a-z])",
    re.IGNORECASE,
)


def said_to_fall(wording: str, start: int, end: int | None = None) -> bool:
    """Whether the clause around an unsigned number says it fell ("losing 11,400", "11,400 jobs
    were lost"), so that a negative figure states it as a signed change and the number gives
    its size."""
    if _FALL_BEFORE.search(wording, max(0, start - 80), start) is not None:
        return True
    return end is not None and _FALL_AFTER.match(wording, end) is not None
