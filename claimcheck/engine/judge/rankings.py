"""Rankings of changes ("the biggest fall of any region") and superlatives that describe a group.

Over categories whose figures are changes (regions, airports), "the biggest fall" asks that the
referenced label's figure be the most negative. Over a series in time, it asks that the step
into the label be the steepest of the series' steps, by its size and by its rate alike (where
the two disagree, it needs review). A single step has nothing to rank against: the words then
rank groups or periods the claim does not reference, and the claim needs review.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import pairwise

from claimcheck.claimfile.records import Figure, Reference, Role
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge.compare import Comparator, compare
from claimcheck.engine.judge.context import Context, year_of
from claimcheck.engine.judge.decades import decade_beaten
from claimcheck.engine.judge.first_time import first_time
from claimcheck.engine.judge.judged import Judged, review, statement
from claimcheck.engine.read.mentions import Mention
from claimcheck.engine.wording.families import PERIODIC_WORDS
from claimcheck.model import Quantity, Verdict
from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "CHANGE_RANKS",
    "DESCRIBED",
    "change_rank",
    "described_alone",
    "descriptive",
    "falling",
    "over_periods",
    "place",
    "since_level",
    "wanted",
]

CHANGE_RANKS = frozenset({"rank-rise", "rank-fall", "rank-rise-n", "rank-fall-n"})
DESCRIBED = frozenset({"described-max", "described-min"})
_REVIEWED = {
    "rank-change-least": (
        "this ranks one change as the smallest of a set of changes, which the referenced "
        "figures do not give"
    ),
    "rank-change-since": (
        "this ranks one change against every change since {year}; the referenced figures do "
        "not give that series of changes"
    ),
    "since-decade": (
        "a decade does not say which year the comparison starts from, and a value inside it "
        "may stand either side of this one"
    ),
    "first-time-since": (
        "'for the first time' says no value over the span crossed that line; that needs every "
        "value of the series over the span, which the referenced figures do not settle"
    ),
}


_OTHER_GROUPS = (
    "this ranks the change against other groups' or periods' changes, which the claim does "
    "not reference"
)

# "the biggest annual rise", "its largest ever increase": a ranking over time, not of groups.
_PERIODIC = lazy_pattern(
    r"^(?:its|their)\s|(?<![a-z])(?:" + "|".join(PERIODIC_WORDS) + ")",
    re.IGNORECASE,
)
_FALLING = lazy_pattern(r"(?<![a-z])(?:fall|falls|drop|drops|decline|declines|decrease|slump|cut)")


def over_periods(mention: Mention) -> bool:
    """Whether a ranking of changes ranks periods ("the biggest annual rise"), not groups."""
    return _PERIODIC.search(mention.text) is not None


def falling(mention: Mention) -> bool:
    """Whether the change a ranking names is a fall ("the smallest decreases")."""
    return _FALLING.search(mention.text.lower()) is not None


def _wrong_way(mention: Mention, ctx: Context, out: Judged) -> bool:
    """'The sharpest fall since 1997' over figures that rose: contradicted, whatever the rank."""
    first, second = ctx.figure(Role.FROM), ctx.figure(Role.TO)
    if mention.family.id != "rank-change-since" or first is None or second is None:
        return False
    sign = -1 if _FALLING.search(mention.text.lower()) else 1
    change = second.number.value - first.number.value
    if change * sign >= 0:
        return False
    way = "fall" if sign < 0 else "rise"
    out.statements.append(
        statement(
            mention,
            Quantity.RANK,
            Verdict.CONTRADICTED,
            f"{mention.text}: {first.number.text} → {second.number.text} is not a {way} "
            f"({Verdict.CONTRADICTED.words})",
            computed=f"{first.number.text} → {second.number.text}",
            rule=f"the change ranked must be a {way}",
            rule_id=f"{mention.family.id}.rank",
        )
    )
    return True


def reviewed(mention: Mention, ctx: Context, out: Judged) -> bool:
    """Rankings that always need review, with the reason; False for the others."""
    reason = _REVIEWED.get(mention.family.id)
    if reason is None:
        return False
    if mention.family.id == "rank-change-least" and not _PERIODIC.search(mention.text):
        # "saw the smallest falls": as 'the biggest fall' over one step, it compares groups
        # the claim does not reference; "the smallest monthly gain" ranks periods, below.
        out.statements.append(review(mention, Quantity.RANK, _OTHER_GROUPS))
        return True
    if _wrong_way(mention, ctx, out):
        return True
    if mention.family.id == "first-time-since" and first_time(mention, ctx, out):
        return True  # judged along the referenced series (judge/first_time.py)
    beaten = decade_beaten(mention, ctx) if mention.family.id == "since-decade" else None
    if beaten is not None:
        out.statements.append(beaten)
        return True
    out.statements.append(
        review(mention, Quantity.RANK, reason.format(year=mention.year or "then"))
    )
    return True


# Families whose superlative can describe a group when it stands in a clause about something
# else; "since", record and run claims are always about the claim's own series.
_CAN_DESCRIBE = frozenset(
    {"series-max", "series-min", "rank-rise", "rank-fall", "rank-rise-n", "rank-fall-n"}
)
# "London, which saw the sharpest fall of any region, ...": a relative clause opened just
# before the superlative, with no clause break between.
_RELATIVE = lazy_pattern(r"(?:,|\(|\s-\s)\s*(?:which|who|where|whose)\s[^,;()]*$")


def descriptive(mention: Mention, ctx: Context) -> bool:
    """Whether a superlative only describes a group: a described form, or one in a relative
    clause about something else."""
    if mention.family.id in DESCRIBED:
        return True
    if mention.family.id not in _CAN_DESCRIBE:
        return False
    head = ctx.wording[max(0, mention.start - 80) : mention.start].lower()
    return _RELATIVE.search(head) is not None


def described_alone(mention: Mention, out: Judged) -> None:
    """A described group ('the counties with the highest fees') with no series referenced."""
    out.note(
        f"'{mention.text}' describes the group the claim speaks of; the claim references no "
        "series to rank, so it is not checked as a ranking."
    )


def _listing(items: list[tuple[str, Fraction]]) -> str:
    return ", ".join(f"{label} {fmt.signed_change(value)}" for label, value in items)


def _steps(figures: tuple[Figure, ...]) -> list[tuple[str, Fraction, Fraction | None]]:
    """Each step of a series in time: the later label, the change, the change as a rate."""
    found = []
    for first, second in pairwise(figures):
        a, b = first.number.value, second.number.value
        found.append((second.label or "", b - a, (b - a) / a if a else None))
    return found


def place(values: list[tuple[str, Fraction]], label: str, sign: int, place: int = 1) -> Verdict:
    """Whether ``label`` stands at ``place`` from the top (sign 1) or bottom (sign -1)."""
    mine = next(value for name, value in values if name == label) * sign
    others = [value * sign for name, value in values if name != label]
    actual = sum(1 for other in others if other > mine) + 1
    tied = sum(1 for other in others if other == mine)
    if tied and actual <= place <= actual + tied:
        return Verdict.NEEDS_REVIEW
    return Verdict.SUPPORTED if actual == place else Verdict.CONTRADICTED


def wanted(mention: Mention) -> int:
    """The place a ranking names: 1 for 'the biggest', 2 for 'the second-biggest'."""
    if not mention.family.id.endswith("-n"):
        return 1
    value = mention.stated.value
    return int(value) if value >= 1 else value.denominator


def _over_time(
    mention: Mention, timeline: tuple[Figure, ...], figure: Figure
) -> tuple[Verdict, str] | None:
    steps = _steps(timeline)
    label = figure.label or ""
    nth = wanted(mention)
    if label not in [name for name, _, _ in steps]:
        return Verdict.NEEDS_REVIEW, f"{figure.label} is the first label, with no step into it"
    sign = mention.family.sign
    sizes = [(label, change) for label, change, _ in steps]
    by_size = place(sizes, label, sign, nth)
    rates = [(label, rate) for label, _, rate in steps if rate is not None]
    by_rate = place(rates, label, sign, nth) if len(rates) == len(steps) else by_size
    listing = _listing(sizes)
    if by_size is not by_rate:
        return Verdict.NEEDS_REVIEW, (
            f"the step into {figure.label} ranks differently by size and by rate ({listing})"
        )
    return by_size, f"the step into {figure.label} against every step: {listing}"


def _over_categories(mention: Mention, reference: Reference) -> tuple[Verdict, str]:
    assert reference.series is not None
    sign = mention.family.sign
    figure = reference.figure
    values = [(item.label or "", item.number.value) for item in reference.series.figures]
    listing = ", ".join(f"{item.label} {item.number.text}" for item in reference.series.figures)
    if figure.number.value * sign <= 0:
        way = "rise" if sign > 0 else "fall"
        return Verdict.CONTRADICTED, f"{figure.label} ({figure.number.text}) is not a {way}"
    verdict = place(values, figure.label or "", sign, wanted(mention))
    return verdict, f"{figure.label} against {listing}"


def change_rank(
    mention: Mention, ctx: Context, timeline: tuple[Figure, ...] | None, out: Judged
) -> None:
    """'The biggest fall': rank the referenced label's change among the series'."""
    reference = ctx.series_reference()
    assert reference is not None
    assert reference.series is not None
    if timeline is None:
        verdict, text = _over_categories(mention, reference)
    elif len(timeline) < 3 and _PERIODIC.search(mention.text):
        # "the biggest annual rise": a ranking over time, which one step cannot settle.
        why = "this ranks the change against other periods' changes, which the figures do not give"
        out.statements.append(review(mention, Quantity.RANK, why))
        return
    elif len(timeline) < 3:
        # "the biggest rise" over one step: it ranks the change against other groups' (or
        # periods') changes, which the claim does not reference.
        out.statements.append(review(mention, Quantity.RANK, _OTHER_GROUPS))
        return
    else:
        result = _over_time(mention, timeline, reference.figure)
        assert result is not None
        verdict, text = result
    which = "largest rise" if mention.family.sign > 0 else "largest fall"
    if wanted(mention) > 1:
        which = f"number {wanted(mention)} by size of its " + which.split()[1]
    out.statements.append(
        statement(
            mention,
            Quantity.RANK,
            verdict,
            f"{mention.text}: {text} ({verdict.words})",
            computed=f"{reference.figure.label} {reference.figure.number.text}",
            rule=f"the label's change must be the {which} in its series",
            rule_id=f"{mention.family.id}.rank",
        )
    )


def since_level(mention: Mention, ctx: Context, out: Judged) -> None:
    """'since 2009, when it stood at 7.8%': the number is checked against 2009's figure."""
    reference = ctx.series_reference()
    series = reference.series if reference is not None else None
    anchor = None
    if series is not None:
        anchor = next(
            (item for item in series.figures if year_of(item.label) == mention.year), None
        )
    if anchor is None:
        out.statements.append(
            review(
                mention,
                Quantity.VALUE,
                f"this is the value for {mention.year}, and no referenced figure is for that year",
            )
        )
        return
    comparator = mention.comparator or Comparator.EXACT
    verdict = compare(comparator, mention.stated, anchor.number.value, ctx.policy)
    out.statements.append(
        statement(
            mention,
            Quantity.VALUE,
            verdict,
            f"{mention.text}: {anchor.ref} is {anchor.number.text}, the value for "
            f"{mention.year} ({verdict.words})",
            computed=anchor.number.text,
            rule=f"the number 'when it stood at' is the {mention.year} value",
            rule_id=f"{mention.family.id}.value",
        )
    )
