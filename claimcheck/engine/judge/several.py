"""A claim stating several figures in one sentence: "England £505bn, Scotland £59bn, Wales £32bn".

Each number the quote states is bound to one of the claim's ``figures:``:

1. by label, when every number has exactly one figure's label (its row label, series label or
   name) in the words just before it, or every number in the words just after it, each figure
   used once;
2. otherwise by order, when there are as many numbers as figures, unless the order holds a
   number against a figure it cannot fit (another unit or scale, a level against a change) and
   one other assignment fits them all (``fits.py``);
3. otherwise only the numbers a label binds on its own; the rest need review.

Each bound number is then judged as a one-figure claim over its own stretch of the sentence,
so every rule that applies to a single figure applies here. A number that binds to no figure,
and a figure that no number states, need review, saying so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from claimcheck.claimfile.records import Claim, Reference, Role
from claimcheck.claimfile.references import BadReference, parse_reference
from claimcheck.engine.judge.between import Between, between, judge_between
from claimcheck.engine.judge.fits import by_fit
from claimcheck.engine.judge.top_group import top_group
from claimcheck.engine.judge.uses import with_every_figure
from claimcheck.engine.read.asides import period_end
from claimcheck.model import FigureUse, Finding, Quantity, Statement, Verdict, worst
from claimcheck.numbers.number import Form, NumberMatch, Unit, find_numbers
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import DURATION_AFTER

_YEAR = lazy_pattern(r"(?:1[89]|2[01])\d\d")
_SEPARATORS = " \t\n,;:.–—-"
_AND = lazy_pattern(r"^(?:and|or)\s+|\s+(?:and|or)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Bound:
    """A number of the quote and the figure it states (None: no figure)."""

    match: NumberMatch
    reference: Reference | None
    start: int
    end: int


def stated_numbers(text: str) -> list[NumberMatch]:
    """The numbers a sentence states, years, school and financial years ("2021-22", "07/08"),
    ordinals ("the first, second and third quarters"), lengths of time that describe a noun
    and the bases of rates left out ("in 2023", "over an 18-month period", "per 1,000" state
    no figure)."""
    found = find_numbers(text)
    periods = [(match.start, end) for match in found if (end := period_end(text, match))]
    return [
        match
        for match in found
        if match.number.form is not Form.ORDINAL
        and not any(start <= match.start < end for start, end in periods)
        and not (
            match.number.unit is Unit.NONE
            and match.number.currency is None
            and (
                _YEAR.fullmatch(match.number.text)
                or _describing_time(text, match)
                or _PER.search(text, max(0, match.start - 12), match.start) is not None
            )
        )
    ]


# "4.1 per 1,000 births": the base of a rate, not a figure of the list.
_PER = lazy_pattern(r"(?<![a-z])(?:per|in\s+every|for\s+every)\s+\Z", re.IGNORECASE)


def _describing_time(text: str, match: NumberMatch) -> bool:
    """'an 18-month period', 'a five year plan': a unit of time in the singular after the
    number makes it an adjective of a noun, not a figure."""
    found = DURATION_AFTER.match(text, match.end)
    return found is not None and not found.group().lower().endswith("s")


def labels(reference: Reference, others: list[Reference]) -> list[str]:
    """The words that name a figure in a sentence, those shared by every figure left out."""
    mine = _names(reference)
    shared = set.intersection(*(set(_names(other)) for other in others)) if others else set()
    return [name for name in mine if name not in shared or len(others) == 1]


def _names(reference: Reference) -> list[str]:
    names: list[str] = []
    try:
        parsed = parse_reference(reference.written)
    except BadReference:
        parsed = None
    if parsed is not None and parsed.row is not None and parsed.column is not None:
        names += [parsed.row, parsed.column]
    figure = reference.figure
    if figure.label is not None:
        names.append(figure.label)
    names.append(figure.name.replace("_", " "))
    found = []
    for name in names:
        key = name.strip().lower()
        if key and not re.fullmatch(r"[\d\s.,/-]*", key) and key not in found:
            found.append(key)
    return found


def _mentions(text: str, names: list[str]) -> bool:
    lowered = text.lower()
    return any(
        re.search(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", lowered) for name in names
    )


def bind(text: str, references: tuple[Reference, ...]) -> list[Bound]:
    """Each stated number of ``text`` with the figure it states, by label or by order."""
    numbers = stated_numbers(text)
    names = [labels(reference, list(references)) for reference in references]
    edges = [0, *(match.end for match in numbers)]
    before = [text[edges[i] : match.start] for i, match in enumerate(numbers)]
    after = [
        text[match.end : numbers[i + 1].start if i + 1 < len(numbers) else len(text)]
        for i, match in enumerate(numbers)
    ]
    chosen = _by_label(before, names) or _by_label(after, names)
    if chosen is None and len(numbers) == len(references):
        chosen = by_fit(text, numbers, references)
    if chosen is None:
        chosen = _lone_labels(before, names)
    bounds = []
    for i, match in enumerate(numbers):
        start = edges[i]
        end = numbers[i + 1].start if i + 1 < len(numbers) else len(text)
        index = chosen[i]
        bounds.append(Bound(match, references[index] if index is not None else None, start, end))
    return bounds


def _by_label(gaps: list[str], names: list[list[str]]) -> list[int | None] | None:
    """Each gap's one figure when every gap names exactly one, each a different figure."""
    chosen: list[int | None] = []
    for gap in gaps:
        found = [index for index, figure in enumerate(names) if _mentions(gap, figure)]
        if len(found) != 1 or found[0] in chosen:
            return None
        chosen.append(found[0])
    return chosen if gaps else None


def _lone_labels(gaps: list[str], names: list[list[str]]) -> list[int | None]:
    chosen: list[int | None] = []
    for gap in gaps:
        found = [index for index, figure in enumerate(names) if _mentions(gap, figure)]
        chosen.append(found[0] if len(found) == 1 and found[0] not in chosen else None)
    return chosen


Check = Callable[[Claim], Finding]


def check_several(claim: Claim, check_one: Check, base: Mapping[str, object]) -> Finding:
    """The finding for a claim with ``figures:``; ``check_one`` judges a one-figure claim."""
    group = top_group(claim, check_one)
    if group is not None:
        statements, notes, sources = group
    else:
        statements, notes, sources = _bound(claim, check_one)
    sources = with_every_figure(sources, claim.several)  # unbound figures are still its sources
    verdict = worst([statement.verdict for statement in statements])
    explanation = "; ".join(statement.explanation for statement in statements)
    if not statements:
        verdict, explanation = Verdict.NEEDS_REVIEW, "No number was found in the quote."
    return Finding(
        **base,
        verdict=verdict,
        explanation=explanation,
        statements=statements,
        sources=sources,
        notes=notes,
    )


def _bound(claim: Claim, check_one: Check) -> tuple[list[Statement], list[str], list[FigureUse]]:
    """Each number of the quote judged against the figure it binds to."""
    text = claim.wording
    statements: list[Statement] = []
    notes: list[str] = []
    sources: list[FigureUse] = []
    bounds = bind(text, claim.several)
    compared = _compared(text, bounds)
    for index, bound in enumerate(bounds):
        if bound.reference is None:
            statements.append(_unbound(bound))
            continue
        end = compared[index].start if index in compared else bound.end
        piece = _AND.sub("", text[bound.start : end].strip(_SEPARATORS))
        offset = text.index(piece, bound.start) if piece else bound.start
        reference = Reference(
            Role.FIGURE,
            bound.reference.written,
            bound.reference.figure,
            bound.reference.series,
            lines=bound.reference.lines,
        )
        one = Claim(id=claim.id, quote=piece, references={Role.FIGURE: reference})
        finding = check_one(one)
        for statement in finding.statements:
            statements.append(_shifted(statement, offset))
        notes += [note for note in finding.notes if note not in notes]
        sources += [use.model_copy(update={"role": Role.FIGURES.value}) for use in finding.sources]
    for index, found in compared.items():
        left, right = bounds[index].reference, bounds[index + 1].reference
        if left is not None and right is not None:
            values = (left.figure.number.value, right.figure.number.value)
            shown = (left.figure.number.text, right.figure.number.text)
            statements.append(judge_between(text, found, *values, shown))
    used = {id(bound.reference) for bound in bounds}
    statements += [_unstated(ref) for ref in claim.several if id(ref) not in used]
    return statements, notes, sources


def _compared(text: str, bounds: list[Bound]) -> dict[int, Between]:
    """The comparisons between two bound numbers in a row ("50, below the average of 88"),
    by the index of the first (``between``)."""
    found: dict[int, Between] = {}
    for index in range(len(bounds) - 1):
        one, other = bounds[index], bounds[index + 1]
        if one.reference is None or other.reference is None:
            continue
        comparison = between(text, one.match.end, other.match.start)
        if comparison is not None:
            found[index] = comparison
    return found


def _shifted(statement: Statement, offset: int) -> Statement:
    if statement.start is None or statement.end is None:
        return statement
    return statement.model_copy(
        update={"start": statement.start + offset, "end": statement.end + offset}
    )


def _unbound(bound: Bound) -> Statement:
    text = bound.match.number.text
    why = (
        f"{text}: binds to no figure of the claim (no figure's label stands beside it, and the "
        f"quote states more or fewer numbers than the claim lists figures) "
        f"({Verdict.NEEDS_REVIEW.words})"
    )
    return Statement(
        stated=text,
        computed="",
        rule="each number of a claim with several figures states one of them",
        verdict=Verdict.NEEDS_REVIEW,
        explanation=why,
        quantity=Quantity.VALUE,
        rule_id="several.unbound",
        start=bound.match.start,
        end=bound.match.end,
    )


def _unstated(reference: Reference) -> Statement:
    why = f"{reference.written} is listed but no number in the quote states it"
    return Statement(
        stated="",
        computed=reference.figure.number.text,
        rule="each figure of a claim with several figures is stated by one number",
        verdict=Verdict.NEEDS_REVIEW,
        explanation=f"{why} ({Verdict.NEEDS_REVIEW.words})",
        quantity=Quantity.VALUE,
        rule_id="several.unstated",
    )
