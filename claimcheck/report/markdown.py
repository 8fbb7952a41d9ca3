"""The report in Markdown, for a CMS note or a pull-request comment.

Every string from a claim file or an article is escaped, so a quote cannot add a link, an
image, raw HTML or a table column to the page it is posted on.
"""

from __future__ import annotations

from claimcheck.model import Finding, Report, Verdict
from claimcheck.report._common import (
    article_of,
    count_line,
    figures_by_source,
    line_of,
    location,
    working,
)
from claimcheck.text.safe import markdown

_ICONS = {
    Verdict.SUPPORTED: "✅",
    Verdict.NEEDS_REVIEW: "⚠️",
    Verdict.CONTRADICTED: "❌",
    Verdict.UNSOURCED: "❔",
}


def escape(text: str) -> str:
    """Text that Markdown shows as written, on one line, making no link and no mention."""
    return markdown(text)


def render(report: Report) -> str:
    """Summary line, a table of claims, notes, unchecked numbers and sources."""
    parts = [
        f"**claimcheck {escape(report.claimcheck)}**: {count_line(report.summary)}",
        _table(report.claims),
        _notes(report.claims, report),
        _unchecked(report),
        _sources(report),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def _table(findings: list[Finding]) -> str:
    if not findings:
        return ""
    rows = ["| Verdict | Claim | Quote | Working |", "| --- | --- | --- | --- |"]
    for finding in findings:
        verdict = f"{_ICONS[finding.verdict]} {finding.verdict.words}"
        claim = f"**{escape(finding.id)}**"
        where = location(finding)
        if where:
            claim += f"<br>{escape(where)}"
        steps = "<br>".join(escape(line) for line in working(finding))
        rows.append(f"| {verdict} | {claim} | “{escape(finding.quote)}” | {steps} |")
    return "\n".join(rows)


def _notes(findings: list[Finding], report: Report) -> str:
    items = [f"- **{escape(f.id)}**: {escape(note)}" for f in findings for note in f.notes]
    items += [
        f"- **article** ({escape(a.path or a.file or '')}): {escape(note)}"
        for a in report.articles
        for note in a.notes
    ]
    items += [f"- **{escape(f.id)}** (reporter): {escape(f.note)}" for f in findings if f.note]
    return "### Notes\n\n" + "\n".join(items) if items else ""


def _unchecked(report: Report) -> str:
    if not report.unchecked:
        if any(article.text is not None for article in report.articles):
            return "Every statistical number in the article is checked by a claim."
        return ""
    items = []
    for mention in report.unchecked:
        article = article_of(report, mention)
        line = line_of(article.text if article else None, mention.start)
        where = f" on line {line}" if line is not None else ""
        items.append(f"- “{escape(mention.text)}” ({escape(mention.kind)}){where}")
    return "### Numbers no claim checks\n\n" + "\n".join(items)


def _sources(report: Report) -> str:
    uses = figures_by_source(report)
    items = []
    for source in report.sources:
        about = _provenance(
            source.publisher, source.title, source.url, source.published, source.retrieved
        )
        items.append(f"- **{escape(source.id)}**" + (f": {about}" if about else ""))
        for use in uses.get(source.id, []):
            cell = f" ({escape(use.cell)})" if use.cell else ""
            items.append(f"  - {escape(use.ref)} = {escape(use.value)}{cell}")
    return "### Sources\n\n" + "\n".join(items) if items else ""


def _provenance(
    publisher: str | None,
    title: str | None,
    url: str | None,
    published: str | None,
    retrieved: str | None,
) -> str:
    """As ``_common.provenance``, escaped; only an http(s) URL may stay a link."""
    parts = [escape(part) for part in (publisher, title) if part]
    if url:
        parts.append(markdown(url, link=True))
    if published:
        parts.append(f"published {escape(published)}")
    if retrieved:
        parts.append(f"retrieved {escape(retrieved)}")
    return ", ".join(parts)
