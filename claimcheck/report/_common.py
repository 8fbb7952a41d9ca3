"""What several renderers share: locations, figure labels, change pairs, provenance lines."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from claimcheck.model import ArticleInfo, FigureUse, Finding, Report, Summary, Unchecked, Verdict


class Out(Protocol):
    """Where a renderer writes: an open text file, ``sys.stdout``, an ``io.StringIO``..."""

    def write(self, text: str, /) -> object: ...


# The verdicts in the order a report lists their counts: the worst news last.
VERDICT_ORDER = (Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED, Verdict.UNSOURCED)


def count_line(summary: Summary) -> str:
    """'8 claims: 4 supported, 0 need review, 0 contradicted, 4 unsourced'."""
    claims = "claim" if summary.total == 1 else "claims"
    review = "needs review" if summary.needs_review == 1 else "need review"
    return (
        f"{summary.total} {claims}: {summary.supported} supported, "
        f"{summary.needs_review} {review}, {summary.contradicted} contradicted, "
        f"{summary.unsourced} unsourced"
    )


def location(finding: Finding) -> str:
    """Where the claim is written: 'claims/wm.yaml:17', or the file alone, or ''."""
    if finding.file is None:
        return ""
    if finding.line is None:
        return finding.file
    return f"{finding.file}:{finding.line}"


def label(use: FigureUse) -> str:
    """The label a figure goes by in its series ('2011'), or the figure's name."""
    ref = use.ref
    if ref.endswith("]") and "[" in ref:
        return ref[ref.index("[") + 1 : -1]
    return ref.rsplit(".", 1)[-1]


def change_pair(finding: Finding) -> tuple[FigureUse, FigureUse] | None:
    """The from and to figures of a change or comparison claim, if it is one."""
    start = next((use for use in finding.sources if use.role == "from"), None)
    end = next((use for use in finding.sources if use.role == "to"), None)
    if start is None or end is None:
        return None
    return start, end


def working(finding: Finding) -> list[str]:
    """The lines that show how the verdict was reached: each statement's explanation, after
    the claim's own unless that only strings the statements' together."""
    lines: list[str] = []
    for statement in finding.statements:
        if statement.explanation and statement.explanation not in lines:
            lines.append(statement.explanation)
    summary = finding.explanation
    if summary and not any(line in summary for line in lines):
        lines.insert(0, summary)
    return lines


def provenance(
    publisher: str | None,
    title: str | None,
    url: str | None,
    published: str | None,
    retrieved: str | None,
) -> str:
    """'ONS, Births in England and Wales, https://…, published 2024-10-28, retrieved 2024-11-01'."""
    parts = [part for part in (publisher, title, url) if part]
    if published:
        parts.append(f"published {published}")
    if retrieved:
        parts.append(f"retrieved {retrieved}")
    return ", ".join(parts)


def article_for(report: Report, finding: Finding) -> ArticleInfo | None:
    """The article a finding's claim file speaks of (the only one, when files are not named)."""
    return articles_by_file(report)(finding)


def articles_by_file(report: Report) -> Callable[[Finding], ArticleInfo | None]:
    """``article_for`` for many findings: the articles are looked up by file once, so a report
    of many claim files costs one look-up a claim rather than a pass over every article."""
    by_file: dict[str, ArticleInfo] = {}
    for article in report.articles:
        if article.file is not None:
            by_file.setdefault(article.file, article)
    only = report.articles[0] if len(report.articles) == 1 else None

    def lookup(finding: Finding) -> ArticleInfo | None:
        return only if finding.file is None else by_file.get(finding.file, only)

    return lookup


def article_of(report: Report, mention: Unchecked) -> ArticleInfo | None:
    """The article an unchecked number was found in."""
    return articles_with_text(report)(mention)


def articles_with_text(report: Report) -> Callable[[Unchecked], ArticleInfo | None]:
    """``article_of`` for many unchecked numbers, one look-up each."""
    texts = [article for article in report.articles if article.text is not None]
    by_file: dict[str | None, ArticleInfo] = {}
    for article in texts:
        by_file.setdefault(article.file, article)
    first = texts[0] if texts else None

    def lookup(mention: Unchecked) -> ArticleInfo | None:
        return first if mention.file is None else by_file.get(mention.file)

    return lookup


def figures_by_source(report: Report) -> dict[str, list[FigureUse]]:
    """The figures each source gave to the claims, once each, in the order first used."""
    uses: dict[str, list[FigureUse]] = {}
    seen: set[tuple[str, str]] = set()  # (source, ref): one look-up a use, not a scan
    for finding in report.claims:
        for use in finding.sources:
            known = uses.setdefault(use.source, [])
            key = (use.source, use.ref)
            if key not in seen:
                seen.add(key)
                known.append(use)
    return uses


def line_of(text: str | None, offset: int) -> int | None:
    """The 1-based line of ``offset`` in ``text``."""
    if text is None or not 0 <= offset <= len(text):
        return None
    return text.count("\n", 0, offset) + 1
