"""Does every number in the story have a claim, and is every claim still in the story?

``cover`` compares a claim file's quotes with the article text. A claim whose quote is no
longer in the article (compared ignoring whitespace, case, curly or straight quote marks, dash
style and, in HTML, the markup) needs review: the story may have been edited since it was
checked. A statistical number in the article that no claim's quote covers is unchecked.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from claimcheck.article.scan import scan
from claimcheck.claimfile.records import Claim
from claimcheck.model import Finding, Unchecked, Verdict
from claimcheck.text import html as _html
from claimcheck.text.quotes import normalise, quote_spans

__all__ = ["QUOTE_MISSING", "cover", "normalise"]

QUOTE_MISSING = "quote not found in the article; edited since it was checked?"


def _needs_review(finding: Finding) -> Finding:
    """The finding made no better than needs review, with the reason noted."""
    verdict = finding.verdict
    explanation = finding.explanation
    if verdict.severity <= Verdict.NEEDS_REVIEW.severity:
        verdict = Verdict.NEEDS_REVIEW
        # The explanation must say why the claim needs review, not only that its numbers match.
        explanation = (
            "The quote is not in the article, so the claim needs review (edited "
            f"since it was checked?). Its numbers: {explanation}"
        ).rstrip()
    notes = [*finding.notes, QUOTE_MISSING]
    return finding.model_copy(
        update={"verdict": verdict, "notes": notes, "explanation": explanation}
    )


def cover(
    findings: list[Finding],
    claims: Sequence[Claim],
    article_text: str,
    *,
    file: str | None,
) -> tuple[list[Finding], list[Unchecked]]:
    """Findings with missing quotes marked for review, and the statistical numbers unchecked.

    A finding's verdict is only ever made worse, never better. ``findings`` and ``claims`` are
    matched by claim id.
    """
    stripped = _html.strip(article_text) if _html.looks_like_html(article_text) else None
    readable = article_text if stripped is None else stripped.text
    folded, offsets = normalise(readable)
    covered: list[tuple[int, int]] = []
    missing: set[str] = set()
    for claim in claims:
        spans = quote_spans(claim.quote, folded, offsets)
        if stripped is not None:
            spans = [stripped.span(start, end) for start, end in spans]
        if spans:
            covered.extend(spans)
        else:
            missing.add(claim.id)
    updated = [_needs_review(f) if f.id in missing else f for f in findings]
    overlaps = _Covered(covered)
    unchecked = [
        Unchecked(start=m.start, end=m.end, text=m.text, kind=str(m.kind), file=file)
        for m in scan(article_text)
        if m.statistical and not overlaps(m.start, m.end)
    ]
    return updated, unchecked


class _Covered:
    """The covered spans merged into disjoint, sorted runs, so that whether a mention overlaps
    one is a binary search rather than a comparison with every span: the cost of coverage is
    linear in the article's length (times a logarithm), however many quotes it holds."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(spans):
            if ends and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        self._starts = starts
        self._ends = ends

    def __call__(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a covered span."""
        # The last run starting before ``end`` is the only one that can overlap: the runs are
        # disjoint and sorted, so every earlier one ends before it begins.
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and start < self._ends[i]
