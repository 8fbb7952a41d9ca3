"""The report in Markdown, for a CMS note or a pull-request comment.

Every string from a claim file or an article is escaped, so a quote cannot add a link, an
image, raw HTML or a table column to the page it is posted on.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

from claimcheck.model import Finding, Report, Verdict
from claimcheck.report._common import (
    Out,
    articles_with_text,
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
    out = io.StringIO()
    write(report, out)
    return out.getvalue()


def write(report: Report, out: Out) -> None:
    """``render``'s text written to ``out`` a line at a time: the sections one after another,
    a blank line between those that have something to say."""
    sections: list[Iterable[str]] = [
        [f"**claimcheck {escape(report.claimcheck)}**: {count_line(report.summary)}"],
        _table(report.claims),
        _notes(report.claims, report),
        _unchecked(report),
        _sources(report),
    ]
    started = False
    for section in sections:
        first = True
        for line in section:
            out.write(line if first and not started else ("\n\n" if first else "\n") + line)
            first, started = False, True
    out.write("\n")


def _table(findings: list[Finding]) -> Iterator[str]:
    if not findings:
        return
    yield "| Verdict | Claim | Quote | Working |"
    yield "| --- | --- | --- | --- |"
    for finding in findings:
        verdict = f"{_ICONS[finding.verdict]} {finding.verdict.words}"
        claim = f"**{escape(finding.id)}**"
        where = location(finding)
        if where:
            claim += f"<br>{escape(where)}"
        steps = "<br>".join(escape(line) for line in working(finding))
        yield f"| {verdict} | {claim} | “{escape(finding.quote)}” | {steps} |"


def _notes(findings: list[Finding], report: Report) -> Iterator[str]:
    items = (f"- **{escape(f.id)}**: {escape(note)}" for f in findings for note in f.notes)
    articles = (
        f"- **article** ({escape(a.path or a.file or '')}): {escape(note)}"
        for a in report.articles
        for note in a.notes
    )
    reporter = (f"- **{escape(f.id)}** (reporter): {escape(f.note)}" for f in findings if f.note)
    return _headed("### Notes", [items, articles, reporter])


def _headed(heading: str, groups: list[Iterator[str]]) -> Iterator[str]:
    """``heading`` and a blank line before the first item, and nothing when there is none."""
    first = True
    for group in groups:
        for item in group:
            if first:
                yield heading + "\n"
                first = False
            yield item


def _unchecked(report: Report) -> Iterator[str]:
    if not report.unchecked:
        if any(article.text is not None for article in report.articles):
            yield "Every statistical number in the article is checked by a claim."
        return
    items = []
    article_of = articles_with_text(report)
    for mention in report.unchecked:
        article = article_of(mention)
        line = line_of(article.text if article else None, mention.start)
        where = f" on line {line}" if line is not None else ""
        items.append(f"- “{escape(mention.text)}” ({escape(mention.kind)}){where}")
    yield from _headed("### Numbers no claim checks", [iter(items)])


def _sources(report: Report) -> Iterator[str]:
    return _headed("### Sources", [_source_items(report)])


def _source_items(report: Report) -> Iterator[str]:
    uses = figures_by_source(report)
    for source in report.sources:
        about = _provenance(
            source.publisher, source.title, source.url, source.published, source.retrieved
        )
        yield f"- **{escape(source.id)}**" + (f": {about}" if about else "")
        for use in uses.get(source.id, []):
            cell = f" ({escape(use.cell)})" if use.cell else ""
            yield f"  - {escape(use.ref)} = {escape(use.value)}{cell}"


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
