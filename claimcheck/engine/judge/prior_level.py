"""The earlier figure of a rise or fall to a level, read from the series the claim references.

"The jobless rate fell to 4.1% in May" with the May figure of a monthly series referenced
(and no from figure): the level is checked, and the fall can be too, against the label before
May, when that label is right before it (no month, quarter or year missing between) and the
wording names no other comparison ("than", "since", "a year earlier", "compared with"). An
earlier figure the quote states ("from 3.9%", "had been 4.3% for the prior two months") is
that label's figure when it matches it: it binds there, not to the level. The claim is then
checked as if it referenced the earlier label as its from figure and the level as its to;
a note says which label was taken. A direction the label before disproves needs review
rather than contradicted: the quote may compare with a period it does not name.

Nothing is implied when the quote states a change of its own ("fell 0.2 points to 4.1%",
"down 3%"), which may be against another period (a year earlier on a monthly series), or an
earlier number that does not match the label before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from claimcheck.claimfile.records import Figure, Reference, Role
from claimcheck.engine.judge.context import year_of, years_of
from claimcheck.engine.judge.directions import TO_LEVEL
from claimcheck.engine.judge.judged import Judged
from claimcheck.engine.judge.period_gaps import period_of
from claimcheck.engine.judge.run_words import in_run_before
from claimcheck.engine.judge.series import in_time_order
from claimcheck.engine.read.mentions import Mention, Reading
from claimcheck.engine.wording.families import Kind
from claimcheck.model import Quantity, Statement, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Implied", "adjacent", "implied_from", "matches", "soften", "unsettled"]

# Words that compare with some other period than the one before.
_OTHER_PERIOD = lazy_pattern(
    r"(?<![a-z])(?:than|compared|since|ago|year[\s-]+(?:earlier|before|ago)|last\s+year"
    r"|on\s+the\s+year|year[\s-]+on[\s-]+year|over\s+the|in\s+the\s+(?:past|last))(?![a-z])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Implied:
    """The references with the earlier label as from, and the note that says so."""

    references: dict[Role, Reference]
    note: str
    firm: bool = True  # for a number after "from" (judge/from_period.py): it matched, or
    # the quote named its period
    by_from: bool = False  # bound by a number after "from", not by a move to a level


def adjacent(first: Figure, second: Figure) -> bool:
    """Whether ``first`` is the period right before ``second``: the next year, month or
    quarter, with none missing between."""
    a, b = period_of(first.label), period_of(second.label)
    if a is not None and b is not None:
        return a.kind == b.kind and b.index - a.index == 1
    ends, start = years_of(first.label), year_of(second.label)
    if not ends or start is None or year_of(first.label) is None:
        return False
    return start - max(ends) == 1


def _level(reading: Reading, wording: str) -> Mention | None:
    """The level a direction reaches ("fell to 4.1%"), when the quote has exactly one."""
    found = [
        after
        for mention, after in pairwise(reading.mentions)
        if mention.family.kind is Kind.DIRECTION
        and mention.family.sign != 0
        and after.family.kind is Kind.VALUE
        and after.number is not None
        and TO_LEVEL.fullmatch(wording, mention.end, after.start)
    ]
    return found[0] if len(found) == 1 else None


def matches(mention: Mention, figure: Figure) -> bool:
    """Whether the number stated is the figure, within the rounding of either."""
    number = mention.number
    if number is None or number.unit != figure.number.unit:
        return False
    step = max(number.step, figure.number.step)
    return abs(number.value - figure.number.value) <= step / 2


def implied_from(
    references: dict[Role, Reference], reading: Reading, wording: str
) -> Implied | None:
    """The claim's references with the label before the referenced one as the from figure,
    when a rise or fall to a level speaks of it (module docstring); else None."""
    reference = references.get(Role.FIGURE)
    if len(references) != 1 or reference is None or reference.series is None:
        return None
    if reference.lines is not None:
        return None
    timeline = in_time_order(reference.series)
    if timeline is None:
        return None
    position = next((i for i, item in enumerate(timeline) if item is reference.figure), None)
    if (
        position is None
        or position == 0
        or not adjacent(timeline[position - 1], timeline[position])
    ):
        return None
    earlier = timeline[position - 1]
    level = _level(reading, wording)
    if level is None or not matches(level, reference.figure):
        return None
    numbers = [
        m
        for m in reading.mentions
        if m.number is not None and m is not level and not in_run_before(wording, m.start)
    ]
    if any(m.family.kind is not Kind.VALUE or not matches(m, earlier) for m in numbers):
        return None  # a change of its own, or an earlier number from another period
    if not numbers and _OTHER_PERIOD.search(wording):
        return None
    written = reference.written
    base = written[: written.rfind("[")] if written.endswith("]") else written
    before = Reference(Role.FROM, f"{base}[{earlier.label}]", earlier, reference.series)
    after = replace(reference, role=Role.TO)
    note = (
        f"The rise or fall is checked from {earlier.label}, the label right before "
        f"{reference.figure.label} in the referenced series: the quote names no other period."
    )
    return Implied({Role.FROM: before, Role.TO: after}, note)


def soften(implied: Implied, out: Judged) -> None:
    """A rise or fall the implied earlier label disproves needs review, saying why."""
    if implied.by_from:
        return  # judge/from_period.py softens its own
    earlier = implied.references[Role.FROM].figure.label
    for index, item in enumerate(out.statements):
        if item.quantity is not Quantity.DIRECTION or item.verdict is not Verdict.CONTRADICTED:
            continue
        why = (
            f"{item.stated}: against {earlier}, the label before, it went the other way; the "
            f"quote names no earlier figure, and may compare with another period: reference "
            f"the figure it started from (as from:) to check it"
        )
        rule = "a move to a level is checked from the label before only when it holds"
        out.statements[index] = unsettled(item, why, rule, "direction.label-before")


def unsettled(item: Statement, why: str, rule: str, rule_id: str) -> Statement:
    """``item`` as needs review, for the reason ``why``, under ``rule``: a check against a
    label the quote did not name, which may not be the period it means."""
    return item.model_copy(
        update={
            "verdict": Verdict.NEEDS_REVIEW,
            "explanation": f"{why} ({Verdict.NEEDS_REVIEW.words})",
            "rule": rule,
            "rule_id": rule_id,
        }
    )
