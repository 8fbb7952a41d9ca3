"""Records and since-claims over a series in time: "a record low", "the highest since 2009",
"the lowest level since records began in 1962", "a 40-year high", with the gaps a series may
have (docs/policy.md).
Also the small helpers the other series judgments share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.claimfile.records import Figure
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge.context import year_of
from claimcheck.engine.judge.period_gaps import missing_periods
from claimcheck.engine.read.mentions import Mention
from claimcheck.model import Verdict
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import SERIES_BEGAN

__all__ = [
    "SinceSpan",
    "beats",
    "label_index",
    "listed",
    "missing_years",
    "record",
    "since",
    "since_span",
    "years_span",
]


def listed(figures: list[Figure]) -> str:
    """Figures as an explanation lists them: "2015 470, 2016 1,906"."""
    return ", ".join(f"{figure.label} {figure.number.text}" for figure in figures)


def label_index(timeline: tuple[Figure, ...], figure: Figure) -> int:
    """Where ``figure``'s label stands in ``timeline``."""
    return next(i for i, item in enumerate(timeline) if item.label == figure.label)


def beats(mine: Fraction, others: list[Figure], sign: int) -> bool:
    """Whether ``mine`` is above (sign +1) or below (sign -1) every one of ``others``."""
    return all(mine * sign > item.number.value * sign for item in others)


def record(
    mention: Mention, timeline: tuple[Figure, ...], figure: Figure
) -> tuple[Verdict, str, str]:
    """'A record high': above every earlier label; a missing year before it needs review."""
    sign = mention.family.sign
    earlier = list(timeline[: label_index(timeline, figure)])
    word = "above" if sign > 0 else "below"
    rule = f"the label must be {word} every earlier label"
    if not earlier:
        return (
            Verdict.NEEDS_REVIEW,
            f"{figure.label} is the first label, so nothing earlier to beat",
            rule,
        )
    verdict = (
        Verdict.SUPPORTED if beats(figure.number.value, earlier, sign) else Verdict.CONTRADICTED
    )
    state = "is" if verdict is Verdict.SUPPORTED else "is not"
    text = (
        f"{figure.label} ({figure.number.text}) {state} {word} every earlier label "
        f"({listed(earlier)})"
    )
    missing = missing_years([*earlier, figure])
    if verdict is Verdict.SUPPORTED and missing:
        # A gap could hold a year beyond it, as for "the lowest since" (docs/policy.md).
        shown = ", ".join(str(year) for year in missing[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        text += f"; but the series lacks {shown}{more}, so it cannot show a record"
        verdict = Verdict.NEEDS_REVIEW
    return verdict, text, rule


@dataclass(frozen=True, slots=True)
class SinceSpan:
    """Where 'since YEAR' reaches in a series, up to the figure at ``position``: the labels
    ``later`` than YEAR, and the index of YEAR's own label (None: none before the figure)."""

    position: int
    later: list[Figure]
    start: int | None


def since_span(mention: Mention, timeline: tuple[Figure, ...], figure: Figure) -> SinceSpan:
    """The labels a 'since YEAR' of ``mention`` spans before ``figure`` (``SinceSpan``)."""
    position = label_index(timeline, figure)
    later = [
        item
        for item in timeline[:position]
        if (found := year_of(item.label)) is not None
        and mention.year is not None
        and found > mention.year
    ]
    start = next(
        (i for i, item in enumerate(timeline) if year_of(item.label) == mention.year), None
    )
    return SinceSpan(position, later, None if start is None or start >= position else start)


def since(
    mention: Mention, timeline: tuple[Figure, ...], figure: Figure
) -> tuple[Verdict, str, str]:
    """'The highest since 2009': above every label after 2009, and 2009 at least as high."""
    sign = mention.family.sign
    word = "highest" if sign > 0 else "lowest"
    rule = (
        f"above every label after that year, and that year at least as "
        f"{'high' if sign > 0 else 'low'}"
    )
    span = since_span(mention, timeline, figure)
    position, later, start = span.position, span.later, span.start
    if later and not beats(figure.number.value, later, sign):
        beaten = "above" if sign > 0 else "below"
        return (
            Verdict.CONTRADICTED,
            (
                f"{figure.label} ({figure.number.text}) is not {beaten} every label after "
                f"{mention.year}: {listed(later)}"
            ),
            rule,
        )
    if start is None:
        return (
            Verdict.NEEDS_REVIEW,
            f"the series has no label for {mention.year} before {figure.label}",
            rule,
        )
    if _RECORDS_BEGAN.search(mention.text):
        return _since_records_began(mention, list(timeline[start:position]), figure, word)
    between = list(timeline[start + 1 : position])
    anchor = timeline[start]
    mine = figure.number.value * sign
    listing = listed([anchor, *between])
    if anchor.number.value * sign >= mine:
        missing = missing_years([anchor, *between, figure])
        if missing:
            return (
                Verdict.NEEDS_REVIEW,
                f"the series lacks {', '.join(str(year) for year in missing[:5])} between "
                f"{anchor.label} and {figure.label}, so it cannot show the {word} since "
                f"{anchor.label}",
                rule,
            )
        return (
            Verdict.SUPPORTED,
            (
                f"{figure.label} ({figure.number.text}) is the {word} since "
                f"{anchor.label} ({anchor.number.text})"
            ),
            rule,
        )
    level = "high" if sign > 0 else "low"
    return (
        Verdict.CONTRADICTED,
        (
            f"{figure.label} ({figure.number.text}) is not the {word} since "
            f"{anchor.label}: {anchor.label} ({anchor.number.text}) was not as {level}, "
            f"so it is the {word} since a year before {anchor.label}, or a record "
            f"({listing})"
        ),
        rule,
    )


# "the lowest level since records began in 1962": a record over every year from then, that
# year included; unlike "the lowest since 1962", the first year need not have been as low.
# "higher than at any time since 2004" is the same: above every figure from 2004 on.
_RECORDS_BEGAN = lazy_pattern(
    SERIES_BEGAN + r"|any\s+(?:other\s+)?(?:time|point|year)\s+since", re.IGNORECASE
)


def _since_records_began(
    mention: Mention, span: list[Figure], figure: Figure, word: str
) -> tuple[Verdict, str, str]:
    sign = mention.family.sign
    rule = f"the {word} of every label from the year records began"
    if not beats(figure.number.value, span, sign):
        return (
            Verdict.CONTRADICTED,
            f"{figure.label} ({figure.number.text}) is not the {word} since records began "
            f"in {mention.year}: {listed(span)}",
            rule,
        )
    missing = missing_years([*span, figure])
    if missing:
        shown = ", ".join(str(year) for year in missing[:5])
        return (
            Verdict.NEEDS_REVIEW,
            f"the series lacks {shown} since records began in {mention.year}, so it cannot "
            f"show the {word}",
            rule,
        )
    text = f"{figure.label} ({figure.number.text}) is the {word} of every label from {mention.year}"
    return Verdict.SUPPORTED, f"{text} ({listed(span)})", rule


def missing_years(figures: list[Figure]) -> list[str]:
    """Years between the first and the last of ``figures`` that no label names; for labels
    that are months or quarters, the months or quarters (``period_gaps``)."""
    periods = missing_periods([item.label for item in figures])
    if periods is not None:
        return periods
    years = [year_of(item.label) for item in figures]
    if any(year is None for year in years) or len(years) < 2:
        return []
    have = {year for year in years if year is not None}
    first, last = min(have), max(have)
    return [str(year) for year in range(first + 1, last) if year not in have]


def years_span(
    mention: Mention, timeline: tuple[Figure, ...], figure: Figure
) -> tuple[Verdict, str, str]:
    """'a 40-year high': above every label of the N years before, and the series reaches back."""
    sign = mention.family.sign
    span = int(mention.stated.value)
    word, beaten = ("highest", "above") if sign > 0 else ("lowest", "below")
    rule = (
        f"{beaten} every label of the {fmt.count_words(span)} years before, with labels "
        f"reaching back that far"
    )
    year = year_of(figure.label)
    if year is None or span < 1:
        return (
            Verdict.NEEDS_REVIEW,
            f"the label {figure.label} is not a year to count {span} years back from",
            rule,
        )
    earlier = [
        (found, item)
        for item in timeline[: label_index(timeline, figure)]
        if (found := year_of(item.label)) is not None and found < year
    ]
    window = [item for found, item in earlier if found > year - span]
    if window and not beats(figure.number.value, window, sign):
        return (
            Verdict.CONTRADICTED,
            (
                f"{figure.label} ({figure.number.text}) is not {beaten} every label of the "
                f"{span} years before it: {listed(window)}"
            ),
            rule,
        )
    if not earlier or min(found for found, _ in earlier) > year - span:
        first = next((item.label for _, item in earlier), figure.label)
        return (
            Verdict.NEEDS_REVIEW,
            (
                f"the series goes back only to {first}, so it cannot show the {word} in "
                f"{span} years (it needs a label for {year - span} or earlier)"
            ),
            rule,
        )
    have = {found for found, _ in earlier}
    missing = [one for one in range(year - span + 1, year) if one not in have]
    if missing:
        # as for "the lowest since 1977": a year the series skips could hold a lower figure
        return (
            Verdict.NEEDS_REVIEW,
            (
                f"the series lacks {', '.join(str(one) for one in missing[:5])} of the {span} "
                f"years before {figure.label}, so it cannot show the {word} in {span} years"
            ),
            rule,
        )
    return (
        Verdict.SUPPORTED,
        (
            f"{figure.label} ({figure.number.text}) is the {word} of the {span} years "
            f"before it: {listed(window)}"
        ),
        rule,
    )
