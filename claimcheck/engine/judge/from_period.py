"""A number after "from" in a move, bound to the earlier period of the referenced series.

"Unemployment edged up from March's 3.8 percent", "an acceleration from 2.1% in May", with
only the latest figure of a series referenced: the number after "from" is the figure the
move started at, so it binds to an earlier period, never to the latest figure. The period is
the one the quote names ("March's", "in May", "2019's"), when it is a label of the series
before the referenced one; else the period right before the referenced one (none missing
between). The move is then checked from that figure to the referenced one.

When the quote names no period and the number does not match the period before, the writer
may have started from another period (a year earlier): the number and the move need review,
never contradicted. A period the quote names is firm: a number that does not match it is
wrong. Nothing is bound when the quote states a change of its own ("up 0.3 points from"),
names a period the series does not hold, or compares with another ("than", "a year
earlier") without naming a period.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.claimfile.records import Figure, Reference, Role
from claimcheck.engine.judge.change_step import month_figures
from claimcheck.engine.judge.context import year_of
from claimcheck.engine.judge.judged import Judged
from claimcheck.engine.judge.prior_level import Implied, adjacent, matches, unsettled
from claimcheck.engine.judge.run_words import in_run_before
from claimcheck.engine.judge.series import in_time_order
from claimcheck.engine.read.mentions import Mention, Reading
from claimcheck.engine.wording.families import Kind
from claimcheck.model import Quantity, Verdict
from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern

__all__ = ["implied_by_from", "soften_from"]

_MONTH = month_pattern()
# "from", then what may name the period before the number: "March's", "2019's", "the
# previous month's".
_FROM = lazy_pattern(
    rf"(?<![A-Za-z])(?i:from)\s+(?:(?P<month>{_MONTH})(?:\s+(?P<with_year>(?:19|20)\d\d))?['’]s\s+"
    r"|(?P<year>(?:19|20)\d\d)['’]s\s+"
    r"|(?i:the\s+)?(?i:previous|prior|preceding|last)\s+(?i:month|quarter|year)['’]s\s+)?$"
)
# After the number: "in May", "in May 2024", "in 2019".
_IN_PERIOD = lazy_pattern(
    rf"\s+(?:in|for)\s+(?:(?P<month>{_MONTH})(?:\s+(?P<with_year>(?:19|20)\d\d))?"
    r"|(?P<year>(?:19|20)\d\d))(?![A-Za-z0-9])"
)
# Words that compare with another period than the one before.
_OTHER_PERIOD = lazy_pattern(
    r"(?<![a-z])(?:than|compared|since|ago|year[\s-]+(?:earlier|before|ago)|last\s+year"
    r"|on\s+the\s+year|year[\s-]+on[\s-]+year|over\s+the|in\s+the\s+(?:past|last))(?![a-z])",
    re.IGNORECASE,
)
_MISSING = object()


def implied_by_from(
    references: dict[Role, Reference], reading: Reading, wording: str
) -> Implied | None:
    """The references with the earlier period as from figure (module docstring), or None."""
    reference = references.get(Role.FIGURE)
    if len(references) != 1 or reference is None or reference.series is None:
        return None
    if reference.lines is not None:
        return None
    timeline = in_time_order(reference.series)
    if timeline is None or reference.figure not in timeline:
        return None
    earlier = timeline[: timeline.index(reference.figure)]
    number = _from_number(reading, wording)
    if number is None or not earlier:
        return None
    named = _named(wording, number, earlier, reference.figure)
    if named is _MISSING:
        return None
    if isinstance(named, Figure):
        base, chosen = named, True
    elif _OTHER_PERIOD.search(wording) or not adjacent(earlier[-1], reference.figure):
        return None
    else:
        base, chosen = earlier[-1], False
    written = reference.written
    head = written[: written.rfind("[")] if written.endswith("]") else written
    before = Reference(Role.FROM, f"{head}[{base.label}]", base, reference.series)
    which = "the period the quote names" if chosen else "the label right before it"
    note = (
        f"The number after 'from' is checked against {base.label}, {which}, and the move "
        f"from there to {reference.figure.label}."
    )
    firm = chosen or matches(number, base)
    references = {Role.FROM: before, Role.TO: replace(reference, role=Role.TO)}
    return Implied(references, note, firm=firm, by_from=True)


def _from_number(reading: Reading, wording: str) -> Mention | None:
    """The one number after "from" in a quote with a move and no change of its own."""
    mentions = reading.mentions
    if not any(m.family.kind is Kind.DIRECTION and m.family.sign != 0 for m in mentions):
        return None
    if any(
        m.number is not None
        and m.family.kind is not Kind.VALUE
        and not in_run_before(wording, m.start)
        for m in mentions
    ):
        return None  # "up 0.3 points from 1.7%": a change of its own, maybe on another period
    found = [
        m
        for m in mentions
        if m.number is not None
        and _FROM.search(wording, max(0, m.start - 40), m.start)
        and not in_run_before(wording, m.start)
    ]
    return found[0] if len(found) == 1 else None


def _named(
    wording: str, number: Mention, earlier: tuple[Figure, ...], figure: Figure
) -> Figure | object | None:
    """The earlier figure the quote names for the number, None when it names none, or
    ``_MISSING`` when it names a period the series does not hold before ``figure``."""
    head = _FROM.search(wording, max(0, number.start - 40), number.start)
    said = head if head is not None and (head["month"] or head["year"]) else None
    said = said or _IN_PERIOD.match(wording, number.end)
    if said is None:
        return None
    if said["year"] is not None:
        if year_of(figure.label) is None:
            return _MISSING  # a year said of a series of months
        hits = [item for item in earlier if year_of(item.label) == int(said["year"])]
    else:
        hits = month_figures(said["month"], said["with_year"], earlier)
    return hits[-1] if hits else _MISSING


def soften_from(implied: Implied, out: Judged) -> None:
    """When the number after "from" does not match the period right before, which the quote
    did not name: the number and the move need review, not contradicted."""
    if not implied.by_from or implied.firm:
        return
    earlier = implied.references[Role.FROM].figure.label
    for index, item in enumerate(out.statements):
        if item.verdict is not Verdict.CONTRADICTED or item.quantity not in (
            Quantity.VALUE,
            Quantity.DIRECTION,
        ):
            continue
        why = (
            f"{item.stated}: against {earlier}, the label before, it does not hold; the quote "
            f"names no period for the number after 'from', and may start from another: "
            f"reference the figure it started from (as from:) to check it"
        )
        rule = "a number after 'from' is bound to the period before only when it holds"
        out.statements[index] = unsettled(item, why, rule, "from.label-before")
