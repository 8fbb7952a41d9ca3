"""Check a claim: read its wording, judge every statement, and build its finding."""

from __future__ import annotations

from claimcheck.claimfile.records import Claim, ClaimFile, Reference, Role
from claimcheck.engine.judge import assess as _assess
from claimcheck.engine.judge.agreement import disagreements
from claimcheck.engine.judge.assess import Judged
from claimcheck.engine.judge.between_values import compared_values
from claimcheck.engine.judge.change_figure import on_change_figure
from claimcheck.engine.judge.compared import compared_changes
from claimcheck.engine.judge.comparisons import unreferenced_comparisons
from claimcheck.engine.judge.context import Context
from claimcheck.engine.judge.directions import unchecked_directions
from claimcheck.engine.judge.from_period import implied_by_from, soften_from
from claimcheck.engine.judge.groups import every_group
from claimcheck.engine.judge.later_share import bracketed_share
from claimcheck.engine.judge.months import unreferenced_months
from claimcheck.engine.judge.only_by import ranked_only_by
from claimcheck.engine.judge.other_place import other_place_figures
from claimcheck.engine.judge.periods import period
from claimcheck.engine.judge.prior_level import implied_from, soften
from claimcheck.engine.judge.runs import loose_runs
from claimcheck.engine.judge.runs_before import runs_before
from claimcheck.engine.judge.says import unsaid
from claimcheck.engine.judge.series import series
from claimcheck.engine.judge.several import check_several
from claimcheck.engine.judge.spans import unchecked_spans
from claimcheck.engine.judge.unchanged import unchanged
from claimcheck.engine.judge.unread_ranks import unread_ranks
from claimcheck.engine.judge.uses import figure_use
from claimcheck.engine.read.reader import Mention, Reading, read
from claimcheck.engine.wording.families import Kind
from claimcheck.engine.wording.negation import negate, negation
from claimcheck.model import (
    INTERNAL_ERROR,
    ArticleInfo,
    FigureUse,
    Finding,
    Quantity,
    Report,
    SourceInfo,
    Statement,
    Verdict,
    worst,
)
from claimcheck.policy import DEFAULT_POLICY, Policy

_CHANGES = frozenset({"fraction-change", "percent-change", "points", "difference"})
_SHARES = frozenset({"one-in", "percent-of", "fraction-of"})


def check(claim_file: ClaimFile) -> Report:
    """One finding per claim, in file order. A false claim is a finding, never an error."""
    findings = [
        check_claim(claim, claim_file.policy, file=claim_file.path) for claim in claim_file.claims
    ]
    sources = [
        SourceInfo(
            id=source.id,
            file=claim_file.path,
            title=source.title,
            publisher=source.publisher,
            url=source.url,
            published=source.published,
            retrieved=source.retrieved,
        )
        for source in claim_file.sources.values()
    ]
    article = claim_file.article
    articles = [
        ArticleInfo(
            file=claim_file.path,
            title=article.title,
            url=article.url,
            published=article.published,
            author=article.author,
            path=str(article.text_path) if article.text_path is not None else None,
        )
    ]
    return Report.of(findings, sources=sources, articles=articles)


def check_claim(
    claim: Claim, policy: Policy = DEFAULT_POLICY, *, file: str | None = None
) -> Finding:
    """The finding for one claim.

    An unexpected exception is a bug in claimcheck, not a verdict: the finding says "internal
    error" (rule id ``internal.error``, ``Finding.internal_error``) and carries the traceback
    for the command line, which exits 3; the other claims are still checked.
    """
    try:
        return _check(claim, policy, file)
    except Exception as error:  # one bad claim must not lose the others
        return _internal_error(claim, file, error)


def _internal_error(claim: Claim, file: str | None, error: Exception) -> Finding:
    import traceback

    what = f"{type(error).__name__}: {error}"[:300]
    explanation = (
        f"internal error: claimcheck failed while checking this claim ({what}); this is a "
        f"bug in claimcheck, not a verdict: check the claim by hand and report the bug"
    )
    return Finding(
        id=claim.id,
        file=file,
        line=_line(claim),
        quote=claim.quote,
        verdict=Verdict.NEEDS_REVIEW,
        explanation=explanation,
        statements=[
            Statement(
                stated=claim.quote,
                computed="",
                rule="claimcheck must not fail while checking a claim",
                verdict=Verdict.NEEDS_REVIEW,
                explanation=explanation,
                quantity=Quantity.VALUE,
                rule_id=INTERNAL_ERROR,
            )
        ],
        sources=_uses(claim),
        note=claim.note,
        traceback="".join(traceback.format_exception(error)),
    )


def _line(claim: Claim) -> int | None:
    return claim.location.line if claim.location is not None else None


def _uses(claim: Claim) -> list[FigureUse]:
    return [_use(reference) for reference in claim.references.values()]


def _use(reference: Reference) -> FigureUse:
    return figure_use(reference)


def _check(claim: Claim, policy: Policy, file: str | None) -> Finding:
    context = Context(claim.references, policy, claim.wording)
    reading = read(claim.wording, context.labels, context.line_names)
    base = {
        "id": claim.id,
        "file": file,
        "line": _line(claim),
        "quote": claim.quote,
        "note": claim.note,
    }
    if claim.withheld:
        return Finding(
            **base,
            verdict=Verdict.UNSOURCED,
            explanation=(
                "The source does not publish a figure this claim rests on, so it cannot be "
                f"checked: {'; '.join(claim.withheld)}."
            ),
        )
    if claim.several:
        return check_several(claim, lambda one: _check(one, policy, file), base)
    if not claim.references:
        stated = [mention.text for mention in reading.mentions if mention.number is not None]
        what = f" (it states {', '.join(stated)})" if stated else ""
        return Finding(
            **base,
            verdict=Verdict.UNSOURCED,
            explanation=f"No source figure is referenced, so this cannot be checked{what}.",
        )
    judged = Judged()
    implied = implied_from(claim.references, reading, claim.wording) or implied_by_from(
        claim.references, reading, claim.wording
    )
    if implied is not None:
        # "fell to 4.1%" on a complete series: from the label before (judge/prior_level.py)
        context = Context(implied.references, policy, claim.wording)
        judged.note(implied.note)
    for mention in reading.mentions:
        first = len(judged.statements)
        judge(mention, context, judged)
        if (word := negation(claim.wording, mention.start)) is not None:
            judged.statements[first:] = [negate(item, word) for item in judged.statements[first:]]
    compared_values(context, judged)
    _dates(reading, context, judged)
    unreferenced_months(claim.wording, context.labels, judged)
    _unchecked(reading, judged)
    runs_before(claim.wording, reading, context, judged)
    loose_runs(claim.wording, reading, context, judged)
    if implied is not None:
        soften(implied, judged)
        soften_from(implied, judged)
    unchecked_directions(reading, context, judged)
    ranked_only_by(claim.wording, judged)
    unchecked_spans(claim.wording, reading, judged)
    every_group(claim.wording, context.references, judged)
    unreferenced_comparisons(claim.wording, context.references, judged)
    _currencies(context, judged)
    unsaid(claim, context, judged, judge)
    other_place_figures(claim.wording, context, judged)
    unread_ranks(claim.wording, reading, judged)
    disagreements(reading, judged)
    judged.statements.sort(key=lambda item: item.start if item.start is not None else 0)
    verdicts = [item.verdict for item in judged.statements]
    if not judged.statements:
        verdict = Verdict.NEEDS_REVIEW
        explanation = "No number or checkable wording was found in the quote."
    else:
        verdict = worst(verdicts)
        explanation = "; ".join(item.explanation for item in judged.statements)
    return Finding(
        **base,
        verdict=verdict,
        explanation=explanation,
        statements=judged.statements,
        sources=_uses(claim),
        notes=judged.notes,
    )


_CHANGE_QUANTITIES = frozenset(
    {
        Quantity.RATIO,
        Quantity.PERCENT_CHANGE,
        Quantity.DIFFERENCE,
        Quantity.POINTS,
        Quantity.DIRECTION,
    }
)


def _currencies(context: Context, out: Judged) -> None:
    """A change from one currency to another cannot be judged without an exchange rate."""
    first, second = context.figure(Role.FROM), context.figure(Role.TO)
    if first is None or second is None:
        return
    a, b = first.number.currency, second.number.currency
    if a is None or b is None or a == b:
        return
    why = (
        f"but {first.ref} is in {a} and {second.ref} in {b}, so the change cannot be "
        f"worked out without an exchange rate ({Verdict.NEEDS_REVIEW.words})"
    )
    for index, item in enumerate(out.statements):
        if item.quantity not in _CHANGE_QUANTITIES:
            continue
        head = item.explanation.removesuffix(f" ({item.verdict.words})")
        out.statements[index] = item.model_copy(
            update={"verdict": Verdict.NEEDS_REVIEW, "explanation": f"{head}; {why}"}
        )


def _dates(reading: Reading, context: Context, out: Judged) -> None:
    """A year in the quote that no referenced figure's label covers is worth a question."""
    known = context.label_years
    if not known:
        return
    for aside in reading.asides:
        if aside.year is None or aside.year in known:
            continue
        years = ", ".join(str(year) for year in sorted(known))
        out.statements.append(
            Statement(
                stated=aside.text,
                computed=years,
                rule="a year in the quote should be one the referenced figures are for",
                verdict=Verdict.NEEDS_REVIEW,
                explanation=f"{aside.text}: the referenced figures are for {years}, not "
                f"{aside.year} ({Verdict.NEEDS_REVIEW.words})",
                quantity=Quantity.PERIOD,
                rule_id="date.year",
                start=aside.start,
                end=aside.end,
            )
        )


def _unchecked(reading: Reading, out: Judged) -> None:
    """A number too large or too small to check is a question, never passed over."""
    for aside in reading.unchecked:
        out.statements.append(
            Statement(
                stated=aside.text,
                computed="",
                rule="a number is checked only between 10^-40 and 10^40 in size",
                verdict=Verdict.NEEDS_REVIEW,
                explanation=f"{aside.why} ({Verdict.NEEDS_REVIEW.words})",
                quantity=Quantity.VALUE,
                rule_id="number.range",
                start=aside.start,
                end=aside.end,
            )
        )


def judge(mention: Mention, context: Context, out: Judged) -> None:
    """Send one statement to the check its family calls for."""
    if on_change_figure(mention, context, out, judge):
        return  # "fell by a third" against a published change of -33%
    family = mention.family
    if family.kind is Kind.SERIES:
        series(mention, context, out)
    elif family.kind is Kind.PERIOD:
        period(mention, context, out)
    elif family.kind is Kind.DIRECTION and family.sign == 0:
        unchanged(mention, context, out)
    elif family.kind is Kind.DIRECTION:
        if not compared_changes(mention, context, out):
            _assess.direction(mention, context, out)
    elif family.kind is Kind.MULTIPLE_WORD or family.quantity.value == "ratio":
        _assess.multiple(mention, context, out)
    elif family.id in _CHANGES:
        _assess.change(mention, context, out)
    elif (
        family.id in _SHARES or family.kind is Kind.SHARE_WORD or bracketed_share(mention, context)
    ):
        _assess.share(mention, context, out)
    else:
        _assess.value(mention, context, out)
