"""Rankings of a category down a table's column ("Peterborough issued the most fines").

A table of categories with one value column is read as one line per category, so the
referenced line has no other label to rank along. A superlative or a top-N said of the
category then ranks its cell against the other lines' cells at the same label: the peers
``lines.peers`` chooses, with totals, aggregates and lines of another kind left out. Rankings
of changes ("fell most among mothers aged 35 to 39") run down a column of changes; a column of
falls written as positive numbers counts as falls only where the table says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.claimfile.records import Figure, Reference, Series
from claimcheck.engine.judge import format as fmt
from claimcheck.engine.judge.lines import LeftOut, Peers, Unclear, peers
from claimcheck.engine.judge.rankings import CHANGE_RANKS, DESCRIBED, place, wanted
from claimcheck.engine.read.mentions import Mention
from claimcheck.model import Verdict
from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern

__all__ = ["MIN_LINES", "RANKED", "Across", "across"]

RANKED = frozenset({"series-max", "series-min", "rank-high", "rank-low", *DESCRIBED, *CHANGE_RANKS})

_CHANGES = lazy_pattern(
    r"(?<![a-z])(?:change|changes|changed|difference|rise|rises|increase|increases|growth"
    r"|fall|falls|decrease|decreases|decline|declines|drop|drops|reduction|reductions)(?![a-z])"
    r"|\+\s*/\s*-|(?<![a-z])on\s+(?:the\s+)?(?:previous|last|a)\s+year"
)
_SIGNED = lazy_pattern(r"(?<![a-z])(?:change|changes|changed|difference|\+\s*/\s*-)(?![a-z])")
_FALLS = lazy_pattern(
    r"(?<![a-z])(?:fall|falls|decrease|decreases|decline|declines|drop|drops|reduction"
    r"|reductions)(?![a-z])"
)

MIN_LINES = 3
"""A superlative said of a category ranks at least three: "the highest" of two lines is as
likely a table that holds only the categories a story named as a true ranking."""

Judge = Callable[[Mention, Reference], tuple[Verdict, str, str]]


@dataclass(frozen=True, slots=True)
class Across:
    """A ranking judged down the column: the verdict, the working and the rule."""

    verdict: Verdict
    text: str
    rule: str
    computed: str


_PERIOD_WORD = lazy_pattern(
    rf"(?<![a-z0-9])(?:(?:1[89]|20)\d\d|q[1-4]|{month_pattern(lower=True)})(?![a-z0-9])"
)


# "its highest", "at their lowest": the subject's own series, ranked along its periods.
_OWN = lazy_pattern(r"(?<![a-z])(?:its|their)(?![a-z])")
# "of any area", "among the regions", "across all forces": the categories, down the column.
_GROUP = lazy_pattern(r"^(?:\s+[a-z-]+){0,3}?\s+(?:of\s+(?:any|all)|among(?:st)?|across\s+all)\s")


def _mode(mention: Mention, reference: Reference | None, wording: str) -> str | None:
    """How a ranking of a table line is read: "down" its column only (the line has no other
    label, or its labels are not distinct periods: "Fines issued 2018" beside "Fines paid
    2018"), "both" ways (its labels are periods: "the most fines" may rank the line's years or
    the categories), or None (no lines, no ranking, or a ranking of changes along periods)."""
    if reference is None or reference.lines is None or reference.series is None:
        return None
    if mention.family.id not in RANKED:
        return None
    labels = [item.label or "" for item in reference.series.figures]
    if all(label == reference.figure.label for label in labels):
        return "down"
    keys = [tuple(_PERIOD_WORD.findall(label.lower())) for label in labels]
    if not all(keys) or len(set(keys)) < len(keys):
        return "down"
    if mention.family.id in CHANGE_RANKS:
        return None
    text = wording.lower()
    if _OWN.search(text[max(0, mention.start - 20) : mention.end]):
        return None
    if _GROUP.match(text[mention.end : mention.end + 60]):
        return "down"
    return "both"


def _show(items: tuple[LeftOut, ...]) -> str:
    return "; ".join(
        f"{item.figure.label} {item.figure.number.text} ({item.why})" for item in items
    )


def _plain(items: tuple[LeftOut, ...]) -> str:
    return ", ".join(f"{item.figure.label} {item.figure.number.text}" for item in items)


def _as_series(reference: Reference, figures: tuple[Figure, ...]) -> Reference:
    lines = reference.lines
    series = Series(
        reference.figure.source,
        lines.label if lines else "",
        figures,
        lines.blank if lines else (),
    )
    own = next(
        figure for figure in figures if reference.lines and figure.label == reference.lines.line
    )
    return Reference(reference.role, reference.written, own, series)


def _rule(rule: str, label: str) -> str:
    return (
        rule.replace("the label", "the line")
        .replace("in its series", f"of the lines at {label}")
        .replace("of its series", f"of the lines at {label}")
    )


def across(
    mention: Mention, reference: Reference | None, judge: Judge, wording: str = ""
) -> Across | None:
    """The ranking of the referenced line down its column, or the question when it could also
    rank the line's own periods and the two readings disagree; None when it does not apply
    (or when both readings agree, so the ranking along the line stands)."""
    mode = _mode(mention, reference, wording)
    if mode is None:
        return None
    assert reference is not None
    down = _down(mention, reference, judge)
    if mode == "down":
        return down
    verdict, text, rule = judge(mention, reference)
    if verdict is down.verdict:
        return None
    why = (
        f"the words may rank {down.computed} along its own periods or against the other lines: "
        f"along them, {text} ({verdict.words}); {down.text} ({down.verdict.words})"
    )
    return Across(Verdict.NEEDS_REVIEW, why, f"{rule}, or {down.rule}", down.computed)


def _down(mention: Mention, reference: Reference, judge: Judge) -> Across:
    """The ranking of the referenced line down its column."""
    assert reference.lines is not None
    lines = reference.lines
    label = lines.label
    found = peers(lines)
    if isinstance(found, Unclear):
        rule = f"the line must rank as said among the table's lines at {label}"
        return Across(Verdict.NEEDS_REVIEW, found.reason, rule, _own(reference))
    if len(found.figures) < MIN_LINES:
        shown = ", ".join(f"{f.label} {f.number.text}" for f in found.figures)
        why = (
            f"the table holds only {len(found.figures)} lines of categories at {label} "
            f"({shown}): a superlative ranks at least {MIN_LINES}, so the table may not hold "
            "every category the sentence ranks"
        )
        rule = f"the line must rank as said among at least {MIN_LINES} lines at {label}"
        return Across(Verdict.NEEDS_REVIEW, why, rule, _own(reference))
    if mention.family.id in CHANGE_RANKS:
        return _changes(mention, reference, found)
    verdict, text, rule = judge(mention, _as_series(reference, found.figures))
    if found.doubtful:
        wider = tuple(
            figure
            for figure in lines.figures
            if figure in found.figures or any(item.figure is figure for item in found.doubtful)
        )
        other, _, _ = judge(mention, _as_series(reference, wider))
        if other is not verdict:
            text = (
                f"{text}; with {_plain(found.doubtful)} counted as a category it would be "
                f"{other.words}, so the verdict rests on whether that line is one"
            )
            verdict = Verdict.NEEDS_REVIEW
    return Across(verdict, _working(text, found, label), _rule(rule, label), _own(reference))


def _own(reference: Reference) -> str:
    figure = reference.figure
    line = reference.lines.line if reference.lines is not None else figure.label
    return f"{line} {figure.number.text}"


def _working(text: str, found: Peers, label: str) -> str:
    left = found.left_out + found.doubtful
    if not left:
        return f"down the column {label!r}, {text}"
    return f"down the column {label!r}, {text}; left out: {_show(left)}"


def _sense(label: str, heading: str, values: list[tuple[str, Fraction]]) -> str | None:
    """How a column of changes is written: "signed" (a fall is negative), "falls" (falls as
    positive numbers), or None when the table does not say. The column's own header speaks
    first, then the table's title; negative values alone show signed changes."""
    for words in (label.lower(), heading.lower()):
        if _SIGNED.search(words) is not None:
            return "signed"
        if _FALLS.search(words) is not None:
            return "falls"
    if any(value < 0 for _, value in values):
        return "signed"
    return None


def _changes(mention: Mention, reference: Reference, found: Peers) -> Across:
    """'Fell most among X': X's change against every line's change at the label."""
    assert reference.lines is not None
    lines = reference.lines
    sign = mention.family.sign
    way = "rise" if sign > 0 else "fall"
    rule = f"the line's {way} must rank as said among the table's lines at {lines.label}"
    values = [(figure.label or "", figure.number.value) for figure in found.figures]
    sense = _sense(lines.label, lines.heading, values)
    if sense is None:
        reason = (
            f"the lines at {lines.label} hold no negative value and the table does not say "
            "whether they are changes, or falls written as positive numbers"
        )
        if _CHANGES.search(f"{lines.label} {lines.heading}".lower()) is None:
            reason = f"the table does not say that its lines at {lines.label} are changes"
        return Across(Verdict.NEEDS_REVIEW, reason, rule, _own(reference))
    flip = -1 if sense == "falls" else 1
    reading = " (the table gives falls as positive numbers)" if flip < 0 else ""
    values = [(name, value * flip) for name, value in values]
    own = next(value for name, value in values if name == lines.line)
    listing = ", ".join(f"{name} {fmt.signed_change(value)}" for name, value in values)
    if own * sign <= 0:
        text = (
            f"down the column {lines.label!r}, {lines.line} ({fmt.signed_change(own)}) is not "
            f"a {way}: {listing}{reading}"
        )
        return Across(Verdict.CONTRADICTED, text, rule, _own(reference))
    verdict = place(values, lines.line, sign, wanted(mention))
    text = _working(f"{lines.line} against {listing}{reading}", found, lines.label)
    if found.doubtful and verdict is not Verdict.NEEDS_REVIEW:
        wider = values + [
            (i.figure.label or "", i.figure.number.value * flip) for i in found.doubtful
        ]
        other = place(wider, lines.line, sign, wanted(mention))
        if other is not verdict:
            text += (
                f"; with {_plain(found.doubtful)} counted as a category it would be "
                f"{other.words}, so the verdict rests on whether that line is one"
            )
            verdict = Verdict.NEEDS_REVIEW
    return Across(verdict, text, rule, _own(reference))
