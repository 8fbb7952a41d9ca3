"""Statements about a series: the most common, a record, the highest since, every year."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from claimcheck.claimfile.records import Figure, Reference, Series
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge.across import RANKED, across
from claimcheck.engine.judge.category import held_before, scoped
from claimcheck.engine.judge.context import Context, year_of, years_of
from claimcheck.engine.judge.judged import Judged, review, statement
from claimcheck.engine.judge.lines import aggregate_rule
from claimcheck.engine.judge.measures_apart import APART_RULE, apart
from claimcheck.engine.judge.ordinal_since import ordinal_since
from claimcheck.engine.judge.own_place import Ranked, within_own_place
from claimcheck.engine.judge.rankings import (
    CHANGE_RANKS,
    DESCRIBED,
    change_rank,
    described_alone,
    descriptive,
    falling,
    over_periods,
    reviewed,
    since_level,
)
from claimcheck.engine.judge.records import (
    label_index,
    listed,
    missing_years,
    record,
    since,
    years_span,
)
from claimcheck.engine.judge.step_lines import step_down_lines
from claimcheck.engine.read.mentions import number_form
from claimcheck.engine.read.ordinal_since import ordinal_place
from claimcheck.engine.read.reader import Mention
from claimcheck.model import Quantity, Verdict
from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import YEAR_DIGITS

# Labels that name a period without a year of their own: quarters, halves, months, weeks.
_PERIOD = lazy_pattern(
    rf"(?i)(?<![a-z])(?:q[1-4]|h[12]|quarter|{month_pattern(lower=True)}|week|month|year)"
    rf"(?![a-z])|(?<!\d){YEAR_DIGITS}(?!\d)"
)


def in_time_order(series: Series) -> tuple[Figure, ...] | None:
    """The figures of ``series`` oldest first, or None when its labels are not periods.

    Labels that are all years or year ranges are sorted by their (first) year, whatever
    order the file gives them in: "2011/12" comes before 2013. Other period labels
    (quarters, months) keep the file's order; labels that are categories (possession,
    distribution) have no order in time at all.
    """
    figures = series.figures
    years = [year_of(figure.label) for figure in figures]
    if all(year is not None for year in years):
        order = sorted(range(len(figures)), key=lambda i: (years[i], i))
        return tuple(figures[i] for i in order)
    if all(figure.label and _PERIOD.search(figure.label) for figure in figures):
        return figures
    return None


def _not_periods(series: Series) -> str:
    labels = ", ".join(label for label in series.labels[:4] if label)
    more = ", ..." if len(series.labels) > 4 else ""
    return (
        f"the labels ({labels}{more}) are not periods, so the series has no order in time to follow"
    )


_IN_A_ROW = frozenset({"in-a-row", "in-a-row-rises", "in-a-row-falls"})
_LEVEL_RANKS = frozenset({"series-max", "series-min", "rank-high", "rank-low", *DESCRIBED})
_PREVIOUS = lazy_pattern(r"(?<![a-z])(?:previous|former|old|last|earlier|prior)\s+$", re.IGNORECASE)


def series(mention: Mention, ctx: Context, out: Judged) -> None:
    """Check one label of a series against the other labels."""
    if _settled_by_lines(mention, ctx, out) or reviewed(mention, ctx, out):
        return
    if mention.family.id == "since-level":
        since_level(mention, ctx, out)
        return
    reference = ctx.series_reference()
    if (reference is None or reference.series is None) and descriptive(mention, ctx):
        described_alone(mention, out)
        return
    if reference is None or reference.series is None:
        out.statements.append(
            review(
                mention,
                Quantity.RANK,
                "this compares one label with the rest of its series, but the claim "
                "references no labelled figure",
            )
        )
        return
    family = mention.family.id
    if family in ("record-high", "record-low") and _PREVIOUS.search(
        ctx.wording, max(0, mention.start - 24), mention.start
    ):
        # "below its former record low, set in 2009": a record held by an earlier
        # figure, which only the whole series before it could show.
        why = "a previous record is held by an earlier figure, which the series before it shows"
        out.statements.append(review(mention, Quantity.RANK, why))
        return
    if _held_before(mention, reference, ctx.wording, out) or _in_time(mention, reference, ctx, out):
        return
    narrowed = scoped(reference, ctx.wording) if family in RANKED else None
    left = f"; left out: {narrowed.shown()}" if narrowed is not None else ""
    reference = narrowed.reference if narrowed is not None else reference
    assert reference.series is not None
    down = across(mention, reference, _ranked, ctx.wording)
    if down is not None:
        again = lambda inner: across(mention, inner, _ranked, ctx.wording)  # noqa: E731
        kept, said = within_own_place(reference, ctx.wording, down.verdict, down.text, again)
        down = replace(down, verdict=kept, text=said)
        out.statements.append(
            statement(
                mention,
                Quantity.RANK,
                down.verdict,
                f"{mention.text}: {down.text}{left} ({down.verdict.words})",
                computed=down.computed,
                rule=down.rule,
                rule_id=f"{family}.rank-lines",
            )
        )
        return
    if family in CHANGE_RANKS:
        change_rank(mention, ctx, in_time_order(reference.series), out)
        return
    if family in ("series-max", "series-min", "rank-high", "rank-low", *DESCRIBED):
        verdict, text, rule = _ranked(mention, reference)
        again_ranked = lambda inner: Ranked(*_ranked(mention, inner)[:2])  # noqa: E731
        verdict, text = within_own_place(reference, ctx.wording, verdict, text, again_ranked)
    elif (timeline := in_time_order(reference.series)) is None:
        verdict, text = Verdict.NEEDS_REVIEW, _not_periods(reference.series)
        rule = "the labels must be periods, in an order in time"
    elif family in ("record-high", "record-low"):
        verdict, text, rule = record(mention, timeline, reference.figure)
    elif family in ("highest-since", "lowest-since"):
        place = ordinal_place(mention.text)
        verdict, text, rule = (
            since(mention, timeline, reference.figure)
            if place is None
            else ordinal_since(mention, timeline, reference.figure, place, ctx.wording)
        )
    elif family in ("years-high", "years-low"):
        verdict, text, rule = years_span(mention, timeline, reference.figure)
    else:
        verdict, text, rule = _run(mention, ctx, reference, timeline)
    out.statements.append(
        statement(
            mention,
            Quantity.RANK,
            verdict,
            f"{mention.text}: {text}{left} ({verdict.words})",
            computed=f"{reference.figure.label} {reference.figure.number.text}",
            rule=rule,
            rule_id=f"{family}.rank",
        )
    )


def _settled_by_lines(mention: Mention, ctx: Context, out: Judged) -> bool:
    """'The biggest drops were in Wales' over one step of a table of categories: ranked down
    every line's change between the same two columns (judge/step_lines.py)."""
    family = mention.family.id
    least = family == "rank-change-least"
    if (family not in CHANGE_RANKS and not least) or over_periods(mention):
        return False
    reference = ctx.series_reference()
    if reference is None or reference.series is None:
        return False
    timeline = in_time_order(reference.series)
    if timeline is not None and len(timeline) > 2:
        return False  # a longer series ranks its own steps
    sign = (-1 if falling(mention) else 1) if least else mention.family.sign
    settled = step_down_lines(mention, ctx, sign, least)
    if settled is None:
        return False
    out.statements.append(
        statement(
            mention,
            Quantity.RANK,
            settled.verdict,
            f"{mention.text}: {settled.text} ({settled.verdict.words})",
            computed=f"{reference.figure.label} {reference.figure.number.text}",
            rule="the line's change must rank as said among every line's change",
            rule_id=f"{family}.rank-lines",
        )
    )
    return True


# Words after a superlative that place the figure in time: "the most fines since 2009".
_OVER_TIME = lazy_pattern(
    rf"^[^,;.]{{0,60}}?(?<![a-z])(?:since\s+(?:records\s+began\s+in\s+)?(?:[a-z]+\s+)?"
    rf"(?<!\d){YEAR_DIGITS}(?!\d)|on\s+record|ever\s+(?:recorded|seen)|of\s+all\s+time)",
    re.IGNORECASE,
)


def _in_time(mention: Mention, reference: Reference, ctx: Context, out: Judged) -> bool:
    """'The largest number of cyclist deaths since 2009' said of one line of a table of
    categories: the words rank the figure along its own series in time, not against the other
    lines, and a line with no periods to follow cannot show that, so it needs review."""
    if mention.family.id not in _LEVEL_RANKS or reference.lines is None:
        return False
    if _OVER_TIME.search(ctx.wording[mention.end :]) is None:
        return False
    assert reference.series is not None
    timeline = in_time_order(reference.series)
    if timeline is not None and len(timeline) > 1:
        return False
    why = "the words place the figure in its own series over time, and the referenced line "
    out.statements.append(review(mention, Quantity.RANK, why + "has no earlier periods to show it"))
    return True


def _held_before(mention: Mention, reference: Reference, wording: str, out: Judged) -> bool:
    """'Ohio again had the top rate': a rank among categories said to have held
    in earlier periods too, which one period's lines cannot show."""
    assert reference.series is not None
    if mention.family.id not in _LEVEL_RANKS:
        return False
    if reference.lines is None and in_time_order(reference.series) is not None:
        return False  # a series in time: its own periods are ranked
    words = held_before(wording, mention.start)
    if words is None:
        return False
    why = (
        f"'{words}' says the rank held in earlier periods too, which one period's lines cannot show"
    )
    out.statements.append(review(mention, Quantity.RANK, why))
    return True


def _ranked(mention: Mention, reference: Reference) -> tuple[Verdict, str, str]:
    """A superlative or a place, judged along the referenced series. Lines of the table
    with no figure in the series' column could rank anywhere: never supported then."""
    series = reference.series
    assert series is not None
    if (why := apart(reference, in_time_order(series) is not None)) is not None:
        return Verdict.NEEDS_REVIEW, why, APART_RULE  # a count ranked against a rate
    series, left = _without_totals(series, reference)
    if mention.family.id in ("rank-high", "rank-low"):
        verdict, text, rule = _rank(mention, series, reference.figure)
    else:
        verdict, text, rule = _extreme(mention, series, reference.figure)
    text += left
    if verdict is Verdict.SUPPORTED and series.blank:
        shown = ", ".join(series.blank[:5])
        more = f" and {len(series.blank) - 5} more" if len(series.blank) > 5 else ""
        text += f"; but the source gives no figure for {shown}{more}, which could rank anywhere"
        verdict = Verdict.NEEDS_REVIEW
    elif verdict is Verdict.SUPPORTED and (missing := _years_missing(mention, reference)):
        shown = ", ".join(str(year) for year in missing[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        text += f"; but the series lacks {shown}{more}, which could rank anywhere"
        verdict = Verdict.NEEDS_REVIEW
    return verdict, text, rule


def _without_totals(series: Series, reference: Reference) -> tuple[Series, str]:
    """A column of categories without its total lines ("All callouts", "Total"), which are
    no category to rank against; with the words that say so. A series in time, a total
    ranked itself, and a name that is a total only in some tables keep every line."""
    if reference.lines is not None or in_time_order(series) is not None:
        return series, ""
    if aggregate_rule(reference.figure.label) is not None:
        return series, ""
    totals = [
        item
        for item in series.figures
        if (rule := aggregate_rule(item.label)) is not None and rule.certain
    ]
    if not totals:
        return series, ""
    kept = tuple(item for item in series.figures if item not in totals)
    shown = ", ".join(f"{item.label} {item.number.text}" for item in totals)
    return replace(series, figures=kept), f"; left out: {shown} (a total, not a category)"


def _years_missing(mention: Mention, reference: Reference) -> list[str]:
    """The years a series in time skips between its first and last label, for a plain
    superlative ("the lowest") said along it: any of them could hold a lower figure."""
    if mention.family.id not in ("series-max", "series-min") or reference.lines is not None:
        return []
    assert reference.series is not None
    timeline = in_time_order(reference.series)
    return missing_years(list(timeline)) if timeline is not None else []


def _extreme(mention: Mention, series: Series, figure: Figure) -> tuple[Verdict, str, str]:
    sign = mention.family.sign
    others = [item for item in series.figures if item.label != figure.label]
    which = "largest" if sign > 0 else "smallest"
    rule = f"the label must be the {which} in its series"
    if not others:
        return (
            Verdict.NEEDS_REVIEW,
            f"the series has no other label to compare {figure.label} with",
            rule,
        )
    values = [item.number.value * sign for item in others]
    mine = figure.number.value * sign
    everything = listed(list(series.figures))
    if all(mine > other for other in values):
        return Verdict.SUPPORTED, f"{figure.label} is the {which} of {everything}", rule
    if all(mine >= other for other in values):
        return Verdict.NEEDS_REVIEW, f"{figure.label} ties for the {which} of {everything}", rule
    return Verdict.CONTRADICTED, f"{figure.label} is not the {which} of {everything}", rule


def _rank(mention: Mention, series: Series, figure: Figure) -> tuple[Verdict, str, str]:
    sign = mention.family.sign
    place = int(mention.stated.value)
    end = "top" if sign > 0 else "bottom"
    rule = f"the label must be number {place} from the {end} of its series"
    mine = figure.number.value * sign
    above = [
        item
        for item in series.figures
        if item.label != figure.label and item.number.value * sign > mine
    ]
    tied = [
        item
        for item in series.figures
        if item.label != figure.label and item.number.value * sign == mine
    ]
    ranking = listed(sorted(series.figures, key=lambda item: -item.number.value * sign))
    actual = len(above) + 1
    group = mention.number is not None and number_form(mention.number) == "cardinal"
    size = len(series.figures)
    if size < place or (group and size == place):
        # too few labels to rank: the missing ones could stand anywhere
        shown = f"{size} label{'s' if size != 1 else ''}"
        what = f"a {end} {place}" if group else f"a number {place} from the {end}"
        why = f"the series holds {shown}, too few to show {what}: {ranking}"
        return Verdict.NEEDS_REVIEW, why, rule
    if group:
        return _top(figure, place, actual, len(tied), f"{end} {place}", ranking)
    if tied and actual <= place <= actual + len(tied):
        return Verdict.NEEDS_REVIEW, f"{figure.label} ties for that place: {ranking}", rule
    if actual == place:
        return (
            Verdict.SUPPORTED,
            f"{figure.label} is number {place} from the {end}: {ranking}",
            rule,
        )
    return (
        Verdict.CONTRADICTED,
        f"{figure.label} is number {actual} from the {end}, not {place}: {ranking}",
        rule,
    )


def _top(
    figure: Figure, size: int, actual: int, tied: int, group: str, ranking: str
) -> tuple[Verdict, str, str]:
    """ "The two most common": a group of the first N, not the N-th place."""
    rule = f"the label must be among the {group} of its series"
    if actual + tied <= size:
        return (
            Verdict.SUPPORTED,
            f"{figure.label} is number {actual}, in the {group}: {ranking}",
            rule,
        )
    if actual <= size:
        return (
            Verdict.NEEDS_REVIEW,
            f"{figure.label} ties at the edge of the {group}: {ranking}",
            rule,
        )
    return (
        Verdict.CONTRADICTED,
        f"{figure.label} is number {actual}, outside the {group}: {ranking}",
        rule,
    )


def _run(
    mention: Mention, ctx: Context, reference: Reference, timeline: tuple[Figure, ...]
) -> tuple[Verdict, str, str]:
    series = reference.series
    assert series is not None
    sign = mention.sign or mention.family.sign
    way = "rise" if sign >= 0 else "fall"
    end = label_index(timeline, reference.figure)
    start = 0
    first = ctx.figure_in(series)
    if first is not None and first is not reference.figure:
        start = label_index(timeline, first)
    if mention.family.id in _IN_A_ROW:
        # "for a third year in a row": the reader gives "a third" as 1/3; the rank is 3.
        value = mention.stated.value
        steps = int(value) if value >= 1 else value.denominator
        start = end - steps
        rule = f"the last {fmt.count_words(steps)} steps must all {way}"
        if start < 0:
            short = f"the series has fewer than {steps + 1} labels up to {reference.figure.label}"
            return Verdict.NEEDS_REVIEW, short, rule
    else:
        rule = f"every step must {way}"
    run = list(timeline[start : end + 1])
    if len(run) < 2 or sign == 0:
        return Verdict.NEEDS_REVIEW, "there are not enough labels to see a trend", rule
    if len(run) < 3 and mention.family.id == "every-year":
        # "rose in every year of the survey" over one pair: a single step is no run.
        why = f"a single step ({listed(run)}) cannot show a move in every year"
        return Verdict.NEEDS_REVIEW, why, rule
    bad = [
        f"{a.label} → {b.label}"
        for a, b in pairwise(run)
        if (b.number.value - a.number.value) * sign <= 0 and not _gap(a, b)
    ]
    if bad:
        return (
            Verdict.CONTRADICTED,
            f"not every step does: {', '.join(bad)} ({listed(run)})",
            rule,
        )
    gaps = [f"{a.label} → {b.label}" for a, b in pairwise(run) if _gap(a, b)]
    if gaps:
        # a step across missing years may hide a move the other way
        why = f"the series skips years at {', '.join(gaps)} ({listed(run)})"
        return Verdict.NEEDS_REVIEW, why, rule
    return Verdict.SUPPORTED, f"every step does: {listed(run)}", rule


def _gap(first: Figure, second: Figure) -> bool:
    """Whether two labels of years in a run leave a year out between them ("2011/12" ends in
    2012, so 2013 follows it)."""
    ends, b = years_of(first.label), year_of(second.label)
    return bool(ends) and b is not None and b - max(ends) > 1
