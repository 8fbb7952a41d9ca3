"""Which lines of a table a category's ranking runs against (docs/policy.md, "Rankings across
the lines of a table").

"Peterborough issued the most fines" ranks Peterborough's cell against the other lines' cells at
the same label. Not every line is a peer: a total or an aggregate ("Total", "All offences",
"England" above its regions, a line equal to the sum of the others) is not a category, and a
line of another kind (a rate beside counts, "per 1,000") measures something else. Blank cells
give no line. When the peers cannot be told apart with confidence (units mixed with no label
saying why, a cell the source withholds, a line that is the sum of the others only within
rounding), the ranking is not settled, and the reason says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from claimcheck.claimfile.records import Figure, Lines
from claimcheck.numbers.number import Unit
from claimcheck.text.lazy import lazy_pattern

__all__ = ["AGGREGATE_RULES", "KIND_WORDS", "LeftOut", "Peers", "Unclear", "measures", "peers"]


@dataclass(frozen=True, slots=True)
class AggregateRule:
    """A line name that marks a total or an aggregate, with an example and the reason."""

    name: str
    pattern: str
    example: str
    reason: str
    certain: bool = True
    """False for a name that is a category in some tables (a country among countries): such a
    line is left out only where the verdict is the same with it and without it."""


# Data: the names of lines that sum or stand above the categories of a table.
AGGREGATE_RULES: tuple[AggregateRule, ...] = (
    AggregateRule(
        "total",
        r"(?:grand\s+|sub-?)?totals?(?![a-z])|.*(?<![a-z])total$",
        "Total, Grand total, Subtotal, All councils total",
        "a total sums the categories; it is not one of them",
    ),
    AggregateRule(
        "all",
        r"all(?![a-z])(?!\s+(?:saints|souls|hallows)(?![a-z]))",
        "All offences, All ages, All regions",
        "'all ...' is the whole of which the other lines are parts",
    ),
    AggregateRule(
        "overall",
        r"(?:overall|combined|everyone|everybody|national|nationwide)(?![a-z])",
        "Overall, Combined, National",
        "an overall figure stands for every category together",
    ),
    AggregateRule(
        "country",
        r"(?:united\s+kingdom|uk|great\s+britain|gb|england\s+(?:and|&)\s+wales"
        r"|united\s+states|us|usa)$",
        "United Kingdom, Great Britain, England and Wales",
        "a country covers the areas listed under it, or is one country among others: the "
        "verdict must hold either way",
        certain=False,
    ),
    AggregateRule(
        "average",
        r"(?:average|mean|median)(?:\s+(?:of|for|across)(?![a-z]).*)?$",
        "Average, Mean of all forces, Median",
        "an average of the lines is not a category",
    ),
)
# "England" is a country among the nations of the United Kingdom, but the whole above English
# regions: it is left out only where the table also holds lines that are not nations.
_NATIONS = lazy_pattern(r"(?:england|wales|scotland|northern\s+ireland)$")
_ENGLAND = lazy_pattern(r"england$")
_AGGREGATE = tuple(lazy_pattern(rf"^(?:{rule.pattern})") for rule in AGGREGATE_RULES)
# Words that make a line a measure of another kind than a plain count: a rate, a share.
KIND_WORDS = (
    r"rates?|per\s+[\d,]+|per\s+(?:cent|head|capita|person|resident|thousand|hundred|million)"
    r"|percent(?:age)?|proportion|share|ratio|index|%"
)
_KIND = lazy_pattern(rf"(?<![a-z])(?:{KIND_WORDS})(?![a-z])")
_NOTE = lazy_pattern(r"\s*(?:\[[^\]]*\]|\([a-z]\))\s*$")


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A line not ranked against, and why."""

    figure: Figure
    why: str


@dataclass(frozen=True, slots=True)
class Peers:
    """The lines a category is ranked against: ``figures`` holds ``own`` too, in table order."""

    own: Figure
    figures: tuple[Figure, ...]
    left_out: tuple[LeftOut, ...]
    doubtful: tuple[LeftOut, ...] = ()
    """Lines left out that may yet be categories: the verdict must hold with them too."""


@dataclass(frozen=True, slots=True)
class Unclear:
    """The peers cannot be told with confidence; ``reason`` says why."""

    reason: str


def _name(label: str | None) -> str:
    text = re.sub(r"\s+", " ", (label or "").strip().lower())
    return _NOTE.sub("", text)


def aggregate_rule(label: str | None) -> AggregateRule | None:
    """The rule by which a line's name marks it a total or an aggregate, if any."""
    name = _name(label)
    for rule, pattern in zip(AGGREGATE_RULES, _AGGREGATE, strict=True):
        if pattern.match(name):
            return rule
    return None


def measures(lines: Lines) -> bool:
    """Whether a table's lines are different measures rather than groups of one measure: a
    line of another kind (a rate beside a count, a percentage beside a number) and no total
    among them. Such a table ("Number of exclusions", "Exclusion rate (%)") has no groups."""
    own = lines.own
    if own is None:
        return False
    others = [figure for figure in lines.figures if figure is not own]
    if any(aggregate_rule(figure.label) is not None for figure in others):
        return False
    mine = _kind(own)
    return any(_kind(figure) != mine for figure in others)


def _kind(figure: Figure) -> tuple[Unit, str | None, str | None]:
    found = _KIND.search(_name(figure.label))
    word = found.group(0) if found else None
    return figure.number.unit, figure.number.currency, word


def _aggregates(lines: Lines) -> tuple[dict[str, str], dict[str, str]]:
    """The labels of the lines that are totals or aggregates, with the reason for each: those
    that certainly are, and those that may be (a country)."""
    labels = [figure.label or "" for figure in lines.figures] + list(lines.withheld)
    certain: dict[str, str] = {}
    doubtful: dict[str, str] = {}
    for label in labels:
        rule = aggregate_rule(label)
        if rule is not None:
            (certain if rule.certain else doubtful)[label] = rule.reason
    below_nations = [
        label
        for label in labels
        if label not in certain and label not in doubtful and not _NATIONS.match(_name(label))
    ]
    for label in labels:
        if _ENGLAND.match(_name(label)) and below_nations and label not in doubtful:
            doubtful[label] = "England covers the English areas listed with it, or is one nation "
            "among others: the verdict must hold either way"
    return certain, doubtful


def _show(figure: Figure) -> str:
    return f"{figure.label} {figure.number.text}"


def _sum_line(kept: list[Figure], own: Figure) -> LeftOut | Unclear | None:
    """A line equal to the sum of the others: a total under another name."""
    counts = [figure for figure in kept if _kind(figure) == (Unit.NONE, None, None)]
    if len(counts) != len(kept) or len(kept) < 4 or any(f.number.value < 0 for f in kept):
        return None
    top = max(kept, key=lambda figure: figure.number.value)
    rest = [figure for figure in kept if figure is not top]
    total = sum((figure.number.value for figure in rest), Fraction(0))
    slack = sum((figure.number.step for figure in kept), Fraction(0)) / 2
    gap = abs(total - top.number.value)
    if gap == 0:
        if top is own:
            return Unclear(
                f"{_show(own)} is the sum of the other lines, a total rather than a category"
            )
        return LeftOut(top, "the sum of the other lines")
    if gap <= slack:
        return Unclear(
            f"{_show(top)} is the sum of the other lines to within their rounding: it may be "
            "a total, so which lines are categories is not clear"
        )
    return None


# "Suspensions: state-funded primary", "Deaths - pedestrians": a measure, then the group.
_HEAD = lazy_pattern(r"^(?P<head>[^:;,()\[\]]+?)\s*(?::|\s[-–]\s|,)\s*\S")


def _head(label: str | None) -> str | None:
    found = _HEAD.match(_name(label))
    return found.group("head") if found is not None else None


def _under_heads(lines: Lines, own: Figure) -> dict[str, str]:
    """When the own line names its measure before its group ("Suspensions: primary"), the
    line that is the measure alone ("Suspensions") is their whole, and a line of another
    measure ("Permanent exclusions") is no peer: both are left out, each with its reason."""
    head = _head(own.label)
    if head is None:
        return {}
    found: dict[str, str] = {}
    for figure in lines.figures:
        label = figure.label or ""
        if figure is own or _head(label) == head:
            continue
        if _name(label) == head:
            found[label] = f"the whole of which {own.label} is a part"
        else:
            found[label] = f"another measure than {head}"
    return found


def _by_kind(candidates: list[Figure], own: Figure) -> tuple[list[Figure], list[LeftOut]] | Unclear:
    """Lines of the own line's kind; lines a label marks as another kind are left out."""
    mine = _kind(own)
    kept: list[Figure] = []
    other: list[LeftOut] = []
    for figure in candidates:
        theirs = _kind(figure)
        if figure is own or theirs == mine:
            kept.append(figure)
        elif theirs[2] != mine[2]:
            what = theirs[2] or "a count"
            other.append(LeftOut(figure, f"another kind of figure ({what})"))
        else:
            units = f"{_show(own)} and {_show(figure)}"
            return Unclear(
                f"the lines mix units ({units}) with no label saying why: they may be "
                "different measures rather than categories"
            )
    if other and len(other) >= len(kept):
        shown = ", ".join(_show(item.figure) for item in other)
        return Unclear(
            f"as many lines are of another kind ({shown}) as of {own.label}'s: the table "
            "looks like different measures rather than categories"
        )
    return kept, other


def _before_kinds(lines: Lines, own: Figure, certain: dict[str, str]) -> Unclear | None:
    """Why the lines cannot be ranked whatever their kinds: the own line is a total, or a
    line's cell is withheld."""
    if own.label in certain:
        return Unclear(
            f"{own.label} is a total or an aggregate of the other lines ({certain[own.label]})"
            ", not one of the categories"
        )
    withheld = [label for label in lines.withheld if label not in certain]
    if withheld:
        return Unclear(
            f"the source withholds the figure of {', '.join(withheld)} at {lines.label}: "
            "a withheld line could rank anywhere"
        )
    blank = [label for label in lines.blank if label not in certain]
    if blank:
        shown = ", ".join(blank[:5]) + (f" and {len(blank) - 5} more" if len(blank) > 5 else "")
        return Unclear(
            f"the source gives no figure for {shown} at {lines.label}: a line without one "
            "could rank anywhere"
        )
    return None


def _without_sum(
    kept: list[Figure], left_out: list[LeftOut], doubtful: dict[str, str], own: Figure
) -> tuple[list[Figure], list[LeftOut]] | Unclear:
    """The lines with a line that sums the others left out for sure: a line a name leaves
    out in doubt (a country) that sums the others is a total, whatever its name."""
    mine = _kind(own)
    maybe = [item.figure for item in left_out if (item.figure.label or "") in doubtful]
    summed = _sum_line(kept + [figure for figure in maybe if _kind(figure) == mine], own)
    if summed is None or isinstance(summed, Unclear):
        return summed or (kept, left_out)
    doubtful.pop(summed.figure.label or "", None)
    kept = [figure for figure in kept if figure is not summed.figure]
    left_out = [item for item in left_out if item.figure is not summed.figure]
    return kept, [*left_out, summed]


def peers(lines: Lines) -> Peers | Unclear:
    """The lines at ``lines.label`` that ``lines.line`` is ranked against, or why not."""
    own = lines.own
    if own is None:
        return Unclear(f"{lines.line} has no figure at {lines.label}")
    certain, doubtful = _aggregates(lines)
    certain.update(_under_heads(lines, own))
    doubtful.pop(own.label or "", None)
    unclear = _before_kinds(lines, own, certain)
    if unclear is not None:
        return unclear
    names = {**certain, **doubtful}
    left_out = [LeftOut(f, names[f.label or ""]) for f in lines.figures if (f.label or "") in names]
    candidates = [figure for figure in lines.figures if (figure.label or "") not in names]
    sorted_out = _by_kind(candidates, own)
    if isinstance(sorted_out, Unclear):
        return sorted_out
    kept, other = sorted_out
    settled = _without_sum(kept, left_out, doubtful, own)
    if isinstance(settled, Unclear):
        return settled
    kept, left_out = settled
    if len(kept) < 2:
        return Unclear(f"no other line at {lines.label} is a category of the same kind")
    order = {id(figure): index for index, figure in enumerate(lines.figures)}
    left_out = sorted([*left_out, *other], key=lambda item: order[id(item.figure)])
    mine = _kind(own)
    unsure = [i for i in left_out if (i.figure.label or "") in doubtful and _kind(i.figure) == mine]
    sure = [item for item in left_out if item not in unsure]
    return Peers(own, tuple(kept), tuple(sure), tuple(unsure))
