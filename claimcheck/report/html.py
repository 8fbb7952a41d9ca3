"""The report as one self-contained HTML page: no scripts, no external assets, no network.

Every string from a claim file or an article is untrusted: the Jinja2 environment escapes
everything it prints, links are made only from http(s) URLs, and the page's content security
policy refuses scripts outright should anything slip through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from claimcheck.model import ArticleInfo, Finding, Report, Unchecked
from claimcheck.report._article import Mark, Piece, every_quote, paragraphs, stated
from claimcheck.report._chart import Chart, change_chart
from claimcheck.report._common import (
    VERDICT_ORDER,
    article_for,
    article_of,
    count_line,
    figures_by_source,
    line_of,
    location,
    working,
)
from claimcheck.text.safe import safe_url, visible

if TYPE_CHECKING:
    import jinja2


@dataclass(frozen=True)
class Card:
    """What the page shows of one claim."""

    finding: Finding
    anchor: str
    quote: list[Piece]
    location: str
    working: list[str]
    chart: Chart | None
    highlighted: bool


@dataclass(frozen=True)
class ArticleView:
    article: ArticleInfo
    paragraphs: list[list[Piece]]
    unchecked: int


def render(report: Report) -> str:
    """The page, deterministic for a given report."""
    anchors = _anchors(report.claims)
    articles, marked = _articles(report, anchors)
    cards = [
        Card(
            finding,
            anchor,
            stated(finding.quote, finding.statements),
            location(finding),
            working(finding),
            change_chart(finding),
            anchor in marked,
        )
        for finding, anchor in zip(report.claims, anchors, strict=True)
    ]
    page = (
        _environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            title=_title(report),
            count_line=count_line(report.summary),
            verdicts=VERDICT_ORDER,
            counts=report.summary.model_dump(),
            cards=cards,
            articles=articles,
            unchecked=[(mention, _line(report, mention)) for mention in report.unchecked],
            uses=figures_by_source(report),
        )
    )
    return page.rstrip("\n") + "\n"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("claimcheck.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_shown,
    )
    environment.filters["link"] = safe_url
    return environment


def _shown(value: object) -> object:
    """Every printed string with its control characters and bidirectional overrides shown as
    escapes (``claimcheck.text.safe``); Jinja2 then escapes its markup."""
    return visible(value) if isinstance(value, str) else value


def _line(report: Report, mention: Unchecked) -> int | None:
    article = article_of(report, mention)
    return line_of(article.text if article else None, mention.start)


def _title(report: Report) -> str:
    titles = [article.title for article in report.articles if article.title]
    if len(titles) == 1:
        return titles[0]
    files = sorted({finding.file for finding in report.claims if finding.file})
    return files[0] if len(files) == 1 else "Claims"


def _anchors(findings: list[Finding]) -> list[str]:
    """A unique, readable element id per card: 'claim-crimes-quadrupled'."""
    anchors: list[str] = []
    taken: set[str] = set()
    for finding in findings:
        base = "claim-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", finding.id).strip("-") or "x")
        anchor, n = base, 1
        while anchor in taken:
            n += 1
            anchor = f"{base}-{n}"
        anchors.append(anchor)
        taken.add(anchor)
    return anchors


def _articles(report: Report, anchors: list[str]) -> tuple[list[ArticleView], set[str]]:
    views: list[ArticleView] = []
    marked: set[str] = set()
    for article in report.articles:
        if article.text is None:
            continue
        mine = [
            (finding, anchor)
            for finding, anchor in zip(report.claims, anchors, strict=True)
            if article_for(report, finding) is article
        ]
        places = every_quote(article.text, [finding.quote for finding, _ in mine])
        marks = [
            Mark(start, end, anchor, finding.id, finding.verdict, occurrence)
            for (finding, anchor), spans in zip(mine, places, strict=True)
            for occurrence, (start, end) in enumerate(spans)
        ]
        marks.sort(key=lambda mark: mark.occurrence)  # a first place wins over a repeat
        mentions = [
            mention
            for mention in report.unchecked
            if mention.file is None or mention.file == article.file
        ]
        pieces = paragraphs(article.text, marks, mentions)
        views.append(ArticleView(article, pieces, len(mentions)))
        marked.update(mark.anchor for mark in marks)
    return views, marked


__all__ = ["render", "safe_url"]
